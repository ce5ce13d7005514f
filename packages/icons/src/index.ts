export type { IconProps, IconSize } from "./render-icon";
export * from "./generated/index";
