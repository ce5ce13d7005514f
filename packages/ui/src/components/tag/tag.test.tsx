import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Tag } from "./tag";

describe("Tag", () => {
  it("renders static text with its variant and size, and no button", () => {
    render(<Tag>Design</Tag>);
    const tag = screen.getByText("Design").closest("[data-slot=tag]");
    expect(tag).toHaveAttribute("data-variant", "neutral");
    expect(tag).toHaveAttribute("data-size", "md");
    expect(tag?.className.split(" ")).toEqual([
      "nx-tag",
      "nx-tag--neutral",
      "nx-badge--neutral",
      "nx-tag--md",
    ]);
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("renders a decorative leading icon", () => {
    render(<Tag icon={<svg data-testid="glyph" />}>Design</Tag>);
    expect(screen.getByTestId("glyph").parentElement).toHaveAttribute("aria-hidden", "true");
  });

  it("removes with its button, named after the label", async () => {
    const user = userEvent.setup();
    const onRemove = vi.fn();
    render(<Tag onRemove={onRemove}>Design</Tag>);
    await user.click(screen.getByRole("button", { name: "Remove Design" }));
    expect(onRemove).toHaveBeenCalledTimes(1);
  });

  it.each(["{Backspace}", "{Delete}"])("removes with %s while focused", async (key) => {
    const user = userEvent.setup();
    const onRemove = vi.fn();
    render(<Tag onRemove={onRemove}>Design</Tag>);
    await user.tab();
    expect(screen.getByRole("button", { name: "Remove Design" })).toHaveFocus();
    await user.keyboard(key);
    expect(onRemove).toHaveBeenCalledTimes(1);
  });

  it("takes a removeLabel, and requires one when the label is not text", () => {
    render(
      <Tag onRemove={() => {}} removeLabel="Filter entfernen">
        Design
      </Tag>,
    );
    expect(screen.getByRole("button", { name: "Filter entfernen" })).toBeInTheDocument();
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      render(
        <Tag onRemove={() => {}}>
          <b>Design</b>
        </Tag>,
      ),
    ).toThrow(/needs `removeLabel`/);
    vi.mocked(console.error).mockRestore();
  });

  it("cannot be removed when disabled", async () => {
    const user = userEvent.setup();
    const onRemove = vi.fn();
    render(
      <Tag onRemove={onRemove} disabled>
        Design
      </Tag>,
    );
    const button = screen.getByRole("button", { name: "Remove Design" });
    expect(button).toBeDisabled();
    expect(button.closest("[data-slot=tag]")).toHaveAttribute("data-disabled");
    await user.click(button);
    expect(onRemove).not.toHaveBeenCalled();
  });

  it("appends the product's className and renders on the server", () => {
    const html = renderToString(
      <Tag variant="success" size="sm" className="product">
        Paid
      </Tag>,
    );
    expect(html).toContain('class="nx-tag nx-tag--success nx-badge--success nx-tag--sm product"');
  });
});
