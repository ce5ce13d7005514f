export * from "./choice-cards";
