export * from "./toggle";
