import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Popover, PopoverContent, PopoverTitle, PopoverTrigger } from "../popover";
import { Tooltip, TooltipContent, TooltipProvider, TooltipTrigger } from "../tooltip";
import { Theme } from "./theme";

describe("Theme", () => {
  it("marks its region with the theme the tokens switch on", () => {
    render(<Theme theme="dark">Region</Theme>);
    const region = screen.getByText("Region");
    expect(region).toHaveAttribute("data-theme", "dark");
    expect(region).toHaveClass("nx-theme");
  });

  it("renders the child as the region with asChild", () => {
    render(
      <Theme theme="light" asChild>
        <section aria-label="Preview">Region</section>
      </Theme>,
    );
    expect(screen.getByRole("region", { name: "Preview" })).toHaveAttribute("data-theme", "light");
  });

  it("gives a popover opened inside it the region's theme, though it renders in a portal", () => {
    render(
      <Theme theme="dark">
        <Popover defaultOpen>
          <PopoverTrigger>Open</PopoverTrigger>
          <PopoverContent>
            <PopoverTitle>Details</PopoverTitle>
          </PopoverContent>
        </Popover>
      </Theme>,
    );
    const popover = screen.getByRole("dialog", { name: "Details" });
    expect(popover.closest('[data-slot="theme"]')).toBeNull();
    expect(popover).toHaveAttribute("data-theme", "dark");
  });

  it("leaves overlays outside any Theme to the page's theme", () => {
    render(
      <TooltipProvider>
        <Tooltip defaultOpen>
          <TooltipTrigger>Hint</TooltipTrigger>
          <TooltipContent>Saved</TooltipContent>
        </Tooltip>
      </TooltipProvider>,
    );
    const content = document.querySelector('[data-slot="tooltip-content"]');
    expect(content).not.toHaveAttribute("data-theme");
  });

  it("renders on the server", () => {
    expect(renderToString(<Theme theme="dark">Region</Theme>)).toContain('data-theme="dark"');
  });
});
