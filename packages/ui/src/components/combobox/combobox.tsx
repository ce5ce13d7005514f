"use client";

import { CheckIcon, ChevronsUpDownIcon, PlusIcon, XIcon } from "@nexod/icons";
import { cva, cx, type VariantProps } from "class-variance-authority";
import { useCombobox } from "downshift";
import * as React from "react";
import { fuzzyScore } from "../../shared/fuzzy-filter";
import { listClasses } from "../../shared/list-classes";
import type { OpenStateProps } from "../../shared/open-state";
import { tagVariants } from "../tag/tag";
import { surfaceClasses } from "../../shared/surface-classes";
import { ComboboxVirtualList, type ComboboxVirtualizer } from "./combobox-virtual-list";
import { useAnchoredPopup } from "./use-anchored-popup";

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

/** How far below (or above) the control the list opens, in px. */
const popupGap = 4;

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
    open: openProp,
    defaultOpen,
    onOpenChange,
    size,
    className,
    contentClassName,
    triggerLabel = "Show options",
    removeLabel = defaultRemoveLabel,
    style,
    onKeyDown,
    ...inputProps
  }: ComboboxProps<Multiple>,
  ref: React.ForwardedRef<HTMLInputElement>,
) {
  const { byValue, grouped } = React.useMemo(() => indexOptions(items), [items]);
  const virtualized = virtualizedProp ?? (!grouped && byValue.size > virtualizeAbove);
  if (virtualized && grouped) {
    throw new Error(
      "Combobox: `virtualized` lists are flat. Remove `group` from the options or set `virtualized={false}`.",
    );
  }

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
  const chosenValues: readonly string[] = multiple
    ? (value as string[])
    : typeof value === "string"
      ? [value]
      : [];
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
  const groups = grouped ? groupValues(listValues, byValue) : undefined;
  // What the keyboard moves through, in the order the rows are shown.
  const orderedValues = groups ? groups.flatMap((group) => group.items) : listValues;

  const virtualizerRef = React.useRef<ComboboxVirtualizer | null>(null);
  const inputRef = React.useRef<HTMLInputElement | null>(null);
  const controlRef = React.useRef<HTMLDivElement | null>(null);
  const positionerRef = React.useRef<HTMLDivElement | null>(null);
  React.useImperativeHandle(ref, () => inputRef.current!, []);

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

  /** The user chose `item` (a row, with Enter or a click): set it, or toggle it with `multiple`. */
  const choose = (item: string) => {
    if (item === createValue) {
      const created = create();
      if (multiple) {
        const rest = value as string[];
        const next = created && !rest.includes(created[0]) ? [...rest, created[0]] : rest;
        commit(next as ComboboxValue<Multiple>, created);
        changeInput("");
      } else {
        commit((created?.[0] ?? null) as ComboboxValue<Multiple>, created);
        changeInput(created?.[1] ?? "");
      }
      return;
    }
    if (!multiple) {
      commit(item as ComboboxValue<Multiple>);
      return;
    }
    const current = value as string[];
    commit(
      (current.includes(item)
        ? current.filter((entry) => entry !== item)
        : [...current, item]) as ComboboxValue<Multiple>,
    );
  };

  const changeInput = (next: string) => {
    if (next === inputValue) return;
    setInputValue(next);
    onInputValueChange?.(next);
  };

  const isDisabledItem = (item: string) => byValue.get(item)?.disabled === true;
  /** Where a list opens: at the chosen option of a single-value combobox (-1: nowhere). */
  const chosenIndex = () =>
    !multiple && typeof value === "string" ? orderedValues.indexOf(value) : -1;
  // Option ids of our own, so that aria-activedescendant names only a row that exists.
  const optionIdBase = React.useId();
  const optionId = (index: number) => `${optionIdBase}-option-${index}`;
  const types = useCombobox.stateChangeTypes;
  const combobox = useCombobox<string>({
    items: orderedValues,
    itemToString: (item) =>
      item === null ? "" : item === createValue ? createLabel(query) : labelOf(item),
    isItemDisabled: isDisabledItem,
    // Selection is ours (`choose`): Downshift reports what was picked and holds no value.
    selectedItem: null,
    inputValue,
    // Downshift holds the open state unless the product controls it: opening is one render.
    isOpen: openProp,
    initialIsOpen: defaultOpen,
    onIsOpenChange: ({ isOpen }) => onOpenChange?.(isOpen === true),
    inputId: inputProps.id,
    // A virtual list scrolls itself to the highlighted row (below); Downshift scrolls others.
    ...(virtualized ? { scrollIntoView: () => {} } : {}),
    stateReducer(state, { type, changes }) {
      if (disabled || readOnly) return { ...state, isOpen: false };
      switch (type) {
        case types.InputChange:
          // The best match is highlighted as you type: Enter chooses it.
          return { ...changes, highlightedIndex: changes.inputValue?.trim() ? 0 : -1 };
        case types.InputClick:
          // A click in the text places the caret; it opens the list and never closes it.
          if (state.isOpen)
            return { ...changes, isOpen: true, highlightedIndex: state.highlightedIndex };
          return { ...changes, isOpen: true, highlightedIndex: chosenIndex() };
        case types.ToggleButtonClick:
          return { ...changes, highlightedIndex: changes.isOpen ? chosenIndex() : -1 };
        case types.InputKeyDownArrowDown:
        case types.InputKeyDownArrowUp: {
          // Opening from the keyboard starts at the chosen option, if there is one.
          const chosen = state.isOpen ? -1 : chosenIndex();
          return chosen >= 0 ? { ...changes, highlightedIndex: chosen } : changes;
        }
        case types.InputKeyDownEnter:
        case types.ItemClick: {
          const picked = changes.selectedItem;
          if (picked == null || isDisabledItem(picked))
            return { ...changes, selectedItem: null, isOpen: state.isOpen };
          // Several values: the list stays open for the next one and the search is cleared.
          if (multiple)
            return {
              ...changes,
              isOpen: true,
              highlightedIndex: state.highlightedIndex,
              inputValue: "",
            };
          return { ...changes, inputValue: picked === createValue ? query : labelOf(picked) };
        }
        case types.InputBlur: {
          // Focus still in the input (a press on the popup's padding): not a blur at all.
          if (inputRef.current && inputRef.current.ownerDocument.activeElement === inputRef.current)
            return state;
          // Leaving never chooses; the input shows the chosen label again.
          return {
            ...changes,
            selectedItem: null,
            inputValue: multiple
              ? state.inputValue
              : typeof value === "string"
                ? labelOf(value)
                : "",
          };
        }
        case types.ControlledPropUpdatedSelectedItem:
          // The input's text is ours (it follows `value` above); Downshift holds no value.
          return state;
        default:
          return changes;
      }
    },
    // Called after the render of the change (an effect): the text typed is already set, in
    // the input's change event, so the input never shows a stale value.
    onStateChange({ type, selectedItem, inputValue: nextInput }) {
      if ((type === types.InputKeyDownEnter || type === types.ItemClick) && selectedItem != null) {
        choose(selectedItem);
        if (selectedItem === createValue) return;
      }
      if (type === types.InputKeyDownEscape && nextInput === "" && !multiple && value !== null) {
        commit(null as ComboboxValue<Multiple>);
      }
      if (nextInput !== undefined && type !== types.InputChange) changeInput(nextInput);
    },
    onHighlightedIndexChange({ highlightedIndex, type }) {
      // Keyboard moves (not the mouse) bring a virtual list's highlighted row into view.
      if (!virtualized || highlightedIndex < 0 || type === types.ItemMouseMove) return;
      virtualizerRef.current?.scrollToIndex(highlightedIndex);
    },
  });

  const { isOpen: open, highlightedIndex: highlighted, closeMenu } = combobox;
  useAnchoredPopup(open, controlRef, positionerRef, popupGap);

  // Escape closes only the list while it is open, not a dialog around the combobox: Radix
  // dialogs listen on the document in the capture phase, which the window's capture phase
  // precedes.
  React.useEffect(() => {
    if (!open) return;
    const view = inputRef.current?.ownerDocument.defaultView;
    if (!view) return;
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      const input = inputRef.current;
      if (!input || input.ownerDocument.activeElement !== input) return;
      event.stopPropagation();
      event.preventDefault();
      closeMenu();
    };
    view.addEventListener("keydown", onEscape, { capture: true });
    return () => view.removeEventListener("keydown", onEscape, { capture: true });
  }, [open, closeMenu]);

  const itemContent = (itemValue: string, chosen: boolean) => {
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
        {chosen && (
          <span className={listClasses.itemIndicator}>
            <CheckIcon size="sm" />
          </span>
        )}
      </>
    );
  };

  const renderItem = (
    itemValue: string,
    index: number,
    itemProps?: React.ComponentProps<"div">,
  ) => {
    const chosen = chosenValues.includes(itemValue);
    const itemDisabled = isDisabledItem(itemValue);
    return (
      <div
        key={itemValue}
        {...combobox.getItemProps({ item: itemValue, index, ...itemProps })}
        id={optionId(index)}
        // The option's chosen state, not the highlight (which aria-activedescendant carries).
        aria-selected={chosen}
        data-highlighted={highlighted === index || undefined}
        data-selected={chosen || undefined}
        data-disabled={itemDisabled || undefined}
        data-slot="combobox-item"
        data-create={itemValue === createValue || undefined}
        className={listClasses.item}
      >
        {itemContent(itemValue, chosen)}
      </div>
    );
  };

  const removeChip = (chip: string) => {
    commit((value as string[]).filter((entry) => entry !== chip) as ComboboxValue<Multiple>);
  };

  const labelledBy = inputProps["aria-labelledby"];
  const input = (
    <input
      // The prop getter stores these handlers and the ref callback; none runs during render.
      // eslint-disable-next-line react-hooks/refs
      {...combobox.getInputProps({
        ...inputProps,
        ref: inputRef,
        disabled,
        readOnly,
        // Downshift names the input and list by a <label> of its own; ours come from the props.
        "aria-labelledby": labelledBy,
        "aria-activedescendant":
          open && highlighted >= 0 && highlighted < orderedValues.length
            ? optionId(highlighted)
            : undefined,
        "aria-required": required || inputProps["aria-required"],
        // Native validation speaks for the combobox: required until a value is chosen.
        required: required && chosenValues.length === 0,
        // Set in the event, before Downshift's own handler, so the typed text and the list it
        // filters render together, once, and the caret stays where the user types.
        onChange: (event: React.ChangeEvent<HTMLInputElement>) => changeInput(event.target.value),
        onKeyDown: (event: React.KeyboardEvent<HTMLInputElement>) => {
          onKeyDown?.(event);
          const native = event.nativeEvent as KeyboardEvent & { preventDownshiftDefault?: boolean };
          // Home and End move the caret, as the ARIA pattern allows for an editable combobox.
          if (event.key === "Home" || event.key === "End") native.preventDownshiftDefault = true;
          // Backspace in an empty input removes the last chip.
          if (
            multiple &&
            event.key === "Backspace" &&
            event.currentTarget.selectionStart === 0 &&
            event.currentTarget.selectionEnd === 0 &&
            chosenValues.length > 0 &&
            !readOnly
          ) {
            removeChip(chosenValues.at(-1)!);
          }
        },
      })}
      data-slot="combobox-input"
      className="nx-combobox-input nx-field-box__input"
    />
  );

  const listEmpty = listValues.length === 0;
  return (
    <>
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- focus keeping only */}
      <div
        ref={controlRef}
        data-slot="combobox"
        data-size={size ?? defaults.size}
        data-multiple={multiple || undefined}
        data-invalid={
          inputProps["aria-invalid"] === true || inputProps["aria-invalid"] === "true" || undefined
        }
        data-disabled={disabled || undefined}
        data-popup-open={open || undefined}
        className={cx(comboboxVariants({ size }), className)}
        style={style}
        // Not a control: presses on its padding, chips and buttons keep the focus in the input
        // (the list stays open); on the padding they also bring it there.
        onMouseDown={(event) => {
          if (event.target === inputRef.current) return;
          event.preventDefault();
          if (!(event.target as Element).closest("button")) inputRef.current?.focus();
        }}
      >
        {multiple ? (
          <div data-slot="combobox-chips" className="nx-combobox-chips">
            {chosenValues.map((chosen) => (
              <span key={chosen} data-slot="combobox-chip" className={tagVariants({ size: "sm" })}>
                <span className="nx-tag__label">{labelOf(chosen)}</span>
                <button
                  type="button"
                  // Backspace and the list remove chips from the keyboard; the buttons are for
                  // pointers, so Tab goes straight from the control to the next field.
                  tabIndex={-1}
                  disabled={disabled || readOnly}
                  data-slot="combobox-chip-remove"
                  className="nx-tag__remove nx-focus-ring nx-hover-tint"
                  aria-label={removeLabel(labelOf(chosen))}
                  onClick={() => removeChip(chosen)}
                >
                  <XIcon size="sm" strokeWidth={2.5} className="nx-tag__remove-icon" />
                </button>
              </span>
            ))}
            {input}
          </div>
        ) : (
          input
        )}
        <button
          {...combobox.getToggleButtonProps({ disabled: disabled || readOnly })}
          type="button"
          data-slot="combobox-trigger"
          className="nx-combobox-trigger nx-focus-ring nx-hover-tint"
          aria-label={triggerLabel}
        >
          <ChevronsUpDownIcon size="sm" className="nx-combobox-trigger__icon nx-icon-sm" />
        </button>
      </div>
      {name !== undefined &&
        chosenValues.map((chosen) => (
          <input key={chosen} type="hidden" name={name} form={form} value={chosen} />
        ))}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- focus keeping only */}
      <div
        ref={positionerRef}
        // Shown in the top layer (useAnchoredPopup): above dialogs, out of any clipping box.
        hidden={!open}
        data-slot="combobox-positioner"
        className="nx-combobox-positioner"
        // Presses inside the list keep the focus (and the caret) in the input.
        onMouseDown={(event) => event.preventDefault()}
      >
        <div
          data-slot="combobox-content"
          data-open={open || undefined}
          className={cx(surfaceClasses.popover, "nx-combobox-content", contentClassName)}
          aria-busy={loading || undefined}
        >
          {/* Live regions announce changes of their content only: both stay mounted. */}
          <div role="status" data-slot="combobox-status">
            {open && loading && (
              <span className={listClasses.loading}>
                <span className={listClasses.spinner} aria-hidden="true" />
                {loadingLabel}
              </span>
            )}
          </div>
          <div role="status" data-slot="combobox-empty">
            {open && listEmpty && !loading && (
              <span className={listClasses.empty}>{emptyMessage}</span>
            )}
          </div>
          <div
            {...combobox.getMenuProps({
              // The list is named like its input (a Field's label), also while it is empty.
              "aria-labelledby": labelledBy,
              "aria-label": labelledBy ? undefined : inputProps["aria-label"],
            })}
            aria-multiselectable={multiple || undefined}
            data-slot="combobox-list"
            data-empty={listEmpty || undefined}
            className={cx(listClasses.list, virtualized && "nx-listbox--virtual")}
          >
            {!open ? null : virtualized ? (
              <ComboboxVirtualList
                values={listValues}
                virtualizerRef={virtualizerRef}
                renderItem={renderItem}
              />
            ) : groups ? (
              renderGroups(groups, renderItem)
            ) : (
              listValues.map((itemValue, index) => renderItem(itemValue, index))
            )}
          </div>
        </div>
      </div>
    </>
  );
}

/** Grouped rows under their headings; indices run on across groups, as the keyboard moves. */
function renderGroups(
  groups: readonly OptionGroup[],
  renderItem: (value: string, index: number) => React.ReactNode,
) {
  let index = 0;
  return groups.map((group) => (
    <ComboboxGroup key={group.value || createValue} label={group.value}>
      {group.items.map((itemValue) => renderItem(itemValue, index++))}
    </ComboboxGroup>
  ));
}

function ComboboxGroup({ label, children }: { label: string; children: React.ReactNode }) {
  const labelId = React.useId();
  return (
    <div
      role="group"
      aria-labelledby={label !== "" ? labelId : undefined}
      data-slot="combobox-group"
      className={listClasses.group}
    >
      {label !== "" && (
        <div id={labelId} data-slot="combobox-group-label" className={listClasses.groupLabel}>
          {label}
        </div>
      )}
      {children}
    </div>
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
