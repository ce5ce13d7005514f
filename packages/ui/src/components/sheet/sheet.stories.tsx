import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { Button } from "../button";
import { DirectionProvider } from "../direction";
import { Field } from "../field";
import { Input } from "../input";
import {
  Sheet,
  SheetBody,
  SheetClose,
  SheetContent,
  SheetDescription,
  SheetFooter,
  SheetHeader,
  SheetTitle,
  SheetTrigger,
  type SheetContentProps,
} from "./sheet";

function EditCustomerSheet({
  defaultOpen,
  ...contentProps
}: SheetContentProps & { defaultOpen?: boolean }) {
  return (
    <Sheet defaultOpen={defaultOpen}>
      <SheetTrigger asChild>
        <Button variant="outline">Edit customer</Button>
      </SheetTrigger>
      <SheetContent {...contentProps}>
        <SheetHeader>
          <SheetTitle>Edit customer</SheetTitle>
          <SheetDescription>Changes apply to every open invoice</SheetDescription>
        </SheetHeader>
        <SheetBody>
          <Field label="Company">
            <Input defaultValue="Acme Corporation" />
          </Field>
          <Field label="Billing email">
            <Input type="email" defaultValue="billing@acme.example" />
          </Field>
        </SheetBody>
        <SheetFooter>
          <SheetClose asChild>
            <Button variant="outline">Cancel</Button>
          </SheetClose>
          <SheetClose asChild>
            <Button>Save</Button>
          </SheetClose>
        </SheetFooter>
      </SheetContent>
    </Sheet>
  );
}

/** Open stories render in their own iframe on the docs page so their scrim stays inside. */
const openInDocs = { docs: { story: { inline: false, height: "560px" } } };

const meta = {
  title: "Overlays/Sheet",
  component: SheetContent,
  subcomponents: {
    Sheet,
    SheetTrigger,
    SheetHeader,
    SheetBody,
    SheetFooter,
    SheetTitle,
    SheetDescription,
    SheetClose,
  },
  tags: ["autodocs"],
  args: { side: "end", size: "md", showCloseButton: true, closeLabel: "Close" },
  argTypes: {
    side: { control: "select", options: ["top", "bottom", "left", "right", "start", "end"] },
    size: { control: "select", options: ["sm", "md", "lg", "full"] },
    showCloseButton: { control: "boolean" },
    closeLabel: { control: "text" },
  },
  render: (args) => <EditCustomerSheet {...args} />,
} satisfies Meta<typeof SheetContent>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opens from the trigger; focus moves in, Tab stays inside, Escape closes and returns focus. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = body.getByRole("button", { name: "Edit customer" });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const sheet = await body.findByRole("dialog", { name: "Edit customer" });
    await expect(sheet).toHaveAccessibleDescription("Changes apply to every open invoice");
    const company = within(sheet).getByRole("textbox", { name: "Company" });
    await waitFor(() => expect(company).toHaveFocus());
    // Company, Billing email, Cancel, Save, Close: the sixth Tab wraps back to Company.
    for (let i = 0; i < 5; i += 1) await userEvent.tab();
    await expect(company).toHaveFocus();
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

const openSide = (side: SheetContentProps["side"]): Story => ({
  args: { side },
  parameters: openInDocs,
  render: (args) => <EditCustomerSheet {...args} defaultOpen />,
  play: async ({ canvasElement }) => {
    const sheet = await within(canvasElement.ownerDocument.body).findByRole("dialog");
    await expect(sheet).toHaveAttribute("data-side", side);
  },
});

/** The inline end: the right edge here, the left edge in right-to-left pages. The default. */
export const End: Story = openSide("end");
/** The inline start: the left edge here, the right edge in right-to-left pages. */
export const Start: Story = openSide("start");
export const Top: Story = openSide("top");
export const Bottom: Story = openSide("bottom");
/** The physical left edge, whatever the reading direction. */
export const Left: Story = openSide("left");
/** The physical right edge, whatever the reading direction. */
export const Right: Story = openSide("right");

export const Small: Story = {
  args: { size: "sm" },
  parameters: openInDocs,
  render: (args) => <EditCustomerSheet {...args} defaultOpen />,
};

export const Large: Story = {
  args: { size: "lg" },
  parameters: openInDocs,
  render: (args) => <EditCustomerSheet {...args} defaultOpen />,
};

/** The whole screen: for a small screen's full-page task. */
export const Full: Story = {
  args: { size: "full" },
  parameters: openInDocs,
  render: (args) => <EditCustomerSheet {...args} defaultOpen />,
};

export const WithoutCloseButton: Story = {
  args: { showCloseButton: false },
  parameters: openInDocs,
  render: (args) => <EditCustomerSheet {...args} defaultOpen />,
  play: async ({ canvasElement }) => {
    const sheet = await within(canvasElement.ownerDocument.body).findByRole("dialog");
    await expect(within(sheet).queryByRole("button", { name: "Close" })).toBeNull();
  },
};

/** `side="start"` in a right-to-left page: the sheet comes in from the right edge. */
export const RightToLeft: Story = {
  args: { side: "start" },
  parameters: openInDocs,
  beforeEach: () => {
    const root = document.documentElement;
    const previous = root.getAttribute("dir");
    root.setAttribute("dir", "rtl");
    return () => {
      if (previous === null) root.removeAttribute("dir");
      else root.setAttribute("dir", previous);
    };
  },
  render: (args) => (
    <DirectionProvider dir="rtl">
      <EditCustomerSheet {...args} defaultOpen />
    </DirectionProvider>
  ),
  play: async ({ canvasElement }) => {
    const sheet = await within(canvasElement.ownerDocument.body).findByRole("dialog");
    const { right } = sheet.getBoundingClientRect();
    await expect(
      Math.abs(right - canvasElement.ownerDocument.documentElement.clientWidth),
    ).toBeLessThan(1);
  },
};

export const Controlled: Story = {
  render: function ControlledSheet(args) {
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
        <Sheet open={open} onOpenChange={setOpen}>
          <SheetTrigger asChild>
            <Button variant="outline">Show details</Button>
          </SheetTrigger>
          <SheetContent {...args}>
            <SheetHeader>
              <SheetTitle>Invoice INV-2041</SheetTitle>
              <SheetDescription>The open state lives in the story.</SheetDescription>
            </SheetHeader>
            <SheetFooter>
              <Button onClick={() => setOpen(false)}>Done</Button>
            </SheetFooter>
          </SheetContent>
        </Sheet>
        <span aria-live="polite">{open ? "Sheet open" : "Sheet closed"}</span>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole("button", { name: "Show details" }));
    await body.findByRole("dialog", { name: "Invoice INV-2041" });
    await userEvent.click(body.getByRole("button", { name: "Done" }));
    await waitFor(() => expect(canvas.getByText("Sheet closed")).toBeVisible());
  },
};
