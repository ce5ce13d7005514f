import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { Separator } from "../separator";
import { ScrollArea } from ".";

const tags = Array.from({ length: 30 }, (_, index) => `v1.${30 - index}.0`);
const text = {
  fontFamily: "var(--nx-font-family-sans)",
  fontSize: "var(--nx-font-size-sm)",
  margin: 0,
} as const;
const frame = {
  border: "1px solid var(--nx-color-border)",
  borderRadius: "var(--nx-radius-md)",
} as const;

/** Local pictures (SVG data URIs): stories never load images from the network. */
function artwork(hue: string, label: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="120"><rect width="160" height="120" fill="${hue}"/><text x="80" y="68" font-family="sans-serif" font-size="20" text-anchor="middle" fill="#1a1a1a">${label}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
const artworks = ["#f4c7a1", "#c5d9f2", "#cfe8c9", "#f2d0e4", "#e9e3b5", "#d7cff5"].map(
  (hue, index) => ({ src: artwork(hue, `Photo ${index + 1}`), name: `Photo ${index + 1}` }),
);

const meta = {
  title: "Layout/Scroll Area",
  component: ScrollArea,
  tags: ["autodocs"],
  args: { "aria-label": "Release tags", orientation: "vertical", type: "auto" },
  argTypes: {
    orientation: { control: "inline-radio", options: ["vertical", "horizontal", "both"] },
    type: { control: "inline-radio", options: ["auto", "always", "scroll", "hover"] },
  },
  render: (args) => (
    <ScrollArea {...args} style={{ ...frame, blockSize: 220, inlineSize: 200 }}>
      <div style={{ padding: 16 }}>
        <h4 style={{ ...text, fontWeight: 600, marginBlockEnd: 12 }}>Tags</h4>
        {tags.map((tag) => (
          <div key={tag}>
            <p style={text}>{tag}</p>
            <Separator style={{ marginBlock: 8 }} />
          </div>
        ))}
      </div>
    </ScrollArea>
  ),
} satisfies Meta<typeof ScrollArea>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * When the content overflows, the viewport is a focusable region named "Release tags": Tab
 * reaches it, and the browser scrolls a focused scrolling box with the arrow keys, Page Up/Down,
 * Home and End. (The play function checks the focus; Testing Library's synthetic key events do
 * not make a browser scroll.)
 */
export const Vertical: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = await canvas.findByRole("region", { name: "Release tags" });
    await userEvent.tab();
    await expect(region).toHaveFocus();
    await expect(region.scrollHeight).toBeGreaterThan(region.clientHeight);
    await waitFor(() =>
      expect(
        canvasElement.querySelector("[data-slot=scroll-area-scrollbar][data-orientation=vertical]"),
      ).not.toBeNull(),
    );
    await userEvent.tab();
    await expect(region).not.toHaveFocus();
  },
};

/** A row that scrolls sideways, with the scrollbar at the bottom. */
export const Horizontal: Story = {
  args: { orientation: "horizontal", "aria-label": "Photos" },
  render: (args) => (
    <ScrollArea {...args} style={{ ...frame, inlineSize: 360 }}>
      <div style={{ display: "flex", gap: 12, padding: 12 }}>
        {artworks.map((item) => (
          <figure key={item.name} style={{ margin: 0, flexShrink: 0 }}>
            <img
              src={item.src}
              alt={item.name}
              width={160}
              height={120}
              style={{ display: "block", borderRadius: 6 }}
            />
            <figcaption style={{ ...text, paddingBlockStart: 6 }}>{item.name}</figcaption>
          </figure>
        ))}
      </div>
    </ScrollArea>
  ),
  play: async ({ canvasElement }) => {
    const region = await within(canvasElement).findByRole("region", { name: "Photos" });
    await userEvent.tab();
    await expect(region).toHaveFocus();
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
  },
};

/** Both axes, with the corner filled where the scrollbars meet. */
export const Both: Story = {
  args: { orientation: "both", "aria-label": "Usage table" },
  render: (args) => (
    <ScrollArea {...args} style={{ ...frame, blockSize: 200, inlineSize: 320 }}>
      <table style={{ ...text, borderCollapse: "collapse", whiteSpace: "nowrap" }}>
        <tbody>
          {Array.from({ length: 14 }, (_, row) => (
            <tr key={row}>
              {Array.from({ length: 8 }, (_, column) => (
                <td
                  key={column}
                  style={{
                    padding: "6px 12px",
                    borderBlockEnd: "1px solid var(--nx-color-border)",
                  }}
                >
                  Row {row + 1}, column {column + 1}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole("region", { name: "Usage table" });
    await waitFor(() =>
      expect(canvasElement.querySelectorAll("[data-slot=scroll-area-scrollbar]")).toHaveLength(2),
    );
  },
};

/** Content that fits: no scrollbar, and no extra Tab stop. */
export const ContentFits: Story = {
  render: (args) => (
    <ScrollArea {...args} style={{ ...frame, blockSize: 220, inlineSize: 200 }}>
      <p style={{ ...text, padding: 16 }}>Only three tags so far: v1.0.0, v1.1.0, v1.2.0.</p>
    </ScrollArea>
  ),
  play: async ({ canvasElement }) => {
    const viewport = canvasElement.querySelector("[data-slot=scroll-area-viewport]");
    await expect(viewport).not.toHaveAttribute("tabindex");
    await expect(within(canvasElement).queryByRole("region")).toBeNull();
    await expect(canvasElement.querySelector("[data-slot=scroll-area-scrollbar]")).toBeNull();
  },
};

/** `type="always"` keeps the scrollbar on screen; on a raised surface the thumb still shows. */
export const AlwaysOnSurface: Story = {
  args: { type: "always" },
  render: (args) => (
    <div
      style={{
        padding: 12,
        background: "var(--nx-color-raised)",
        borderRadius: "var(--nx-radius-lg)",
      }}
    >
      <ScrollArea {...args} style={{ blockSize: 160, inlineSize: 220 }}>
        {tags.map((tag) => (
          <p
            key={tag}
            style={{ ...text, paddingBlock: 4, color: "var(--nx-color-raised-foreground)" }}
          >
            {tag}
          </p>
        ))}
      </ScrollArea>
    </div>
  ),
};
