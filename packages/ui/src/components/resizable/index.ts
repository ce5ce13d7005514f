export * from "./resizable";
