import { cx } from "class-variance-authority";
import * as React from "react";

/** Values used when a prop is not given: one place for the markup and the data attributes. */
const defaults = { level: 1 } as const;

export interface PageHeaderProps extends Omit<React.HTMLAttributes<HTMLDivElement>, "title"> {
  /** The page's title, rendered as its heading. */
  title: React.ReactNode;
  /**
   * Heading level of the title, so the header fits the page's outline (`2` for a header inside
   * a page that already has an `h1`).
   * @default 1
   */
  level?: 1 | 2 | 3 | 4 | 5 | 6;
  /** A sentence under the title on what the page is for. */
  description?: React.ReactNode;
  /** Shown above the title: usually a `Breadcrumb`. */
  breadcrumb?: React.ReactNode;
  /**
   * The page's main actions (a few `Button`s), at the end of the title row; they wrap under the
   * title on narrow screens.
   */
  actions?: React.ReactNode;
}

/**
 * The top of a page: breadcrumb, title, description and the page's main actions. Server
 * component: ships no client JavaScript. Extra children (tabs, filters) render below.
 */
export const PageHeader = /* @__PURE__ */ React.forwardRef<HTMLDivElement, PageHeaderProps>(
  function PageHeader(
    {
      className,
      title,
      level = defaults.level,
      description,
      breadcrumb,
      actions,
      children,
      ...props
    },
    ref,
  ) {
    if (![1, 2, 3, 4, 5, 6].includes(level)) {
      throw new Error(`PageHeader: level={${String(level)}} is not a heading level; use 1 to 6.`);
    }
    const Heading = `h${level}` as const;
    return (
      <div
        ref={ref}
        data-slot="page-header"
        data-level={level}
        className={cx("nx-page-header", className)}
        {...props}
      >
        {breadcrumb && (
          <div data-slot="page-header-breadcrumb" className="nx-page-header__breadcrumb">
            {breadcrumb}
          </div>
        )}
        <div className="nx-page-header__row">
          <div className="nx-page-header__text">
            <Heading data-slot="page-header-title" className="nx-page-header__title">
              {title}
            </Heading>
            {description && (
              <p data-slot="page-header-description" className="nx-page-header__description">
                {description}
              </p>
            )}
          </div>
          {actions && (
            <div data-slot="page-header-actions" className="nx-page-header__actions">
              {actions}
            </div>
          )}
        </div>
        {children}
      </div>
    );
  },
);
