import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { Button } from "../button";
import { Field } from "../field";
import { Input } from "../input";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  type DialogContentProps,
} from "./dialog";

function EditProfileDialog({
  defaultOpen,
  ...contentProps
}: DialogContentProps & { defaultOpen?: boolean }) {
  return (
    <Dialog defaultOpen={defaultOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">Edit profile</Button>
      </DialogTrigger>
      <DialogContent {...contentProps}>
        <DialogHeader>
          <DialogTitle>Edit profile</DialogTitle>
          <DialogDescription>Your name and handle are visible to your team.</DialogDescription>
        </DialogHeader>
        <Field label="Name">
          <Input defaultValue="Ada Lovelace" size="md" />
        </Field>
        <Field label="Handle">
          <Input defaultValue="@ada" size="md" />
        </Field>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <DialogClose asChild>
            <Button>Save changes</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

/** Open stories render in their own iframe on the docs page so their scrim stays inside. */
const openInDocs = { docs: { story: { inline: false, height: "560px" } } };

const meta = {
  title: "Overlays/Dialog",
  component: DialogContent,
  subcomponents: {
    Dialog,
    DialogTrigger,
    DialogHeader,
    DialogFooter,
    DialogTitle,
    DialogDescription,
    DialogClose,
  },
  tags: ["autodocs"],
  args: { size: "md", showCloseButton: true, closeLabel: "Close" },
  argTypes: {
    size: { control: "select", options: ["sm", "md", "lg"] },
    showCloseButton: { control: "boolean" },
    closeLabel: { control: "text" },
  },
  render: (args) => <EditProfileDialog {...args} />,
} satisfies Meta<typeof DialogContent>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = body.getByRole("button", { name: "Edit profile" });
    await userEvent.click(trigger);

    const dialog = await body.findByRole("dialog", { name: "Edit profile" });
    await expect(dialog).toHaveAccessibleDescription(
      "Your name and handle are visible to your team.",
    );
    const name = within(dialog).getByRole("textbox", { name: "Name" });
    await waitFor(() => expect(name).toHaveFocus());

    // Name, Handle, Cancel, Save changes, Close: the sixth Tab wraps back to Name.
    for (let i = 0; i < 5; i += 1) {
      await userEvent.tab();
      await expect(dialog).toContainElement(
        canvasElement.ownerDocument.activeElement as HTMLElement,
      );
    }
    await expect(name).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(within(dialog).getByRole("button", { name: "Close" })).toHaveFocus();

    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

export const OpenWithKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = body.getByRole("button", { name: "Edit profile" });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const dialog = await body.findByRole("dialog", { name: "Edit profile" });
    await waitFor(() =>
      expect(dialog).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement),
    );
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(body.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

export const Small: Story = {
  args: { size: "sm" },
  parameters: openInDocs,
  render: (args) => <EditProfileDialog {...args} defaultOpen />,
};

export const Medium: Story = {
  args: { size: "md" },
  parameters: openInDocs,
  render: (args) => <EditProfileDialog {...args} defaultOpen />,
};

export const Large: Story = {
  args: { size: "lg" },
  parameters: openInDocs,
  render: (args) => <EditProfileDialog {...args} defaultOpen />,
};

export const WithoutCloseButton: Story = {
  args: { showCloseButton: false },
  parameters: openInDocs,
  render: (args) => <EditProfileDialog {...args} defaultOpen />,
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole("dialog");
    await expect(within(dialog).queryByRole("button", { name: "Close" })).toBeNull();
    await waitFor(() =>
      expect(within(dialog).getByRole("button", { name: "Cancel" })).toBeVisible(),
    );
  },
};

export const LongContent: Story = {
  parameters: openInDocs,
  render: (args) => (
    <Dialog defaultOpen>
      <DialogTrigger asChild>
        <Button variant="outline">Read the terms</Button>
      </DialogTrigger>
      <DialogContent {...args}>
        <DialogHeader>
          <DialogTitle>Terms of service</DialogTitle>
          <DialogDescription>Scroll to read every section before you accept.</DialogDescription>
        </DialogHeader>
        {Array.from({ length: 12 }, (_, index) => (
          <p key={index} style={{ margin: 0, fontSize: "var(--nx-font-size-sm)" }}>
            Section {index + 1}. The service is provided as is. You keep the rights to the content
            you upload and grant us the licence we need to run the service for you.
          </p>
        ))}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Decline</Button>
          </DialogClose>
          <DialogClose asChild>
            <Button>Accept</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  ),
};

export const Controlled: Story = {
  render: function ControlledDialog(args) {
    const [open, setOpen] = React.useState(false);
    return (
      <div
        style={{
          display: "flex",
          gap: 12,
          alignItems: "center",
          fontFamily: "var(--nx-font-family-sans)",
        }}
      >
        <Dialog open={open} onOpenChange={setOpen}>
          <DialogTrigger asChild>
            <Button variant="outline">Rename file</Button>
          </DialogTrigger>
          <DialogContent {...args} size="sm">
            <DialogHeader>
              <DialogTitle>Rename file</DialogTitle>
              <DialogDescription>The open state lives in the story.</DialogDescription>
            </DialogHeader>
            <DialogFooter>
              <Button onClick={() => setOpen(false)}>Done</Button>
            </DialogFooter>
          </DialogContent>
        </Dialog>
        <span aria-live="polite">{open ? "Dialog open" : "Dialog closed"}</span>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole("button", { name: "Rename file" }));
    const dialog = await body.findByRole("dialog", { name: "Rename file" });
    await waitFor(() => expect(dialog).toBeVisible());
    await userEvent.click(body.getByRole("button", { name: "Done" }));
    await waitFor(() => expect(canvas.getByText("Dialog closed")).toBeVisible());
  },
};
