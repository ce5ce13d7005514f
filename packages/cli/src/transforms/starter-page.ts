import { type TransformResult } from "./result";

/** Text only create-next-app's demo page has (14: "Get started by editing", 15+: "To get started"). */
const TEMPLATE_MARKERS = [/Get started by editing/, /To get started, edit the/];

export const STARTER_PAGE = `import { Button } from "@nexod/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from "@nexod/ui/card";

// Written by nexod init in place of create-next-app's demo page (its palette classes would
// fail the design-system lint rules). Replace it with your product.
export default function Home() {
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-6 p-8">
      <Card>
        <CardHeader>
          <CardTitle>Your Nexod product</CardTitle>
          <CardDescription>
            Components from @nexod/ui, colours from @nexod/tokens, light and dark.
          </CardDescription>
        </CardHeader>
        <CardContent className="text-sm text-muted-foreground">
          Edit this page in app/page.tsx. Start from a block with npx @nexod/cli add.
        </CardContent>
        <CardFooter className="gap-2">
          <Button>Get started</Button>
          <Button variant="outline">Documentation</Button>
        </CardFooter>
      </Card>
    </main>
  );
}
`;

/** Replaces the untouched create-next-app demo page; a page the product wrote stays. */
export function nexodStarterPage(source: string): TransformResult {
  if (!TEMPLATE_MARKERS.some((marker) => marker.test(source))) return { kind: "unchanged" };
  return { kind: "changed", text: STARTER_PAGE };
}
