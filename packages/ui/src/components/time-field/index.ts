export * from "./time-field";
