export { DetailPageBlock, type DetailPageBlockProps } from "./detail-page";
export { ProjectActions, type ProjectActionsProps } from "./project-actions";
export {
  ProjectSettings,
  type ProjectSettingsProps,
  type ProjectSettingsValues,
} from "./project-settings";
export { project, type Member, type ProjectDetail, type ProjectEvent } from "./data";
