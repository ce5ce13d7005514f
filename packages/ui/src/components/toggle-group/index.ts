export * from "./toggle-group";
