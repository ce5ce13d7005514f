"use client";

// The error block for the product pages. Not at the app root: a root error boundary is in the
// client bundle of every page, and /status must ship no @nexod/ui JavaScript.
export { default } from "../error-boundary";
