export * from "./sidebar";
export * from "./sidebar-cookie";
export * from "./sidebar-menu";
