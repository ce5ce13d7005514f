export * from "./number-input";
