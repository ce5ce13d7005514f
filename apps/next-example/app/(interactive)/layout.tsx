import { Toaster } from "@nexod/ui";
import type * as React from "react";

/**
 * Layout of the pages that use interactive Nexod components. The Toaster (a client
 * component) is mounted here rather than in the root layout, so server-only pages such as
 * /status load no JavaScript from @nexod/ui.
 */
export default function InteractiveLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      {children}
      <Toaster />
    </>
  );
}
