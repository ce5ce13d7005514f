import { LayoutGridIcon, StarIcon } from "@nexod/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { StatesGrid, cellSelectors } from "../../stories/states-grid";
import { Toggle, type ToggleProps } from "./toggle";

const variants = ["neutral", "outline"] as const;
const sizes = ["sm", "md", "lg"] as const;

const meta = {
  title: "Forms/Toggle",
  component: Toggle,
  tags: ["autodocs"],
  args: {
    onPressedChange: fn(),
    children: (
      <>
        <LayoutGridIcon /> Show grid
      </>
    ),
  },
  argTypes: {
    variant: { control: "inline-radio", options: variants },
    size: { control: "inline-radio", options: sizes },
    iconOnly: { control: "boolean" },
    pressed: { control: "boolean" },
    disabled: { control: "boolean" },
  },
} satisfies Meta<typeof Toggle>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const toggle = within(canvasElement).getByRole("button", { name: "Show grid" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(toggle).toHaveAttribute("data-state", "on");
    await userEvent.keyboard("{Enter}");
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await userEvent.keyboard(" ");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(args.onPressedChange).toHaveBeenLastCalledWith(true);
  },
};

export const Pressed: Story = { args: { defaultPressed: true } };

export const Outline: Story = { args: { variant: "outline" } };

export const OutlinePressed: Story = { args: { variant: "outline", defaultPressed: true } };

/** An icon alone: the toggle is square and named by its `aria-label` (required). */
export const IconOnly: Story = {
  args: { iconOnly: true, "aria-label": "Favourite", children: <StarIcon /> },
  render: (args) => (
    <div style={{ display: "flex", gap: 8 }}>
      <Toggle {...args} />
      <Toggle {...args} variant="outline" aria-label="Favourite (outline)" defaultPressed />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const toggle = within(canvasElement).getByRole("button", { name: "Favourite" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(toggle.getBoundingClientRect().width).toBe(toggle.getBoundingClientRect().height);
    toggle.focus();
    await userEvent.keyboard(" ");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
      {sizes.map((size) => (
        <Toggle key={size} {...args} size={size} variant="outline" />
      ))}
      {sizes.map((size) => (
        <Toggle
          key={`icon-${size}`}
          {...args}
          size={size}
          variant="outline"
          iconOnly
          aria-label={`Favourite, ${size}`}
        >
          <StarIcon />
        </Toggle>
      ))}
    </div>
  ),
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ args, canvasElement }) => {
    const toggle = within(canvasElement).getByRole("button", { name: "Show grid" });
    await expect(toggle).toBeDisabled();
    await userEvent.click(toggle);
    await expect(args.onPressedChange).not.toHaveBeenCalled();
  },
};

const states = ["rest", "hover", "focus", "pressed", "pressed hover", "disabled"] as const;
const stateProps: Record<(typeof states)[number], ToggleProps> = {
  rest: {},
  hover: {},
  focus: {},
  pressed: { defaultPressed: true },
  "pressed hover": { defaultPressed: true },
  disabled: { disabled: true },
};
const cellId = (variant: string, state: string) => `toggle-${variant}-${state.replace(" ", "-")}`;

/** Both variants in every state. Hover and keyboard focus are forced with the pseudo-states addon. */
export const States: Story = {
  parameters: {
    pseudo: {
      rootSelector: "body",
      hover: [
        ...cellSelectors("toggle", variants, "hover"),
        ...cellSelectors("toggle", variants, "pressed-hover"),
      ],
      focusVisible: cellSelectors("toggle", variants, "focus"),
    },
  },
  render: (args) => (
    <StatesGrid
      states={states}
      rows={variants.map((variant) => ({
        name: variant,
        cells: states.map((state) => (
          <Toggle
            key={state}
            {...args}
            {...stateProps[state]}
            id={cellId(variant, state)}
            variant={variant}
          >
            <LayoutGridIcon /> Show grid
          </Toggle>
        )),
      }))}
    />
  ),
};
