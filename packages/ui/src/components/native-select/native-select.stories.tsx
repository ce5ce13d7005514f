import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { ControlStatesGrid, controlStatesParameters } from "../../stories/states-grid";
import { Field } from "../field";
import { NativeSelect, NativeSelectOptGroup, NativeSelectOption } from "./native-select";

const countries = (
  <>
    <NativeSelectOption value="" disabled>
      Choose a country
    </NativeSelectOption>
    <NativeSelectOptGroup label="Europe">
      <NativeSelectOption value="at">Austria</NativeSelectOption>
      <NativeSelectOption value="de">Germany</NativeSelectOption>
      <NativeSelectOption value="fr">France</NativeSelectOption>
    </NativeSelectOptGroup>
    <NativeSelectOptGroup label="Americas">
      <NativeSelectOption value="ca">Canada</NativeSelectOption>
      <NativeSelectOption value="us">United States</NativeSelectOption>
    </NativeSelectOptGroup>
  </>
);

const meta = {
  title: "Forms/Native Select",
  component: NativeSelect,
  tags: ["autodocs"],
  args: { name: "country", defaultValue: "", children: countries },
  argTypes: {
    size: { control: "select", options: ["sm", "md", "lg"] },
    disabled: { control: "boolean" },
    "aria-invalid": { control: "boolean" },
  },
  render: (args) => (
    <Field label="Country" style={{ maxWidth: 320 }}>
      <NativeSelect {...args} />
    </Field>
  ),
} satisfies Meta<typeof NativeSelect>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole("combobox", { name: "Country" });
    await expect(select).toHaveValue("");
    await userEvent.selectOptions(select, "France");
    await expect(select).toHaveValue("fr");
    await expect(within(canvasElement).getByRole("group", { name: "Europe" })).toBeInTheDocument();
    select.blur();
    await userEvent.tab();
    await expect(select).toHaveFocus();
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 16, maxWidth: 320 }}>
      <Field label="Small">
        <NativeSelect {...args} size="sm" defaultValue="de" />
      </Field>
      <Field label="Medium">
        <NativeSelect {...args} size="md" defaultValue="de" />
      </Field>
      <Field label="Large">
        <NativeSelect {...args} size="lg" defaultValue="de" />
      </Field>
    </div>
  ),
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: "at" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("combobox", { name: "Country" })).toBeDisabled();
  },
};

export const InFieldWithError: Story = {
  render: (args) => (
    <Field
      label="Country"
      description="Where we send the invoice."
      error="Choose the country of your billing address."
      required
      style={{ maxWidth: 320 }}
    >
      <NativeSelect {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole("combobox", { name: "Country" });
    await expect(select).toHaveAttribute("aria-invalid", "true");
    await expect(select).toHaveAttribute("aria-required", "true");
    await expect(select).toHaveAccessibleDescription(
      "Where we send the invoice. Choose the country of your billing address.",
    );
  },
};

/** `multiple`: a list box of several rows (no chevron); Ctrl/⌘-click picks more than one. */
export const Multiple: Story = {
  args: { multiple: true, defaultValue: ["de", "fr"], name: "markets" },
  render: (args) => (
    <Field label="Markets" style={{ maxWidth: 320 }}>
      <NativeSelect {...args}>
        <NativeSelectOption value="at">Austria</NativeSelectOption>
        <NativeSelectOption value="de">Germany</NativeSelectOption>
        <NativeSelectOption value="fr">France</NativeSelectOption>
        <NativeSelectOption value="it">Italy</NativeSelectOption>
      </NativeSelect>
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole("listbox", { name: "Markets" });
    await userEvent.selectOptions(list, ["at", "it"]);
    await expect(
      [...(list as HTMLSelectElement).selectedOptions].map((option) => option.value),
    ).toEqual(["at", "de", "fr", "it"]);
  },
};

const selectSizes = ["sm", "md", "lg"] as const;

/** Every size in every state. Keyboard focus is forced with the pseudo-states addon. */
export const States: Story = {
  parameters: controlStatesParameters("native-select", selectSizes),
  render: (args) => (
    <ControlStatesGrid
      prefix="native-select"
      rows={selectSizes}
      renderCell={(size, state, stateProps) => (
        <NativeSelect
          {...args}
          {...stateProps}
          aria-label={`Country, ${size}, ${state}`}
          size={size}
          defaultValue="de"
          style={{ width: "var(--nx-spacing-48)" }}
        />
      )}
    />
  ),
};
