"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  Button,
  Checkbox,
  Combobox,
  DatePicker,
  Input,
  Label,
  NativeSelect,
  NativeSelectOption,
  RadioGroup,
  RadioGroupItem,
  Switch,
  Textarea,
} from "@nexod/ui";
import { Form, FormField } from "@nexod/ui/form";
import * as React from "react";
import { useForm } from "react-hook-form";
import { people, projectSchema, teams, type ProjectValues } from "./schema";

function Option({ value, label }: { value: string; label: string }) {
  const id = React.useId();
  return (
    <div className="flex items-center gap-2">
      <RadioGroupItem id={id} value={value} />
      <Label htmlFor={id}>{label}</Label>
    </div>
  );
}

/**
 * The "New project" form: zod messages inline, one FormField per control. With `action` it is a
 * plain form a server action receives (also before hydration); after hydration it validates
 * first and then posts the same FormData.
 */
export function NewProjectForm({
  action,
  onValidSubmit,
  defaultDue,
}: {
  /** A server action for the `<form>` itself: what posts before hydration. */
  action?: (data: FormData) => Promise<void>;
  /** Called with the form's FormData once the schema accepted it (after hydration). */
  onValidSubmit: (data: FormData) => Promise<void>;
  defaultDue: Date;
}) {
  const form = useForm<ProjectValues>({
    resolver: zodResolver(projectSchema),
    defaultValues: {
      name: "",
      description: "",
      due: defaultDue,
      visibility: "team",
      team: "Platform",
      members: ["Grace Hopper"],
      archive: false,
      notify: false,
    },
  });
  const [pending, startTransition] = React.useTransition();
  return (
    <Form
      form={form}
      action={action}
      aria-label="New project"
      onSubmit={(_values, event) => {
        const data = new FormData(event?.target as HTMLFormElement);
        startTransition(() => onValidSubmit(data));
      }}
    >
      <FormField name="name" label="Project name" required>
        <Input autoComplete="off" />
      </FormField>
      <FormField name="description" label="Description" description="Optional.">
        <Textarea rows={2} />
      </FormField>
      <FormField name="due" label="Due date" bind="value" required>
        <DatePicker />
      </FormField>
      <FormField name="visibility" label="Visibility" bind="value" required>
        <RadioGroup>
          <Option value="private" label="Only me" />
          <Option value="team" label="My team" />
          <Option value="public" label="Everyone" />
        </RadioGroup>
      </FormField>
      <FormField name="team" label="Team" required>
        <NativeSelect>
          {teams.map((team) => (
            <NativeSelectOption key={team} value={team}>
              {team}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </FormField>
      <FormField name="members" label="Team members" bind="value" required>
        <Combobox multiple items={people} placeholder="Add people…" />
      </FormField>
      <FormField
        name="archive"
        label="Archive it once it is due"
        orientation="horizontal"
        bind="checked"
      >
        <Checkbox />
      </FormField>
      <FormField
        name="notify"
        label="Email me about changes"
        orientation="horizontal"
        bind="checked"
      >
        <Switch />
      </FormField>
      <div>
        <Button type="submit" loading={pending}>
          Create project
        </Button>
      </div>
    </Form>
  );
}
