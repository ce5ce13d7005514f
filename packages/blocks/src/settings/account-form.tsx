"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { TrashIcon } from "@nexod/icons";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
  Button,
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
  NativeSelect,
  NativeSelectOption,
  toast,
} from "@nexod/ui";
import { Form, FormField } from "@nexod/ui/form";
import * as React from "react";
import { useForm } from "react-hook-form";
import { accountSchema, languages, timeZones, type AccountValues } from "./schema";
import { saveOrSay } from "./save";

export interface AccountFormProps {
  defaultValues: AccountValues;
  /** Saves the preferences: a server action (the form posts to it before hydration) or a function. */
  onSave: (data: FormData) => Promise<void>;
  /** Deletes the account, after the user confirmed; redirect from it (or from the caller). */
  onDeleteAccount: () => Promise<void>;
}

/** Language and time zone, and the danger zone with "Delete account" behind a confirmation. */
export function AccountForm({ defaultValues, onSave, onDeleteAccount }: AccountFormProps) {
  const form = useForm<AccountValues>({ resolver: zodResolver(accountSchema), defaultValues });
  const [pending, startTransition] = React.useTransition();
  const [deleting, startDeleting] = React.useTransition();
  const [confirmOpen, setConfirmOpen] = React.useState(false);
  const titleId = React.useId();

  return (
    <div className="flex flex-col gap-6">
      <Card>
        <Form
          form={form}
          action={onSave}
          aria-labelledby={titleId}
          onSubmit={(_values, event) => {
            const data = new FormData(event?.target as HTMLFormElement);
            startTransition(async () => {
              if (!(await saveOrSay(onSave, data, "Your preferences weren't saved"))) return;
              toast({ title: "Preferences saved", variant: "success" });
            });
          }}
        >
          <CardHeader>
            <CardTitle level={2} id={titleId}>
              Language and region
            </CardTitle>
            <CardDescription>Used for dates, numbers and the emails we send you.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-6 sm:grid-cols-2">
            <FormField name="language" label="Language">
              <NativeSelect>
                {languages.map((language) => (
                  <NativeSelectOption key={language.value} value={language.value}>
                    {language.label}
                  </NativeSelectOption>
                ))}
              </NativeSelect>
            </FormField>
            <FormField name="timeZone" label="Time zone">
              <NativeSelect>
                {timeZones.map((zone) => (
                  <NativeSelectOption key={zone.value} value={zone.value}>
                    {zone.label}
                  </NativeSelectOption>
                ))}
              </NativeSelect>
            </FormField>
          </CardContent>
          <CardFooter className="justify-end">
            <Button type="submit" loading={pending}>
              Save preferences
            </Button>
          </CardFooter>
        </Form>
      </Card>

      <Card className="border-destructive">
        <CardHeader>
          <CardTitle level={2}>Delete account</CardTitle>
          <CardDescription>
            Deletes your profile, your projects and every file in them. This cannot be undone.
          </CardDescription>
        </CardHeader>
        <CardFooter className="justify-end">
          <AlertDialog open={confirmOpen} onOpenChange={setConfirmOpen}>
            <AlertDialogTrigger asChild>
              <Button variant="destructive">
                <TrashIcon />
                Delete account
              </Button>
            </AlertDialogTrigger>
            <AlertDialogContent>
              <AlertDialogHeader>
                <AlertDialogTitle>Delete your account?</AlertDialogTitle>
                <AlertDialogDescription>
                  Your profile, your projects and their files are deleted for good. Teammates keep
                  what you shared with them.
                </AlertDialogDescription>
              </AlertDialogHeader>
              <AlertDialogFooter>
                <AlertDialogCancel>Keep my account</AlertDialogCancel>
                <AlertDialogAction asChild variant="destructive">
                  <Button
                    variant="destructive"
                    loading={deleting}
                    onClick={(event) => {
                      // Stay open (and busy) until the deletion finished.
                      event.preventDefault();
                      startDeleting(async () => {
                        const deleted = await saveOrSay(
                          onDeleteAccount,
                          undefined,
                          "Your account wasn't deleted",
                        );
                        setConfirmOpen(false);
                        if (!deleted) return;
                        toast({ title: "Account deleted" });
                      });
                    }}
                  >
                    Delete account
                  </Button>
                </AlertDialogAction>
              </AlertDialogFooter>
            </AlertDialogContent>
          </AlertDialog>
        </CardFooter>
      </Card>
    </div>
  );
}
