export * from "./collapsible";
