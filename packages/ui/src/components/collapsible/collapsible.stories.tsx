import { ChevronDownIcon } from "@nexod/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { StatesGrid } from "../../stories/states-grid";
import { Button } from "../button";
import { Collapsible, CollapsibleContent, CollapsibleTrigger } from ".";

const repositories = ["nexod/ui", "nexod/tokens", "nexod/icons"];
const listStyle = {
  display: "grid",
  gap: 6,
  margin: 0,
  padding: 0,
  listStyle: "none",
  fontFamily: "var(--nx-font-family-sans)",
  fontSize: "var(--nx-font-size-sm)",
} as const;

const meta = {
  title: "Layout/Collapsible",
  component: Collapsible,
  subcomponents: { CollapsibleTrigger, CollapsibleContent },
  tags: ["autodocs"],
  args: { onOpenChange: fn() },
  argTypes: { disabled: { control: "boolean" }, open: { control: "boolean" } },
  render: (args) => (
    <Collapsible {...args} style={{ display: "grid", gap: 8, inlineSize: 280 }}>
      <span style={listStyle}>nexod/design-system</span>
      <CollapsibleTrigger>
        Show {repositories.length} more repositories
        <ChevronDownIcon aria-hidden />
      </CollapsibleTrigger>
      <CollapsibleContent>
        <ul style={listStyle}>
          {repositories.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      </CollapsibleContent>
    </Collapsible>
  ),
} satisfies Meta<typeof Collapsible>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Enter or Space toggles; the trigger says whether the content is shown and which it controls. */
export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("button", { name: "Show 3 more repositories" });
    await expect(trigger).toHaveAttribute("aria-expanded", "false");
    await expect(canvas.queryByText("nexod/tokens")).toBeNull();
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(trigger).toHaveAttribute("aria-expanded", "true");
    const content = canvas.getByText("nexod/tokens").closest("[data-slot=collapsible-content]");
    await expect(trigger).toHaveAttribute("aria-controls", content?.id);
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(true);
    await userEvent.keyboard(" ");
    await expect(trigger).toHaveAttribute("aria-expanded", "false");
  },
};

export const Open: Story = { args: { defaultOpen: true } };

/** The trigger does nothing while disabled. */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole("button", { name: /Show 3 more/ });
    await expect(trigger).toBeDisabled();
  },
};

/** `asChild` makes a `Button` the trigger. */
export const WithButtonTrigger: Story = {
  render: (args) => (
    <Collapsible
      {...args}
      style={{ display: "grid", gap: 8, justifyItems: "start", inlineSize: 320 }}
    >
      <CollapsibleTrigger asChild>
        <Button variant="outline" size="sm">
          Advanced options
        </Button>
      </CollapsibleTrigger>
      <CollapsibleContent>
        <p style={{ ...listStyle, margin: 0 }}>
          Webhooks, API tokens and the audit log export live here.
        </p>
      </CollapsibleContent>
    </Collapsible>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("button", { name: "Advanced options" });
    await userEvent.click(trigger);
    await expect(trigger).toHaveAttribute("aria-expanded", "true");
    await expect(canvas.getByText(/Webhooks/)).toBeVisible();
  },
};

const triggerStates = ["closed", "open", "hover", "focus", "disabled"] as const;

/** The bare trigger in every state. Hover and keyboard focus are forced. */
export const States: Story = {
  parameters: {
    pseudo: {
      rootSelector: "body",
      hover: ["#collapsible-hover"],
      focusVisible: ["#collapsible-focus"],
    },
  },
  render: () => (
    <StatesGrid
      states={triggerStates}
      rows={[
        {
          name: "trigger",
          cells: triggerStates.map((state) => (
            <Collapsible key={state} defaultOpen={state === "open"} disabled={state === "disabled"}>
              <CollapsibleTrigger id={`collapsible-${state}`}>
                Details ({state})
                <ChevronDownIcon aria-hidden />
              </CollapsibleTrigger>
              <CollapsibleContent />
            </Collapsible>
          )),
        },
      ]}
    />
  ),
};
