import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { status: "neutral" } as const;

/** Class names of a timeline marker's colour (styles: timeline.css). */
export const timelineMarkerVariants = /* @__PURE__ */ cva("nx-timeline-marker", {
  variants: {
    /**
     * Colour of the marker, by meaning: `neutral` for plain activity, `primary` for the current
     * step, `success` done, `warning` needs attention, `destructive` failed, `info` a note.
     * @default "neutral"
     */
    status: {
      neutral: "nx-timeline-marker--neutral",
      primary: "nx-timeline-marker--primary",
      success: "nx-timeline-marker--success",
      warning: "nx-timeline-marker--warning",
      destructive: "nx-timeline-marker--destructive",
      info: "nx-timeline-marker--info",
    },
  },
  defaultVariants: { status: defaults.status },
});

const statusClasses = {
  neutral: true,
  primary: true,
  success: true,
  warning: true,
  destructive: true,
  info: true,
} as const;

export type TimelineProps = React.OlHTMLAttributes<HTMLOListElement>;

/**
 * An activity feed: what happened to a record, in order, as an ordered list (`<ol>`) of
 * `TimelineItem`s joined by a line. Name it with `aria-label` or `aria-labelledby`. Server
 * component: ships no client JavaScript.
 */
export const Timeline = /* @__PURE__ */ React.forwardRef<HTMLOListElement, TimelineProps>(
  function Timeline({ className, ...props }, ref) {
    return (
      <ol ref={ref} data-slot="timeline" className={cx("nx-timeline", className)} {...props} />
    );
  },
);

export interface TimelineItemProps
  extends
    Omit<React.LiHTMLAttributes<HTMLLIElement>, "title">,
    VariantProps<typeof timelineMarkerVariants> {
  /** What happened, in a few words ("Invoice paid"). */
  title: React.ReactNode;
  /** When it happened, as shown ("3 Dec, 09:30", "2 hours ago"). Needs `dateTime`. */
  time?: React.ReactNode;
  /**
   * The same moment machine-readable for `<time dateTime>`: an ISO 8601 date or date-time
   * ("2026-12-03T09:30:00Z").
   */
  dateTime?: string;
  /** An icon from `@nexod/icons` in the marker instead of a dot. */
  icon?: React.ReactNode;
  /**
   * Text read to screen readers for the marker ("Completed", "Failed") when its colour or icon
   * carries a meaning the title does not say.
   */
  markerLabel?: string;
  /** Details under the title: a sentence, a quote of a comment, links. */
  children?: React.ReactNode;
}

/** One event: a marker on the line, its title, its time and optional details. */
export const TimelineItem = /* @__PURE__ */ React.forwardRef<HTMLLIElement, TimelineItemProps>(
  function TimelineItem(
    { className, status, title, time, dateTime, icon, markerLabel, children, ...props },
    ref,
  ) {
    if (time !== undefined && !dateTime) {
      throw new Error(
        "TimelineItem: pass dateTime (an ISO 8601 date such as 2026-12-03T09:30:00Z) with time, so <time> is machine-readable.",
      );
    }
    if (status != null && !(status in statusClasses)) {
      throw new Error(
        `TimelineItem: status "${String(status)}" is not one of ${Object.keys(statusClasses).join(", ")}.`,
      );
    }
    return (
      <li
        ref={ref}
        data-slot="timeline-item"
        data-status={status ?? defaults.status}
        className={cx("nx-timeline-item", className)}
        {...props}
      >
        <span
          data-slot="timeline-marker"
          className={cx(
            timelineMarkerVariants({ status }),
            icon ? "nx-timeline-marker--icon" : null,
          )}
        >
          <span aria-hidden className="nx-timeline-marker__glyph">
            {icon ?? <span className="nx-timeline-marker__dot" />}
          </span>
          {markerLabel ? (
            <span className="nx-timeline-marker__label nx-visually-hidden">{markerLabel}</span>
          ) : null}
        </span>
        <div data-slot="timeline-content" className="nx-timeline-content">
          <div className="nx-timeline-content__header">
            <span data-slot="timeline-title" className="nx-timeline-title">
              {title}
            </span>
            {time !== undefined ? (
              <time data-slot="timeline-time" dateTime={dateTime} className="nx-timeline-time">
                {time}
              </time>
            ) : null}
          </div>
          {children !== undefined ? (
            <div data-slot="timeline-description" className="nx-timeline-description">
              {children}
            </div>
          ) : null}
        </div>
      </li>
    );
  },
);
