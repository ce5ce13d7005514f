export * from "./description-list";
