export * from "./code";
