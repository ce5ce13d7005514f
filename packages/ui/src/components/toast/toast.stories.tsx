import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { Button } from "../button";
import {
  Toast,
  ToastAction,
  ToastClose,
  ToastDescription,
  ToastProvider,
  ToastTitle,
  ToastViewport,
  Toaster,
  toast,
  type ToastOptions,
  type ToasterProps,
} from ".";
import { resetToasts } from "./toast-store";

type ToastStoryArgs = Required<Pick<ToastOptions, "title" | "description">> &
  Pick<ToastOptions, "variant" | "duration"> &
  Pick<ToasterProps, "position"> & {
    /** Called when the toast's action button is clicked. */
    onAction: () => void;
  };

const variants = ["neutral", "success", "info", "warning", "destructive"] as const;

const meta = {
  title: "Feedback/Toast",
  component: Toaster,
  subcomponents: {
    Toast,
    ToastProvider,
    ToastViewport,
    ToastTitle,
    ToastDescription,
    ToastAction,
    ToastClose,
  },
  tags: ["autodocs"],
  args: {
    title: "Changes saved",
    description: "Your profile is up to date.",
    variant: "neutral",
    duration: Infinity,
    position: "bottom-right",
    onAction: fn(),
  },
  argTypes: {
    variant: { control: "select", options: variants },
    position: {
      control: "select",
      options: [
        "top-left",
        "top-center",
        "top-right",
        "bottom-left",
        "bottom-center",
        "bottom-right",
      ],
    },
    duration: { control: "number" },
  },
  parameters: {
    // The viewport is fixed to a corner of the window: one frame per story in the docs page.
    docs: { story: { inline: false, iframeHeight: 420 } },
  },
  // toast() keeps its queue in module state; start every story empty.
  beforeEach: () => {
    resetToasts();
  },
  render: ({ position, onAction: _onAction, ...options }) => (
    <>
      <Button variant="outline" onClick={() => toast(options)}>
        Show toast
      </Button>
      <Toaster position={position} />
    </>
  ),
} satisfies Meta<ToastStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `toast()` from a click: the toast shows in the notifications region and is announced. */
export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Show toast" }));
    const region = body.getByRole("region", { name: "Notifications (F8)" });
    const item = await within(region).findByRole("listitem");
    await expect(item).toHaveTextContent(args.title as string);
    await waitFor(() =>
      expect(body.getByRole("status")).toHaveTextContent(
        `Notification ${String(args.title)} ${String(args.description)}`,
      ),
    );
  },
};

/** Every variant, rendered with the parts. Errors use `type="foreground"` (assertive). */
export const Variants: Story = {
  render: ({ position }) => (
    <ToastProvider>
      {variants.map((variant) => (
        <Toast key={variant} variant={variant} duration={Infinity}>
          <div style={{ display: "grid", gap: 4, flex: 1 }}>
            <ToastTitle>{`${variant[0]?.toUpperCase()}${variant.slice(1)}`}</ToastTitle>
            <ToastDescription>Short supporting text.</ToastDescription>
          </div>
          <ToastClose />
        </Toast>
      ))}
      <ToastViewport position={position} />
    </ToastProvider>
  ),
};

/** One action with `altText` for screen-reader users; clicking it runs it and closes. */
export const WithAction: Story = {
  args: { title: "File deleted", description: "report-q3.pdf moved to Trash." },
  render: ({ position, onAction, ...options }) => (
    <>
      <Button
        variant="outline"
        onClick={() =>
          toast({
            ...options,
            action: { label: "Undo", altText: "Undo with Ctrl+Z", onClick: onAction },
          })
        }
      >
        Delete file
      </Button>
      <Toaster position={position} />
    </>
  ),
  play: async ({ args, canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Delete file" }));
    await userEvent.click(await body.findByRole("button", { name: "Undo" }));
    await expect(args.onAction).toHaveBeenCalledOnce();
    await waitFor(() => expect(body.queryByRole("listitem")).toBeNull());
  },
};

export const Destructive: Story = {
  args: {
    variant: "destructive",
    title: "Payment failed",
    description: "The card was declined. Try another one.",
  },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Show toast" }));
    await waitFor(() => expect(body.getByRole("status")).toHaveAttribute("aria-live", "assertive"));
  },
};

/** The handle from `toast()` updates a toast in place, e.g. when a task finishes. */
export const UpdateInPlace: Story = {
  render: ({ position }) => (
    <>
      <Button
        variant="outline"
        onClick={() => {
          const upload = toast({ title: "Uploading report-q3.pdf…", duration: Infinity });
          window.setTimeout(
            () =>
              upload.update({
                title: "Uploaded report-q3.pdf",
                variant: "success",
                duration: 5000,
              }),
            1500,
          );
        }}
      >
        Upload
      </Button>
      <Toaster position={position} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Upload" }));
    await expect(await body.findByRole("listitem")).toHaveTextContent("Uploading");
    await waitFor(() => expect(body.getByRole("listitem")).toHaveTextContent("Uploaded"), {
      timeout: 3000,
    });
  },
};

/** The close button and Escape (after F8 moves focus to the toasts) dismiss. */
export const Dismiss: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const button = within(canvasElement).getByRole("button", { name: "Show toast" });
    await userEvent.click(button);
    await userEvent.click(await body.findByRole("button", { name: "Close" }));
    await waitFor(() => expect(body.queryByRole("listitem")).toBeNull());
    await userEvent.click(button);
    await body.findByRole("listitem");
    await userEvent.keyboard("[F8]");
    await userEvent.tab();
    await expect(body.getByRole("listitem")).toHaveFocus();
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("listitem")).toBeNull());
  },
};
