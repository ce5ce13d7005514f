"use client";

import { zodResolver } from "@hookform/resolvers/zod";
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
  Separator,
} from "@nexod/ui";
import { Form, FormField } from "@nexod/ui/form";
import Link from "next/link";
import * as React from "react";
import * as ReactDOM from "react-dom";
import { useForm, type FieldErrors } from "react-hook-form";
import {
  parseSignIn,
  signInSchema,
  type SignInAction,
  type SignInState,
  type SignInValues,
} from "./schema";

/**
 * React 19's `useActionState`; the React 18 canary inside Next 14 has it as react-dom's
 * `useFormState` (same arguments, no pending flag), so this block runs on both.
 */
const useActionState: typeof React.useActionState =
  React.useActionState ??
  (ReactDOM as unknown as { useFormState: typeof React.useActionState }).useFormState;

/** A way to sign in with another provider: a link that starts its flow. */
export interface SignInProvider {
  /** The button's text: "Continue with single sign-on". */
  label: string;
  /** Where the flow starts (your route that redirects to the provider). */
  href: string;
  /** An icon from `@nexod/icons`; brands' logos are the product's to add. */
  icon?: React.ReactNode;
}

export interface SignInBlockProps {
  /**
   * The server action that checks the credentials: `(state, formData) => state`. It gets the
   * posted form before hydration too; return `{ errors }` or `{ message }`, or `redirect()`.
   * @default a stand-in that validates and then refuses every password
   */
  action?: SignInAction;
  /** The heading. @default "Sign in" */
  title?: string;
  /** The sentence under the heading. */
  description?: React.ReactNode;
  /** Where "Forgot password?" goes. @default "/forgot-password" */
  forgotPasswordHref?: string;
  /** Where "Sign up" goes. @default "/sign-up" */
  signUpHref?: string;
  /** Other ways in (single sign-on, a sign-in link), shown under the form. */
  providers?: SignInProvider[];
  /** The state the form starts from, e.g. errors a story shows. */
  initialState?: SignInState;
}

/** Stands in for the product's action: a block owns no accounts. */
const demoSignIn: SignInAction = async (_state, data) => {
  const parsed = parseSignIn(data);
  if (!parsed.success) return parsed.state;
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {
    email: parsed.values.email,
    message: "That email and password don't match an account. Try again or reset your password.",
  };
};

/** The state's messages as react-hook-form errors, so each FormField shows its own. */
function toFieldErrors(state: SignInState): FieldErrors<SignInValues> | undefined {
  const entries = Object.entries(state.errors ?? {}).filter(([, message]) => message);
  if (entries.length === 0) return undefined;
  return Object.fromEntries(
    entries.map(([field, message]) => [field, { type: "server", message }]),
  ) as FieldErrors<SignInValues>;
}

/**
 * A centered sign-in card: email, password with show/hide, "remember me", a forgotten-password
 * link, other providers and the way to sign up. The form posts to `action` (a server action)
 * before hydration; after it, the schema checks the fields first and the first invalid one is
 * focused. Messages from the server show inline, or in an alert for the whole attempt.
 */
export function SignInBlock({
  action = demoSignIn,
  title = "Sign in",
  description = "Welcome back. Enter your email and password to continue.",
  forgotPasswordHref = "/forgot-password",
  signUpHref = "/sign-up",
  providers = [],
  initialState = {},
}: SignInBlockProps) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const errors = React.useMemo(() => toFieldErrors(state), [state]);
  const form = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: state.email ?? "", password: "", remember: false },
    errors,
  });
  const headingId = React.useId();

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
            <FormField name="email" label="Email" required>
              <Input type="email" autoComplete="email" placeholder="you@example.com" />
            </FormField>
            <div className="flex flex-col gap-2">
              <FormField name="password" label="Password" required>
                <PasswordInput autoComplete="current-password" />
              </FormField>
              <TextLink asChild className="self-end text-sm">
                {/* No prefetch on this page's links: they lead to pages a product may not have
                    yet (Next 14's router never finishes a prefetch that gets a 404; see
                    docs/architecture.md), and a provider's href starts a sign-in flow that must
                    run only when clicked. */}
                <Link href={forgotPasswordHref} prefetch={false}>
                  Forgot password?
                </Link>
              </TextLink>
            </div>
            <FormField
              name="remember"
              label="Remember me on this device"
              orientation="horizontal"
              bind="checked"
            >
              <Checkbox />
            </FormField>
            <Button type="submit" loading={pending} className="w-full">
              Sign in
            </Button>
          </Form>
          {providers.length > 0 ? (
            <>
              <div className="flex items-center gap-3 text-sm text-muted-foreground">
                <Separator className="flex-1" />
                <span>or</span>
                <Separator className="flex-1" />
              </div>
              <div className="flex flex-col gap-3">
                {providers.map((provider) => (
                  <Button key={provider.href} asChild variant="outline" className="w-full">
                    <Link href={provider.href} prefetch={false}>
                      {provider.icon}
                      {provider.label}
                    </Link>
                  </Button>
                ))}
              </div>
            </>
          ) : null}
        </CardContent>
        <CardFooter className="justify-center text-sm text-muted-foreground">
          <p>
            No account yet?{" "}
            <TextLink asChild>
              <Link href={signUpHref} prefetch={false}>
                Sign up
              </Link>
            </TextLink>
          </p>
        </CardFooter>
      </Card>
    </main>
  );
}
