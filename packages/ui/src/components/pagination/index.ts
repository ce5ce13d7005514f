export * from "./pagination";
export * from "./pagination-control";
