"use server";

import { accountSchema, notificationsSchema, profileSchema } from "@nexod/blocks/settings";

/**
 * The settings forms' actions. The example keeps nothing: it validates what a product would
 * store (never trust the browser) and throws on bad input, which the form reports.
 */
export async function saveProfile(data: FormData): Promise<void> {
  profileSchema.parse({ name: data.get("name"), email: data.get("email"), bio: data.get("bio") });
}

export async function saveAccount(data: FormData): Promise<void> {
  accountSchema.parse({ language: data.get("language"), timeZone: data.get("timeZone") });
}

export async function saveNotifications(data: FormData): Promise<void> {
  notificationsSchema.parse({
    email: data.get("email") === "on",
    push: data.get("push") === "on",
    topics: data.getAll("topics"),
    digest: data.get("digest"),
  });
}

export async function deleteAccount(): Promise<void> {
  // The example's account cannot be deleted; a product deletes it and signs the user out.
}
