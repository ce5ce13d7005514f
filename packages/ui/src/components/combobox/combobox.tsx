"use client";

import { Combobox as ComboboxPrimitive } from "@base-ui/react/combobox";
import { CheckIcon, ChevronsUpDownIcon, PlusIcon, XIcon } from "@nexod/icons";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { fuzzyScore } from "../../shared/fuzzy-filter";
import { listClasses } from "../../shared/list-classes";
import type { OpenStateProps } from "../../shared/open-state";
import { tagVariants } from "../tag/tag";
import { usePortalTheme } from "../theme/theme-context";
import { surfaceClasses } from "../../shared/surface-classes";
import { ComboboxVirtualList, type ComboboxVirtualizer } from "./combobox-virtual-list";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Above this many options a flat list renders only the rows in view (see `virtualized`). */
const virtualizeAbove = 100;

/** The value of the "Create “…”" option; never a product's value (it starts with a NUL). */
const createValue = "\u0000nexod-combobox-create";

/** Class names of the Combobox control's look (styles: combobox.css). */
export const comboboxVariants = /* @__PURE__ */ cva("nx-combobox nx-field-box", {
  variants: {
    /**
     * Height, padding and type size; the same steps as Input and Select. With `multiple` the
     * control grows in height as chips wrap.
     * @default "md"
     */
    size: {
      sm: "nx-combobox--sm",
      md: "nx-combobox--md",
      lg: "nx-combobox--lg",
    },
  },
  defaultVariants: { size: defaults.size },
});

/** One option of a Combobox. */
export interface ComboboxOption {
  /** What the combobox stores, reports and submits; unique among the options. */
  value: string;
  /** The text shown, searched and read out. */
  label: string;
  /** The heading of the group the option is listed under; options of a group are listed together. */
  group?: string;
  /** Other words that find this option ("UK" for "United Kingdom"). */
  keywords?: readonly string[];
  /** Shown but cannot be chosen. */
  disabled?: boolean;
}

/**
 * Scores how well an option matches what was typed: `0` hides it, anything above shows it.
 * The default is `fuzzyScore` on the label and keywords, shared with Command.
 */
export type ComboboxFilter = (option: ComboboxOption, query: string) => number;

type ComboboxValue<Multiple extends boolean> = Multiple extends true ? string[] : string | null;

export interface ComboboxProps<Multiple extends boolean = false>
  extends
    OpenStateProps,
    VariantProps<typeof comboboxVariants>,
    Omit<
      React.InputHTMLAttributes<HTMLInputElement>,
      "value" | "defaultValue" | "onChange" | "size" | "children" | "type"
    > {
  /** The options, as `{ value, label }` objects or plain strings (each its own value and label). */
  items: readonly (ComboboxOption | string)[];
  /**
   * Choose any number of options, shown as removable chips in the control. The value is then
   * an array.
   * @default false
   */
  multiple?: Multiple;
  /** The chosen value (`string | null`, or `string[]` with `multiple`). Use with `onValueChange`. */
  value?: ComboboxValue<Multiple>;
  /** The value on first render, when you do not control it. */
  defaultValue?: ComboboxValue<Multiple>;
  /** Called with the new value when the user chooses, removes or clears. */
  onValueChange?: (value: ComboboxValue<Multiple>) => void;
  /** Called with the text as the user types: fetch options here (see `loading`, `filter`). */
  onInputValueChange?: (inputValue: string) => void;
  /**
   * How typed text filters `items`. `null` shows `items` as given: use it when the options
   * come already filtered from a server.
   * @default fuzzy match on label and keywords (`fuzzyScore`)
   */
  filter?: ComboboxFilter | null;
  /**
   * Options are being fetched: the list shows `loadingLabel` with a spinner instead of the
   * empty message and is marked busy.
   * @default false
   */
  loading?: boolean;
  /**
   * Text of the loading row; translate it with the product.
   * @default "Loading…"
   */
  loadingLabel?: string;
  /**
   * Shown when no option matches.
   * @default "No results"
   */
  emptyMessage?: React.ReactNode;
  /**
   * Offers a "Create “<text>”" option when the typed text matches no option's label exactly.
   * Choosing it calls this with the text; return the new option (or its value) to choose it.
   */
  onCreate?: (inputValue: string) => ComboboxOption | string | void;
  /**
   * Text of the create option; translate it with the product.
   * @default (text) => `Create “${text}”`
   */
  createLabel?: (inputValue: string) => string;
  /**
   * Render only the options in view, so 10,000 options open and filter at once. Lists with
   * groups cannot be virtualised.
   * @default true for more than 100 options without groups
   */
  virtualized?: boolean;
  /** The content of an option row; defaults to its label. */
  renderOption?: (option: ComboboxOption) => React.ReactNode;
  /** Name of the value when the combobox submits with a form; one entry per value with `multiple`. */
  name?: string;
  /**
   * Accessible name of the button that opens the list; translate it with the product.
   * @default "Show options"
   */
  triggerLabel?: string;
  /**
   * Accessible name of a chip's remove button, given the chip's label.
   * @default (label) => `Remove ${label}`
   */
  removeLabel?: (label: string) => string;
  /** Classes of the popup (the list panel). `className` goes on the control. */
  contentClassName?: string;
}

function toOption(item: ComboboxOption | string): ComboboxOption {
  return typeof item === "string" ? { value: item, label: item } : item;
}

interface OptionGroup {
  value: string;
  items: string[];
}

/** The options in a Map by value, in groups (in first-seen order) when any option has one. */
function indexOptions(items: readonly (ComboboxOption | string)[]) {
  const byValue = new Map<string, ComboboxOption>();
  let grouped = false;
  for (const item of items) {
    const option = toOption(item);
    if (byValue.has(option.value)) {
      throw new Error(
        `Combobox: two options have the value "${option.value}". Values identify options and must be unique.`,
      );
    }
    byValue.set(option.value, option);
    if (option.group !== undefined) grouped = true;
  }
  return { byValue, grouped };
}

function groupValues(values: readonly string[], byValue: Map<string, ComboboxOption>) {
  const groups = new Map<string, string[]>();
  for (const value of values) {
    const group = byValue.get(value)?.group ?? "";
    const list = groups.get(group);
    if (list) list.push(value);
    else groups.set(group, [value]);
  }
  return Array.from(groups, ([value, items]): OptionGroup => ({ value, items }));
}

const defaultFilter: ComboboxFilter = (option, query) =>
  fuzzyScore(option.label, query, option.keywords);

const defaultCreateLabel = (inputValue: string) => `Create “${inputValue}”`;
const defaultRemoveLabel = (label: string) => `Remove ${label}`;

/**
 * A text input with a list of options that filters as you type; chooses one value, or several
 * shown as chips with `multiple`. Options can be grouped, fetched as the user types
 * (`onInputValueChange` + `loading` + `filter={null}`), created (`onCreate`) and virtualised
 * (10,000 options). Put it in a `Field` for its label, description and error.
 */
function ComboboxImpl<Multiple extends boolean = false>(
  {
    items,
    multiple,
    value: valueProp,
    defaultValue,
    onValueChange,
    onInputValueChange,
    filter = defaultFilter,
    loading = false,
    loadingLabel = "Loading…",
    emptyMessage = "No results",
    onCreate,
    createLabel = defaultCreateLabel,
    virtualized: virtualizedProp,
    renderOption,
    name,
    form,
    required,
    disabled = false,
    readOnly,
    open,
    defaultOpen,
    onOpenChange,
    size,
    className,
    contentClassName,
    triggerLabel = "Show options",
    removeLabel = defaultRemoveLabel,
    style,
    ...inputProps
  }: ComboboxProps<Multiple>,
  ref: React.ForwardedRef<HTMLInputElement>,
) {
  const portalTheme = usePortalTheme();
  const { byValue, grouped } = React.useMemo(() => indexOptions(items), [items]);
  const virtualized = virtualizedProp ?? (!grouped && byValue.size > virtualizeAbove);
  if (virtualized && grouped) {
    throw new Error(
      "Combobox: `virtualized` lists are flat. Remove `group` from the options or set `virtualized={false}`.",
    );
  }

  // Labels of values no longer among `items` (async results, created options) stay known.
  // Labels of chosen values that left `items` (async results, created options), recorded when
  // they were chosen, so their chips and the input keep showing the label.
  const [knownLabels, setKnownLabels] = React.useState<ReadonlyMap<string, string>>(new Map());
  const labelOf = (value: string) => byValue.get(value)?.label ?? knownLabels.get(value) ?? value;
  const rememberLabels = (entries: readonly (readonly [string, string])[]) => {
    if (entries.every(([value, label]) => knownLabels.get(value) === label)) return;
    setKnownLabels((current) => new Map([...current, ...entries]));
  };

  const empty = (multiple ? [] : null) as ComboboxValue<Multiple>;
  const [uncontrolledValue, setUncontrolledValue] = React.useState<ComboboxValue<Multiple>>(
    defaultValue ?? empty,
  );
  const value = valueProp !== undefined ? (valueProp ?? empty) : uncontrolledValue;
  const [inputValue, setInputValue] = React.useState(() =>
    !multiple && typeof value === "string" ? labelOf(value) : "",
  );
  // In single mode the input shows the chosen label: follow a value set from outside too.
  const [shownValue, setShownValue] = React.useState(value);
  if (!multiple && value !== shownValue) {
    setShownValue(value);
    setInputValue(typeof value === "string" ? labelOf(value) : "");
  }

  const query = inputValue.trim();
  // In single mode the input shows the chosen label: that is not a search, show every option.
  const showsChosenLabel = !multiple && typeof value === "string" && query === labelOf(value);
  const filtering = filter !== null && query !== "" && !showsChosenLabel;
  const allValues = React.useMemo(() => Array.from(byValue.keys()), [byValue]);
  // Best matches first (a stable sort keeps the given order among equals).
  const filteredValues = React.useMemo(() => {
    if (!filtering) return allValues;
    const scored: { value: string; score: number }[] = [];
    for (const candidate of allValues) {
      const score = filter(byValue.get(candidate)!, query);
      if (score > 0) scored.push({ value: candidate, score });
    }
    return scored.sort((a, b) => b.score - a.score).map((entry) => entry.value);
  }, [filtering, allValues, filter, byValue, query]);
  const offerCreate =
    onCreate !== undefined &&
    query !== "" &&
    !showsChosenLabel &&
    !loading &&
    !Array.from(byValue.values()).some(
      (option) => option.label.toLowerCase() === query.toLowerCase(),
    );
  const listValues = offerCreate ? [...filteredValues, createValue] : filteredValues;
  const listItems: readonly string[] | readonly OptionGroup[] = grouped
    ? groupValues(listValues, byValue)
    : listValues;
  const allItems: readonly string[] | readonly OptionGroup[] = grouped
    ? groupValues(allValues, byValue)
    : allValues;

  const virtualizerRef = React.useRef<ComboboxVirtualizer | null>(null);

  const commit = (next: ComboboxValue<Multiple>, created?: readonly [string, string]) => {
    const chosen = Array.isArray(next) ? next : next === null ? [] : [next as string];
    rememberLabels([
      ...chosen.flatMap((entry) => {
        const option = byValue.get(entry);
        return option ? [[entry, option.label] as const] : [];
      }),
      ...(created ? [created] : []),
    ]);
    if (valueProp === undefined) setUncontrolledValue(next);
    onValueChange?.(next);
  };

  /** Calls onCreate with the typed text; the created option's value and label, if any. */
  const create = (): readonly [string, string] | undefined => {
    const created = onCreate?.(query);
    if (created === undefined) return undefined;
    const option = toOption(created);
    return [option.value, typeof created === "string" ? query : option.label];
  };

  const handleValueChange = (next: string | string[] | null) => {
    if (Array.isArray(next)) {
      if (!next.includes(createValue)) {
        commit(next as ComboboxValue<Multiple>);
        return;
      }
      const created = create();
      const rest = next.filter((entry) => entry !== createValue);
      const withCreated = created && !rest.includes(created[0]) ? [...rest, created[0]] : rest;
      commit(withCreated as ComboboxValue<Multiple>, created);
      setInputValue("");
      return;
    }
    if (next !== createValue) {
      commit(next as ComboboxValue<Multiple>);
      return;
    }
    const created = create();
    commit((created?.[0] ?? null) as ComboboxValue<Multiple>, created);
    setInputValue(created?.[1] ?? "");
  };

  const itemContent = (itemValue: string) => {
    if (itemValue === createValue) {
      return (
        <>
          <PlusIcon size="sm" className={listClasses.itemIcon} />
          <span className={listClasses.itemLabel}>{createLabel(query)}</span>
        </>
      );
    }
    const option = byValue.get(itemValue)!;
    return (
      <>
        <span className={listClasses.itemLabel}>
          {renderOption ? renderOption(option) : option.label}
        </span>
        <ComboboxPrimitive.ItemIndicator className={listClasses.itemIndicator}>
          <CheckIcon size="sm" />
        </ComboboxPrimitive.ItemIndicator>
      </>
    );
  };

  const renderItem = (
    itemValue: string,
    index?: number,
    itemProps?: React.ComponentProps<"div">,
  ) => (
    <ComboboxPrimitive.Item
      key={itemValue}
      value={itemValue}
      index={index}
      disabled={byValue.get(itemValue)?.disabled}
      data-slot="combobox-item"
      data-create={itemValue === createValue || undefined}
      className={listClasses.item}
      {...itemProps}
    >
      {itemContent(itemValue)}
    </ComboboxPrimitive.Item>
  );

  const input = (
    <ComboboxPrimitive.Input
      ref={ref}
      data-slot="combobox-input"
      className="nx-combobox-input nx-field-box__input"
      disabled={disabled}
      {...inputProps}
    />
  );

  const chosenValues = multiple ? (value as string[]) : [];

  return (
    <ComboboxPrimitive.Root<string, boolean>
      items={allItems as string[]}
      filteredItems={listItems as string[]}
      filter={null}
      multiple={multiple}
      value={value}
      onValueChange={handleValueChange}
      inputValue={inputValue}
      onInputValueChange={(next) => {
        setInputValue(next);
        onInputValueChange?.(next);
      }}
      itemToStringLabel={(itemValue: string) =>
        itemValue === createValue ? createLabel(query) : labelOf(itemValue)
      }
      open={open}
      defaultOpen={defaultOpen}
      onOpenChange={onOpenChange ? (next) => onOpenChange(next) : undefined}
      name={name}
      form={form}
      required={required}
      disabled={disabled}
      readOnly={readOnly}
      virtualized={virtualized}
      autoHighlight
      onItemHighlighted={
        virtualized
          ? (highlighted, { reason, index }) => {
              const virtualizer = virtualizerRef.current;
              if (highlighted === undefined || !virtualizer) return;
              const atEnd = index === virtualizer.options.count - 1;
              // Base UI scrolls a highlighted row into view when it is rendered. One that is not
              // (a wrap to the other end, or keys repeating faster than the list renders past
              // its two rows of overscan) is reached by scrolling the virtualizer.
              const rows = virtualizer.getVirtualItems();
              const rendered =
                index >= (rows[0]?.index ?? 0) && index <= (rows.at(-1)?.index ?? -1);
              if (
                reason === "none" ||
                (reason === "keyboard" && (index === 0 || atEnd || !rendered))
              ) {
                queueMicrotask(() => virtualizer.scrollToIndex(index, { align: "auto" }));
              }
            }
          : undefined
      }
    >
      <ComboboxPrimitive.InputGroup
        data-slot="combobox"
        data-size={size ?? defaults.size}
        data-multiple={multiple || undefined}
        data-invalid={
          inputProps["aria-invalid"] === true || inputProps["aria-invalid"] === "true" || undefined
        }
        data-disabled={disabled || undefined}
        className={cx(comboboxVariants({ size }), className)}
        style={style}
      >
        {multiple ? (
          <ComboboxPrimitive.Chips data-slot="combobox-chips" className="nx-combobox-chips">
            {chosenValues.map((chosen) => (
              <ComboboxPrimitive.Chip
                key={chosen}
                data-slot="combobox-chip"
                className={tagVariants({ size: "sm" })}
                aria-label={labelOf(chosen)}
              >
                <span className="nx-tag__label">{labelOf(chosen)}</span>
                <ComboboxPrimitive.ChipRemove
                  data-slot="combobox-chip-remove"
                  className="nx-tag__remove nx-focus-ring nx-hover-tint"
                  aria-label={removeLabel(labelOf(chosen))}
                >
                  <XIcon size="sm" strokeWidth={2.5} className="nx-tag__remove-icon" />
                </ComboboxPrimitive.ChipRemove>
              </ComboboxPrimitive.Chip>
            ))}
            {input}
          </ComboboxPrimitive.Chips>
        ) : (
          input
        )}
        <ComboboxPrimitive.Trigger
          data-slot="combobox-trigger"
          className="nx-combobox-trigger nx-focus-ring nx-hover-tint"
          aria-label={triggerLabel}
        >
          <ChevronsUpDownIcon size="sm" className="nx-combobox-trigger__icon nx-icon-sm" />
        </ComboboxPrimitive.Trigger>
      </ComboboxPrimitive.InputGroup>
      <ComboboxPrimitive.Portal>
        <ComboboxPrimitive.Positioner
          data-slot="combobox-positioner"
          className="nx-combobox-positioner"
          sideOffset={4}
          {...portalTheme}
        >
          <ComboboxPrimitive.Popup
            data-slot="combobox-content"
            className={cx(surfaceClasses.popover, "nx-combobox-content", contentClassName)}
            aria-busy={loading || undefined}
          >
            {/* Both stay mounted (live regions announce changes of their content only). */}
            <ComboboxPrimitive.Status data-slot="combobox-status">
              {loading && (
                <span className={listClasses.loading}>
                  <span className={listClasses.spinner} aria-hidden="true" />
                  {loadingLabel}
                </span>
              )}
            </ComboboxPrimitive.Status>
            <ComboboxPrimitive.Empty data-slot="combobox-empty">
              {!loading && <span className={listClasses.empty}>{emptyMessage}</span>}
            </ComboboxPrimitive.Empty>
            <ComboboxPrimitive.List
              data-slot="combobox-list"
              // The list is named like its input (a Field's label), also while it is empty.
              aria-labelledby={inputProps["aria-labelledby"]}
              aria-label={inputProps["aria-labelledby"] ? undefined : inputProps["aria-label"]}
              className={cx(listClasses.list, virtualized && "nx-listbox--virtual")}
            >
              {virtualized ? (
                <ComboboxVirtualList
                  values={listValues}
                  virtualizerRef={virtualizerRef}
                  renderItem={renderItem}
                />
              ) : grouped ? (
                (group: OptionGroup) => (
                  <ComboboxPrimitive.Group
                    key={group.value || createValue}
                    items={group.items}
                    data-slot="combobox-group"
                    className={listClasses.group}
                  >
                    {group.value !== "" && (
                      <ComboboxPrimitive.GroupLabel
                        data-slot="combobox-group-label"
                        className={listClasses.groupLabel}
                      >
                        {group.value}
                      </ComboboxPrimitive.GroupLabel>
                    )}
                    <ComboboxPrimitive.Collection>
                      {(itemValue: string) => renderItem(itemValue)}
                    </ComboboxPrimitive.Collection>
                  </ComboboxPrimitive.Group>
                )
              ) : (
                (itemValue: string) => renderItem(itemValue)
              )}
            </ComboboxPrimitive.List>
          </ComboboxPrimitive.Popup>
        </ComboboxPrimitive.Positioner>
      </ComboboxPrimitive.Portal>
    </ComboboxPrimitive.Root>
  );
}

/**
 * A text input with a list of options that filters as you type; chooses one value, or several
 * shown as chips with `multiple`. Options can be grouped, fetched as the user types
 * (`onInputValueChange` + `loading` + `filter={null}`), created (`onCreate`) and virtualised
 * (10,000 options). Put it in a `Field` for its label, description and error.
 */
export const Combobox = /* @__PURE__ */ React.forwardRef(ComboboxImpl) as <
  Multiple extends boolean = false,
>(
  props: ComboboxProps<Multiple> & React.RefAttributes<HTMLInputElement>,
) => React.ReactElement;
