export * from "./direction";
