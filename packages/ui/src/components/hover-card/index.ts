export * from "./hover-card";
