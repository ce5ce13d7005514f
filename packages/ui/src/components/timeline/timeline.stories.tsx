import { CheckIcon, MailIcon, MessageSquareIcon, PencilIcon, XIcon } from "@nexod/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Timeline, TimelineItem } from ".";

const meta = {
  title: "Data display/Timeline",
  component: Timeline,
  subcomponents: { TimelineItem },
  tags: ["autodocs"],
  args: { "aria-label": "Invoice activity" },
  render: (args) => (
    <div style={{ inlineSize: 420 }}>
      <Timeline {...args}>
        <TimelineItem title="Invoice created" time="1 Dec, 09:12" dateTime="2026-12-01T09:12:00Z">
          Grace Hopper created INV-2041 for €1,240.00.
        </TimelineItem>
        <TimelineItem title="Sent to customer" time="1 Dec, 09:15" dateTime="2026-12-01T09:15:00Z">
          Emailed to ada@lovelace-analytics.example.
        </TimelineItem>
        <TimelineItem
          status="success"
          title="Paid"
          time="3 Dec, 14:40"
          dateTime="2026-12-03T14:40:00Z"
          markerLabel="Completed"
        />
      </Timeline>
    </div>
  ),
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Dots joined by a line; an ordered list with machine-readable times. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByRole("list", { name: "Invoice activity" });
    await expect(list.tagName).toBe("OL");
    const items = within(list).getAllByRole("listitem");
    await expect(items).toHaveLength(3);
    await expect(items[0]!.querySelector("time")).toHaveAttribute(
      "dateTime",
      "2026-12-01T09:12:00Z",
    );
    await expect(items[2]).toHaveTextContent("Completed");
  },
};

/** Icons in the markers, on discs of the status colour. */
export const WithIcons: Story = {
  render: (args) => (
    <div style={{ inlineSize: 420 }}>
      <Timeline {...args}>
        <TimelineItem
          icon={<PencilIcon />}
          title="Draft edited"
          time="1 Dec, 09:12"
          dateTime="2026-12-01T09:12:00Z"
        >
          Grace Hopper changed the due date to 15 December.
        </TimelineItem>
        <TimelineItem
          status="info"
          icon={<MessageSquareIcon />}
          title="Comment"
          time="1 Dec, 11:02"
          dateTime="2026-12-01T11:02:00Z"
        >
          “Please add the purchase order number.” — Ada Lovelace
        </TimelineItem>
        <TimelineItem
          status="primary"
          icon={<MailIcon />}
          title="Sent"
          time="2 Dec, 08:30"
          dateTime="2026-12-02T08:30:00Z"
        />
        <TimelineItem
          status="destructive"
          icon={<XIcon />}
          title="Card payment failed"
          markerLabel="Failed"
          time="3 Dec, 10:00"
          dateTime="2026-12-03T10:00:00Z"
        >
          The bank declined the charge.
        </TimelineItem>
        <TimelineItem
          status="success"
          icon={<CheckIcon />}
          title="Paid by bank transfer"
          markerLabel="Completed"
          time="3 Dec, 14:40"
          dateTime="2026-12-03T14:40:00Z"
        />
      </Timeline>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const markers = canvasElement.querySelectorAll("[data-slot=timeline-marker] svg");
    await expect(markers).toHaveLength(5);
    for (const marker of markers) await expect(marker.closest("[aria-hidden]")).not.toBeNull();
  },
};

const statuses = ["neutral", "primary", "success", "warning", "destructive", "info"] as const;

/** Every status, as a dot and as an icon. */
export const Statuses: Story = {
  render: (args) => (
    <div style={{ display: "flex", gap: 48 }}>
      {[false, true].map((withIcon) => (
        <Timeline {...args} key={String(withIcon)} aria-label={withIcon ? "Icons" : "Dots"}>
          {statuses.map((status) => (
            <TimelineItem
              key={status}
              status={status}
              icon={withIcon ? <CheckIcon /> : undefined}
              title={status}
            />
          ))}
        </Timeline>
      ))}
    </div>
  ),
};

/** Titles and times wrap in a narrow column; the line follows the items' height. */
export const Narrow: Story = {
  render: (args) => (
    <div style={{ inlineSize: 220 }}>
      <Timeline {...args}>
        <TimelineItem
          title="Subscription upgraded to Business"
          time="28 Nov 2026, 16:45"
          dateTime="2026-11-28T16:45:00Z"
        >
          12 seats, billed yearly from the next invoice.
        </TimelineItem>
        <TimelineItem
          title="Seat added"
          time="30 Nov 2026, 10:05"
          dateTime="2026-11-30T10:05:00Z"
        />
      </Timeline>
    </div>
  ),
};
