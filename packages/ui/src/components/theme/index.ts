export * from "./theme";
