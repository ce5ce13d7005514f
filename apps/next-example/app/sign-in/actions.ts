"use server";

import { parseSignIn, type SignInState } from "@nexod/blocks/sign-in";
import { redirect } from "next/navigation";

/** The example's only account (a product checks its user store and sets a session cookie). */
const account = { email: "ada@example.com", password: "correct horse battery staple" };

/**
 * The sign-in form's action: the same zod schema as the browser, then the credentials. Works
 * with JavaScript off (a plain POST; the page renders again with the returned state) and on.
 */
export async function signIn(_state: SignInState, data: FormData): Promise<SignInState> {
  const parsed = parseSignIn(data);
  if (!parsed.success) return parsed.state;
  const { email, password } = parsed.values;
  if (email.toLowerCase() !== account.email || password !== account.password) {
    return {
      email,
      message: "That email and password don't match an account. Try again or reset your password.",
    };
  }
  redirect("/blocks/settings");
}
