export * from "./context-menu";
