export * from "./drawer";
