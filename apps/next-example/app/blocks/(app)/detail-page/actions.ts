"use server";

import type { ProjectSettingsValues } from "@nexod/blocks/detail-page";
import { redirect } from "next/navigation";

/**
 * Saves the settings tab. Checked again here (a server action is a public endpoint); this
 * example has no database, so a valid form is accepted and nothing more.
 */
export async function saveProjectSettings(values: ProjectSettingsValues): Promise<void> {
  if (typeof values.name !== "string" || !values.name.trim()) {
    throw new Error("The project needs a name.");
  }
}

/** "Delete project": the sample cannot be deleted; go back to the list as a product would. */
export async function deleteProject(): Promise<void> {
  redirect("/blocks/list-page");
}
