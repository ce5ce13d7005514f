export * from "./scroll-area";
