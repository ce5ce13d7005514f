import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { ControlStatesGrid, controlStatesParameters } from "../../stories/states-grid";
import { Field } from "../field";
import { Label } from "../label";
import { Checkbox, type CheckboxProps } from "./checkbox";

const meta = {
  title: "Forms/Checkbox",
  component: Checkbox,
  tags: ["autodocs"],
  args: { onCheckedChange: fn() },
  argTypes: {
    size: { control: "select", options: ["sm", "md"] },
    checked: { control: "select", options: [true, false, "indeterminate"] },
    disabled: { control: "boolean" },
    "aria-invalid": { control: "boolean" },
  },
  render: (args) => (
    <Field orientation="horizontal" label="Accept the terms">
      <Checkbox {...args} />
    </Field>
  ),
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const checkbox = within(canvasElement).getByRole("checkbox", { name: "Accept the terms" });
    await userEvent.click(within(canvasElement).getByText("Accept the terms"));
    await expect(checkbox).toBeChecked();
    await userEvent.click(checkbox);
    await expect(checkbox).not.toBeChecked();
    await expect(checkbox).toHaveFocus();
    await userEvent.keyboard(" ");
    await expect(checkbox).toBeChecked();
    await expect(args.onCheckedChange).toHaveBeenCalledTimes(3);
  },
};

export const Checked: Story = { args: { defaultChecked: true } };

export const Indeterminate: Story = {
  args: { defaultChecked: "indeterminate" },
  play: async ({ canvasElement }) => {
    const checkbox = within(canvasElement).getByRole("checkbox", { name: "Accept the terms" });
    await expect(checkbox).toHaveAttribute("aria-checked", "mixed");
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const DisabledChecked: Story = { args: { disabled: true, defaultChecked: true } };

export const Invalid: Story = {
  render: (args) => (
    <Field orientation="horizontal" label="Accept the terms" error="Accept the terms to continue.">
      <Checkbox {...args} />
    </Field>
  ),
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 12 }}>
      <Field orientation="horizontal" label="Small">
        <Checkbox {...args} size="sm" defaultChecked />
      </Field>
      <Field orientation="horizontal" label="Medium">
        <Checkbox {...args} size="md" defaultChecked />
      </Field>
    </div>
  ),
};

/** A `Label` after the checkbox, pointing at it with `htmlFor`. */
export const WithLabel: Story = {
  render: function WithLabel(args) {
    const id = React.useId();
    return (
      <div style={{ display: "flex", alignItems: "center", gap: 8 }}>
        <Checkbox {...args} id={id} />
        <Label htmlFor={id}>Remember me</Label>
      </div>
    );
  },
};

export const InFieldWithDescription: Story = {
  render: (args) => (
    <Field
      orientation="horizontal"
      label="Product updates"
      description="A short email when we ship something new. Unsubscribe at any time."
    >
      <Checkbox {...args} />
    </Field>
  ),
};

const toppings = ["Cheese", "Olives", "Basil"];

function SelectAllExample(props: CheckboxProps) {
  const [selected, setSelected] = React.useState<string[]>(["Cheese"]);
  const all: CheckboxProps["checked"] =
    selected.length === toppings.length ? true : selected.length === 0 ? false : "indeterminate";
  return (
    <div style={{ display: "grid", gap: 8 }}>
      <Field orientation="horizontal" label="All toppings">
        <Checkbox
          {...props}
          checked={all}
          onCheckedChange={(checked) => setSelected(checked === true ? toppings : [])}
        />
      </Field>
      <div style={{ display: "grid", gap: 8, paddingInlineStart: 28 }}>
        {toppings.map((topping) => (
          <Field key={topping} orientation="horizontal" label={topping}>
            <Checkbox
              size={props.size}
              checked={selected.includes(topping)}
              onCheckedChange={(checked) =>
                setSelected((current) =>
                  checked === true
                    ? [...current, topping]
                    : current.filter((item) => item !== topping),
                )
              }
            />
          </Field>
        ))}
      </div>
    </div>
  );
}

/** "Select all" is indeterminate while only some items are selected. */
export const SelectAll: Story = {
  render: (args) => <SelectAllExample {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const all = canvas.getByRole("checkbox", { name: "All toppings" });
    await expect(all).toHaveAttribute("aria-checked", "mixed");
    await userEvent.click(all);
    await expect(all).toBeChecked();
    await expect(canvas.getByRole("checkbox", { name: "Olives" })).toBeChecked();
    await userEvent.click(canvas.getByRole("checkbox", { name: "Basil" }));
    await expect(all).toHaveAttribute("aria-checked", "mixed");
  },
};

const checkedValues = { unchecked: false, checked: true, indeterminate: "indeterminate" } as const;
const checkboxRows = Object.keys(checkedValues) as (keyof typeof checkedValues)[];

/** Unchecked, checked and indeterminate in every state. Keyboard focus is forced with the pseudo-states addon. */
export const States: Story = {
  parameters: controlStatesParameters("checkbox", checkboxRows),
  render: (args) => (
    <ControlStatesGrid
      prefix="checkbox"
      rows={checkboxRows}
      renderCell={(row, state, stateProps) => (
        <Checkbox
          {...args}
          {...stateProps}
          aria-label={`Accept terms, ${row}, ${state}`}
          defaultChecked={checkedValues[row]}
        />
      )}
    />
  ),
};
