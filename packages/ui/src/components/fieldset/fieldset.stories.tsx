import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { StatesGrid } from "../../stories/states-grid";
import { Checkbox } from "../checkbox";
import { Field } from "../field";
import { Input } from "../input";
import { RadioGroup, RadioGroupItem } from "../radio-group";
import { Fieldset } from "./fieldset";

function Topics({ invalid = false }: { invalid?: boolean }) {
  return (
    <>
      <Field orientation="horizontal" label="Comments">
        <Checkbox
          name="topics"
          value="comments"
          defaultChecked
          aria-invalid={invalid || undefined}
        />
      </Field>
      <Field orientation="horizontal" label="Mentions">
        <Checkbox name="topics" value="mentions" aria-invalid={invalid || undefined} />
      </Field>
    </>
  );
}

const meta = {
  title: "Forms/Fieldset",
  component: Fieldset,
  tags: ["autodocs"],
  args: {
    legend: "Notify me about",
    description: "We send at most one email a day.",
    children: <Topics />,
  },
  argTypes: {
    variant: { control: "inline-radio", options: ["plain", "card"] },
    disabled: { control: "boolean" },
    required: { control: "boolean" },
    error: { control: "text" },
  },
  render: (args) => <Fieldset style={{ maxWidth: 360 }} {...args} />,
} satisfies Meta<typeof Fieldset>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole("group", { name: "Notify me about" });
    await expect(group).toHaveAccessibleDescription("We send at most one email a day.");
    await userEvent.tab();
    await expect(canvas.getByRole("checkbox", { name: "Comments" })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole("checkbox", { name: "Mentions" })).toHaveFocus();
  },
};

/** A bordered section of a longer form. */
export const Card: Story = {
  args: {
    variant: "card",
    legend: "Billing address",
    description: undefined,
    children: (
      <>
        <Field label="Street">
          <Input name="street" defaultValue="12 Harbour Road" />
        </Field>
        <Field label="City">
          <Input name="city" defaultValue="Hamburg" />
        </Field>
      </>
    ),
  },
};

export const Required: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole("group", { name: /^Notify me about ?\(required\)$/ }),
    ).toBeInTheDocument();
  },
};

export const WithError: Story = {
  args: { error: "Choose at least one topic.", required: true, children: <Topics invalid /> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole("group", { name: /Notify me about/ });
    await expect(canvas.getByRole("alert")).toHaveTextContent("Choose at least one topic.");
    await expect(group).toHaveAccessibleDescription(
      "We send at most one email a day. Choose at least one topic.",
    );
  },
};

/** `disabled` disables every control inside, as the browser's own `<fieldset disabled>`. */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("checkbox", { name: "Comments" })).toBeDisabled();
    await expect(canvas.getByRole("checkbox", { name: "Mentions" })).toBeDisabled();
  },
};

/** A radio group inside: the legend names the group, so the radios need no extra `aria-label`. */
export const WithRadioGroup: Story = {
  args: {
    legend: "Delivery",
    description: undefined,
    children: (
      <RadioGroup name="delivery" defaultValue="standard" aria-label="Delivery speed">
        <Field orientation="horizontal" label="Standard (3–5 days)">
          <RadioGroupItem value="standard" />
        </Field>
        <Field orientation="horizontal" label="Express (next day)">
          <RadioGroupItem value="express" />
        </Field>
      </RadioGroup>
    ),
  },
};

/** Plain and card in every state. */
export const States: Story = {
  render: (args) => (
    <StatesGrid
      states={["rest", "required", "invalid", "disabled"]}
      rows={(["plain", "card"] as const).map((variant) => ({
        name: variant,
        cells: [
          <Fieldset {...args} key="rest" variant={variant} legend={`Topics, ${variant}`} />,
          <Fieldset
            {...args}
            key="required"
            variant={variant}
            required
            legend={`Topics, ${variant}, required`}
          />,
          <Fieldset
            {...args}
            key="invalid"
            variant={variant}
            legend={`Topics, ${variant}, invalid`}
            error="Choose at least one topic."
          >
            <Topics invalid />
          </Fieldset>,
          <Fieldset
            {...args}
            key="disabled"
            variant={variant}
            legend={`Topics, ${variant}, disabled`}
            disabled
          />,
        ],
      }))}
    />
  ),
};
