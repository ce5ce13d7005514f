export { NotFoundBlock, type NotFoundBlockProps } from "./not-found";
