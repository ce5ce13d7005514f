export * from "./avatar";
export * from "./avatar-group";
export * from "./avatar-variants";
