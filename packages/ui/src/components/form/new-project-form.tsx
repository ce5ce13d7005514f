// The complete example the docs and stories show: a "New project" form with zod, one line per
// field. Not exported from the package (stories and tests import it).
import { zodResolver } from "@hookform/resolvers/zod";
import * as React from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "../button";
import { Combobox } from "../combobox";
import { DatePicker } from "../date-picker";
import { Input } from "../input";
import { Label } from "../label";
import { RadioGroup, RadioGroupItem } from "../radio-group";
import { Switch } from "../switch";
import { Textarea } from "../textarea";
import { Form, FormField } from "./form";

export const projectSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the project a name.")
    .max(60, "Keep it under 60 characters."),
  description: z.string().max(280, "Keep it under 280 characters."),
  due: z.date({ error: "Pick a due date." }),
  visibility: z.enum(["private", "team", "public"], { error: "Choose who can see it." }),
  members: z.array(z.string()).min(1, "Add at least one team member."),
  notify: z.boolean(),
});

export type ProjectValues = z.infer<typeof projectSchema>;

function Option({ value, label }: { value: string; label: string }) {
  const id = React.useId();
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 8 }}>
      <RadioGroupItem id={id} value={value} />
      <Label htmlFor={id}>{label}</Label>
    </div>
  );
}

const people = [
  "Ada Lovelace",
  "Alan Turing",
  "Grace Hopper",
  "Katherine Johnson",
  "Linus Torvalds",
];

export function NewProjectForm({
  onSubmit,
  today,
}: {
  onSubmit: (values: ProjectValues) => void;
  /** A fixed "today" keeps stories and tests deterministic. */
  today?: Date;
}) {
  const form = useForm<ProjectValues>({
    resolver: zodResolver(projectSchema),
    defaultValues: { name: "", description: "", members: [], notify: true },
  });
  return (
    <Form form={form} onSubmit={onSubmit} aria-label="New project" style={{ maxWidth: 420 }}>
      <FormField name="name" label="Project name" required>
        <Input autoComplete="off" />
      </FormField>
      <FormField name="description" label="Description" description="What is it for? Optional.">
        <Textarea rows={3} />
      </FormField>
      <FormField name="due" label="Due date" bind="value" required>
        <DatePicker today={today} min={today} />
      </FormField>
      <FormField name="visibility" label="Visibility" bind="value" required>
        <RadioGroup>
          <Option value="private" label="Only me" />
          <Option value="team" label="My team" />
          <Option value="public" label="Everyone at Nexod" />
        </RadioGroup>
      </FormField>
      <FormField name="members" label="Team members" bind="value" required>
        <Combobox multiple items={people} placeholder="Add people…" />
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
        <Button type="submit">Create project</Button>
      </div>
    </Form>
  );
}
