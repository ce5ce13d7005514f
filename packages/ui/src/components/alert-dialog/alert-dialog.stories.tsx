import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { Button } from "../button";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
  type AlertDialogActionProps,
} from "./alert-dialog";

function DeleteProjectAlert({
  defaultOpen,
  ...actionProps
}: AlertDialogActionProps & { defaultOpen?: boolean }) {
  return (
    <AlertDialog defaultOpen={defaultOpen}>
      <AlertDialogTrigger asChild>
        <Button variant="outline">Delete project</Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete “Website relaunch”?</AlertDialogTitle>
          <AlertDialogDescription>
            The project and its 12 files are deleted for everyone. This cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction {...actionProps} />
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

/** Open stories render in their own iframe on the docs page so their scrim stays inside. */
const openInDocs = { docs: { story: { inline: false, height: "420px" } } };

const meta = {
  title: "Overlays/AlertDialog",
  component: AlertDialogAction,
  subcomponents: {
    AlertDialog,
    AlertDialogTrigger,
    AlertDialogContent,
    AlertDialogHeader,
    AlertDialogFooter,
    AlertDialogTitle,
    AlertDialogDescription,
    AlertDialogCancel,
  },
  tags: ["autodocs"],
  args: { variant: "destructive", children: "Delete project", onClick: fn() },
  argTypes: {
    variant: { control: "select", options: ["primary", "destructive"] },
  },
  render: (args) => <DeleteProjectAlert {...args} />,
} satisfies Meta<typeof AlertDialogAction>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Destructive: Story = {
  play: async ({ args, canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = body.getByRole("button", { name: "Delete project" });
    await userEvent.click(trigger);

    const alert = await body.findByRole("alertdialog", { name: "Delete “Website relaunch”?" });
    await expect(alert).toHaveAccessibleDescription(/cannot be undone/);
    const cancel = within(alert).getByRole("button", { name: "Cancel" });
    await waitFor(() => expect(cancel).toHaveFocus());

    await userEvent.click(cancel);
    await waitFor(() => expect(body.queryByRole("alertdialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

export const EscapeCancels: Story = {
  play: async ({ args, canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = body.getByRole("button", { name: "Delete project" });
    trigger.focus();
    await userEvent.keyboard(" ");
    const alert = await body.findByRole("alertdialog");
    await waitFor(() =>
      expect(within(alert).getByRole("button", { name: "Cancel" })).toHaveFocus(),
    );
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("alertdialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

export const Confirm: Story = {
  play: async ({ args, canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(body.getByRole("button", { name: "Delete project" }));
    const alert = await body.findByRole("alertdialog");
    await userEvent.click(within(alert).getByRole("button", { name: "Delete project" }));
    await expect(args.onClick).toHaveBeenCalledOnce();
    await waitFor(() => expect(body.queryByRole("alertdialog")).toBeNull());
  },
};

export const OpenDestructive: Story = {
  parameters: openInDocs,
  render: (args) => <DeleteProjectAlert {...args} defaultOpen />,
};

export const OpenPrimary: Story = {
  args: { variant: "primary", children: "Publish" },
  parameters: openInDocs,
  render: (args) => (
    <AlertDialog defaultOpen>
      <AlertDialogTrigger asChild>
        <Button variant="outline">Publish changes</Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Publish 3 changes?</AlertDialogTitle>
          <AlertDialogDescription>
            Everyone with the link sees the new version straight away.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Not yet</AlertDialogCancel>
          <AlertDialogAction {...args} />
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  ),
};
