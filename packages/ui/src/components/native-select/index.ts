export * from "./native-select";
