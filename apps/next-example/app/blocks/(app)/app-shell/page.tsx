import { PageHeader } from "@nexod/ui";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "App shell · Blocks" };

/** The app-shell block itself is the layout of this route group; this page describes it. */
export default function AppShellBlockPage() {
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="App shell"
        description="The frame around these pages: the sidebar, the top bar and this main area."
      />
      <div className="flex max-w-2xl flex-col gap-3 text-sm leading-relaxed">
        <p>
          Collapse the sidebar to icons with the button in the top bar or with Ctrl+B (⌘B on a Mac);
          the state is saved in a cookie that this route group&apos;s layout reads on the server, so
          a reload paints it collapsed straight away. On a phone the sidebar becomes a sheet.
        </p>
        <p>
          Search opens with Ctrl+K (⌘K): every page of the sidebar and the main actions. The account
          menu sits at the foot of the sidebar.
        </p>
      </div>
    </div>
  );
}
