"use server";

import { redirect } from "next/navigation";
import { projectSchema } from "./schema";
import { recordSubmission } from "./submissions";

/** The form's shape as FormData (what a form posts before and after hydration). */
function parse(data: FormData) {
  return projectSchema.safeParse({
    name: data.get("name"),
    description: data.get("description") ?? "",
    due: data.get("due") ? new Date(`${String(data.get("due"))}T00:00:00`) : undefined,
    visibility: data.get("visibility"),
    team: data.get("team"),
    members: data.getAll("members"),
    archive: data.get("archive") === "on",
    notify: data.get("notify") === "on",
  });
}

/** The page form's action: works with JavaScript off (a plain POST) and on. */
export async function createProjectAndShow(data: FormData) {
  const id = recordSubmission(data);
  redirect(`/projects/new/received?id=${id}&valid=${parse(data).success}`);
}

/** The dialog's action, called from the client after it validated: returns what the toast says. */
export async function createProject(data: FormData): Promise<{ id: number; name: string }> {
  const result = parse(data);
  if (!result.success) throw new Error(result.error.issues.map((i) => i.message).join(" "));
  return { id: recordSubmission(data), name: result.data.name };
}
