export * from "./command";
