import { Card, CardDescription, CardHeader, CardTitle, PageHeader } from "@nexod/ui";
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Blocks" };

// The ten blocks of @nexod/blocks (`nexod add <name>` copies one into a product), each rendered
// by a route of this app. An unknown address shows the not-found block (app/not-found.tsx).
const blocks = [
  {
    name: "app-shell",
    title: "App shell",
    description: "Sidebar with groups, nested pages and the account menu; top bar with search.",
  },
  {
    name: "dashboard",
    title: "Dashboard",
    description: "Key figures with sparklines, revenue chart, recent activity, top projects.",
  },
  {
    name: "list-page",
    title: "List page",
    description: "Projects in a DataTable: search, status filter, bulk actions, pagination.",
  },
  {
    name: "detail-page",
    title: "Detail page",
    description: "One project: summary, tabs for overview, activity and settings, members.",
  },
  { name: "settings", title: "Settings", description: "Account settings in tabs, with forms." },
  { name: "sign-in", title: "Sign in", description: "Email and password, with validation." },
  { name: "sign-up", title: "Sign up", description: "Create an account, with validation." },
  {
    name: "not-found",
    title: "Not found (404)",
    description: "The page for an address that leads nowhere.",
  },
  { name: "error", title: "Error", description: "Something failed: what happened, try again." },
  { name: "empty", title: "Empty", description: "A first-run page with nothing in it yet." },
] as const;

/** The index of the blocks: a server page with no client JavaScript of its own. */
export default function BlocksPage() {
  return (
    <main className="mx-auto flex w-full max-w-5xl flex-col gap-8 p-6 lg:p-10">
      <PageHeader
        title="Blocks"
        description="Whole-page starting points built from @nexod/ui. Copy one into your product with nexod add <block>; the copy is yours to change."
      />
      <ul className="m-0 grid list-none gap-4 p-0 sm:grid-cols-2 lg:grid-cols-3">
        {blocks.map((block) => (
          <li key={block.name}>
            <Card className="h-full">
              <CardHeader>
                <CardTitle level={2}>
                  {/* No prefetch: /blocks/not-found is a 404 on purpose, and ten prefetches for
                      one click are wasted on an index. */}
                  <Link href={`/blocks/${block.name}`} prefetch={false}>
                    {block.title}
                  </Link>
                </CardTitle>
                <CardDescription>{block.description}</CardDescription>
              </CardHeader>
            </Card>
          </li>
        ))}
      </ul>
    </main>
  );
}
