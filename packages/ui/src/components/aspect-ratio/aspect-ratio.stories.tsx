import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { AspectRatio } from ".";

/** A local landscape (SVG data URI): stories never load images from the network. */
const landscape = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 180" preserveAspectRatio="xMidYMid slice"><rect width="320" height="180" fill="#bcd4f0"/><circle cx="250" cy="50" r="22" fill="#f7d774"/><path d="M0 150 90 70l60 50 50-40 120 90v50H0z" fill="#5b7d5a"/><path d="M0 180v-20l110-40 80 30 130-30v60z" fill="#3f5e46"/></svg>',
)}`;

const caption = {
  fontFamily: "var(--nx-font-family-sans)",
  fontSize: "var(--nx-font-size-xs)",
  color: "var(--nx-color-muted-foreground)",
  margin: "6px 0 0",
} as const;
const frame = { borderRadius: "var(--nx-radius-lg)", overflow: "hidden" } as const;

const meta = {
  title: "Layout/Aspect Ratio",
  component: AspectRatio,
  tags: ["autodocs"],
  args: { ratio: 16 / 9 },
  argTypes: { ratio: { control: { type: "number", min: 0.25, max: 4, step: 0.05 } } },
  render: (args) => (
    <div style={{ inlineSize: 320 }}>
      <AspectRatio {...args} style={frame}>
        <img src={landscape} alt="Hills under a yellow sun" />
      </AspectRatio>
    </div>
  ),
} satisfies Meta<typeof AspectRatio>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 16:9: the box's height follows its width. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const box = canvasElement.querySelector<HTMLElement>("[data-slot=aspect-ratio]");
    const { width, height } = box!.getBoundingClientRect();
    await expect(Math.round(width)).toBe(320);
    await expect(Math.round(height)).toBe(180);
    const image = within(canvasElement).getByRole("img", { name: "Hills under a yellow sun" });
    await expect(Math.round(image.getBoundingClientRect().height)).toBe(180);
  },
};

/** The common ratios side by side. */
export const Ratios: Story = {
  render: () => (
    <div
      style={{
        display: "grid",
        gridTemplateColumns: "repeat(4, 140px)",
        gap: 16,
        alignItems: "start",
      }}
    >
      {(
        [
          ["16:9", 16 / 9],
          ["4:3", 4 / 3],
          ["1:1", 1],
          ["3:4", 3 / 4],
        ] as const
      ).map(([name, ratio]) => (
        <figure key={name} style={{ margin: 0 }}>
          <AspectRatio ratio={ratio} style={frame}>
            <img src={landscape} alt="" />
          </AspectRatio>
          <figcaption style={caption}>{name}</figcaption>
        </figure>
      ))}
    </div>
  ),
};

/** Content that is not an image: a placeholder panel keeps the ratio, text does not stretch it. */
export const WithPlaceholder: Story = {
  args: { ratio: 4 / 3 },
  render: (args) => (
    <div style={{ inlineSize: 240 }}>
      <AspectRatio
        {...args}
        style={{
          ...frame,
          background: "var(--nx-color-muted)",
          border: "1px dashed var(--nx-color-border)",
        }}
      >
        <div
          style={{
            display: "grid",
            placeItems: "center",
            blockSize: "100%",
            fontFamily: "var(--nx-font-family-sans)",
            fontSize: "var(--nx-font-size-sm)",
            color: "var(--nx-color-muted-foreground)",
          }}
        >
          No cover image
        </div>
      </AspectRatio>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const box = canvasElement.querySelector<HTMLElement>("[data-slot=aspect-ratio]");
    const { width, height } = box!.getBoundingClientRect();
    await expect(Math.round((width / height) * 100)).toBe(133);
  },
};
