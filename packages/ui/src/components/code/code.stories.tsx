import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Code } from "./code";

const variants = ["muted", "outline", "plain"] as const;
const text = {
  margin: 0,
  fontFamily: "var(--nx-font-family-sans)",
  fontSize: "var(--nx-font-size-sm)",
  lineHeight: "var(--nx-font-line-height-sm)",
  color: "var(--nx-color-foreground)",
} as const;

const meta = {
  title: "Data display/Code",
  component: Code,
  tags: ["autodocs"],
  args: { children: "pnpm add @nexod/ui" },
  argTypes: { variant: { control: "inline-radio", options: variants } },
} satisfies Meta<typeof Code>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const code = within(canvasElement).getByText("pnpm add @nexod/ui");
    await expect(code.tagName).toBe("CODE");
    await expect(getComputedStyle(code).fontFamily).toContain("monospace");
  },
};

export const Variants: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 12 }}>
      {variants.map((variant) => (
        <p key={variant} style={text}>
          {variant}: set{" "}
          <Code {...args} variant={variant}>
            NEXOD_API_URL
          </Code>{" "}
          before you build.
        </p>
      ))}
    </div>
  ),
};

/** Sized relative to the text around it: a heading, body text and a caption. */
export const InText: Story = {
  render: () => (
    <div style={{ display: "grid", gap: 8, maxWidth: 420, color: "var(--nx-color-foreground)" }}>
      <h3
        style={{
          margin: 0,
          fontFamily: "var(--nx-font-family-sans)",
          fontSize: "var(--nx-font-size-xl)",
          lineHeight: "var(--nx-font-line-height-xl)",
        }}
      >
        The <Code>useTheme</Code> hook
      </h3>
      <p style={text}>
        Wrap the app in <Code>Theme</Code> and read the mode with <Code>useTheme()</Code>. A long
        value wraps anywhere: <Code>packages/ui/src/components/theme/theme-context.tsx</Code>.
      </p>
      <p
        style={{
          ...text,
          fontSize: "var(--nx-font-size-xs)",
          color: "var(--nx-color-muted-foreground)",
        }}
      >
        Since <Code>0.4.0</Code>.
      </p>
    </div>
  ),
};
