import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  NavigationMenu,
  NavigationMenuContent,
  NavigationMenuIndicator,
  NavigationMenuItem,
  NavigationMenuLink,
  NavigationMenuList,
  NavigationMenuTrigger,
  navigationMenuTriggerVariants,
  type NavigationMenuProps,
} from "./navigation-menu";

function Menu(props: NavigationMenuProps) {
  return (
    <NavigationMenu className="product-class" {...props}>
      <NavigationMenuList>
        <NavigationMenuItem value="products">
          <NavigationMenuTrigger>Products</NavigationMenuTrigger>
          <NavigationMenuContent>
            <NavigationMenuLink href="/analytics">Analytics</NavigationMenuLink>
            <NavigationMenuLink href="/billing" active>
              Billing
            </NavigationMenuLink>
          </NavigationMenuContent>
        </NavigationMenuItem>
        <NavigationMenuItem>
          <NavigationMenuLink className={navigationMenuTriggerVariants()} href="/pricing">
            Pricing
          </NavigationMenuLink>
        </NavigationMenuItem>
        <NavigationMenuIndicator />
      </NavigationMenuList>
    </NavigationMenu>
  );
}

describe("NavigationMenu", () => {
  it("is a named navigation landmark with data-slot and the product's className last", () => {
    render(<Menu />);
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(nav).toHaveAttribute("data-slot", "navigation-menu");
    expect(nav.className.split(" ").at(-1)).toBe("product-class");
    expect(screen.getByRole("button", { name: "Products" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
    expect(screen.queryByRole("link", { name: "Analytics" })).toBeNull();
    expect(screen.getByRole("link", { name: "Pricing" })).toHaveClass("nx-navigation-menu-trigger");
  });

  it("opens a flyout from the keyboard and closes it with Escape", async () => {
    render(<Menu />);
    const trigger = screen.getByRole("button", { name: "Products" });
    await userEvent.tab();
    expect(trigger).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(trigger).toHaveAttribute("aria-expanded", "true"));
    const billing = screen.getByRole("link", { name: "Billing" });
    expect(billing).toHaveAttribute("aria-current", "page");
    expect(billing).toHaveAttribute("data-slot", "navigation-menu-link");
    expect(screen.getByRole("link", { name: "Analytics" })).not.toHaveAttribute("aria-current");
    expect(document.querySelector('[data-slot="navigation-menu-viewport"]')).not.toBeNull();
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(trigger).toHaveAttribute("aria-expanded", "false"));
    expect(trigger).toHaveFocus();
  });

  it("is controlled through value and onValueChange", async () => {
    const changes: string[] = [];
    const { rerender } = render(<Menu value="" onValueChange={(value) => changes.push(value)} />);
    await userEvent.click(screen.getByRole("button", { name: "Products" }));
    expect(changes).toEqual(["products"]);
    expect(screen.getByRole("button", { name: "Products" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
    rerender(<Menu value="products" onValueChange={(value) => changes.push(value)} />);
    expect(screen.getByRole("link", { name: "Billing" })).toBeInTheDocument();
  });

  it("renders no shared viewport with viewport={false} and translates its name", () => {
    render(<Menu viewport={false} aria-label="Hauptmenü" defaultValue="products" />);
    expect(screen.getByRole("navigation", { name: "Hauptmenü" })).not.toHaveAttribute(
      "data-viewport",
    );
    expect(document.querySelector('[data-slot="navigation-menu-viewport"]')).toBeNull();
    expect(screen.getByRole("link", { name: "Billing" })).toBeInTheDocument();
  });

  it("renders on the server", () => {
    const html = renderToString(<Menu />);
    expect(html).toContain("Products");
    expect(html).toContain('aria-label="Main"');
  });
});
