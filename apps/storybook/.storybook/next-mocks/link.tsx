// `next/link` for the Blocks stories (Storybook runs Vite, not Next): a plain anchor with the
// same props, so block source renders unchanged. Navigation inside the canvas is not wanted.
import * as React from "react";

type Href = string | { pathname?: string | null; query?: Record<string, string>; hash?: string };

export interface LinkProps extends Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  href: Href;
  prefetch?: boolean | null;
  replace?: boolean;
  scroll?: boolean;
  shallow?: boolean;
}

function toHref(href: Href): string {
  if (typeof href === "string") return href;
  const query = href.query ? `?${new URLSearchParams(href.query).toString()}` : "";
  return `${href.pathname ?? ""}${query}${href.hash ? `#${href.hash}` : ""}`;
}

const Link = React.forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  {
    href,
    prefetch: _prefetch,
    replace: _replace,
    scroll: _scroll,
    shallow: _shallow,
    onClick,
    children,
    ...props
  },
  ref,
) {
  return (
    <a
      ref={ref}
      href={toHref(href)}
      onClick={(event) => {
        onClick?.(event);
        event.preventDefault();
      }}
      {...props}
    >
      {children}
    </a>
  );
});

export default Link;
