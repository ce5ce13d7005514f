export { ListPageBlock, type ListPageBlockProps } from "./list-page";
export { projects, statuses, type Project, type ProjectStatus } from "./data";
