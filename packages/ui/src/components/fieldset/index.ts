export * from "./fieldset";
