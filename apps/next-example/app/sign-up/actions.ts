"use server";

import { parseSignUp, type SignUpState } from "@nexod/blocks/sign-up";
import { redirect } from "next/navigation";

/** Addresses that already have an account in the example. */
const taken = new Set(["ada@example.com"]);

/** The sign-up form's action: the block's zod schema, then "does the account exist?". */
export async function signUp(_state: SignUpState, data: FormData): Promise<SignUpState> {
  const parsed = parseSignUp(data);
  if (!parsed.success) return parsed.state;
  const { name, email } = parsed.values;
  if (taken.has(email.toLowerCase())) {
    return {
      values: { name, email },
      errors: { email: "An account with this email exists. Sign in instead." },
    };
  }
  // A new account starts on the first-run page.
  redirect("/blocks/empty");
}
