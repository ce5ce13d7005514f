export { SettingsBlock, type SettingsBlockProps, type SettingsTab } from "./settings";
export {
  accountSchema,
  languages,
  notificationsSchema,
  notificationTopics,
  profileSchema,
  timeZones,
  type AccountValues,
  type NotificationValues,
  type ProfileValues,
  type SettingsData,
} from "./schema";
