import { z } from "zod";

// Built with the RegExp constructor: Next 14's tsconfig targets ES5, which rejects /…/u literals.
const upper = new RegExp("\\p{Lu}", "u");
const lower = new RegExp("\\p{Ll}", "u");
const numberOrSymbol = new RegExp("[\\p{N}\\p{P}\\p{S}]", "u");

/** The rules a new password must meet, shown as a checklist while the user types. */
export const passwordRules = [
  { id: "length", label: "At least 12 characters", test: (value: string) => value.length >= 12 },
  {
    id: "case",
    label: "Upper and lower case letters",
    test: (value: string) => upper.test(value) && lower.test(value),
  },
  {
    id: "digit",
    label: "A number or a symbol",
    test: (value: string) => numberOrSymbol.test(value),
  },
] as const;

/**
 * One schema for the browser (inline messages before anything is sent) and the server action
 * (never trust the browser): import it in both.
 */
export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80, "Use at most 80 characters."),
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .pipe(z.email("Enter an email address like name@example.com.")),
  password: z
    .string()
    .min(1, "Choose a password.")
    .refine(
      (value) => passwordRules.every((rule) => rule.test(value)),
      "Choose a password that meets every requirement below.",
    ),
  terms: z.literal(true, { error: "Accept the terms to create an account." }),
});

export type SignUpValues = z.infer<typeof signUpSchema>;
type SignUpField = keyof SignUpValues;

/** What the sign-up action returns to the form: the messages to show, and what to keep. */
export interface SignUpState {
  /** A message per field, shown under it with `aria-invalid`. */
  errors?: Partial<Record<SignUpField, string>>;
  /** A message about the whole attempt ("An account with this email exists."), in an Alert. */
  message?: string;
  /** The name and email that were sent, so a form the server renders again keeps them. */
  values?: { name?: string; email?: string };
}

/**
 * The server action's shape (`useActionState`): the previous state and the posted form, the
 * next state back. Call `redirect()` in it on success.
 */
export type SignUpAction = (state: SignUpState, data: FormData) => Promise<SignUpState>;

function text(data: FormData, key: string): string {
  const value = data.get(key);
  return typeof value === "string" ? value : "";
}

/** Reads the posted form with the schema: the values, or the state that shows the errors. */
export function parseSignUp(
  data: FormData,
): { success: true; values: SignUpValues } | { success: false; state: SignUpState } {
  const name = text(data, "name");
  const email = text(data, "email");
  const result = signUpSchema.safeParse({
    name,
    email,
    password: text(data, "password"),
    terms: data.get("terms") === "on",
  });
  if (result.success) return { success: true, values: result.data };
  const errors: SignUpState["errors"] = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as SignUpField;
    if (!errors[field]) errors[field] = issue.message;
  }
  return { success: false, state: { errors, values: { name, email } } };
}
