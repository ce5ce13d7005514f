import { cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { avatarDefaults, avatarVariants } from "./avatar-variants";

type AvatarVariantProps = VariantProps<typeof avatarVariants>;

export interface AvatarGroupProps extends React.HTMLAttributes<HTMLDivElement>, AvatarVariantProps {
  /**
   * How many avatars to show; the rest are summed up in a "+n" item. Without it every avatar
   * shows.
   */
  max?: number;
  /**
   * The accessible name of the "+n" item, for other languages.
   * @default (count) => `${count} more`
   */
  overflowLabel?: (count: number) => string;
}

const defaultOverflowLabel = (count: number) => `${count} more`;

/**
 * Avatars overlapping in a row, for the people on a document or in a channel. Give each child
 * Avatar the group's `size` and `shape` (they are passed on when the child sets none); past `max`
 * the rest become one "+n" item named "n more". Server component: ships no client JavaScript of
 * its own.
 */
export const AvatarGroup = /* @__PURE__ */ React.forwardRef<HTMLDivElement, AvatarGroupProps>(
  function AvatarGroup(
    { className, size, shape, max, overflowLabel = defaultOverflowLabel, children, ...props },
    ref,
  ) {
    if (max !== undefined && (!Number.isInteger(max) || max < 1)) {
      throw new Error(`AvatarGroup: max must be a whole number of at least 1, got ${max}.`);
    }
    const items = React.Children.toArray(children).filter(React.isValidElement);
    const shown = max !== undefined && items.length > max ? items.slice(0, max) : items;
    const hidden = items.length - shown.length;
    const resolvedSize = size ?? avatarDefaults.size;
    const resolvedShape = shape ?? avatarDefaults.shape;
    return (
      <div
        ref={ref}
        role="group"
        data-slot="avatar-group"
        data-size={resolvedSize}
        className={cx("nx-avatar-group", `nx-avatar-group--${resolvedSize}`, className)}
        {...props}
      >
        {shown.map((item) => {
          const itemProps = item.props as AvatarVariantProps;
          return (
            <span key={item.key} data-slot="avatar-group-item" className="nx-avatar-group__item">
              {React.cloneElement(item as React.ReactElement<AvatarVariantProps>, {
                size: itemProps.size ?? resolvedSize,
                shape: itemProps.shape ?? resolvedShape,
              })}
            </span>
          );
        })}
        {hidden > 0 ? (
          <span data-slot="avatar-group-item" className="nx-avatar-group__item">
            <span
              data-slot="avatar-group-overflow"
              data-size={resolvedSize}
              className={avatarVariants({ size, shape })}
            >
              <span
                role="img"
                aria-label={overflowLabel(hidden)}
                className="nx-avatar-frame nx-avatar-group__overflow"
              >
                <span aria-hidden className="nx-avatar-fallback">
                  +{hidden}
                </span>
              </span>
            </span>
          </span>
        ) : null}
      </div>
    );
  },
);
