"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { CheckIcon, MinusIcon } from "@nexod/icons";
import {
  Alert,
  AlertDescription,
  Button,
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  Checkbox,
  Heading,
  Input,
  Link as TextLink,
  PasswordInput,
  Progress,
  VisuallyHidden,
} from "@nexod/ui";
import { Form, FormField } from "@nexod/ui/form";
import Link from "next/link";
import * as React from "react";
import * as ReactDOM from "react-dom";
import { useForm, useWatch, type FieldErrors } from "react-hook-form";
import {
  parseSignUp,
  passwordRules,
  signUpSchema,
  type SignUpAction,
  type SignUpState,
  type SignUpValues,
} from "./schema";

/**
 * React 19's `useActionState`; the React 18 canary inside Next 14 has it as react-dom's
 * `useFormState` (same arguments, no pending flag), so this block runs on both.
 */
const useActionState: typeof React.useActionState =
  React.useActionState ??
  (ReactDOM as unknown as { useFormState: typeof React.useActionState }).useFormState;

export interface SignUpBlockProps {
  /**
   * The server action that creates the account: `(state, formData) => state`. It gets the
   * posted form before hydration too; return `{ errors }` or `{ message }`, or `redirect()`.
   * @default a stand-in that validates and then says the email is taken
   */
  action?: SignUpAction;
  /** The heading. @default "Create an account" */
  title?: string;
  /** The sentence under the heading. */
  description?: React.ReactNode;
  /** Where "Sign in" goes. @default "/sign-in" */
  signInHref?: string;
  /** The terms of service. @default "/terms" */
  termsHref?: string;
  /** The privacy policy. @default "/privacy" */
  privacyHref?: string;
  /** The state the form starts from, e.g. errors a story shows. */
  initialState?: SignUpState;
}

/** Stands in for the product's action: a block owns no accounts. */
const demoSignUp: SignUpAction = async (_state, data) => {
  const parsed = parseSignUp(data);
  if (!parsed.success) return parsed.state;
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {
    values: { name: parsed.values.name, email: parsed.values.email },
    errors: { email: "An account with this email exists. Sign in instead." },
  };
};

function toFieldErrors(state: SignUpState): FieldErrors<SignUpValues> | undefined {
  const entries = Object.entries(state.errors ?? {}).filter(([, message]) => message);
  if (entries.length === 0) return undefined;
  return Object.fromEntries(
    entries.map(([field, message]) => [field, { type: "server", message }]),
  ) as FieldErrors<SignUpValues>;
}

/** The password rules as a checklist and a strength bar, updated as the user types. */
function PasswordRequirements({ id, password }: { id: string; password: string }) {
  const met = passwordRules.filter((rule) => rule.test(password)).length;
  return (
    <div className="flex flex-col gap-2">
      <Progress
        value={met}
        max={passwordRules.length}
        size="sm"
        variant={met === passwordRules.length ? "success" : met === 2 ? "warning" : "destructive"}
        aria-label="Password strength"
        getValueLabel={(value, max) => `${value} of ${max} requirements met`}
      />
      <ul
        id={id}
        aria-label="Password requirements"
        className="m-0 flex list-none flex-col gap-1 p-0 text-sm"
      >
        {passwordRules.map((rule) => {
          const ok = rule.test(password);
          return (
            <li
              key={rule.id}
              data-met={ok}
              className={
                ok
                  ? "flex items-center gap-2 text-foreground"
                  : "flex items-center gap-2 text-muted-foreground"
              }
            >
              {ok ? <CheckIcon className="text-success" /> : <MinusIcon />}
              {rule.label}
              <VisuallyHidden>{ok ? "(met)" : "(not met yet)"}</VisuallyHidden>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * A centered sign-up card: name, email, a password with its requirements (checklist and
 * strength bar), the terms, and the way to sign in. The form posts to `action` (a server action)
 * before hydration; after it, the schema checks the fields first and the first invalid one is
 * focused.
 */
export function SignUpBlock({
  action = demoSignUp,
  title = "Create an account",
  description = "Start with your name and email; it takes a minute.",
  signInHref = "/sign-in",
  termsHref = "/terms",
  privacyHref = "/privacy",
  initialState = {},
}: SignUpBlockProps) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const errors = React.useMemo(() => toFieldErrors(state), [state]);
  const form = useForm<SignUpValues>({
    resolver: zodResolver(signUpSchema),
    defaultValues: {
      name: state.values?.name ?? "",
      email: state.values?.email ?? "",
      password: "",
      terms: false as unknown as true,
    },
    errors,
  });
  const password = useWatch({ control: form.control, name: "password" }) ?? "";
  const headingId = React.useId();
  const rulesId = React.useId();

  return (
    <main className="flex min-h-dvh items-center justify-center bg-background p-6">
      <Card className="w-full max-w-sm">
        <CardHeader>
          <Heading level={1} size="title-sm" id={headingId}>
            {title}
          </Heading>
          {description ? <CardDescription>{description}</CardDescription> : null}
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          {state.message ? (
            <Alert variant="destructive">
              <AlertDescription>{state.message}</AlertDescription>
            </Alert>
          ) : null}
          <Form
            form={form}
            action={formAction}
            aria-labelledby={headingId}
            onSubmit={(_values, event) => {
              const data = new FormData(event?.target as HTMLFormElement);
              React.startTransition(() => formAction(data));
            }}
          >
            <FormField name="name" label="Name" required>
              <Input autoComplete="name" />
            </FormField>
            <FormField name="email" label="Email" required>
              <Input type="email" autoComplete="email" placeholder="you@example.com" />
            </FormField>
            <div className="flex flex-col gap-3">
              <FormField name="password" label="Password" required>
                <PasswordInput autoComplete="new-password" aria-describedby={rulesId} />
              </FormField>
              <PasswordRequirements id={rulesId} password={password} />
            </div>
            <FormField
              name="terms"
              label="I accept the terms"
              description={
                <>
                  Read the{" "}
                  <TextLink asChild>
                    <Link href={termsHref} prefetch={false}>
                      terms of service
                    </Link>
                  </TextLink>{" "}
                  and the{" "}
                  <TextLink asChild>
                    <Link href={privacyHref} prefetch={false}>
                      privacy policy
                    </Link>
                  </TextLink>
                  .
                </>
              }
              orientation="horizontal"
              bind="checked"
            >
              <Checkbox />
            </FormField>
            <Button type="submit" loading={pending} className="w-full">
              Create account
            </Button>
          </Form>
        </CardContent>
        <CardFooter className="justify-center text-sm text-muted-foreground">
          <p>
            Already have an account?{" "}
            <TextLink asChild>
              {/* No prefetch (as in the sign-in block): a product may not have these pages yet. */}
              <Link href={signInHref} prefetch={false}>
                Sign in
              </Link>
            </TextLink>
          </p>
        </CardFooter>
      </Card>
    </main>
  );
}
