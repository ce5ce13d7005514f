"use client";

import {
  Button,
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
  toast,
} from "@nexod/ui";

/** A menu of account actions; each one reports what it did with a toast. */
export function AccountMenu() {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline">More actions</Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>Account</DropdownMenuLabel>
        <DropdownMenuItem
          onSelect={() =>
            toast({ title: "Export started", description: "We will email you a link." })
          }
        >
          Export data
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => toast({ title: "Profile link copied" })}>
          Copy profile link
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem
          variant="destructive"
          onSelect={() => toast({ title: "Signed out of other devices" })}
        >
          Sign out other devices
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
