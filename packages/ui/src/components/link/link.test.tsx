import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Link } from "./link";

describe("Link", () => {
  it("renders an anchor with its variant and the product's className last", () => {
    render(
      <Link href="/billing" className="product-class">
        Billing
      </Link>,
    );
    const link = screen.getByRole("link", { name: "Billing" });
    expect(link).toHaveAttribute("href", "/billing");
    expect(link).toHaveAttribute("data-slot", "link");
    expect(link).toHaveAttribute("data-variant", "primary");
    expect(link).not.toHaveAttribute("target");
    expect(link.className.split(" ")).toEqual([
      "nx-link",
      "nx-focus-ring",
      "nx-link--primary",
      "nx-link--underline-always",
      "product-class",
    ]);
  });

  it("opens an external link in a new tab, safely, and says so", () => {
    render(
      <Link href="https://example.com" external>
        Example
      </Link>,
    );
    const link = screen.getByRole("link", { name: "Example (opens in a new tab)" });
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(link).toHaveAttribute("data-external", "");
    expect(link.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
  });

  it("keeps a target and rel the product passes, and a translated hint", () => {
    render(
      <Link
        href="https://example.com"
        external
        target="docs"
        rel="noopener"
        externalLabel="(neuer Tab)"
      >
        Doku
      </Link>,
    );
    const link = screen.getByRole("link", { name: "Doku (neuer Tab)" });
    expect(link).toHaveAttribute("target", "docs");
    expect(link).toHaveAttribute("rel", "noopener");
  });

  it("renders a router link with asChild, the icon inside it", () => {
    const RouterLink = React.forwardRef<HTMLAnchorElement, React.ComponentProps<"a">>(
      function RouterLink({ children, ...props }, ref) {
        return (
          <a ref={ref} data-router="" {...props}>
            {children}
          </a>
        );
      },
    );
    render(
      <Link asChild external variant="neutral">
        <RouterLink href="/guide">Guide</RouterLink>
      </Link>,
    );
    const link = screen.getByRole("link", { name: "Guide (opens in a new tab)" });
    expect(link).toHaveAttribute("data-router", "");
    expect(link).toHaveClass("nx-link", "nx-link--neutral");
    expect(link).toHaveAttribute("target", "_blank");
  });

  it("is reached with Tab", async () => {
    render(<Link href="/a">A</Link>);
    await userEvent.tab();
    expect(screen.getByRole("link", { name: "A" })).toHaveFocus();
  });

  it("renders on the server", () => {
    expect(renderToString(<Link href="/a">A</Link>)).toContain('href="/a"');
  });
});
