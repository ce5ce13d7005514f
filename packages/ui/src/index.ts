export * from "./components/badge";
export * from "./components/button";
export * from "./components/card";
export * from "./components/separator";
export * from "./components/skeleton";
