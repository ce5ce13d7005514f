import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

// jsdom has no layout, so Embla cannot measure: a stand-in records the calls the carousel makes
// and reports the state the test sets.
const embla = vi.hoisted(() => {
  const listeners = new Map<string, Set<() => void>>();
  const api = {
    selected: 0,
    snaps: 5,
    loop: false,
    options: undefined as unknown,
    canScrollPrev: () => api.loop || api.selected > 0,
    canScrollNext: () => api.loop || api.selected < api.snaps - 1,
    selectedScrollSnap: () => api.selected,
    slidesInView: () => [api.selected],
    scrollSnapList: () => Array.from({ length: api.snaps }, (_, index) => index / api.snaps),
    scrollPrev: vi.fn((_jump?: boolean) => api.select(api.selected - 1)),
    scrollNext: vi.fn((_jump?: boolean) => api.select(api.selected + 1)),
    scrollTo: vi.fn((index: number, _jump?: boolean) => api.select(index)),
    select(index: number) {
      api.selected = (index + api.snaps) % api.snaps;
      listeners.get("select")?.forEach((listener) => listener());
      listeners.get("slidesInView")?.forEach((listener) => listener());
    },
    on(event: string, listener: () => void) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
      return api;
    },
    off(event: string, listener: () => void) {
      listeners.get(event)?.delete(listener);
      return api;
    },
  };
  return api;
});

vi.mock("embla-carousel-react", () => ({
  default: (options: unknown) => {
    embla.options = options;
    return [() => {}, embla];
  },
}));

const { Carousel, CarouselContent, CarouselDots, CarouselItem, CarouselNext, CarouselPrevious } =
  await import(".");

function Example(props: React.ComponentProps<typeof Carousel>) {
  return (
    <Carousel aria-label="Tour" {...props}>
      <CarouselContent>
        {["One", "Two", "Three", "Four", "Five"].map((name) => (
          <CarouselItem key={name}>{name}</CarouselItem>
        ))}
      </CarouselContent>
      <CarouselPrevious />
      <CarouselNext />
      <CarouselDots />
    </Carousel>
  );
}

const currentDot = () =>
  screen
    .getAllByRole("button", { name: /Go to slide/ })
    .find((dot) => dot.getAttribute("aria-current"));

beforeEach(() => {
  embla.selected = 0;
  embla.loop = false;
});

describe("Carousel", () => {
  it("is a named carousel region of slides named by their position", () => {
    render(<Example />);
    const region = screen.getByRole("region", { name: "Tour" });
    expect(region).toHaveAttribute("aria-roledescription", "carousel");
    expect(region).toHaveAttribute("tabindex", "0");
    const slides = screen.getAllByRole("group", { name: /of 5$/ });
    expect(slides.map((slide) => slide.getAttribute("aria-label"))).toEqual([
      "1 of 5",
      "2 of 5",
      "3 of 5",
      "4 of 5",
      "5 of 5",
    ]);
    expect(slides[1]).toHaveAttribute("aria-roledescription", "slide");
    expect(slides[1]).toHaveTextContent("Two");
  });

  it("turns slides with the named buttons, disabled at the ends", async () => {
    const user = userEvent.setup();
    render(<Example />);
    const previous = screen.getByRole("button", { name: "Previous slide" });
    const next = screen.getByRole("button", { name: "Next slide" });
    expect(previous).toBeDisabled();
    await user.click(next);
    expect(embla.scrollNext).toHaveBeenCalled();
    expect(currentDot()).toHaveAccessibleName("Go to slide 2");
    expect(previous).toBeEnabled();
    act(() => embla.select(4));
    expect(next).toBeDisabled();
  });

  it("hides slides that are out of view, and shows them when they scroll in", async () => {
    const user = userEvent.setup();
    render(<Example />);
    const slides = screen.getAllByRole("group", { name: /of 5$/ });
    expect(slides.map((slide) => slide.getAttribute("data-in-view"))).toEqual([
      "true",
      "false",
      "false",
      "false",
      "false",
    ]);
    await user.click(screen.getByRole("button", { name: "Next slide" }));
    expect(slides[0]).toHaveAttribute("data-in-view", "false");
    expect(slides[1]).toHaveAttribute("data-in-view", "true");
  });

  it("turns slides with the arrow keys while focused, but not while typing in a slide", async () => {
    const user = userEvent.setup();
    render(
      <Carousel aria-label="Tour">
        <CarouselContent>
          <CarouselItem>
            <input aria-label="Note" />
          </CarouselItem>
          <CarouselItem>Two</CarouselItem>
        </CarouselContent>
      </Carousel>,
    );
    screen.getByRole("region", { name: "Tour" }).focus();
    await user.keyboard("{ArrowRight}");
    expect(embla.scrollNext).toHaveBeenCalledTimes(1);
    await user.keyboard("{ArrowLeft}");
    expect(embla.scrollPrev).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("textbox", { name: "Note" }));
    await user.keyboard("{ArrowRight}");
    expect(embla.scrollNext).toHaveBeenCalledTimes(1);
  });

  it("uses Up and Down when vertical, and swaps Left and Right in right to left", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Example orientation="vertical" />);
    expect(embla.options).toMatchObject({ axis: "y" });
    screen.getByRole("region").focus();
    await user.keyboard("{ArrowDown}{ArrowRight}");
    expect(embla.scrollNext).toHaveBeenCalledTimes(1);
    unmount();
    render(<Example dir="rtl" />);
    expect(embla.options).toMatchObject({ axis: "x", direction: "rtl" });
    screen.getByRole("region").focus();
    await user.keyboard("{ArrowLeft}");
    expect(embla.scrollNext).toHaveBeenCalledTimes(2);
  });

  it("jumps instead of gliding when the reader prefers reduced motion", async () => {
    const user = userEvent.setup();
    const matchMedia = vi.spyOn(window, "matchMedia").mockImplementation(
      (query) =>
        ({
          matches: query === "(prefers-reduced-motion: reduce)",
          media: query,
          addEventListener: () => {},
          removeEventListener: () => {},
        }) as unknown as MediaQueryList,
    );
    render(<Example />);
    await user.click(screen.getByRole("button", { name: "Next slide" }));
    expect(embla.scrollNext).toHaveBeenLastCalledWith(true);
    await user.click(screen.getByRole("button", { name: "Go to slide 4" }));
    expect(embla.scrollTo).toHaveBeenLastCalledWith(3, true);
    matchMedia.mockRestore();
  });

  it("glides otherwise", async () => {
    const user = userEvent.setup();
    render(<Example />);
    await user.click(screen.getByRole("button", { name: "Next slide" }));
    expect(embla.scrollNext).toHaveBeenLastCalledWith(false);
  });

  it("passes loop to Embla and hands its instance to setApi", () => {
    const setApi = vi.fn();
    embla.loop = true;
    render(<Example loop setApi={setApi} />);
    expect(embla.options).toMatchObject({ loop: true });
    expect(setApi).toHaveBeenCalledWith(embla);
    expect(screen.getByRole("button", { name: "Previous slide" })).toBeEnabled();
  });

  it("marks the current dot and words labels with slideLabel and dotLabel", async () => {
    const user = userEvent.setup();
    render(
      <Carousel aria-label="Tour" slideLabel={(index, count) => `Folie ${index + 1} von ${count}`}>
        <CarouselContent>
          <CarouselItem>One</CarouselItem>
          <CarouselItem>Two</CarouselItem>
        </CarouselContent>
        <CarouselDots dotLabel={(index) => `Zu Folie ${index + 1}`} />
      </Carousel>,
    );
    expect(screen.getByRole("group", { name: "Folie 2 von 2" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Zu Folie 3" }));
    expect(embla.scrollTo).toHaveBeenCalledWith(2, false);
    expect(screen.getByRole("group", { name: "Choose slide" })).toBeInTheDocument();
  });

  it("throws a clear error for a part outside a Carousel and for a wrong orientation", () => {
    expect(() => render(<CarouselNext />)).toThrow("CarouselNext must be used inside <Carousel>.");
    expect(() => render(<Carousel orientation={"diagonal" as "vertical"} />)).toThrow(
      /orientation must be "horizontal" or "vertical", got "diagonal"/,
    );
  });

  it("renders on the server with the slides and their labels", () => {
    const html = renderToString(<Example />);
    expect(html).toContain('aria-roledescription="carousel"');
    expect(html).toContain('aria-label="3 of 5"');
  });
});
