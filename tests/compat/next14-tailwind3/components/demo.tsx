import { AlertTriangleIcon } from "@nexod/icons";
import {
  Button,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@nexod/ui";
import { ReactVersion } from "./react-version";

/** What both routers render: the checks in test/compat.test.ts read these elements. */
export function Demo({ router }: { router: string }) {
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-6 p-8">
      <h1 className="text-2xl font-bold">
        Nexod on Next.js 14 ({router}), React 18, Tailwind CSS 3
      </h1>
      <div className="flex gap-4">
        <Button id="default">Default</Button>
        {/* A product class: Tailwind 3's px-10 must beat the Button's own padding. */}
        <Button id="product" className="px-10">
          Wide
        </Button>
      </div>
      {/* The product's own element, styled with the preset's token utilities. */}
      <p id="preset" className="rounded-md bg-primary p-4 text-primary-foreground">
        Styled with bg-primary and text-primary-foreground from the @nexod/tokens preset.
      </p>
      {/* Icons take the text colour; a product class (h-8 w-8) beats the size attributes. */}
      <p className="flex items-center gap-2 text-error">
        <AlertTriangleIcon id="icon-default" />
        <AlertTriangleIcon id="icon-product" className="h-8 w-8" title="Warning" />
        Icons from @nexod/icons
      </p>
      <Dialog>
        <DialogTrigger asChild>
          <Button variant="outline">Open dialog</Button>
        </DialogTrigger>
        <DialogContent size="sm">
          <DialogHeader>
            <DialogTitle>Compatibility check</DialogTitle>
            <DialogDescription>A Radix dialog from @nexod/ui under React 18.</DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <DialogClose asChild>
              <Button>Done</Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      </Dialog>
      <ReactVersion />
    </main>
  );
}
