import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { StatesGrid } from "../../stories/states-grid";
import { Accordion, AccordionContent, AccordionItem, AccordionTrigger } from ".";

const faq = [
  {
    value: "billing",
    question: "When am I billed?",
    answer: "On the first day of each month, for the seats used in the month before.",
  },
  {
    value: "seats",
    question: "Can I add seats in the middle of a month?",
    answer: "Yes. New seats are charged pro rata on the next invoice.",
  },
  {
    value: "cancel",
    question: "How do I cancel my plan?",
    answer: "Open Settings, then Billing, and choose Cancel plan. Your data stays for 30 days.",
  },
];

const meta = {
  title: "Data display/Accordion",
  component: Accordion,
  subcomponents: { AccordionItem, AccordionTrigger, AccordionContent },
  tags: ["autodocs"],
  args: { type: "single", collapsible: true, variant: "divided", onValueChange: fn() },
  argTypes: {
    type: { control: "inline-radio", options: ["single", "multiple"] },
    variant: { control: "inline-radio", options: ["divided", "contained"] },
    orientation: { control: "inline-radio", options: ["vertical", "horizontal"] },
  },
  render: (args) => (
    <Accordion {...args} style={{ inlineSize: 420 }}>
      {faq.map((item) => (
        <AccordionItem key={item.value} value={item.value}>
          <AccordionTrigger>{item.question}</AccordionTrigger>
          <AccordionContent>{item.answer}</AccordionContent>
        </AccordionItem>
      ))}
    </Accordion>
  ),
} satisfies Meta<typeof Accordion>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * One item open at a time; activating the open one closes it (`collapsible`). Down, Up, Home
 * and End move between headers.
 */
export const Single: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const billing = canvas.getByRole("button", { name: "When am I billed?" });
    const seats = canvas.getByRole("button", { name: "Can I add seats in the middle of a month?" });
    await expect(billing).toHaveAttribute("aria-expanded", "false");
    await expect(billing.parentElement?.tagName).toBe("H3");
    await userEvent.tab();
    await expect(billing).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(billing).toHaveAttribute("aria-expanded", "true");
    const region = canvas.getByRole("region", { name: "When am I billed?" });
    await expect(region).toHaveTextContent(/first day of each month/);
    await expect(args.onValueChange).toHaveBeenLastCalledWith("billing");
    await userEvent.keyboard("{ArrowDown}");
    await expect(seats).toHaveFocus();
    await userEvent.keyboard(" ");
    await expect(seats).toHaveAttribute("aria-expanded", "true");
    await expect(billing).toHaveAttribute("aria-expanded", "false");
    await userEvent.keyboard("{End}");
    await expect(canvas.getByRole("button", { name: "How do I cancel my plan?" })).toHaveFocus();
    await userEvent.keyboard("{Home}{ArrowDown}{Enter}");
    await expect(seats).toHaveAttribute("aria-expanded", "false");
    await expect(args.onValueChange).toHaveBeenLastCalledWith("");
  },
};

/** Any number of items open. */
export const Multiple: Story = {
  args: { type: "multiple", defaultValue: ["billing"] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "How do I cancel my plan?" }));
    await expect(canvas.getAllByRole("region")).toHaveLength(2);
  },
};

/** Not collapsible: the open item stays open until another opens. */
export const NotCollapsible: Story = {
  args: { collapsible: false, defaultValue: "seats" },
  play: async ({ canvasElement }) => {
    const seats = within(canvasElement).getByRole("button", {
      name: "Can I add seats in the middle of a month?",
    });
    await userEvent.click(seats);
    await expect(seats).toHaveAttribute("aria-expanded", "true");
    await expect(seats).toHaveAttribute("aria-disabled", "true");
  },
};

export const Contained: Story = { args: { variant: "contained", defaultValue: "billing" } };

/** A disabled item is skipped by the arrow keys and does not open. */
export const WithDisabledItem: Story = {
  render: (args) => (
    <Accordion {...args} style={{ inlineSize: 420 }}>
      <AccordionItem value="plan">
        <AccordionTrigger>Plan</AccordionTrigger>
        <AccordionContent>Team, 12 seats.</AccordionContent>
      </AccordionItem>
      <AccordionItem value="sso" disabled>
        <AccordionTrigger>Single sign-on (Enterprise)</AccordionTrigger>
        <AccordionContent>Connect your identity provider.</AccordionContent>
      </AccordionItem>
      <AccordionItem value="export">
        <AccordionTrigger>Data export</AccordionTrigger>
        <AccordionContent>Download everything as CSV.</AccordionContent>
      </AccordionItem>
    </Accordion>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("button", { name: "Single sign-on (Enterprise)" }),
    ).toBeDisabled();
    await userEvent.click(canvas.getByRole("button", { name: "Plan" }));
    await userEvent.keyboard("{ArrowDown}");
    await expect(canvas.getByRole("button", { name: "Data export" })).toHaveFocus();
  },
};

const variants = ["divided", "contained"] as const;
const triggerStates = ["closed", "open", "hover", "focus", "disabled"] as const;

/**
 * Each variant with a header in every state. Hover and keyboard focus are forced (by a data
 * attribute: an `id` on a trigger would replace the one its section is labelled by).
 */
export const States: Story = {
  parameters: {
    pseudo: {
      rootSelector: "body",
      hover: variants.map((variant) => `[data-cell="accordion-${variant}-hover"]`),
      focusVisible: variants.map((variant) => `[data-cell="accordion-${variant}-focus"]`),
    },
  },
  render: () => (
    <StatesGrid
      states={["items"]}
      rows={variants.map((variant) => ({
        name: variant,
        cells: [
          <Accordion
            key={variant}
            type="single"
            variant={variant}
            defaultValue="open"
            style={{ inlineSize: 360 }}
          >
            {triggerStates.map((state) => (
              <AccordionItem key={state} value={state} disabled={state === "disabled"}>
                <AccordionTrigger data-cell={`accordion-${variant}-${state}`}>
                  {variant}, {state}
                </AccordionTrigger>
                <AccordionContent>The section of the {state} item.</AccordionContent>
              </AccordionItem>
            ))}
          </Accordion>,
        ],
      }))}
    />
  ),
};
