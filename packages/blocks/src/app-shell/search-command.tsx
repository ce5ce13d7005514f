"use client";

import { FilePlusIcon, SearchIcon } from "@nexod/icons";
import {
  Button,
  CommandDialog,
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandList,
  CommandSeparator,
  Kbd,
  KbdGroup,
} from "@nexod/ui";
import { useRouter } from "next/navigation";
import * as React from "react";
import type { NavGroup } from "./navigation";

const subscribeNever = () => () => {};

/** ⌘ on Apple devices, Ctrl elsewhere; Ctrl on the server and during hydration. */
function useIsApple() {
  return React.useSyncExternalStore(
    subscribeNever,
    () => /Mac|iPhone|iPad/.test(navigator.userAgent),
    () => false,
  );
}

/**
 * The search button of the top bar and the command palette it opens (also with ⌘K / Ctrl+K):
 * every page of the navigation and the product's main actions, filtered as you type.
 */
export function SearchCommand({ navigation }: { navigation: NavGroup[] }) {
  const [open, setOpen] = React.useState(false);
  const router = useRouter();
  const apple = useIsApple();

  function go(href: string) {
    setOpen(false);
    router.push(href);
  }

  return (
    <>
      <Button
        variant="outline"
        size="sm"
        aria-keyshortcuts={apple ? "Meta+K" : "Control+K"}
        onClick={() => setOpen(true)}
        className="text-muted-foreground sm:w-56 sm:justify-start"
      >
        <SearchIcon />
        <span className="sr-only sm:not-sr-only">Search…</span>
        <KbdGroup className="ms-auto hidden sm:inline-flex">
          <Kbd>{apple ? "⌘" : "Ctrl"}</Kbd>
          <Kbd>K</Kbd>
        </KbdGroup>
      </Button>
      <CommandDialog open={open} onOpenChange={setOpen} shortcut="k">
        <CommandInput placeholder="Search pages and actions…" />
        <CommandEmpty>Nothing found.</CommandEmpty>
        <CommandList>
          {navigation.map((group) => (
            <CommandGroup key={group.label} heading={group.label}>
              {group.items.flatMap((item) =>
                (item.items ?? [item]).map((page) => (
                  <CommandItem
                    key={page.href}
                    value={page.href}
                    keywords={[page.title, item.title]}
                    onSelect={() => go(page.href)}
                  >
                    {item.icon}
                    {page.title}
                  </CommandItem>
                )),
              )}
            </CommandGroup>
          ))}
          <CommandSeparator />
          <CommandGroup heading="Actions">
            <CommandItem
              value="new-project"
              keywords={["New project", "create"]}
              onSelect={() => go("/projects/new")}
            >
              <FilePlusIcon />
              New project
            </CommandItem>
          </CommandGroup>
        </CommandList>
      </CommandDialog>
    </>
  );
}
