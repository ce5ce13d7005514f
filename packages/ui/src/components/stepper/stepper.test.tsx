import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Stepper, StepperItem, type StepperStatus } from "./stepper";

describe("Stepper", () => {
  it("is a named ordered list with data-slot and the product's className last", () => {
    render(
      <Stepper className="product-class">
        <StepperItem step={1} title="Account" />
      </Stepper>,
    );
    const list = screen.getByRole("list", { name: "Progress" });
    expect(list.tagName).toBe("OL");
    expect(list).toHaveAttribute("data-slot", "stepper");
    expect(list).toHaveAttribute("data-orientation", "horizontal");
    expect(list.className.split(" ").at(-1)).toBe("product-class");
  });

  it("marks the current step and writes every status out for screen readers", () => {
    const statuses: StepperStatus[] = ["complete", "error", "current", "upcoming"];
    render(
      <Stepper orientation="vertical" aria-label="Checkout">
        {statuses.map((status, index) => (
          <StepperItem key={status} step={index + 1} status={status} title={`Step ${index + 1}`} />
        ))}
      </Stepper>,
    );
    const list = screen.getByRole("list", { name: "Checkout" });
    expect(list).toHaveClass("nx-stepper--vertical");
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => item.getAttribute("data-status"))).toEqual(statuses);
    const [complete, error, current, upcoming] = items as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(items.map((item) => item.querySelector(".nx-stepper-item__title")?.textContent)).toEqual(
      ["Step 1, Completed", "Step 2, Has errors", "Step 3, Current step", "Step 4, Not started"],
    );
    expect(list.querySelectorAll('[aria-current="step"]')).toHaveLength(1);
    expect(current.querySelector('[aria-current="step"]')).not.toBeNull();
    // Check and cross replace the number; markers are hidden from screen readers.
    expect(complete.querySelector(".nx-stepper-item__marker svg")).not.toBeNull();
    expect(error.querySelector(".nx-stepper-item__marker svg")).not.toBeNull();
    expect(upcoming.querySelector(".nx-stepper-item__marker")).toHaveTextContent("4");
    expect(upcoming.querySelector(".nx-stepper-item__marker")).toHaveAttribute(
      "aria-hidden",
      "true",
    );
  });

  it("shows the description and translates the status words", () => {
    render(
      <Stepper aria-label="Fortschritt">
        <StepperItem
          step={1}
          status="complete"
          title="Konto"
          description="E-Mail und Passwort"
          statusLabels={{ complete: "Erledigt" }}
        />
      </Stepper>,
    );
    expect(screen.getByRole("listitem")).toHaveTextContent("Konto, Erledigt");
    expect(screen.getByText("E-Mail und Passwort")).toHaveClass("nx-stepper-item__description");
  });

  it("renders a clickable step in the link or button it is given", async () => {
    const onClick = vi.fn();
    render(
      <Stepper>
        <StepperItem step={1} status="complete" title="Account" asChild>
          <button type="button" onClick={onClick} />
        </StepperItem>
        <StepperItem step={2} status="current" title="Company" asChild>
          {/* eslint-disable-next-line jsx-a11y/anchor-has-content */}
          <a href="/signup/company" />
        </StepperItem>
      </Stepper>,
    );
    const button = screen.getByRole("button", { name: /Account, Completed/ });
    await userEvent.tab();
    expect(button).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(onClick).toHaveBeenCalledTimes(1);
    const link = screen.getByRole("link", { name: /Company, Current step/ });
    expect(link).toHaveAttribute("aria-current", "step");
    expect(link).toHaveAttribute("data-interactive");
  });

  it("rejects an unknown status and asChild without an element", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      render(<StepperItem step={1} title="A" status={"done" as StepperStatus} />),
    ).toThrow(
      'StepperItem: status="done" must be one of "complete", "current", "upcoming", "error".',
    );
    expect(() => render(<StepperItem step={1} title="A" asChild />)).toThrow(/asChild needs/);
    vi.restoreAllMocks();
  });

  it("renders on the server", () => {
    const html = renderToString(
      <Stepper>
        <StepperItem step={1} status="current" title="Account" />
      </Stepper>,
    );
    expect(html).toContain('aria-current="step"');
  });
});
