export * from "./aspect-ratio";
