export * from "./data-table";
