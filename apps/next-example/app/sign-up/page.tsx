import { SignUpBlock } from "@nexod/blocks/sign-up";
import type { Metadata } from "next";
import { signUp } from "./actions";

export const metadata: Metadata = { title: "Create an account" };

/** The sign-up block on its own page; its form posts to `signUp`. */
export default function SignUpPage() {
  return (
    <SignUpBlock action={signUp} signInHref="/sign-in" termsHref="/status" privacyHref="/status" />
  );
}
