"use client";

import { NewProjectForm } from "./new-project-form";

/** A fixed default due date keeps the example (and its tests) deterministic. */
const defaultDue = new Date(2026, 2, 20);

export function NewProjectPageForm({ action }: { action: (data: FormData) => Promise<void> }) {
  return <NewProjectForm action={action} onValidSubmit={action} defaultDue={defaultDue} />;
}
