"use client";

import { ArrowLeftIcon, ArrowRightIcon } from "@nexod/icons";
import { cx } from "class-variance-authority";
import useEmblaCarousel from "embla-carousel-react";
import * as React from "react";
import { Button, type ButtonProps } from "../button";
import { useDirection } from "../direction";

/** Embla's instance, for products that drive the carousel themselves (`setApi`). */
export type CarouselApi = NonNullable<ReturnType<typeof useEmblaCarousel>[1]>;
/** Embla's options (`align`, `slidesToScroll`, `dragFree`, …): https://www.embla-carousel.com/api/options/ */
export type CarouselOptions = NonNullable<Parameters<typeof useEmblaCarousel>[0]>;
type CarouselPlugins = Parameters<typeof useEmblaCarousel>[1];

interface CarouselContextValue {
  viewportRef: ReturnType<typeof useEmblaCarousel>[0];
  api: CarouselApi | undefined;
  orientation: "horizontal" | "vertical";
  scrollPrev: () => void;
  scrollNext: () => void;
  scrollTo: (index: number) => void;
  canScrollPrev: boolean;
  canScrollNext: boolean;
  selectedIndex: number;
  snapCount: number;
  /** Indexes of the slides at least partly in view; `null` until Embla has measured. */
  slidesInView: readonly number[] | null;
  slideLabel: (index: number, count: number) => string;
}

const CarouselContext = /* @__PURE__ */ React.createContext<CarouselContextValue | null>(null);

function useCarousel(part: string) {
  const context = React.useContext(CarouselContext);
  if (!context) throw new Error(`${part} must be used inside <Carousel>.`);
  return context;
}

/** The slide's position, set by `CarouselContent` for each child. */
const SlidePositionContext = /* @__PURE__ */ React.createContext<{
  index: number;
  count: number;
} | null>(null);

/** Whether the reader asked for reduced motion; false on the server. */
function usePrefersReducedMotion() {
  return React.useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia("(prefers-reduced-motion: reduce)");
      query.addEventListener("change", onChange);
      return () => query.removeEventListener("change", onChange);
    },
    () => window.matchMedia("(prefers-reduced-motion: reduce)").matches,
    () => false,
  );
}

/** Arrow keys in a text field inside a slide move the caret, not the carousel. */
function isTextEntry(target: EventTarget) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.tagName === "INPUT" || target.tagName === "TEXTAREA")
  );
}

const defaultSlideLabel = (index: number, count: number) => `${index + 1} of ${count}`;

export interface CarouselProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * The direction slides move in; the arrow keys follow it (Left/Right or Up/Down).
   * @default "horizontal"
   */
  orientation?: "horizontal" | "vertical";
  /**
   * After the last slide comes the first again (and before the first, the last).
   * @default false
   */
  loop?: boolean;
  /** Further Embla options (`align`, `slidesToScroll`, `dragFree`, …). */
  opts?: Omit<CarouselOptions, "axis" | "loop" | "direction">;
  /** Embla plugins (for example `embla-carousel-autoplay`). */
  plugins?: CarouselPlugins;
  /** Receives Embla's instance once it is ready, to drive the carousel from outside. */
  setApi?: (api: CarouselApi) => void;
  /**
   * The accessible name of each slide from its position, for other languages.
   * @default (index, count) => `${index + 1} of ${count}`
   */
  slideLabel?: (index: number, count: number) => string;
  /** Reading direction; swaps Left/Right. Inherits from a `DirectionProvider`. */
  dir?: "ltr" | "rtl";
}

/**
 * A row (or column) of slides shown one or a few at a time, with previous/next buttons, dots and
 * the arrow keys while focus is on it or inside it (WAI-ARIA carousel pattern). Name it with
 * `aria-label`. Built on Embla; scrolls
 * jump instead of gliding when the reader prefers reduced motion.
 */
export const Carousel = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CarouselProps>(
  function Carousel(
    {
      className,
      orientation = "horizontal",
      loop = false,
      opts,
      plugins,
      setApi,
      slideLabel = defaultSlideLabel,
      dir,
      onKeyDownCapture,
      children,
      ...props
    },
    ref,
  ) {
    if (orientation !== "horizontal" && orientation !== "vertical") {
      throw new Error(
        `Carousel: orientation must be "horizontal" or "vertical", got ${JSON.stringify(orientation)}.`,
      );
    }
    const direction = useDirection(dir);
    const [viewportRef, api] = useEmblaCarousel(
      {
        // A slide only touching the viewport's edge counts as in view at threshold 0; it must
        // show at least a sliver to be unhidden (see CarouselItem).
        inViewThreshold: 0.01,
        ...opts,
        loop,
        axis: orientation === "horizontal" ? "x" : "y",
        direction,
      },
      plugins,
    );
    const reducedMotion = usePrefersReducedMotion();
    const [state, setState] = React.useState({
      canScrollPrev: false,
      canScrollNext: false,
      selectedIndex: 0,
      snapCount: 0,
    });
    const [slidesInView, setSlidesInView] = React.useState<readonly number[] | null>(null);

    React.useEffect(() => {
      if (!api) return;
      setApi?.(api);
      const update = () =>
        setState({
          canScrollPrev: api.canScrollPrev(),
          canScrollNext: api.canScrollNext(),
          selectedIndex: api.selectedScrollSnap(),
          snapCount: api.scrollSnapList().length,
        });
      const updateInView = () => setSlidesInView(api.slidesInView());
      update();
      updateInView();
      api.on("select", update).on("reInit", update).on("slidesInView", updateInView);
      return () => {
        api.off("select", update).off("reInit", update).off("slidesInView", updateInView);
      };
    }, [api, setApi]);

    // Reduced motion: every programmatic scroll jumps (Embla's `jump` argument).
    const scrollPrev = React.useCallback(
      () => api?.scrollPrev(reducedMotion),
      [api, reducedMotion],
    );
    const scrollNext = React.useCallback(
      () => api?.scrollNext(reducedMotion),
      [api, reducedMotion],
    );
    const scrollTo = React.useCallback(
      (index: number) => api?.scrollTo(index, reducedMotion),
      [api, reducedMotion],
    );

    const handleKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
      onKeyDownCapture?.(event);
      if (event.defaultPrevented || isTextEntry(event.target)) return;
      const [back, forward] =
        orientation === "vertical"
          ? ["ArrowUp", "ArrowDown"]
          : direction === "rtl"
            ? ["ArrowRight", "ArrowLeft"]
            : ["ArrowLeft", "ArrowRight"];
      if (event.key === back) {
        event.preventDefault();
        scrollPrev();
      } else if (event.key === forward) {
        event.preventDefault();
        scrollNext();
      }
    };

    return (
      <CarouselContext.Provider
        value={{
          viewportRef,
          api,
          orientation,
          scrollPrev,
          scrollNext,
          scrollTo,
          slideLabel,
          slidesInView,
          ...state,
        }}
      >
        <div
          ref={ref}
          role="region"
          aria-roledescription="carousel"
          // Focusable, so keyboard users can reach it and turn slides with the arrow keys.
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- the region handles the arrow keys
          tabIndex={0}
          data-slot="carousel"
          data-orientation={orientation}
          dir={dir}
          onKeyDownCapture={handleKeyDown}
          className={cx("nx-carousel nx-focus-ring", className)}
          {...props}
        >
          {children}
        </div>
      </CarouselContext.Provider>
    );
  },
);

export type CarouselContentProps = React.HTMLAttributes<HTMLDivElement>;

/**
 * The viewport and the track of slides. Each child is numbered for its `CarouselItem`'s label
 * ("2 of 5"); changes of slide are announced politely.
 */
export const CarouselContent = /* @__PURE__ */ React.forwardRef<
  HTMLDivElement,
  CarouselContentProps
>(function CarouselContent({ className, children, ...props }, ref) {
  const { viewportRef, orientation } = useCarousel("CarouselContent");
  const slides = React.Children.toArray(children);
  return (
    <div ref={viewportRef} data-slot="carousel-viewport" className="nx-carousel-viewport">
      <div
        ref={ref}
        data-slot="carousel-content"
        data-orientation={orientation}
        aria-live="polite"
        className={cx("nx-carousel-content", className)}
        {...props}
      >
        {slides.map((slide, index) => (
          <SlidePositionContext.Provider
            key={React.isValidElement(slide) && slide.key != null ? slide.key : index}
            value={{ index, count: slides.length }}
          >
            {slide}
          </SlidePositionContext.Provider>
        ))}
      </div>
    </div>
  );
});

export type CarouselItemProps = React.HTMLAttributes<HTMLDivElement>;

/**
 * One slide, `role="group"` with `aria-roledescription="slide"`, named by its position
 * ("2 of 5") unless given `aria-label`. Its width is the viewport's; set `className` with a
 * `flex-basis` (for example 50%) to show several at once. A slide wholly out of view is hidden
 * (`visibility: hidden`), so Tab and screen readers skip its content; it shows again as soon as
 * any of it scrolls into view.
 */
export const CarouselItem = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CarouselItemProps>(
  function CarouselItem({ className, ...props }, ref) {
    const { slideLabel, orientation, slidesInView } = useCarousel("CarouselItem");
    const position = React.useContext(SlidePositionContext);
    // Until Embla's observer has reported (an empty list on its first frame), every slide shows.
    const inView =
      !slidesInView ||
      slidesInView.length === 0 ||
      !position ||
      slidesInView.includes(position.index);
    return (
      <div
        ref={ref}
        role="group"
        aria-roledescription="slide"
        aria-label={position ? slideLabel(position.index, position.count) : undefined}
        data-slot="carousel-item"
        data-orientation={orientation}
        data-in-view={inView}
        className={cx("nx-carousel-item", className)}
        {...props}
      />
    );
  },
);

export type CarouselButtonProps = Omit<ButtonProps, "asChild">;

/** Scrolls back one slide; disabled at the start unless the carousel loops. Named "Previous slide". */
export const CarouselPrevious = /* @__PURE__ */ React.forwardRef<
  HTMLButtonElement,
  CarouselButtonProps
>(function CarouselPrevious(
  { className, variant = "outline", size = "icon", children, onClick, ...props },
  ref,
) {
  const { orientation, scrollPrev, canScrollPrev } = useCarousel("CarouselPrevious");
  return (
    <Button
      ref={ref}
      data-slot="carousel-previous"
      variant={variant}
      size={size}
      aria-label="Previous slide"
      disabled={!canScrollPrev}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) scrollPrev();
      }}
      className={cx("nx-carousel-button", `nx-carousel-button--${orientation}`, className)}
      {...props}
    >
      {children ?? <ArrowLeftIcon aria-hidden className="nx-carousel-button__icon" />}
    </Button>
  );
});

/** Scrolls forward one slide; disabled at the end unless the carousel loops. Named "Next slide". */
export const CarouselNext = /* @__PURE__ */ React.forwardRef<
  HTMLButtonElement,
  CarouselButtonProps
>(function CarouselNext(
  { className, variant = "outline", size = "icon", children, onClick, ...props },
  ref,
) {
  const { orientation, scrollNext, canScrollNext } = useCarousel("CarouselNext");
  return (
    <Button
      ref={ref}
      data-slot="carousel-next"
      variant={variant}
      size={size}
      aria-label="Next slide"
      disabled={!canScrollNext}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) scrollNext();
      }}
      className={cx("nx-carousel-button", `nx-carousel-button--${orientation}`, className)}
      {...props}
    >
      {children ?? <ArrowRightIcon aria-hidden className="nx-carousel-button__icon" />}
    </Button>
  );
});

export interface CarouselDotsProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * The accessible name of the dot for a slide position, for other languages.
   * @default (index) => `Go to slide ${index + 1}`
   */
  dotLabel?: (index: number) => string;
}

/**
 * One dot per scroll position; the current one is marked `aria-current`. A group named "Choose
 * slide" unless given `aria-label`.
 */
export const CarouselDots = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CarouselDotsProps>(
  function CarouselDots(
    { className, dotLabel = (index) => `Go to slide ${index + 1}`, ...props },
    ref,
  ) {
    const { snapCount, selectedIndex, scrollTo, orientation } = useCarousel("CarouselDots");
    return (
      <div
        ref={ref}
        role="group"
        aria-label="Choose slide"
        data-slot="carousel-dots"
        data-orientation={orientation}
        className={cx("nx-carousel-dots", className)}
        {...props}
      >
        {Array.from({ length: snapCount }, (_, index) => (
          <button
            key={index}
            type="button"
            data-slot="carousel-dot"
            aria-label={dotLabel(index)}
            aria-current={index === selectedIndex ? "true" : undefined}
            data-state={index === selectedIndex ? "active" : "inactive"}
            className="nx-carousel-dot nx-focus-ring"
            onClick={() => scrollTo(index)}
          />
        ))}
      </div>
    );
  },
);
