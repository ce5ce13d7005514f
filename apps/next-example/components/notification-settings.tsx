"use client";

import { Button, Checkbox, Field, toast } from "@nexod/ui";

const topics = [
  {
    id: "mentions",
    label: "Mentions",
    description: "Someone @-mentions you.",
    defaultChecked: true,
  },
  {
    id: "invites",
    label: "Team invites",
    description: "Someone joins or leaves your team.",
    defaultChecked: true,
  },
  {
    id: "digest",
    label: "Weekly digest",
    description: "A summary every Monday.",
    defaultChecked: false,
  },
] as const;

/** Uncontrolled checkboxes; saving shows a toast. */
export function NotificationSettings() {
  return (
    <form
      aria-label="Notifications"
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        toast({ title: "Notification settings saved" });
      }}
    >
      {topics.map((topic) => (
        <Field
          key={topic.id}
          orientation="horizontal"
          label={topic.label}
          description={topic.description}
        >
          <Checkbox name={topic.id} defaultChecked={topic.defaultChecked} />
        </Field>
      ))}
      <div>
        <Button type="submit" variant="secondary">
          Save notifications
        </Button>
      </div>
    </form>
  );
}
