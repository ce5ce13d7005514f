import { render, screen, within } from "@testing-library/react";
import * as React from "react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import {
  Breadcrumb,
  BreadcrumbEllipsis,
  BreadcrumbItem,
  BreadcrumbLink,
  BreadcrumbList,
  BreadcrumbPage,
  BreadcrumbSeparator,
  type BreadcrumbListProps,
} from "./breadcrumb";

const pages = ["Home", "Projects", "Acme", "Design", "Tokens", "Colours"];

function Trail(props: BreadcrumbListProps) {
  return (
    <Breadcrumb>
      <BreadcrumbList {...props}>
        {pages.flatMap((page, index) => {
          const item =
            index === pages.length - 1 ? (
              <BreadcrumbItem key={page}>
                <BreadcrumbPage>{page}</BreadcrumbPage>
              </BreadcrumbItem>
            ) : (
              <BreadcrumbItem key={page}>
                <BreadcrumbLink href={`/${page.toLowerCase()}`}>{page}</BreadcrumbLink>
              </BreadcrumbItem>
            );
          return index === 0 ? [item] : [<BreadcrumbSeparator key={`s${index}`} />, item];
        })}
      </BreadcrumbList>
    </Breadcrumb>
  );
}

const visibleNames = () =>
  within(screen.getByRole("navigation", { name: "Breadcrumb" }))
    .getAllByRole("listitem")
    .map((item) => item.textContent);

describe("Breadcrumb", () => {
  it("is a navigation landmark with a list of links and the current page", () => {
    render(<Trail />);
    const nav = screen.getByRole("navigation", { name: "Breadcrumb" });
    expect(
      within(nav)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(pages.slice(0, -1));
    expect(within(nav).getByText("Colours")).toHaveAttribute("aria-current", "page");
    // Separators are presentational: only the six items are list items.
    expect(within(nav).getAllByRole("listitem")).toHaveLength(6);
    expect(
      nav.querySelectorAll('[data-slot="breadcrumb-separator"][aria-hidden="true"]'),
    ).toHaveLength(5);
  });

  it("collapses a trail longer than maxItems to the first and last items around an ellipsis", () => {
    render(<Trail maxItems={4} />);
    expect(visibleNames()).toEqual(["Home", "", "Tokens", "Colours"]);
    expect(screen.getByRole("button", { name: "Show the full path" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
    // A separator on each side of the ellipsis and between the kept items.
    expect(document.querySelectorAll('[data-slot="breadcrumb-separator"]')).toHaveLength(3);
  });

  it("shows the hidden items in place when the ellipsis is pressed, focusing the first", async () => {
    const user = userEvent.setup();
    render(<Trail maxItems={4} itemsBeforeCollapse={2} itemsAfterCollapse={1} />);
    expect(visibleNames()).toEqual(["Home", "Projects", "", "Colours"]);
    await user.tab();
    await user.tab();
    await user.tab();
    const ellipsis = screen.getByRole("button", { name: "Show the full path" });
    expect(ellipsis).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(visibleNames()).toEqual(pages);
    expect(screen.getByRole("link", { name: "Acme" })).toHaveFocus();
    expect(document.querySelectorAll('[data-slot="breadcrumb-separator"]')).toHaveLength(5);
  });

  it("collapses a trail built from fragments of separator and item", () => {
    render(
      <Breadcrumb>
        <BreadcrumbList maxItems={3} itemsAfterCollapse={1}>
          {pages.map((page, index) => (
            <React.Fragment key={page}>
              {index > 0 && <BreadcrumbSeparator />}
              <BreadcrumbItem>{page}</BreadcrumbItem>
            </React.Fragment>
          ))}
        </BreadcrumbList>
      </Breadcrumb>,
    );
    expect(visibleNames()).toEqual(["Home", "", "Colours"]);
    expect(document.querySelectorAll('[data-slot="breadcrumb-separator"]')).toHaveLength(2);
  });

  it("does not collapse a trail that fits", () => {
    render(<Trail maxItems={6} />);
    expect(visibleNames()).toEqual(pages);
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("throws a clear error for impossible collapse settings", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<Trail maxItems={1} />)).toThrow(
      /maxItems=\{1\} must be a whole number of at least 2/,
    );
    expect(() =>
      render(<Trail maxItems={3} itemsBeforeCollapse={2} itemsAfterCollapse={2} />),
    ).toThrow(/must not exceed maxItems \(3\)/);
  });

  it("renders a product's link with asChild and a custom separator", () => {
    render(
      <Breadcrumb aria-label="Fil d'Ariane">
        <BreadcrumbList>
          <BreadcrumbItem>
            <BreadcrumbLink asChild>
              <a href="/" data-router="yes">
                Accueil
              </a>
            </BreadcrumbLink>
          </BreadcrumbItem>
          <BreadcrumbSeparator>/</BreadcrumbSeparator>
          <BreadcrumbItem>
            <BreadcrumbEllipsis label="Plus" />
          </BreadcrumbItem>
        </BreadcrumbList>
      </Breadcrumb>,
    );
    const link = screen.getByRole("link", { name: "Accueil" });
    expect(link).toHaveAttribute("data-router", "yes");
    expect(link).toHaveClass("nx-breadcrumb-link");
    expect(screen.getByRole("navigation", { name: "Fil d'Ariane" })).toHaveTextContent("/");
    expect(screen.getByText("Plus")).toBeInTheDocument();
  });

  it("renders on the server, collapsed too", () => {
    expect(renderToString(<Trail />)).toContain('aria-current="page"');
    expect(renderToString(<Trail maxItems={3} />)).toContain('aria-expanded="false"');
  });
});
