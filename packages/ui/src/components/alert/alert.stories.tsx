import { CreditCardIcon } from "@nexod/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { cellSelectors, StatesGrid } from "../../stories/states-grid";
import { Button } from "../button";
import { Alert, AlertAction, AlertDescription, AlertTitle } from "./alert";
import { AlertDismiss } from "./alert-dismiss";

const variants = ["neutral", "info", "success", "warning", "destructive"] as const;
const titles = {
  neutral: "Scheduled maintenance",
  info: "Invoices now include VAT numbers",
  success: "Payment received",
  warning: "Your trial ends in 3 days",
  destructive: "Payment failed",
} as const;
const descriptions = {
  neutral: "Billing is read-only on Sunday 7 June 2026 from 02:00 to 04:00 UTC.",
  info: "Add your VAT number in billing settings to show it on new invoices.",
  success: "Invoice 1042 was paid on 3 May 2026.",
  warning: "Add a card to keep your workspace after 6 May 2026.",
  destructive: "Your card was declined. Update it to keep your subscription.",
} as const;
const column = { display: "grid", gap: 12, width: 520 } as const;

const meta = {
  title: "Feedback/Alert",
  component: Alert,
  tags: ["autodocs"],
  argTypes: {
    variant: { control: "select", options: variants },
    layout: { control: "inline-radio", options: ["callout", "banner"] },
    showIcon: { control: "boolean" },
  },
  render: (args) => {
    const variant = args.variant ?? "neutral";
    return (
      <div style={{ width: 520 }}>
        <Alert {...args}>
          <AlertTitle>{titles[variant]}</AlertTitle>
          <AlertDescription>{descriptions[variant]}</AlertDescription>
        </Alert>
      </div>
    );
  },
} satisfies Meta<typeof Alert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole("status");
    await expect(alert).toHaveTextContent("Scheduled maintenance");
    await expect(alert.querySelector(".nx-alert__icon")).toHaveAttribute("aria-hidden", "true");
  },
};

/** Every meaning; destructive is `role="alert"` (assertive), the others `role="status"`. */
export const Variants: Story = {
  render: (args) => (
    <div style={column}>
      {variants.map((variant) => (
        <Alert {...args} key={variant} variant={variant}>
          <AlertTitle>{titles[variant]}</AlertTitle>
          <AlertDescription>{descriptions[variant]}</AlertDescription>
        </Alert>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("alert")).toHaveTextContent("Payment failed");
    await expect(canvas.getAllByRole("status")).toHaveLength(4);
  },
};

export const WithAction: Story = {
  args: { variant: "destructive" },
  render: (args) => (
    <div style={{ width: 520 }}>
      <Alert {...args}>
        <AlertTitle>Payment failed</AlertTitle>
        <AlertDescription>{descriptions.destructive}</AlertDescription>
        <AlertAction>
          <Button size="sm" variant="outline">
            Update card
          </Button>
          <Button size="sm" variant="ghost">
            Contact support
          </Button>
        </AlertAction>
      </Alert>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole("alert");
    await expect(within(alert).getByRole("button", { name: "Update card" })).toBeVisible();
  },
};

/** `AlertDismiss` hides the alert; keyboard users reach it with Tab and press Enter. */
export const Dismissible: Story = {
  args: { variant: "info" },
  render: (args) => (
    <div style={{ width: 520 }}>
      <Alert {...args}>
        <AlertTitle>{titles.info}</AlertTitle>
        <AlertDescription>{descriptions.info}</AlertDescription>
        <AlertDismiss />
      </Alert>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = canvas.getByRole("status");
    await userEvent.tab();
    const dismiss = canvas.getByRole("button", { name: "Dismiss" });
    await expect(dismiss).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(alert).not.toBeVisible();
    await expect(alert).toHaveAttribute("data-state", "dismissed");
    alert.hidden = false;
    alert.removeAttribute("data-state");
  },
};

const onDismiss = fn((event: { preventDefault: () => void }) => event.preventDefault());

/** `onDismiss` with `preventDefault()` keeps the alert, for products that remove it from state. */
export const ControlledDismiss: Story = {
  args: { variant: "warning" },
  render: (args) => (
    <div style={{ width: 520 }}>
      <Alert {...args}>
        <AlertTitle>{titles.warning}</AlertTitle>
        <AlertDescription>{descriptions.warning}</AlertDescription>
        <AlertDismiss label="Dismiss trial notice" onDismiss={onDismiss} />
      </Alert>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Dismiss trial notice" }));
    await expect(onDismiss).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole("status")).toBeVisible();
    onDismiss.mockClear();
  },
};
/** Full width across the top of a page or app. */
export const Banner: Story = {
  args: { layout: "banner", variant: "warning" },
  render: (args) => (
    <div style={{ width: 720, border: "1px dashed var(--nx-color-border)" }}>
      <Alert {...args}>
        <AlertTitle>{titles.warning}</AlertTitle>
        <AlertDescription>{descriptions.warning}</AlertDescription>
        <AlertDismiss />
      </Alert>
      <div style={{ height: 80 }} />
    </div>
  ),
};

export const WithoutIcon: Story = { args: { showIcon: false, variant: "success" } };

export const CustomIcon: Story = {
  args: { variant: "info", icon: <CreditCardIcon size="sm" /> },
};

/** A title only, for short messages. */
export const TitleOnly: Story = {
  render: (args) => (
    <div style={{ width: 520 }}>
      <Alert {...args} variant="success">
        <AlertTitle>Settings saved</AlertTitle>
        <AlertDismiss />
      </Alert>
    </div>
  ),
};

/** The dismiss button at rest, hovered and focused on every variant. */
export const States: Story = {
  parameters: {
    pseudo: {
      rootSelector: "body",
      hover: cellSelectors("alert-dismiss", variants, "hover"),
      focusVisible: cellSelectors("alert-dismiss", variants, "focus"),
    },
  },
  render: (args) => (
    <StatesGrid
      states={["rest", "hover", "focus"]}
      rows={variants.map((variant) => ({
        name: variant,
        cells: (["rest", "hover", "focus"] as const).map((state) => (
          <Alert key={state} {...args} variant={variant} role="note" style={{ width: 220 }}>
            <AlertTitle>{variant}</AlertTitle>
            <AlertDismiss id={`alert-dismiss-${variant}-${state}`} />
          </Alert>
        )),
      }))}
    />
  ),
};
