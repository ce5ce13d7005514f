import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { Avatar } from "../avatar";
import { StatesGrid } from "../../stories/states-grid";
import {
  HoverCard,
  HoverCardContent,
  HoverCardTrigger,
  type HoverCardContentProps,
  type HoverCardProps,
} from ".";

type HoverCardStoryArgs = HoverCardProps & Pick<HoverCardContentProps, "side" | "align" | "arrow">;

/** Story markup is not compiled by Tailwind: token variables only. */
const linkStyle = {
  color: "var(--nx-color-primary)",
  fontFamily: "var(--nx-font-family-sans)",
  fontSize: "var(--nx-font-size-sm)",
  textDecoration: "underline",
} as const;
const cardRow = { display: "flex", gap: 12 } as const;
const name = { margin: 0, fontWeight: "var(--nx-font-weight-semibold)" } as const;
const muted = { margin: "4px 0 0", color: "var(--nx-color-muted-foreground)" } as const;

function ProfileCard() {
  return (
    <div style={cardRow}>
      <Avatar name="Ada Lovelace" />
      <div>
        <p style={name}>Ada Lovelace</p>
        <p style={muted}>@ada · Analytical Engine team</p>
        <p style={muted}>Joined March 2021</p>
      </div>
    </div>
  );
}

const meta = {
  title: "Overlays/Hover Card",
  component: HoverCard,
  subcomponents: { HoverCardTrigger, HoverCardContent },
  tags: ["autodocs"],
  args: { openDelay: 700, closeDelay: 300, side: "bottom", align: "center", arrow: false },
  argTypes: {
    side: { control: "inline-radio", options: ["top", "right", "bottom", "left"] },
    align: { control: "inline-radio", options: ["start", "center", "end"] },
    arrow: { control: "boolean" },
  },
  parameters: {
    layout: "centered",
    docs: { story: { inline: false, iframeHeight: 260 } },
  },
  render: ({ side, align, arrow, ...args }) => (
    <HoverCard {...args}>
      <HoverCardTrigger href="#ada" style={linkStyle}>
        @ada
      </HoverCardTrigger>
      <HoverCardContent side={side} align={align} arrow={arrow}>
        <ProfileCard />
      </HoverCardContent>
    </HoverCard>
  ),
} satisfies Meta<HoverCardStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Hover or keyboard focus opens the card after the delay; leaving or Escape closes it. */
export const Default: Story = {
  args: { openDelay: 0, closeDelay: 0 },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const link = within(canvasElement).getByRole("link", { name: "@ada" });
    await userEvent.hover(link);
    await expect(await body.findByText("Joined March 2021")).toBeVisible();
    await expect(link).toHaveAttribute("data-state", "open");
    await userEvent.unhover(link);
    await waitFor(() => expect(body.queryByText("Joined March 2021")).toBeNull());

    // Keyboard: focus opens it, Escape closes it, focus stays on the link.
    await userEvent.tab();
    await waitFor(() => expect(link).toHaveFocus());
    await body.findByText("Joined March 2021");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByText("Joined March 2021")).toBeNull());
    await expect(link).toHaveFocus();
  },
};

/** Open for visual review, with the arrow. */
export const Open: Story = {
  args: { defaultOpen: true, arrow: true },
  decorators: [
    (Story) => (
      <div style={{ padding: "24px 120px 140px" }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await expect(await body.findByText("Ada Lovelace")).toBeVisible();
  },
};

/** A controlled card: `open` and `onOpenChange`. */
export const Controlled: Story = {
  args: { open: true, arrow: false, side: "right", align: "start" },
  decorators: [
    (Story) => (
      <div style={{ padding: "24px 24px 120px" }}>
        <Story />
      </div>
    ),
  ],
};

const sides = ["top", "bottom"] as const;
const aligns = ["start", "center", "end"] as const;

/**
 * Sides and alignments, every card open: each cell previews a short link, the card placed on
 * that side and aligned to its start, centre or end, with the arrow.
 */
export const States: Story = {
  parameters: { layout: "padded" },
  render: () => (
    <div style={{ paddingBlock: 110, paddingInline: 80 }}>
      <StatesGrid
        states={aligns}
        rows={sides.map((side) => ({
          name: side,
          cells: aligns.map((align) => (
            <div key={align} style={{ width: 180 }}>
              <HoverCard defaultOpen>
                <HoverCardTrigger href={`#${side}-${align}`} style={linkStyle}>
                  {side} {align}
                </HoverCardTrigger>
                <HoverCardContent side={side} align={align} arrow style={{ width: 120 }}>
                  {side}, {align}
                </HoverCardContent>
              </HoverCard>
            </div>
          )),
        }))}
      />
    </div>
  ),
};
