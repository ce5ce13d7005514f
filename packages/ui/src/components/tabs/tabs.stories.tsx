import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { StatesGrid } from "../../stories/states-grid";
import { Tabs, TabsContent, TabsList, TabsTrigger, type TabsListProps, type TabsProps } from ".";

type TabsStoryArgs = TabsProps & Pick<TabsListProps, "variant">;

const panels = [
  { value: "overview", label: "Overview", text: "Usage, limits and the current plan." },
  { value: "members", label: "Members", text: "People who can open this workspace." },
  { value: "billing", label: "Billing", text: "Invoices and payment methods." },
  { value: "audit", label: "Audit log", text: "Who changed what, and when." },
];

const meta = {
  title: "Navigation/Tabs",
  component: Tabs,
  subcomponents: { TabsList, TabsTrigger, TabsContent },
  tags: ["autodocs"],
  args: {
    defaultValue: "overview",
    variant: "underline",
    orientation: "horizontal",
    activationMode: "automatic",
    onValueChange: fn(),
  },
  argTypes: {
    variant: { control: "select", options: ["underline", "pills", "segmented"] },
    orientation: { control: "inline-radio", options: ["horizontal", "vertical"] },
    activationMode: { control: "inline-radio", options: ["automatic", "manual"] },
  },
  render: ({ variant, ...args }) => (
    <Tabs {...args}>
      <TabsList aria-label="Workspace" variant={variant}>
        {panels.map((panel) => (
          <TabsTrigger key={panel.value} value={panel.value}>
            {panel.label}
          </TabsTrigger>
        ))}
      </TabsList>
      {panels.map((panel) => (
        <TabsContent key={panel.value} value={panel.value}>
          <p style={{ margin: 0 }}>{panel.text}</p>
        </TabsContent>
      ))}
    </Tabs>
  ),
} satisfies Meta<TabsStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Arrow keys move between tabs and select them; Home and End jump to the ends. */
export const Underline: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const tab = (name: string) => canvas.getByRole("tab", { name });
    await userEvent.click(tab("Overview"));
    await userEvent.keyboard("{ArrowRight}");
    await expect(tab("Members")).toHaveFocus();
    await expect(tab("Members")).toHaveAttribute("aria-selected", "true");
    await expect(canvas.getByRole("tabpanel", { name: "Members" })).toBeVisible();
    await expect(args.onValueChange).toHaveBeenLastCalledWith("members");
    await userEvent.keyboard("{End}");
    await expect(tab("Audit log")).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(tab("Overview")).toHaveFocus();
    await userEvent.keyboard("{ArrowLeft}{Home}");
    await expect(tab("Overview")).toHaveAttribute("aria-selected", "true");
  },
};

export const Pills: Story = { args: { variant: "pills" } };

export const Segmented: Story = { args: { variant: "segmented" } };

/** Up and Down move between tabs when the list is vertical. */
export const Vertical: Story = {
  args: { orientation: "vertical" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("tab", { name: "Overview" }));
    await userEvent.keyboard("{ArrowDown}");
    await expect(canvas.getByRole("tab", { name: "Members" })).toHaveFocus();
    await expect(canvas.getByRole("tab", { name: "Members" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
  },
};

/** A disabled tab is skipped by the arrow keys. */
export const WithDisabledTab: Story = {
  render: ({ variant, ...args }) => (
    <Tabs {...args}>
      <TabsList aria-label="Workspace" variant={variant}>
        <TabsTrigger value="overview">Overview</TabsTrigger>
        <TabsTrigger value="members" disabled>
          Members
        </TabsTrigger>
        <TabsTrigger value="billing">Billing</TabsTrigger>
      </TabsList>
      <TabsContent value="overview">Usage, limits and the current plan.</TabsContent>
      <TabsContent value="members">People who can open this workspace.</TabsContent>
      <TabsContent value="billing">Invoices and payment methods.</TabsContent>
    </Tabs>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("tab", { name: "Members" })).toBeDisabled();
    await userEvent.click(canvas.getByRole("tab", { name: "Overview" }));
    await userEvent.keyboard("{ArrowRight}");
    await expect(canvas.getByRole("tab", { name: "Billing" })).toHaveFocus();
  },
};

/** Manual activation: arrows move focus, Enter or Space selects. */
export const ManualActivation: Story = {
  args: { activationMode: "manual", variant: "segmented" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("tab", { name: "Overview" }));
    await userEvent.keyboard("{ArrowRight}");
    const members = canvas.getByRole("tab", { name: "Members" });
    await expect(members).toHaveFocus();
    await expect(members).toHaveAttribute("aria-selected", "false");
    await userEvent.keyboard("{Enter}");
    await expect(members).toHaveAttribute("aria-selected", "true");
  },
};

const tabsVariants = ["underline", "pills", "segmented"] as const;
const tabStates = ["selected", "rest", "hover", "focus", "disabled"] as const;

/**
 * Every variant's triggers in every state; each trigger is named after its state. Hover and
 * keyboard focus are forced with the pseudo-states addon.
 */
export const States: Story = {
  parameters: {
    pseudo: {
      rootSelector: "body",
      hover: tabsVariants.map((variant) => `#tabs-${variant} [data-cell="hover"]`),
      focusVisible: tabsVariants.map((variant) => `#tabs-${variant} [data-cell="focus"]`),
    },
  },
  render: () => (
    <StatesGrid
      states={[tabStates.join(", ")]}
      rows={tabsVariants.map((variant) => ({
        name: variant,
        cells: [
          <Tabs key="tabs" id={`tabs-${variant}`} defaultValue="selected">
            <TabsList aria-label={`States of ${variant} tabs`} variant={variant}>
              {tabStates.map((state) => (
                <TabsTrigger
                  key={state}
                  value={state}
                  data-cell={state}
                  disabled={state === "disabled"}
                >
                  {state[0]!.toUpperCase() + state.slice(1)}
                </TabsTrigger>
              ))}
            </TabsList>
            {tabStates.map((state) => (
              <TabsContent key={state} value={state}>
                <p style={{ margin: 0 }}>{`The ${variant} tabs' first panel.`}</p>
              </TabsContent>
            ))}
          </Tabs>,
        ],
      }))}
    />
  ),
};
