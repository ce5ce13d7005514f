"use client";

import { ChevronDownIcon } from "@nexod/icons";
import * as AccordionPrimitive from "@radix-ui/react-accordion";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { variant: "divided" } as const;

/** Class names of an accordion's look (styles: accordion.css). */
export const accordionVariants = /* @__PURE__ */ cva("nx-accordion", {
  variants: {
    /**
     * `divided` separates the items with lines and no frame (a FAQ in a page, settings in a
     * panel); `contained` puts them in a bordered box (an accordion on its own in a page).
     * @default "divided"
     */
    variant: {
      divided: "nx-accordion--divided",
      contained: "nx-accordion--contained",
    },
  },
  defaultVariants: { variant: defaults.variant },
});

interface AccordionCommonProps
  extends
    Omit<React.HTMLAttributes<HTMLDivElement>, "defaultValue" | "dir">,
    VariantProps<typeof accordionVariants> {
  /**
   * No item can be opened or closed.
   * @default false
   */
  disabled?: boolean;
  /**
   * Which arrow keys move between the item headers: Up/Down when vertical, Left/Right when
   * horizontal.
   * @default "vertical"
   */
  orientation?: "horizontal" | "vertical";
  /** Reading direction; flips Left/Right. Inherits from a `DirectionProvider`. */
  dir?: "ltr" | "rtl";
}

export interface AccordionSingleProps extends AccordionCommonProps {
  /** `single`: at most one item open at a time; `multiple`: any number. */
  type: "single";
  /** The open item's `value` when controlled (`""` for none). */
  value?: string;
  /** The item open on first render when uncontrolled. */
  defaultValue?: string;
  /** Called with the open item's `value` (`""` when the open item was closed). */
  onValueChange?(value: string): void;
  /**
   * Whether the open item closes when its header is activated again, leaving none open.
   * @default false
   */
  collapsible?: boolean;
}

export interface AccordionMultipleProps extends AccordionCommonProps {
  /** `single`: at most one item open at a time; `multiple`: any number. */
  type: "multiple";
  /** The open items' values when controlled. */
  value?: string[];
  /** The items open on first render when uncontrolled. */
  defaultValue?: string[];
  /** Called with the open items' values. */
  onValueChange?(value: string[]): void;
}

export type AccordionProps = AccordionSingleProps | AccordionMultipleProps;

/**
 * A stack of headers that each show or hide a section below them (WAI-ARIA accordion pattern):
 * FAQs, settings groups, long forms in steps. `type="single"` keeps one item open at a time,
 * `type="multiple"` any number.
 */
export const Accordion = /* @__PURE__ */ React.forwardRef<HTMLDivElement, AccordionProps>(
  function Accordion({ className, variant, ...props }, ref) {
    if (props.type !== "single" && props.type !== "multiple") {
      throw new Error(
        `Accordion: type must be "single" or "multiple", got ${JSON.stringify((props as { type?: unknown }).type)}.`,
      );
    }
    const common = {
      ref,
      "data-slot": "accordion",
      "data-variant": variant ?? defaults.variant,
      className: cx(accordionVariants({ variant }), className),
    };
    if (props.type === "multiple") {
      // `collapsible` means nothing with several open items; JavaScript callers (and spread
      // props) may still pass it, and Radix would write it onto the <div>.
      const { collapsible: _ignored, ...multiple } = props as AccordionMultipleProps & {
        collapsible?: boolean;
      };
      return <AccordionPrimitive.Root {...multiple} {...common} />;
    }
    return <AccordionPrimitive.Root {...props} {...common} />;
  },
);

export interface AccordionItemProps extends React.ComponentPropsWithoutRef<
  typeof AccordionPrimitive.Item
> {
  /** Identifies the item in the accordion's `value`. */
  value: string;
  /**
   * This item cannot be opened or closed.
   * @default false
   */
  disabled?: boolean;
}

/** One header and its section. */
export const AccordionItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof AccordionPrimitive.Item>,
  AccordionItemProps
>(function AccordionItem({ className, ...props }, ref) {
  return (
    <AccordionPrimitive.Item
      ref={ref}
      data-slot="accordion-item"
      {...props}
      className={cx("nx-accordion-item", className)}
    />
  );
});

const headingLevels = [2, 3, 4, 5, 6] as const;

export interface AccordionTriggerProps extends React.ComponentPropsWithoutRef<
  typeof AccordionPrimitive.Trigger
> {
  /**
   * Level of the heading that wraps the button, so it fits the page's outline.
   * @default 3
   */
  headingLevel?: (typeof headingLevels)[number];
}

/**
 * The header: a button inside a heading, with a chevron that turns when the section is open.
 * Enter or Space toggles; Up/Down (or Left/Right), Home and End move between headers.
 */
export const AccordionTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof AccordionPrimitive.Trigger>,
  AccordionTriggerProps
>(function AccordionTrigger({ className, children, headingLevel = 3, ...props }, ref) {
  if (!headingLevels.includes(headingLevel)) {
    throw new Error(`AccordionTrigger: headingLevel must be 2 to 6, got ${headingLevel}.`);
  }
  const Heading = `h${headingLevel}` as const;
  return (
    <AccordionPrimitive.Header asChild>
      <Heading data-slot="accordion-header" className="nx-accordion-header">
        <AccordionPrimitive.Trigger
          ref={ref}
          data-slot="accordion-trigger"
          {...props}
          className={cx("nx-accordion-trigger nx-focus-ring", className)}
        >
          <span className="nx-accordion-trigger__label">{children}</span>
          <ChevronDownIcon aria-hidden className="nx-accordion-trigger__chevron" />
        </AccordionPrimitive.Trigger>
      </Heading>
    </AccordionPrimitive.Header>
  );
});

export interface AccordionContentProps extends React.ComponentPropsWithoutRef<
  typeof AccordionPrimitive.Content
> {
  /**
   * Keep the section mounted (hidden) while closed, for example so its text is found by the
   * browser's find-in-page or its form state survives.
   */
  forceMount?: true;
}

/** The section an item shows when open, `role="region"` named by its header. */
export const AccordionContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof AccordionPrimitive.Content>,
  AccordionContentProps
>(function AccordionContent({ className, children, ...props }, ref) {
  return (
    <AccordionPrimitive.Content
      ref={ref}
      data-slot="accordion-content"
      {...props}
      className={cx("nx-accordion-content", className)}
    >
      <div className="nx-accordion-content__inner">{children}</div>
    </AccordionPrimitive.Content>
  );
});
