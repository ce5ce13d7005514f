"use client";

import { CopyIcon, MoreHorizontalIcon, TrashIcon } from "@nexod/icons";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  Button,
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@nexod/ui";
import Link from "next/link";
import * as React from "react";

export interface ProjectActionsProps {
  projectId: string;
  projectName: string;
  /** Where "Duplicate" leads: the new-project form, prefilled from this one. */
  duplicateHref: string;
  /**
   * Deletes the project, after the person confirmed it: a server action passed from the page.
   * Without it, "Delete project" is disabled.
   */
  onDelete?: () => void | Promise<void>;
}

/**
 * The page's secondary actions in a menu: copy the ID, duplicate, and delete behind a
 * confirmation. A client component for the menu and the dialog.
 */
export function ProjectActions({
  projectId,
  projectName,
  duplicateHref,
  onDelete,
}: ProjectActionsProps) {
  const [confirming, setConfirming] = React.useState(false);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="icon" aria-label="More actions">
            <MoreHorizontalIcon />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="min-w-48">
          <DropdownMenuItem onSelect={() => void navigator.clipboard?.writeText(projectId)}>
            <CopyIcon />
            Copy project ID
          </DropdownMenuItem>
          <DropdownMenuItem asChild className="no-underline">
            <Link href={duplicateHref}>Duplicate</Link>
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem
            variant="destructive"
            disabled={!onDelete}
            onSelect={() => setConfirming(true)}
          >
            <TrashIcon />
            Delete project
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <AlertDialog open={confirming} onOpenChange={setConfirming}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>Delete {projectName}?</AlertDialogTitle>
            <AlertDialogDescription>
              Its tasks, files and activity are deleted with it. This cannot be undone.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>Cancel</AlertDialogCancel>
            <AlertDialogAction variant="destructive" onClick={() => void onDelete?.()}>
              Delete project
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </>
  );
}
