import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, userEvent, within } from "storybook/test";
import { DirectionProvider } from "../direction";
import { StatesGrid } from "../../stories/states-grid";
import { Stepper, StepperItem, type StepperStatus } from "./stepper";

const steps = [
  { title: "Account", description: "Email and password" },
  { title: "Company", description: "Name and address" },
  { title: "Billing", description: "Card or invoice" },
  { title: "Review", description: "Check and confirm" },
];

const statusesAt = (current: number): StepperStatus[] =>
  steps.map((_, index) =>
    index < current ? "complete" : index === current ? "current" : "upcoming",
  );

const meta = {
  title: "Navigation/Stepper",
  component: Stepper,
  subcomponents: { StepperItem },
  tags: ["autodocs"],
  args: { orientation: "horizontal", "aria-label": "Sign-up progress" },
  argTypes: { orientation: { control: "inline-radio", options: ["horizontal", "vertical"] } },
  render: (args) => (
    <Stepper {...args}>
      {steps.map((step, index) => (
        <StepperItem key={step.title} step={index + 1} status={statusesAt(1)[index]} {...step} />
      ))}
    </Stepper>
  ),
} satisfies Meta<typeof Stepper>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Step 2 of 4: the first complete (a check), the second current (`aria-current="step"`), the
 * rest upcoming. Each status is written out for screen readers.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByRole("list", { name: "Sign-up progress" });
    const items = within(list).getAllByRole("listitem");
    await expect(items).toHaveLength(4);
    await expect(items[0]).toHaveTextContent("Account, Completed");
    await expect(items[2]).toHaveTextContent("Billing, Not started");
    const current = list.querySelector('[aria-current="step"]');
    await expect(current).toHaveTextContent("Company, Current step");
  },
};

/** Vertical, for a side panel or a narrow screen; the line runs down between the markers. */
export const Vertical: Story = {
  args: { orientation: "vertical" },
};

/** A step with an error: a cross, the title in the error colour, and "Has errors" read out. */
export const WithError: Story = {
  render: (args) => (
    <Stepper {...args}>
      <StepperItem step={1} status="complete" title="Account" description="Email and password" />
      <StepperItem
        step={2}
        status="error"
        title="Company"
        description="The VAT number is not valid"
      />
      <StepperItem step={3} status="current" title="Billing" description="Card or invoice" />
      <StepperItem step={4} title="Review" />
    </Stepper>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("listitem")[1]).toHaveTextContent("Company, Has errors");
  },
};

/** Every step done. */
export const Complete: Story = {
  render: (args) => (
    <Stepper {...args}>
      {steps.map((step, index) => (
        <StepperItem key={step.title} step={index + 1} status="complete" {...step} />
      ))}
    </Stepper>
  ),
};

/** Titles only, no descriptions. */
export const TitlesOnly: Story = {
  render: (args) => (
    <Stepper {...args}>
      {steps.map((step, index) => (
        <StepperItem
          key={step.title}
          step={index + 1}
          status={statusesAt(2)[index]}
          title={step.title}
        />
      ))}
    </Stepper>
  ),
};

function ClickableDemo() {
  const [current, setCurrent] = React.useState(2);
  return (
    <Stepper aria-label="Sign-up progress">
      {steps.map((step, index) => {
        const status = statusesAt(current)[index];
        return status === "complete" ? (
          <StepperItem key={step.title} step={index + 1} status={status} {...step} asChild>
            <button type="button" onClick={() => setCurrent(index)} />
          </StepperItem>
        ) : (
          <StepperItem key={step.title} step={index + 1} status={status} {...step} />
        );
      })}
    </Stepper>
  );
}

/**
 * Completed steps are buttons (or links through `asChild`) that go back to them; the current and
 * upcoming ones are not. Tab reaches the completed steps only.
 */
export const Clickable: Story = {
  render: () => <ClickableDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const buttons = canvas.getAllByRole("button");
    await expect(buttons.map((button) => button.textContent)).toEqual([
      "Account, CompletedEmail and password",
      "Company, CompletedName and address",
    ]);
    await userEvent.tab();
    await expect(buttons[0]).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    const current = canvasElement.querySelector('[aria-current="step"]');
    await expect(current).toHaveTextContent("Company, Current step");
    await expect(canvas.getAllByRole("button")).toHaveLength(1);
    (document.activeElement as HTMLElement | null)?.blur();
  },
};

/** In right-to-left pages the steps run from the right. */
export const RightToLeft: Story = {
  render: (args) => (
    <DirectionProvider dir="rtl">
      <div dir="rtl">
        <Stepper {...args}>
          {steps.map((step, index) => (
            <StepperItem
              key={step.title}
              step={index + 1}
              status={statusesAt(1)[index]}
              {...step}
            />
          ))}
        </Stepper>
      </div>
    </DirectionProvider>
  ),
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole("listitem");
    const [first, second] = items as [HTMLElement, HTMLElement];
    await expect(first.getBoundingClientRect().left).toBeGreaterThan(
      second.getBoundingClientRect().left,
    );
  },
};

const statusColumns = ["complete", "current", "upcoming", "error"] as const;

/** Every status in both orientations, with the focus ring of a clickable step. */
export const States: Story = {
  parameters: {
    pseudo: { rootSelector: "body", focusVisible: ["#stepper-focus"] },
  },
  render: () => (
    <StatesGrid
      states={[...statusColumns, "focus"]}
      rows={[
        {
          name: "status",
          cells: [
            ...statusColumns.map((status) => (
              <Stepper key={status} aria-label={status}>
                <StepperItem step={2} status={status} title="Company" description="Details" />
              </Stepper>
            )),
            <Stepper key="focus" aria-label="focus">
              <StepperItem step={1} status="complete" title="Account" asChild>
                <button type="button" id="stepper-focus" />
              </StepperItem>
            </Stepper>,
          ],
        },
      ]}
    />
  ),
};
