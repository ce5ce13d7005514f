"use client";

import { MoreHorizontalIcon } from "@nexod/icons";
import * as React from "react";

export interface BreadcrumbCollapsedProps {
  /** Accessible name of the ellipsis button. */
  expandLabel: string;
  /** The hidden items, with separators between them. */
  children: React.ReactNode;
}

/**
 * The ellipsis that `BreadcrumbList maxItems` puts in place of the hidden items; pressing it
 * shows them in place and moves focus to the first. The one client part of the breadcrumb.
 */
export function BreadcrumbCollapsed({ expandLabel, children }: BreadcrumbCollapsedProps) {
  const [expanded, setExpanded] = React.useState(false);
  const itemRef = React.useRef<HTMLLIElement>(null);
  const position = React.useRef<{ list: Element; index: number } | null>(null);

  React.useLayoutEffect(() => {
    const at = position.current;
    if (!expanded || !at) return;
    const revealed = at.list.children[at.index];
    revealed?.querySelector<HTMLElement>("a, button, [tabindex]")?.focus();
  }, [expanded]);

  if (expanded) return <>{children}</>;
  return (
    <li ref={itemRef} data-slot="breadcrumb-collapsed" className="nx-breadcrumb-item">
      <button
        type="button"
        aria-label={expandLabel}
        aria-expanded={false}
        className="nx-breadcrumb-collapsed__button"
        onClick={() => {
          const item = itemRef.current;
          if (item?.parentElement) {
            const index = Array.prototype.indexOf.call(item.parentElement.children, item) as number;
            position.current = { list: item.parentElement, index };
          }
          setExpanded(true);
        }}
      >
        <span data-slot="breadcrumb-ellipsis" className="nx-breadcrumb-ellipsis">
          <MoreHorizontalIcon size="sm" className="nx-breadcrumb-ellipsis__icon nx-icon-sm" />
        </span>
      </button>
    </li>
  );
}
