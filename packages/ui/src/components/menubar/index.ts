export * from "./menubar";
