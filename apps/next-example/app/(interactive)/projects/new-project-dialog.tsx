"use client";

import {
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  toast,
} from "@nexod/ui";
import * as React from "react";
import { createProject } from "./new/actions";
import { NewProjectForm } from "./new/new-project-form";

const defaultDue = new Date(2026, 2, 20);

/** "New project" in a dialog: validated inline, created by a server action, confirmed by a toast. */
export function NewProjectDialog() {
  const [open, setOpen] = React.useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>New project</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New project</DialogTitle>
          <DialogDescription>Name it, set a due date and invite the team.</DialogDescription>
        </DialogHeader>
        <NewProjectForm
          defaultDue={defaultDue}
          onValidSubmit={async (data) => {
            const created = await createProject(data);
            setOpen(false);
            toast({ title: `Created “${created.name}”`, description: `Project #${created.id}` });
          }}
        />
      </DialogContent>
    </Dialog>
  );
}
