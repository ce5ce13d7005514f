export * from "./input-group";
export * from "./input-group-addon";
