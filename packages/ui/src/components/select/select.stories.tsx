import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ControlStatesGrid, controlStatesParameters } from "../../stories/states-grid";
import {
  Select,
  SelectContent,
  SelectGroup,
  SelectItem,
  SelectLabel,
  SelectSeparator,
  SelectTrigger,
  SelectValue,
  type SelectProps,
  type SelectTriggerProps,
} from "./select";

// Stories are not compiled into styles.css, so story-only markup uses the token variables.
const fieldStyle: React.CSSProperties = {
  display: "grid",
  gap: "var(--nx-spacing-1_5)",
  width: "var(--nx-spacing-64)",
  fontFamily: "var(--nx-font-family-sans)",
  fontSize: "var(--nx-font-size-sm)",
};

function FruitSelect({
  label = "Fruit",
  selectProps,
  ...triggerProps
}: SelectTriggerProps & { label?: string; selectProps?: SelectProps }) {
  // Unique per story: the docs page renders every story on one page.
  const id = React.useId();
  return (
    <div style={fieldStyle}>
      <label htmlFor={id}>{label}</label>
      <Select {...selectProps}>
        <SelectTrigger id={id} {...triggerProps}>
          <SelectValue placeholder="Pick a fruit" />
        </SelectTrigger>
        <SelectContent>
          <SelectGroup>
            <SelectLabel>Fruit</SelectLabel>
            <SelectItem value="apple">Apple</SelectItem>
            <SelectItem value="banana">Banana</SelectItem>
            <SelectItem value="blueberry" disabled>
              Blueberry (out of season)
            </SelectItem>
            <SelectItem value="cherry">Cherry</SelectItem>
          </SelectGroup>
          <SelectSeparator />
          <SelectGroup>
            <SelectLabel>Vegetables</SelectLabel>
            <SelectItem value="carrot">Carrot</SelectItem>
            <SelectItem value="leek">Leek</SelectItem>
          </SelectGroup>
        </SelectContent>
      </Select>
    </div>
  );
}

/**
 * Stories that start open. They render in their own iframe on the docs page so the list stays
 * inside. While the list is open Radix hides the page from screen readers and traps focus in
 * the list, so the hidden trigger cannot be reached; axe cannot see the trap (it only exempts
 * modal dialogs) and reports the trigger under aria-hidden-focus, which we mark for review.
 */
const openList = {
  docs: { story: { inline: false, height: "420px" } },
  a11y: { config: { rules: [{ id: "aria-hidden-focus", reviewOnFail: true }] } },
};

const meta = {
  title: "Forms/Select",
  component: SelectTrigger,
  subcomponents: {
    Select,
    SelectValue,
    SelectContent,
    SelectGroup,
    SelectLabel,
    SelectItem,
    SelectSeparator,
  },
  tags: ["autodocs"],
  args: { size: "md", disabled: false },
  argTypes: {
    size: { control: "select", options: ["sm", "md", "lg"] },
    disabled: { control: "boolean" },
    "aria-invalid": { control: "boolean" },
  },
  render: (args) => <FruitSelect {...args} />,
} satisfies Meta<typeof SelectTrigger>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = body.getByRole("combobox", { name: "Fruit" });
    await expect(trigger).toHaveTextContent("Pick a fruit");

    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const listbox = await body.findByRole("listbox");
    await waitFor(() =>
      expect(within(listbox).getByRole("option", { name: "Apple" })).toHaveFocus(),
    );
    // Blueberry is disabled: ArrowDown twice goes Apple → Banana → Cherry.
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    await expect(within(listbox).getByRole("option", { name: "Cherry" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(body.queryByRole("listbox")).toBeNull());
    await expect(trigger).toHaveTextContent("Cherry");
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

export const ChooseWithPointer: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = body.getByRole("combobox", { name: "Fruit" });
    await userEvent.click(trigger);
    const listbox = await body.findByRole("listbox");
    await userEvent.click(within(listbox).getByRole("option", { name: "Leek" }));
    await waitFor(() => expect(body.queryByRole("listbox")).toBeNull());
    await expect(trigger).toHaveTextContent("Leek");
  },
};

export const Typeahead: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = body.getByRole("combobox", { name: "Fruit" });
    trigger.focus();
    await userEvent.keyboard(" ");
    const listbox = await body.findByRole("listbox");
    await userEvent.keyboard("le");
    await waitFor(() =>
      expect(within(listbox).getByRole("option", { name: "Leek" })).toHaveFocus(),
    );
    await userEvent.keyboard("{Enter}");
    await expect(trigger).toHaveTextContent("Leek");
  },
};

export const WithValue: Story = {
  render: (args) => <FruitSelect {...args} selectProps={{ defaultValue: "banana" }} />,
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 16 }}>
      <FruitSelect {...args} label="Small" size="sm" />
      <FruitSelect {...args} label="Medium" size="md" />
      <FruitSelect {...args} label="Large" size="lg" />
    </div>
  ),
};

export const Invalid: Story = {
  args: { "aria-invalid": true, "aria-describedby": "fruit-error" },
  render: (args) => (
    <div style={{ display: "grid", gap: 6 }}>
      <FruitSelect {...args} selectProps={{ required: true }} />
      <p
        id="fruit-error"
        style={{
          margin: 0,
          color: "var(--nx-color-error)",
          fontFamily: "var(--nx-font-family-sans)",
          fontSize: "var(--nx-font-size-sm)",
        }}
      >
        Choose a fruit to continue.
      </p>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole("combobox", { name: "Fruit" });
    await expect(trigger).toBeInvalid();
    await expect(trigger).toHaveAccessibleDescription("Choose a fruit to continue.");
  },
};

export const Disabled: Story = {
  render: (args) => (
    <FruitSelect {...args} selectProps={{ disabled: true, defaultValue: "apple" }} />
  ),
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = body.getByRole("combobox", { name: "Fruit" });
    await expect(trigger).toBeDisabled();
    await userEvent.click(trigger);
    await expect(body.queryByRole("listbox")).toBeNull();
  },
};

export const Open: Story = {
  parameters: openList,
  render: (args) => (
    <FruitSelect {...args} selectProps={{ defaultOpen: true, defaultValue: "apple" }} />
  ),
};

const timeZones = [
  "Pacific/Honolulu",
  "America/Anchorage",
  "America/Los_Angeles",
  "America/Denver",
  "America/Chicago",
  "America/New_York",
  "America/Halifax",
  "America/Sao_Paulo",
  "Atlantic/Azores",
  "Europe/London",
  "Europe/Paris",
  "Europe/Berlin",
  "Europe/Helsinki",
  "Europe/Istanbul",
  "Asia/Dubai",
  "Asia/Karachi",
  "Asia/Kolkata",
  "Asia/Dhaka",
  "Asia/Bangkok",
  "Asia/Singapore",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Pacific/Auckland",
];

export const LongList: Story = {
  parameters: openList,
  render: (args) => (
    <div style={fieldStyle}>
      <label htmlFor="time-zone">Time zone</label>
      <Select defaultOpen defaultValue="Europe/Berlin">
        <SelectTrigger {...args} id="time-zone">
          <SelectValue />
        </SelectTrigger>
        <SelectContent style={{ maxHeight: "var(--nx-spacing-64)" }}>
          {timeZones.map((zone) => (
            <SelectItem key={zone} value={zone}>
              {zone.replace("_", " ")}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  ),
};

const triggerSizes = ["sm", "md", "lg"] as const;

/** The trigger in every size and state. Keyboard focus is forced with the pseudo-states addon. */
export const States: Story = {
  parameters: controlStatesParameters("select", triggerSizes),
  render: () => (
    <ControlStatesGrid
      prefix="select"
      rows={triggerSizes}
      renderCell={(size, state, { disabled, ...stateProps }) => (
        <Select defaultValue="apple" disabled={disabled}>
          <SelectTrigger
            {...stateProps}
            aria-label={`Fruit, ${size}, ${state}`}
            size={size}
            style={{ width: "var(--nx-spacing-40)" }}
          >
            <SelectValue placeholder="Pick a fruit" />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="apple">Apple</SelectItem>
            <SelectItem value="banana">Banana</SelectItem>
          </SelectContent>
        </Select>
      )}
    />
  ),
};
