export * from "./alert";
export * from "./alert-dismiss";
