import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Tabs, TabsContent, TabsList, TabsTrigger, type TabsListProps, type TabsProps } from ".";

function AccountTabs({ variant, ...props }: Partial<TabsProps> & Pick<TabsListProps, "variant">) {
  return (
    <Tabs defaultValue={props.value === undefined ? "profile" : undefined} {...props}>
      <TabsList aria-label="Account" variant={variant}>
        <TabsTrigger value="profile">Profile</TabsTrigger>
        <TabsTrigger value="billing" disabled>
          Billing
        </TabsTrigger>
        <TabsTrigger value="security">Security</TabsTrigger>
        <TabsTrigger value="team">Team</TabsTrigger>
      </TabsList>
      <TabsContent value="profile">Your public profile</TabsContent>
      <TabsContent value="billing">Invoices</TabsContent>
      <TabsContent value="security">Passwords and keys</TabsContent>
      <TabsContent value="team">Members</TabsContent>
    </Tabs>
  );
}

const tab = (name: string) => screen.getByRole("tab", { name });

describe("Tabs", () => {
  it("renders a named tablist whose tabs control labelled tabpanels", () => {
    render(<AccountTabs />);
    expect(screen.getByRole("tablist", { name: "Account" })).toHaveAttribute(
      "aria-orientation",
      "horizontal",
    );
    expect(screen.getAllByRole("tab")).toHaveLength(4);
    expect(tab("Profile")).toHaveAttribute("aria-selected", "true");
    expect(tab("Security")).toHaveAttribute("aria-selected", "false");
    const panel = screen.getByRole("tabpanel", { name: "Profile" });
    expect(panel).toHaveTextContent("Your public profile");
    expect(tab("Profile")).toHaveAttribute("aria-controls", panel.id);
    expect(screen.getAllByRole("tabpanel")).toHaveLength(1);
  });

  it("focuses the selected tab with Tab, then the panel", async () => {
    const user = userEvent.setup();
    render(<AccountTabs />);
    await user.tab();
    expect(tab("Profile")).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("tabpanel")).toHaveFocus();
  });

  it("moves focus with the arrows and selects the focused tab, skipping disabled tabs", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<AccountTabs onValueChange={onValueChange} />);
    await user.tab();
    await user.keyboard("{ArrowRight}");
    expect(tab("Security")).toHaveFocus();
    expect(tab("Security")).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Security" })).toHaveTextContent(
      "Passwords and keys",
    );
    expect(onValueChange).toHaveBeenLastCalledWith("security");
    await user.keyboard("{ArrowLeft}");
    expect(tab("Profile")).toHaveFocus();
    expect(tab("Profile")).toHaveAttribute("aria-selected", "true");
    expect(onValueChange).not.toHaveBeenCalledWith("billing");
  });

  it("wraps around and jumps to the ends with Home and End", async () => {
    const user = userEvent.setup();
    render(<AccountTabs />);
    await user.tab();
    await user.keyboard("{ArrowLeft}");
    expect(tab("Team")).toHaveFocus();
    await user.keyboard("{Home}");
    expect(tab("Profile")).toHaveFocus();
    await user.keyboard("{End}");
    expect(tab("Team")).toHaveFocus();
    expect(tab("Team")).toHaveAttribute("aria-selected", "true");
  });

  it("uses Up and Down when vertical", async () => {
    const user = userEvent.setup();
    render(<AccountTabs orientation="vertical" />);
    expect(screen.getByRole("tablist")).toHaveAttribute("aria-orientation", "vertical");
    await user.tab();
    await user.keyboard("{ArrowRight}");
    expect(tab("Profile")).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(tab("Security")).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(tab("Profile")).toHaveFocus();
  });

  it("waits for Enter or Space with activationMode='manual'", async () => {
    const user = userEvent.setup();
    render(<AccountTabs activationMode="manual" />);
    await user.tab();
    await user.keyboard("{ArrowRight}");
    expect(tab("Security")).toHaveFocus();
    expect(tab("Security")).toHaveAttribute("aria-selected", "false");
    await user.keyboard("{Enter}");
    expect(tab("Security")).toHaveAttribute("aria-selected", "true");
  });

  it("selects with a click, but not a disabled tab", async () => {
    const user = userEvent.setup();
    render(<AccountTabs />);
    expect(tab("Billing")).toBeDisabled();
    await user.click(tab("Billing"));
    expect(tab("Billing")).toHaveAttribute("aria-selected", "false");
    await user.click(tab("Team"));
    expect(tab("Team")).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Team" })).toBeInTheDocument();
  });

  it("follows `value` and reports choices through onValueChange (controlled)", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(<AccountTabs value="security" onValueChange={onValueChange} />);
    expect(tab("Security")).toHaveAttribute("aria-selected", "true");
    await user.click(tab("Team"));
    // Radix reports the choice on mousedown and again on focus (automatic activation).
    expect(onValueChange).toHaveBeenCalled();
    expect(onValueChange.mock.calls.every(([value]) => value === "team")).toBe(true);
    expect(tab("Security")).toHaveAttribute("aria-selected", "true");
    rerender(<AccountTabs value="team" onValueChange={onValueChange} />);
    expect(tab("Team")).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveTextContent("Members");
  });

  it("styles the tabs after the list's variant", () => {
    function Lists() {
      return (
        <>
          {(["underline", "pills", "segmented"] as const).map((variant) => (
            <Tabs key={variant} defaultValue="a">
              <TabsList aria-label={variant} variant={variant}>
                <TabsTrigger value="a">{`${variant} A`}</TabsTrigger>
              </TabsList>
            </Tabs>
          ))}
        </>
      );
    }
    render(<Lists />);
    expect(screen.getByRole("tablist", { name: "pills" })).toHaveAttribute("data-variant", "pills");
    expect(tab("underline A")).toHaveClass("nx-tabs-trigger", "nx-tabs-trigger--underline");
    expect(tab("pills A")).toHaveClass("nx-tabs-trigger", "nx-tabs-trigger--pills");
    expect(tab("segmented A")).toHaveClass("nx-tabs-trigger", "nx-tabs-trigger--segmented");
    expect(screen.getByRole("tablist", { name: "segmented" })).toHaveClass(
      "nx-tabs-list",
      "nx-tabs-list--segmented",
    );
  });

  it("forwards refs, sets data-slot and appends the product's className last", () => {
    const listRef = React.createRef<HTMLDivElement>();
    const triggerRef = React.createRef<HTMLButtonElement>();
    const contentRef = React.createRef<HTMLDivElement>();
    render(
      <Tabs defaultValue="a" className="product-tabs">
        <TabsList ref={listRef} className="product-list" aria-label="Views">
          <TabsTrigger ref={triggerRef} value="a" className="product-trigger">
            A
          </TabsTrigger>
        </TabsList>
        <TabsContent ref={contentRef} value="a" className="product-content">
          Panel
        </TabsContent>
      </Tabs>,
    );
    expect(listRef.current).toBe(screen.getByRole("tablist"));
    expect(triggerRef.current).toBe(tab("A"));
    expect(contentRef.current).toBe(screen.getByRole("tabpanel"));
    for (const [element, slot, className] of [
      [listRef.current, "tabs-list", "product-list"],
      [triggerRef.current, "tabs-trigger", "product-trigger"],
      [contentRef.current, "tabs-content", "product-content"],
    ] as const) {
      expect(element).toHaveAttribute("data-slot", slot);
      expect(element?.className.split(" ").at(-1)).toBe(className);
    }
    expect(screen.getByRole("tablist").parentElement?.className.split(" ").at(-1)).toBe(
      "product-tabs",
    );
  });

  it("renders on the server with the selected tab and its panel", () => {
    const html = renderToString(<AccountTabs value="security" />);
    expect(html).toContain('role="tablist"');
    expect(html).toMatch(/aria-selected="true"[^>]*>Security</);
    expect(html).toContain("Passwords and keys");
    expect(html).not.toContain("Your public profile");
  });
});
