export * from "./kbd";
