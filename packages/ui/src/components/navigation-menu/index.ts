export * from "./navigation-menu";
