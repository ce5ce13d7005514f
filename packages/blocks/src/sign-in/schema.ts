import { z } from "zod";

/**
 * One schema for the browser (inline messages before anything is sent) and the server action
 * (never trust the browser): import it in both.
 */
export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .pipe(z.email("Enter an email address like name@example.com.")),
  password: z.string().min(1, "Enter your password."),
  remember: z.boolean(),
});

export type SignInValues = z.infer<typeof signInSchema>;

/** What the sign-in action returns to the form: the messages to show, and what to keep. */
export interface SignInState {
  /** A message per field, shown under it with `aria-invalid` (from the schema, on the server). */
  errors?: Partial<Record<"email" | "password", string>>;
  /** A message about the whole attempt ("That email and password don't match."), in an Alert. */
  message?: string;
  /** The email that was sent, so a form the server renders again keeps it. */
  email?: string;
}

/**
 * The server action's shape (`useActionState`): the previous state and the posted form, the
 * next state back. Call `redirect()` in it on success.
 */
export type SignInAction = (state: SignInState, data: FormData) => Promise<SignInState>;

/** Reads the posted form with the schema: the values, or the state that shows the errors. */
export function parseSignIn(
  data: FormData,
): { success: true; values: SignInValues } | { success: false; state: SignInState } {
  const email = typeof data.get("email") === "string" ? String(data.get("email")) : "";
  const result = signInSchema.safeParse({
    email,
    password: typeof data.get("password") === "string" ? data.get("password") : "",
    remember: data.get("remember") === "on",
  });
  if (result.success) return { success: true, values: result.data };
  const errors: SignInState["errors"] = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if ((field === "email" || field === "password") && !errors[field])
      errors[field] = issue.message;
  }
  return { success: false, state: { errors, email } };
}
