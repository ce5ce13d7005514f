import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { StatesGrid } from "../../stories/states-grid";
import { DirectionProvider } from "../direction";
import {
  Carousel,
  CarouselContent,
  CarouselDots,
  CarouselItem,
  CarouselNext,
  CarouselPrevious,
  type CarouselProps,
} from ".";

/** Local pictures (SVG data URIs): stories never load images from the network. */
function poster(background: string, label: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 180"><rect width="320" height="180" fill="${background}"/><circle cx="60" cy="130" r="70" fill="#ffffff" fill-opacity="0.25"/><text x="160" y="100" font-family="sans-serif" font-size="28" font-weight="600" text-anchor="middle" fill="#1a1a1a">${label}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
const slides = [
  { title: "Invoices", color: "#f4c7a1" },
  { title: "Payments", color: "#c5d9f2" },
  { title: "Reports", color: "#cfe8c9" },
  { title: "Customers", color: "#f2d0e4" },
  { title: "Settings", color: "#e9e3b5" },
].map((slide) => ({ ...slide, src: poster(slide.color, slide.title) }));

const image = { display: "block", inlineSize: "100%", blockSize: "100%", borderRadius: 8 } as const;

function Slides({ basis }: { basis?: string }) {
  return (
    <CarouselContent>
      {slides.map((slide) => (
        <CarouselItem key={slide.title} style={basis ? { flexBasis: basis } : undefined}>
          <img
            src={slide.src}
            alt={`${slide.title} screen`}
            style={{ ...image, aspectRatio: "16 / 9" }}
          />
        </CarouselItem>
      ))}
    </CarouselContent>
  );
}

const meta = {
  title: "Data display/Carousel",
  component: Carousel,
  subcomponents: { CarouselContent, CarouselItem, CarouselPrevious, CarouselNext, CarouselDots },
  tags: ["autodocs"],
  args: { "aria-label": "Product tour", orientation: "horizontal", loop: false, setApi: fn() },
  argTypes: {
    orientation: { control: "inline-radio", options: ["horizontal", "vertical"] },
    loop: { control: "boolean" },
  },
  render: (args: CarouselProps) => (
    <div style={{ inlineSize: 400, paddingInline: 16 }}>
      <Carousel {...args}>
        <Slides />
        <CarouselPrevious />
        <CarouselNext />
        <CarouselDots />
      </Carousel>
    </div>
  ),
} satisfies Meta<typeof Carousel>;

export default meta;
type Story = StoryObj<typeof meta>;

const current = (canvasElement: HTMLElement) =>
  canvasElement
    .querySelector("[data-slot=carousel-dot][aria-current=true]")
    ?.getAttribute("aria-label");

/**
 * A carousel region of slides named "1 of 5"…; previous/next buttons, dots, and the arrow keys
 * while the carousel has focus. Scrolls jump (the test browser prefers reduced motion).
 */
export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const carousel = canvas.getByRole("region", { name: "Product tour" });
    await expect(carousel).toHaveAttribute("aria-roledescription", "carousel");
    // Slides out of view are hidden from the accessibility tree, hence `hidden: true`.
    const slideGroups = canvas.getAllByRole("group", { name: /of 5$/, hidden: true });
    await expect(slideGroups.map((slide) => slide.getAttribute("aria-label"))).toEqual([
      "1 of 5",
      "2 of 5",
      "3 of 5",
      "4 of 5",
      "5 of 5",
    ]);
    await expect(slideGroups[0]).toHaveAttribute("aria-roledescription", "slide");
    await waitFor(() => expect(slideGroups[1]).toHaveAttribute("data-in-view", "false"));
    await expect(canvas.getAllByRole("group", { name: /of 5$/ })).toEqual([slideGroups[0]]);
    await waitFor(() => expect(args.setApi).toHaveBeenCalled());
    const previous = canvas.getByRole("button", { name: "Previous slide" });
    const next = canvas.getByRole("button", { name: "Next slide" });
    await expect(previous).toBeDisabled();
    await userEvent.click(next);
    await waitFor(() => expect(current(canvasElement)).toBe("Go to slide 2"));
    await expect(previous).toBeEnabled();
    carousel.focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    await waitFor(() => expect(current(canvasElement)).toBe("Go to slide 4"));
    await userEvent.keyboard("{ArrowLeft}");
    await waitFor(() => expect(current(canvasElement)).toBe("Go to slide 3"));
    await userEvent.click(canvas.getByRole("button", { name: "Go to slide 5" }));
    await waitFor(() => expect(next).toBeDisabled());
    await userEvent.click(canvas.getByRole("button", { name: "Go to slide 1" }));
    await waitFor(() => expect(current(canvasElement)).toBe("Go to slide 1"));
  },
};

/** With `loop`, next on the last slide goes to the first and nothing is ever disabled. */
export const Loop: Story = {
  args: { loop: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const previous = canvas.getByRole("button", { name: "Previous slide" });
    await waitFor(() => expect(previous).toBeEnabled());
    await userEvent.click(previous);
    await waitFor(() => expect(current(canvasElement)).toBe("Go to slide 5"));
    await userEvent.click(canvas.getByRole("button", { name: "Next slide" }));
    await waitFor(() => expect(current(canvasElement)).toBe("Go to slide 1"));
  },
};

/** Slides move up and down; so do the arrow keys. */
export const Vertical: Story = {
  args: { orientation: "vertical" },
  render: (args) => (
    <div style={{ inlineSize: 360, paddingBlock: 8 }}>
      <Carousel {...args} style={{ blockSize: 220 }}>
        <CarouselContent>
          {slides.map((slide) => (
            <CarouselItem key={slide.title}>
              <img src={slide.src} alt={`${slide.title} screen`} style={image} />
            </CarouselItem>
          ))}
        </CarouselContent>
        <CarouselPrevious />
        <CarouselNext />
      </Carousel>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const carousel = canvas.getByRole("region", { name: "Product tour" });
    const next = canvas.getByRole("button", { name: "Next slide" });
    await waitFor(() => expect(next).toBeEnabled());
    carousel.focus();
    await userEvent.keyboard("{ArrowDown}");
    await waitFor(() =>
      expect(canvas.getByRole("button", { name: "Previous slide" })).toBeEnabled(),
    );
    await userEvent.keyboard("{ArrowUp}");
    await waitFor(() =>
      expect(canvas.getByRole("button", { name: "Previous slide" })).toBeDisabled(),
    );
  },
};

/** Two slides in view at a time (`flex-basis: 50%` on each item). */
export const SeveralInView: Story = {
  args: { opts: { align: "start" } },
  render: (args) => (
    <div style={{ inlineSize: 520, paddingInline: 16 }}>
      <Carousel {...args}>
        <Slides basis="50%" />
        <CarouselPrevious />
        <CarouselNext />
        <CarouselDots />
      </Carousel>
    </div>
  ),
  play: async ({ canvasElement }) => {
    // Slides past the second are hidden once Embla has measured (slow on a busy machine).
    await waitFor(() =>
      expect(
        canvasElement.querySelectorAll('[data-slot="carousel-item"][data-in-view="false"]').length,
      ).toBeGreaterThan(0),
    );
  },
};

/**
 * Right to left: the slides run from the right, the arrows point the other way and Left moves
 * forward. The story sets `<html dir="rtl">` as a product would.
 */
export const RightToLeft: Story = {
  beforeEach: () => {
    const root = document.documentElement;
    const previous = root.getAttribute("dir");
    root.setAttribute("dir", "rtl");
    return () => {
      if (previous === null) root.removeAttribute("dir");
      else root.setAttribute("dir", previous);
    };
  },
  render: (args) => (
    <DirectionProvider dir="rtl">
      <div style={{ inlineSize: 400, paddingInline: 16 }}>
        <Carousel {...args}>
          <Slides />
          <CarouselPrevious />
          <CarouselNext />
          <CarouselDots />
        </Carousel>
      </div>
    </DirectionProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const carousel = canvas.getByRole("region", { name: "Product tour" });
    const next = canvas.getByRole("button", { name: "Next slide" });
    await waitFor(() => expect(next).toBeEnabled());
    await expect(next.getBoundingClientRect().left).toBeLessThan(
      canvas.getByRole("button", { name: "Previous slide" }).getBoundingClientRect().left,
    );
    carousel.focus();
    await userEvent.keyboard("{ArrowLeft}");
    await waitFor(() => expect(current(canvasElement)).toBe("Go to slide 2"));
    await userEvent.keyboard("{ArrowRight}");
    await waitFor(() => expect(current(canvasElement)).toBe("Go to slide 1"));
  },
};

const buttonStates = ["rest", "hover", "focus", "disabled"] as const;

/**
 * The previous/next buttons, the dots and the focused carousel in every state. Hover and keyboard
 * focus are forced with the pseudo-states addon.
 */
export const States: Story = {
  parameters: {
    pseudo: {
      rootSelector: "body",
      hover: [
        '[data-cell="hover"] [data-slot="carousel-next"]',
        '[data-cell="hover"] [data-slot="carousel-dot"]',
      ],
      focusVisible: [
        '[data-cell="focus"] [data-slot="carousel-next"]',
        '[data-cell="focus"] [data-slot="carousel-dot"]',
        "#carousel-focused",
      ],
    },
  },
  render: () => (
    <StatesGrid
      states={buttonStates}
      rows={[
        {
          name: "controls",
          cells: buttonStates.map((state) => (
            <div key={state} data-cell={state} style={{ inlineSize: 200, paddingInline: 8 }}>
              <Carousel aria-label={`Controls, ${state}`}>
                <CarouselContent>
                  {/* One slide leaves nowhere to go: the next button is disabled. */}
                  {slides.slice(0, state === "disabled" ? 1 : 3).map((slide) => (
                    <CarouselItem key={slide.title}>
                      <img src={slide.src} alt="" style={{ ...image, aspectRatio: "16 / 9" }} />
                    </CarouselItem>
                  ))}
                </CarouselContent>
                <CarouselNext />
                <CarouselDots />
              </Carousel>
            </div>
          )),
        },
        {
          name: "carousel",
          cells: [
            <span key="rest" />,
            <span key="hover" />,
            <div key="focus" style={{ inlineSize: 200, paddingInline: 8 }}>
              <Carousel id="carousel-focused" aria-label="Focused carousel">
                <CarouselContent>
                  <CarouselItem>
                    <img src={slides[2]!.src} alt="" style={{ ...image, aspectRatio: "16 / 9" }} />
                  </CarouselItem>
                </CarouselContent>
              </Carousel>
            </div>,
            <span key="disabled" />,
          ],
        },
      ]}
    />
  ),
};
