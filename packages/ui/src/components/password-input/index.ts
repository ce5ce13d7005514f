export * from "./password-input";
