import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Kbd, KbdGroup } from "./kbd";

describe("Kbd", () => {
  it("renders a kbd element with its size and the product's className last", () => {
    render(
      <Kbd size="sm" className="product-class">
        Esc
      </Kbd>,
    );
    const key = screen.getByText("Esc");
    expect(key.tagName).toBe("KBD");
    expect(key).toHaveAttribute("data-slot", "kbd");
    expect(key).toHaveAttribute("data-size", "sm");
    expect(key.className.split(" ").at(-1)).toBe("product-class");
  });

  it("names a printed symbol for screen readers and hides the symbol", () => {
    render(<Kbd data-testid="key">⌘</Kbd>);
    expect(screen.getByTestId("key")).toHaveTextContent("⌘Command");
    expect(screen.getByText("⌘")).toHaveAttribute("aria-hidden", "true");
    expect(screen.getByText("Command")).not.toHaveAttribute("aria-hidden");
  });

  it("uses the label prop instead of the built-in name", () => {
    render(<Kbd label="Befehl">⌘</Kbd>);
    expect(screen.getByText("Befehl")).toBeInTheDocument();
    expect(screen.queryByText("Command")).not.toBeInTheDocument();
  });

  it("leaves plain keys as they are", () => {
    render(<Kbd data-testid="key">K</Kbd>);
    expect(screen.getByTestId("key").innerHTML).toBe("K");
  });

  it("writes a combination as kbd elements inside a kbd, with an optional separator", () => {
    render(
      <KbdGroup data-testid="combo" separator="+">
        <Kbd>Ctrl</Kbd>
        <Kbd>K</Kbd>
      </KbdGroup>,
    );
    const combo = screen.getByTestId("combo");
    expect(combo.tagName).toBe("KBD");
    expect(combo.querySelectorAll("kbd")).toHaveLength(2);
    expect(combo).toHaveTextContent("Ctrl+K");
  });

  it("renders on the server", () => {
    expect(
      renderToString(
        <KbdGroup>
          <Kbd>⌘</Kbd>
          <Kbd>K</Kbd>
        </KbdGroup>,
      ),
    ).toContain('data-slot="kbd-group"');
  });
});
