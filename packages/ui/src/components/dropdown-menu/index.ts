export * from "./dropdown-menu";
export * from "./dropdown-menu-selection";
export * from "./dropdown-menu-sub";
