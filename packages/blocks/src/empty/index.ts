export { EmptyBlock, type EmptyBlockProps, type EmptyBlockStep } from "./empty";
