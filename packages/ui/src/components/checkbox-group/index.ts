export * from "./checkbox-group";
