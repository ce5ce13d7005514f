import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Field } from "../field";
import { Slider, type SliderProps } from "./slider";

// Radix measures the thumbs with ResizeObserver, which jsdom lacks.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

function submit(children: React.ReactNode) {
  let submitted: FormData | undefined;
  render(
    <form
      aria-label="Filters"
      onSubmit={(event) => {
        event.preventDefault();
        submitted = new FormData(event.currentTarget);
      }}
    >
      {children}
      <button type="submit">Apply</button>
    </form>,
  );
  return () => submitted;
}

describe("Slider", () => {
  it("renders one slider thumb named by aria-label, with its value, min and max", () => {
    render(<Slider aria-label="Volume" defaultValue={[30]} />);
    const thumb = screen.getByRole("slider", { name: "Volume" });
    expect(thumb).toHaveAttribute("aria-valuenow", "30");
    expect(thumb).toHaveAttribute("aria-valuemin", "0");
    expect(thumb).toHaveAttribute("aria-valuemax", "100");
    expect(thumb).toHaveAttribute("aria-orientation", "horizontal");
    expect(thumb).toHaveAttribute("data-slot", "slider-thumb");
  });

  it("moves by step with the arrow keys, by ten steps with PageUp and to the ends with Home/End", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <Slider aria-label="Volume" defaultValue={[50]} step={2} onValueChange={onValueChange} />,
    );
    const thumb = screen.getByRole("slider", { name: "Volume" });
    await user.tab();
    expect(thumb).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(thumb).toHaveAttribute("aria-valuenow", "52");
    await user.keyboard("{ArrowDown}");
    expect(thumb).toHaveAttribute("aria-valuenow", "50");
    await user.keyboard("{PageUp}");
    expect(thumb).toHaveAttribute("aria-valuenow", "70");
    await user.keyboard("{End}");
    expect(thumb).toHaveAttribute("aria-valuenow", "100");
    await user.keyboard("{Home}");
    expect(thumb).toHaveAttribute("aria-valuenow", "0");
    expect(onValueChange).toHaveBeenLastCalledWith([0]);
  });

  it("names the thumbs of a range with thumbLabels and keeps them in order", async () => {
    const user = userEvent.setup();
    render(
      <Slider
        aria-label="Price"
        defaultValue={[20, 30]}
        thumbLabels={["Minimum price", "Maximum price"]}
        minStepsBetweenThumbs={5}
      />,
    );
    const low = screen.getByRole("slider", { name: "Minimum price" });
    const high = screen.getByRole("slider", { name: "Maximum price" });
    expect(low).toHaveAttribute("aria-valuenow", "20");
    expect(high).toHaveAttribute("aria-valuenow", "30");
    await user.tab();
    expect(low).toHaveFocus();
    await user.tab();
    expect(high).toHaveFocus();
    await user.keyboard("{ArrowLeft>10/}");
    // It stops 5 steps above the minimum thumb.
    expect(high).toHaveAttribute("aria-valuenow", "25");
  });

  it("names an unlabelled range's thumbs after the slider", () => {
    render(<Slider aria-label="Price" defaultValue={[20, 80]} />);
    expect(screen.getByRole("slider", { name: "Price minimum" })).toBeInTheDocument();
    expect(screen.getByRole("slider", { name: "Price maximum" })).toBeInTheDocument();
  });

  it("takes its name, description and error from a Field on every thumb", () => {
    render(
      <Field label="Price" description="Per night." error="Choose a narrower range.">
        <Slider defaultValue={[20, 80]} thumbLabels={["Minimum price", "Maximum price"]} />
      </Field>,
    );
    const low = screen.getByRole("slider", { name: "Price Minimum price" });
    const high = screen.getByRole("slider", { name: "Price Maximum price" });
    for (const thumb of [low, high]) {
      expect(thumb).toHaveAccessibleDescription("Per night. Choose a narrower range.");
      expect(thumb).toHaveAttribute("aria-invalid", "true");
    }
    expect(screen.getByText("Price").closest("label")).toHaveAttribute("for", low.id);
  });

  it("a single thumb in a Field is named by the label alone", () => {
    render(
      <Field label="Volume">
        <Slider defaultValue={[10]} />
      </Field>,
    );
    expect(screen.getByRole("slider", { name: "Volume" })).toBeInTheDocument();
  });

  it("reads values out formatted and shows them with showValue", () => {
    render(
      <Slider
        aria-label="Price"
        defaultValue={[20, 80]}
        showValue
        format={{ style: "currency", currency: "EUR", maximumFractionDigits: 0 }}
        locale="en-US"
      />,
    );
    expect(screen.getByRole("slider", { name: "Price minimum" })).toHaveAttribute(
      "aria-valuetext",
      "€20",
    );
    expect(screen.getByText("€20 – €80")).toHaveAttribute("aria-hidden", "true");
  });

  it("shows only the value it is given when controlled", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(
      <Slider aria-label="Volume" value={[40]} onValueChange={onValueChange} showValue />,
    );
    const thumb = screen.getByRole("slider");
    await user.tab();
    await user.keyboard("{ArrowRight}");
    expect(onValueChange).toHaveBeenCalledWith([41]);
    expect(thumb).toHaveAttribute("aria-valuenow", "40");
    rerender(<Slider aria-label="Volume" value={[41]} onValueChange={onValueChange} showValue />);
    expect(thumb).toHaveAttribute("aria-valuenow", "41");
    expect(screen.getByText("41")).toBeInTheDocument();
  });

  it("is skipped by Tab and does not move when disabled", async () => {
    const user = userEvent.setup();
    render(
      <>
        <Slider aria-label="Locked" defaultValue={[10]} disabled />
        <button type="button">After</button>
      </>,
    );
    await user.tab();
    expect(screen.getByRole("button", { name: "After" })).toHaveFocus();
    expect(screen.getByRole("slider", { name: "Locked" })).toHaveAttribute("data-disabled");
  });

  it("submits one value under its name, and a range as one entry per thumb", async () => {
    const user = userEvent.setup();
    const submitted = submit(
      <>
        <Slider aria-label="Volume" name="volume" defaultValue={[30]} />
        <Slider aria-label="Price" name="price" defaultValue={[20, 80]} />
      </>,
    );
    await user.tab();
    await user.keyboard("{ArrowRight}");
    await user.click(screen.getByRole("button", { name: "Apply" }));
    expect(submitted()?.get("volume")).toBe("31");
    expect(submitted()?.getAll("price")).toEqual(["20", "80"]);
  });

  it("draws marks with labels, hidden from assistive technology", () => {
    render(
      <Slider
        aria-label="Size"
        defaultValue={[50]}
        marks={[
          { value: 0, label: "S" },
          { value: 50, label: "M" },
          { value: 100, label: "L" },
        ]}
      />,
    );
    const medium = screen.getByText("M");
    expect(medium.closest('[data-slot="slider-marks"]')).toHaveAttribute("aria-hidden", "true");
    expect(medium.closest('[data-slot="slider-mark"]')).toHaveAttribute("data-in-range");
    expect(screen.getByText("L").closest('[data-slot="slider-mark"]')).not.toHaveAttribute(
      "data-in-range",
    );
  });

  it("throws a clear error on impossible props", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const renderWith = (props: SliderProps) => () => render(<Slider aria-label="X" {...props} />);
    expect(renderWith({ min: 10, max: 10 })).toThrow("min (10) must be lower than max (10)");
    expect(renderWith({ defaultValue: [1, 2], thumbLabels: ["Only one"] })).toThrow(
      "thumbLabels has 1 names for 2 thumbs",
    );
    expect(renderWith({ marks: [{ value: 120 }] })).toThrow("the mark at 120 lies outside");
    spy.mockRestore();
  });

  it("applies size and orientation, forwards its ref and appends the product's className", () => {
    const ref = React.createRef<HTMLDivElement>();
    render(
      <Slider
        ref={ref}
        aria-label="Level"
        size="sm"
        orientation="vertical"
        className="product-class"
      />,
    );
    expect(ref.current).toHaveAttribute("data-slot", "slider");
    expect(ref.current).toHaveClass("nx-slider", "nx-slider--sm", "nx-slider--vertical");
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
    expect(screen.getByRole("slider")).toHaveAttribute("aria-orientation", "vertical");
  });

  describe("on the server and while hydrating", () => {
    const priceForm = (
      <form aria-label="Filters">
        <Slider aria-label="Price" name="price" defaultValue={[20, 80]} showValue />
      </form>
    );

    it("renders the thumbs at their values with their inputs, so the form posts before hydration", () => {
      const html = renderToString(priceForm);
      expect(html).toContain('style="left:20%;right:20%"');
      expect(html).toContain(">20 – 80</span>");
      expect(html).not.toContain("display:none");
      // Parsed as a browser would before any script runs.
      const container = document.createElement("div");
      container.innerHTML = html;
      const thumbs = Array.from(container.querySelectorAll('[role="slider"]'));
      expect(thumbs.map((thumb) => thumb.getAttribute("aria-valuenow"))).toEqual(["20", "80"]);
      expect(thumbs.map((thumb) => thumb.getAttribute("aria-label"))).toEqual([
        "Price minimum",
        "Price maximum",
      ]);
      // At its value, kept inside the track by half a thumb at the ends, as Radix places it.
      expect((thumbs[0]?.parentElement as HTMLElement).style.left).toBe(
        "calc(20% + var(--nx-slider-thumb) / 2 * 0.6)",
      );
      expect((thumbs[1]?.parentElement as HTMLElement).style.left).toBe(
        "calc(80% + var(--nx-slider-thumb) / 2 * -0.6)",
      );
      const form = container.querySelector("form")!;
      expect(new FormData(form).getAll("price")).toEqual(["20", "80"]);
    });

    it("places a vertical thumb from the bottom and submits nothing when disabled", () => {
      const html = renderToString(
        <form>
          <Slider
            aria-label="Level"
            name="level"
            orientation="vertical"
            defaultValue={[0]}
            disabled
          />
        </form>,
      );
      const container = document.createElement("div");
      container.innerHTML = html;
      const thumb = container.querySelector('[role="slider"]')!;
      expect((thumb.parentElement as HTMLElement).style.bottom).toBe(
        "calc(0% + var(--nx-slider-thumb) / 2 * 1)",
      );
      expect(thumb).not.toHaveAttribute("tabindex");
      expect(new FormData(container.querySelector("form")!).getAll("level")).toEqual([]);
    });

    it("hydrates without a mismatch and hands over to the Radix thumbs", async () => {
      const errors = vi.spyOn(console, "error").mockImplementation(() => {});
      const container = document.createElement("div");
      container.innerHTML = renderToString(priceForm);
      document.body.append(container);
      await act(async () => {
        hydrateRoot(container, priceForm);
      });
      expect(errors).not.toHaveBeenCalled();
      errors.mockRestore();
      const form = screen.getByRole("form", { name: "Filters" }) as HTMLFormElement;
      const [low] = screen.getAllByRole("slider");
      expect(low).toHaveAttribute("aria-valuenow", "20");
      expect(low?.parentElement?.style.left).toBe("calc(20% + 0px)");
      expect(new FormData(form).getAll("price")).toEqual(["20", "80"]);
      act(() => low!.focus());
      await userEvent.keyboard("{ArrowRight}");
      expect(low).toHaveAttribute("aria-valuenow", "21");
      expect(new FormData(form).getAll("price")).toEqual(["21", "80"]);
      container.remove();
    });
  });
});
