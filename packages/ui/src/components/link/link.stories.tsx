import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, userEvent, within } from "storybook/test";
import { cellSelectors, StatesGrid } from "../../stories/states-grid";
import { Link } from "./link";

const variants = ["primary", "neutral"] as const;
const states = ["rest", "hover", "focus", "visited"] as const;
const text = {
  margin: 0,
  maxWidth: 420,
  fontFamily: "var(--nx-font-family-sans)",
  fontSize: "var(--nx-font-size-sm)",
  lineHeight: "var(--nx-font-line-height-sm)",
  color: "var(--nx-color-foreground)",
} as const;

const meta = {
  title: "Navigation/Link",
  component: Link,
  tags: ["autodocs"],
  args: { href: "#billing", children: "Billing settings" },
  argTypes: {
    variant: { control: "inline-radio", options: variants },
    underline: { control: "inline-radio", options: ["always", "hover"] },
    external: { control: "boolean" },
  },
} satisfies Meta<typeof Link>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole("link", { name: "Billing settings" });
    await userEvent.tab();
    await expect(link).toHaveFocus();
    await expect(link).not.toHaveAttribute("target");
  },
};

export const Variants: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 8 }}>
      {variants.map((variant) => (
        <p key={variant} style={text}>
          Change the card in <Link {...args} variant={variant} /> ({variant}).
        </p>
      ))}
    </div>
  ),
};

/** Underlined only on hover and focus: for lists whose place already says they are links. */
export const UnderlineOnHover: Story = {
  render: (args) => (
    <nav aria-label="Account">
      <ul style={{ ...text, listStyle: "none", padding: 0, display: "grid", gap: 4 }}>
        {["Profile", "Billing", "Team"].map((page) => (
          <li key={page}>
            <Link {...args} href={`#${page.toLowerCase()}`} underline="hover" variant="neutral">
              {page}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  ),
};

/** Opens another site in a new tab, and says so to screen readers. */
export const External: Story = {
  args: { href: "https://example.com/status", external: true, children: "Status page" },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole("link", {
      name: "Status page (opens in a new tab)",
    });
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    await expect(link.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
  },
};

/** A router's link component (here a stand-in for Next.js `Link`) rendered with `asChild`. */
const RouterLink = React.forwardRef<HTMLAnchorElement, React.ComponentPropsWithoutRef<"a">>(
  function RouterLink({ children, ...props }, ref) {
    return (
      <a ref={ref} data-router-link="" {...props}>
        {children}
      </a>
    );
  },
);

export const AsChild: Story = {
  render: (args) => (
    <p style={text}>
      Read the{" "}
      <Link {...args} asChild>
        <RouterLink href="#guide">setup guide</RouterLink>
      </Link>{" "}
      first.
    </p>
  ),
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole("link", { name: "setup guide" });
    await expect(link).toHaveAttribute("data-router-link");
    await expect(link).toHaveAttribute("data-slot", "link");
  },
};

export const InText: Story = {
  render: () => (
    <p style={text}>
      Invoices are sent on the first working day. Change the address in{" "}
      <Link href="#billing">billing settings</Link>, or read{" "}
      <Link href="https://example.com/vat" external>
        how VAT is charged
      </Link>
      .
    </p>
  ),
};

/** Every variant at rest, hovered, focused and visited (forced with the pseudo-states addon). */
export const States: Story = {
  parameters: {
    pseudo: {
      rootSelector: "body",
      hover: cellSelectors("link", variants, "hover"),
      focusVisible: cellSelectors("link", variants, "focus"),
      visited: cellSelectors("link", variants, "visited"),
    },
  },
  render: (args) => (
    <div style={text}>
      <StatesGrid
        states={states}
        rows={variants.map((variant) => ({
          name: variant,
          cells: states.map((state) => (
            <Link
              key={state}
              {...args}
              id={`link-${variant}-${state}`}
              variant={variant}
              href={`#${variant}-${state}`}
            >
              Billing
            </Link>
          )),
        }))}
      />
    </div>
  ),
};
