import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { StatesGrid } from "../../stories/states-grid";
import { Button } from "../button";
import { CheckboxGroup, CheckboxGroupItem, CheckboxGroupSelectAll } from "./checkbox-group";

const topics = (
  <>
    <CheckboxGroupItem value="comments" label="Comments" description="Replies to your posts." />
    <CheckboxGroupItem
      value="mentions"
      label="Mentions"
      description="When someone @mentions you."
    />
    <CheckboxGroupItem value="releases" label="Product releases" />
  </>
);

const meta = {
  title: "Forms/Checkbox Group",
  component: CheckboxGroup,
  tags: ["autodocs"],
  args: {
    legend: "Notify me about",
    name: "topics",
    defaultValue: ["comments"],
    onValueChange: fn(),
    children: topics,
  },
  argTypes: {
    orientation: { control: "inline-radio", options: ["vertical", "horizontal"] },
    size: { control: "inline-radio", options: ["sm", "md"] },
    disabled: { control: "boolean" },
    required: { control: "boolean" },
    error: { control: "text" },
  },
  render: (args) => <CheckboxGroup style={{ maxWidth: 360 }} {...args} />,
} satisfies Meta<typeof CheckboxGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("group", { name: "Notify me about" })).toBeInTheDocument();
    const comments = canvas.getByRole("checkbox", { name: "Comments" });
    await expect(comments).toBeChecked();
    await expect(comments).toHaveAccessibleDescription("Replies to your posts.");
    await userEvent.tab();
    await expect(comments).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard(" ");
    await expect(canvas.getByRole("checkbox", { name: "Mentions" })).toBeChecked();
    await expect(args.onValueChange).toHaveBeenLastCalledWith(["comments", "mentions"]);
  },
};

/** A "select all" parent: indeterminate (`aria-checked="mixed"`) while only some are checked. */
export const SelectAll: Story = {
  args: {
    legend: "Toppings",
    name: "toppings",
    defaultValue: ["cheese"],
    children: (
      <>
        <CheckboxGroupSelectAll label="All toppings" />
        <CheckboxGroupItem value="cheese" label="Cheese" />
        <CheckboxGroupItem value="olives" label="Olives" />
        <CheckboxGroupItem value="basil" label="Basil" />
        <CheckboxGroupItem value="anchovies" label="Anchovies (sold out)" disabled />
      </>
    ),
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const all = canvas.getByRole("checkbox", { name: "All toppings" });
    await expect(all).toHaveAttribute("aria-checked", "mixed");
    await userEvent.click(all);
    await expect(all).toBeChecked();
    await expect(all).not.toBePartiallyChecked();
    await expect(args.onValueChange).toHaveBeenLastCalledWith(["cheese", "olives", "basil"]);
    await expect(canvas.getByRole("checkbox", { name: "Anchovies (sold out)" })).not.toBeChecked();
    await userEvent.keyboard(" ");
    await expect(all).not.toBeChecked();
    await expect(all).not.toBePartiallyChecked();
    await expect(canvas.getByRole("checkbox", { name: "Cheese" })).not.toBeChecked();
  },
};

export const Horizontal: Story = {
  args: {
    orientation: "horizontal",
    legend: "Days",
    name: "days",
    defaultValue: ["mon", "wed"],
    children: (
      <>
        <CheckboxGroupItem value="mon" label="Mon" />
        <CheckboxGroupItem value="tue" label="Tue" />
        <CheckboxGroupItem value="wed" label="Wed" />
        <CheckboxGroupItem value="thu" label="Thu" />
        <CheckboxGroupItem value="fri" label="Fri" />
      </>
    ),
  },
};

export const WithError: Story = {
  args: {
    required: true,
    defaultValue: [],
    description: "Pick at least one.",
    error: "Choose at least one topic.",
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("alert")).toHaveTextContent("Choose at least one topic.");
    await expect(
      canvas.getByRole("group", { name: /Notify me about/ }),
    ).toHaveAccessibleDescription("Pick at least one. Choose at least one topic.");
    await expect(canvas.getByRole("checkbox", { name: "Mentions" })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    for (const box of within(canvasElement).getAllByRole("checkbox")) {
      await expect(box).toBeDisabled();
    }
  },
};

function FormExample(props: React.ComponentProps<typeof CheckboxGroup>) {
  const [submitted, setSubmitted] = React.useState<string>("nothing yet");
  return (
    <form
      aria-label="Notifications"
      style={{ display: "grid", gap: 16, maxWidth: 360 }}
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(new FormData(event.currentTarget).getAll("topics").join(", ") || "none");
      }}
    >
      <CheckboxGroup {...props} />
      <Button type="submit" style={{ justifySelf: "start" }}>
        Save
      </Button>
      <output style={{ font: "inherit", color: "var(--nx-color-muted-foreground)" }}>
        Submitted: {submitted}
      </output>
    </form>
  );
}

/** A plain form: `formData.getAll("topics")` holds every checked value. */
export const InForm: Story = {
  render: (args) => <FormExample {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("checkbox", { name: "Product releases" }));
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(canvas.getByText("Submitted: comments, releases")).toBeInTheDocument();
  },
};

/** Both sizes and orientations in every state. */
export const States: Story = {
  render: (args) => (
    <StatesGrid
      states={["rest", "invalid", "disabled"]}
      rows={(["md", "sm"] as const).map((size) => ({
        name: size,
        cells: [
          <CheckboxGroup {...args} key="rest" size={size} legend={`Topics, ${size}`} />,
          <CheckboxGroup
            {...args}
            key="invalid"
            size={size}
            legend={`Topics, ${size}, invalid`}
            error="Choose at least one."
          />,
          <CheckboxGroup
            {...args}
            key="disabled"
            size={size}
            legend={`Topics, ${size}, disabled`}
            disabled
          />,
        ],
      }))}
    />
  ),
};
