export * from "./form";
