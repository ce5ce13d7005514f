import { CreditCardIcon, SendIcon, ShieldCheckIcon, UsersIcon } from "@nexod/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { StatesGrid } from "../../stories/states-grid";
import { Button } from "../button";
import { Field } from "../field";
import { Fieldset } from "../fieldset";
import { CheckboxCards, CheckboxCardsItem, RadioCards, RadioCardsItem } from "./choice-cards";

const plans = (
  <>
    <RadioCardsItem value="starter" label="Starter" description="1 project, community support." />
    <RadioCardsItem
      value="team"
      label="Team"
      description="Unlimited projects, 10 seats."
      icon={<UsersIcon />}
    />
    <RadioCardsItem
      value="enterprise"
      label="Enterprise"
      description="SSO and audit logs."
      icon={<ShieldCheckIcon />}
    />
  </>
);

const meta = {
  title: "Forms/Choice Cards",
  component: RadioCards,
  subcomponents: { RadioCardsItem, CheckboxCards, CheckboxCardsItem },
  tags: ["autodocs"],
  args: { name: "plan", defaultValue: "team", onValueChange: fn(), children: plans },
  argTypes: {
    columns: { control: "inline-radio", options: [1, 2, 3] },
    disabled: { control: "boolean" },
    "aria-invalid": { control: "boolean" },
  },
  render: (args) => (
    <Field label="Plan" style={{ maxWidth: 420 }}>
      <RadioCards {...args} />
    </Field>
  ),
} satisfies Meta<typeof RadioCards>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Radio cards: Tab enters at the selected card, arrow keys move and select. */
export const Radio: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("radiogroup", { name: "Plan" })).toBeInTheDocument();
    const team = canvas.getByRole("radio", { name: "Team" });
    await expect(team).toBeChecked();
    await expect(team).toHaveAccessibleDescription("Unlimited projects, 10 seats.");
    await userEvent.tab();
    await expect(team).toHaveFocus();
    await userEvent.keyboard("{ArrowDown>}{/ArrowDown}");
    const enterprise = canvas.getByRole("radio", { name: "Enterprise" });
    await expect(enterprise).toHaveFocus();
    await expect(enterprise).toBeChecked();
    await expect(args.onValueChange).toHaveBeenLastCalledWith("enterprise");
    await userEvent.keyboard("{ArrowDown>}{/ArrowDown}");
    await expect(canvas.getByRole("radio", { name: "Starter" })).toBeChecked();
  },
};

export const RadioColumns: Story = {
  args: { columns: 3 },
  render: (args) => (
    <Field label="Plan" style={{ maxWidth: 760 }}>
      <RadioCards {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const [first, second] = within(canvasElement).getAllByRole("radio");
    await expect(first!.getBoundingClientRect().top).toBe(second!.getBoundingClientRect().top);
  },
};

export const RadioInvalid: Story = {
  render: (args) => (
    <Field label="Plan" error="Choose a plan to continue." style={{ maxWidth: 420 }}>
      <RadioCards {...args} defaultValue={undefined} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("radiogroup", { name: "Plan" })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await expect(canvas.getByRole("alert")).toHaveTextContent("Choose a plan to continue.");
  },
};

export const RadioDisabledItem: Story = {
  args: {
    children: (
      <>
        <RadioCardsItem value="standard" label="Standard" description="3–5 working days, free." />
        <RadioCardsItem
          value="express"
          label="Express"
          description="Next working day, €9.90."
          icon={<SendIcon />}
        />
        <RadioCardsItem
          value="pickup"
          label="Pick-up"
          description="Not available for this address."
          disabled
        />
      </>
    ),
    name: "delivery",
    defaultValue: "standard",
  },
  render: (args) => (
    <Fieldset legend="Delivery" style={{ maxWidth: 420 }}>
      <RadioCards {...args} aria-label="Delivery" />
    </Fieldset>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard("{ArrowDown>}{/ArrowDown}");
    await userEvent.keyboard("{ArrowDown>}{/ArrowDown}");
    await expect(canvas.getByRole("radio", { name: "Standard" })).toHaveFocus();
    await expect(canvas.getByRole("radio", { name: "Pick-up" })).toBeDisabled();
  },
};

function CheckboxCardsForm() {
  const [submitted, setSubmitted] = React.useState("nothing yet");
  return (
    <form
      aria-label="Add-ons"
      style={{ display: "grid", gap: 16, maxWidth: 420 }}
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(new FormData(event.currentTarget).getAll("addons").join(", ") || "none");
      }}
    >
      <Fieldset legend="Add-ons" description="Billed monthly with your plan.">
        <CheckboxCards name="addons" defaultValue={["backup"]} aria-label="Add-ons">
          <CheckboxCardsItem
            value="backup"
            label="Daily backups"
            description="Kept for 30 days."
            icon={<ShieldCheckIcon />}
          />
          <CheckboxCardsItem
            value="seats"
            label="Extra seats"
            description="Five more people."
            icon={<UsersIcon />}
          />
          <CheckboxCardsItem
            value="invoice"
            label="Pay by invoice"
            description="Only for yearly plans."
            icon={<CreditCardIcon />}
            disabled
          />
        </CheckboxCards>
      </Fieldset>
      <Button type="submit" style={{ justifySelf: "start" }}>
        Save
      </Button>
      <output style={{ font: "inherit", color: "var(--nx-color-muted-foreground)" }}>
        Submitted: {submitted}
      </output>
    </form>
  );
}

/** Checkbox cards: each card is a Tab stop toggled with Space; a plain form gets every value. */
export const Checkbox: Story = {
  render: () => <CheckboxCardsForm />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const backup = canvas.getByRole("checkbox", { name: "Daily backups" });
    await expect(backup).toBeChecked();
    await expect(backup).toHaveAccessibleDescription("Kept for 30 days.");
    await userEvent.tab();
    await expect(backup).toHaveFocus();
    await userEvent.tab();
    const seats = canvas.getByRole("checkbox", { name: "Extra seats" });
    await expect(seats).toHaveFocus();
    await userEvent.keyboard(" ");
    await expect(seats).toBeChecked();
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Save" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByText("Submitted: backup, seats")).toBeInTheDocument();
  },
};

/** Checkbox cards in a Field that reports an error. */
export const CheckboxInvalid: Story = {
  render: () => (
    <Field label="Interests" error="Choose at least one interest." style={{ maxWidth: 420 }}>
      <CheckboxCards name="interests" columns={2}>
        <CheckboxCardsItem value="design" label="Design" />
        <CheckboxCardsItem value="code" label="Code" />
      </CheckboxCards>
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("group", { name: "Interests" })).toBeInTheDocument();
    await expect(canvas.getByRole("checkbox", { name: "Design" })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
  },
};

const stateColumns = ["rest", "hover", "focus", "checked", "invalid", "disabled"];

/** Radio and checkbox cards in every state; hover and focus forced with the pseudo-states addon. */
export const States: Story = {
  parameters: {
    pseudo: {
      rootSelector: "body",
      // The id is the input's; the hover tint is the card's (the label around it).
      hover: [
        ".nx-choice-cards-item:has(#choice-radio-hover)",
        ".nx-choice-cards-item:has(#choice-checkbox-hover)",
      ],
      focusVisible: ["#choice-radio-focus", "#choice-checkbox-focus"],
    },
  },
  render: () => (
    <StatesGrid
      states={stateColumns}
      rows={[
        {
          name: "radio",
          cells: stateColumns.map((state) => (
            <RadioCards
              key={state}
              aria-label={`Plan, ${state}`}
              defaultValue={state === "checked" ? "team" : undefined}
              aria-invalid={state === "invalid" || undefined}
              disabled={state === "disabled"}
              style={{ width: "var(--nx-spacing-32)" }}
            >
              <RadioCardsItem
                id={`choice-radio-${state}`}
                value="team"
                label="Team"
                description="10 seats"
              />
            </RadioCards>
          )),
        },
        {
          name: "checkbox",
          cells: stateColumns.map((state) => (
            <CheckboxCards
              key={state}
              aria-label={`Add-ons, ${state}`}
              defaultValue={state === "checked" ? ["backup"] : undefined}
              aria-invalid={state === "invalid" || undefined}
              disabled={state === "disabled"}
              style={{ width: "var(--nx-spacing-32)" }}
            >
              <CheckboxCardsItem
                id={`choice-checkbox-${state}`}
                value="backup"
                label="Backups"
                description="30 days"
              />
            </CheckboxCards>
          )),
        },
      ]}
    />
  ),
};
