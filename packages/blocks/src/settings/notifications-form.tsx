"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  Button,
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
  CheckboxGroup,
  CheckboxGroupItem,
  RadioCards,
  RadioCardsItem,
  Separator,
  Switch,
  toast,
} from "@nexod/ui";
import { Form, FormField } from "@nexod/ui/form";
import * as React from "react";
import { Controller, useForm } from "react-hook-form";
import { notificationsSchema, notificationTopics, type NotificationValues } from "./schema";
import { saveOrSay } from "./save";

export interface NotificationsFormProps {
  defaultValues: NotificationValues;
  /** Saves the choices: a server action (the form posts to it before hydration) or a function. */
  onSave: (data: FormData) => Promise<void>;
}

/** Channels (switches), topics (a checkbox group) and the summary email (radio cards). */
export function NotificationsForm({ defaultValues, onSave }: NotificationsFormProps) {
  const form = useForm<NotificationValues>({
    resolver: zodResolver(notificationsSchema),
    defaultValues,
  });
  const [pending, startTransition] = React.useTransition();
  const titleId = React.useId();

  return (
    <Card>
      <Form
        form={form}
        action={onSave}
        aria-labelledby={titleId}
        onSubmit={(_values, event) => {
          const data = new FormData(event?.target as HTMLFormElement);
          startTransition(async () => {
            if (!(await saveOrSay(onSave, data, "Your notification settings weren't saved")))
              return;
            toast({ title: "Notification settings saved", variant: "success" });
          });
        }}
      >
        <CardHeader>
          <CardTitle level={2} id={titleId}>
            Notifications
          </CardTitle>
          <CardDescription>Choose where we reach you, and about what.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          <FormField
            name="email"
            label="Email"
            description="To your account's address."
            orientation="horizontal"
            bind="checked"
          >
            <Switch />
          </FormField>
          <FormField
            name="push"
            label="Push notifications"
            description="On the devices where you allowed them."
            orientation="horizontal"
            bind="checked"
          >
            <Switch />
          </FormField>
          <Separator />
          <Controller
            control={form.control}
            name="topics"
            render={({ field, fieldState }) => (
              <CheckboxGroup
                legend="Notify me about"
                name={field.name}
                value={field.value}
                onValueChange={field.onChange}
                error={fieldState.error?.message}
              >
                {notificationTopics.map((topic) => (
                  <CheckboxGroupItem
                    key={topic.value}
                    value={topic.value}
                    label={topic.label}
                    description={topic.description}
                  />
                ))}
              </CheckboxGroup>
            )}
          />
          <Separator />
          <FormField name="digest" label="Summary email" bind="value">
            <RadioCards columns={3}>
              <RadioCardsItem value="daily" label="Daily" description="Every morning at 8." />
              <RadioCardsItem value="weekly" label="Weekly" description="Mondays at 8." />
              <RadioCardsItem value="never" label="Never" description="Only the emails above." />
            </RadioCards>
          </FormField>
        </CardContent>
        <CardFooter className="justify-end">
          <Button type="submit" loading={pending}>
            Save notifications
          </Button>
        </CardFooter>
      </Form>
    </Card>
  );
}
