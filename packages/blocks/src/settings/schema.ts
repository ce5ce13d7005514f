import { z } from "zod";

/** The profile tab's fields; the same schema serves the product's server action. */
export const profileSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80, "Use at most 80 characters."),
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .pipe(z.email("Enter an email address like name@example.com.")),
  bio: z.string().max(160, "Use at most 160 characters."),
});

export type ProfileValues = z.infer<typeof profileSchema>;

export const languages = [
  { value: "en", label: "English" },
  { value: "de", label: "Deutsch" },
  { value: "fr", label: "Français" },
  { value: "es", label: "Español" },
  { value: "ja", label: "日本語" },
] as const;

export const timeZones = [
  { value: "Europe/London", label: "London (GMT+0)" },
  { value: "Europe/Berlin", label: "Berlin (GMT+1)" },
  { value: "America/New_York", label: "New York (GMT−5)" },
  { value: "America/Los_Angeles", label: "Los Angeles (GMT−8)" },
  { value: "Asia/Tokyo", label: "Tokyo (GMT+9)" },
] as const;

/** The account tab's preferences. */
export const accountSchema = z.object({
  language: z.enum(languages.map((language) => language.value)),
  timeZone: z.enum(timeZones.map((zone) => zone.value)),
});

export type AccountValues = z.infer<typeof accountSchema>;

export const notificationTopics = [
  { value: "comments", label: "Comments", description: "Replies to your posts and tasks." },
  { value: "mentions", label: "Mentions", description: "Someone @-mentions you." },
  { value: "invites", label: "Team changes", description: "Someone joins or leaves a team." },
  { value: "billing", label: "Billing", description: "Receipts and failed payments." },
] as const;

/** The notifications tab: channels, topics and how often a summary comes. */
export const notificationsSchema = z.object({
  email: z.boolean(),
  push: z.boolean(),
  topics: z.array(z.enum(notificationTopics.map((topic) => topic.value))),
  digest: z.enum(["daily", "weekly", "never"]),
});

export type NotificationValues = z.infer<typeof notificationsSchema>;

/** What the settings page starts from: the signed-in user's current settings. */
export interface SettingsData {
  profile: ProfileValues & { avatarSrc?: string };
  account: AccountValues;
  notifications: NotificationValues;
  billing: {
    plan: string;
    renews: string;
    seatsUsed: number;
    seats: number;
    card: string;
    invoices: { id: string; date: string; amount: string; href: string }[];
  };
}
