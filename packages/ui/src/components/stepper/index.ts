export * from "./stepper";
