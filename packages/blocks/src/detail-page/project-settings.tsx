"use client";

import { Button, Field, Input, Switch, Textarea } from "@nexod/ui";
import * as React from "react";

export interface ProjectSettingsValues {
  name: string;
  description: string;
  notify: boolean;
}

export interface ProjectSettingsProps {
  defaultValues: ProjectSettingsValues;
  /** Saves the values: a server action passed from the page. Without it, Save is disabled. */
  onSave?: (values: ProjectSettingsValues) => void | Promise<void>;
}

/**
 * The project's settings form: name, description and notifications. Checks the name before
 * saving and says when the changes are saved. For larger forms, use react-hook-form with zod.
 */
export function ProjectSettings({ defaultValues, onSave }: ProjectSettingsProps) {
  const [error, setError] = React.useState<string>();
  const [saved, setSaved] = React.useState(false);
  const [pending, startTransition] = React.useTransition();

  return (
    <form
      noValidate
      className="flex max-w-xl flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const values: ProjectSettingsValues = {
          name: String(form.get("name") ?? "").trim(),
          description: String(form.get("description") ?? ""),
          notify: form.get("notify") === "on",
        };
        setSaved(false);
        if (!values.name) {
          setError("Enter the project's name.");
          return;
        }
        setError(undefined);
        startTransition(async () => {
          await onSave?.(values);
          setSaved(true);
        });
      }}
    >
      <Field label="Project name" error={error} required>
        <Input name="name" defaultValue={defaultValues.name} autoComplete="off" />
      </Field>
      <Field label="Description" description="Shown to everyone in the workspace.">
        <Textarea name="description" defaultValue={defaultValues.description} rows={4} />
      </Field>
      <Field
        orientation="horizontal"
        label="Email members about changes"
        description="Status changes, new files and comments."
      >
        <Switch name="notify" defaultChecked={defaultValues.notify} />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending || !onSave}>
          Save changes
        </Button>
        <p role="status" className="text-sm text-muted-foreground">
          {saved ? "Changes saved." : ""}
        </p>
      </div>
    </form>
  );
}
