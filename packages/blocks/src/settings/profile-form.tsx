"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  Avatar,
  Button,
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
  Field,
  FileUpload,
  Input,
  Textarea,
  toast,
} from "@nexod/ui";
import { Form, FormField } from "@nexod/ui/form";
import * as React from "react";
import { useForm, useWatch } from "react-hook-form";
import { profileSchema, type ProfileValues } from "./schema";
import { saveOrSay } from "./save";

const uploadMessages = { instructions: "Drop a picture here or click to browse" };

export interface ProfileFormProps {
  defaultValues: ProfileValues & { avatarSrc?: string };
  /** Saves the profile: a server action (the form posts to it before hydration) or a function. */
  onSave: (data: FormData) => Promise<void>;
}

/** Picture, name, email and bio; saving shows a toast. */
export function ProfileForm({ defaultValues, onSave }: ProfileFormProps) {
  const { avatarSrc, ...values } = defaultValues;
  const form = useForm<ProfileValues>({
    resolver: zodResolver(profileSchema),
    defaultValues: values,
  });
  const [pending, startTransition] = React.useTransition();
  const name = useWatch({ control: form.control, name: "name" });
  const bio = useWatch({ control: form.control, name: "bio" }) ?? "";
  const titleId = React.useId();

  return (
    <Card>
      <Form
        form={form}
        action={onSave}
        aria-labelledby={titleId}
        onSubmit={(saved, event) => {
          const data = new FormData(event?.target as HTMLFormElement);
          startTransition(async () => {
            if (!(await saveOrSay(onSave, data, "Your profile wasn't saved"))) return;
            toast({
              title: "Profile saved",
              description: `Teammates now see you as ${saved.name}.`,
              variant: "success",
            });
          });
        }}
      >
        <CardHeader>
          <CardTitle level={2} id={titleId}>
            Profile
          </CardTitle>
          <CardDescription>How teammates see you across the workspace.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
            <Avatar size="lg" name={name || values.name} src={avatarSrc} alt="" />
            <Field
              label="Profile picture"
              description="A square picture looks best."
              className="flex-1"
            >
              <FileUpload
                name="avatar"
                accept="image/png,image/jpeg,image/webp"
                maxSize={2 * 1024 * 1024}
                multiple={false}
                hint="PNG, JPEG or WEBP, up to 2 MB."
                messages={uploadMessages}
              />
            </Field>
          </div>
          <FormField name="name" label="Name" required>
            <Input autoComplete="name" />
          </FormField>
          <FormField
            name="email"
            label="Email"
            description="We send sign-in links and receipts here."
            required
          >
            <Input type="email" autoComplete="email" />
          </FormField>
          <FormField
            name="bio"
            label="Bio"
            description={`A sentence or two for your profile card. ${bio.length} of 160 characters.`}
          >
            <Textarea rows={3} />
          </FormField>
        </CardContent>
        <CardFooter className="justify-end">
          <Button type="submit" loading={pending}>
            Save profile
          </Button>
        </CardFooter>
      </Form>
    </Card>
  );
}
