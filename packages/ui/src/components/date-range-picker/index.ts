export * from "./date-range-picker";
