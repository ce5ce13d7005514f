import { SignInBlock } from "@nexod/blocks/sign-in";
import type { Metadata } from "next";
import { signIn } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

/** The sign-in block on its own page, outside the app shell; its form posts to `signIn`. */
export default function SignInPage() {
  return (
    <SignInBlock
      action={signIn}
      title="Sign in to Acme"
      forgotPasswordHref="/status"
      signUpHref="/sign-up"
    />
  );
}
