import * as React from "react";

/*
 * State for the native Checkbox, Switch and RadioGroup: what Radix did for them, by hand. The
 * input is always controlled by React from this state, so `data-state` and `aria-checked` follow
 * it; the server's HTML is a real input that the browser toggles and submits without JavaScript.
 */

/**
 * A value that is the caller's (`prop` given: controlled) or kept here (from `defaultProp`);
 * the setter reports every change to `onChange`, in both cases.
 */
export function useControllableState<T>(
  prop: T | undefined,
  defaultProp: T,
  onChange: ((value: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = React.useState(defaultProp);
  const controlled = prop !== undefined;
  const value = controlled ? prop : own;
  const setValue = (next: T) => {
    if (!controlled) setOwn(next);
    if (!Object.is(next, value)) onChange?.(next);
  };
  return [value, setValue];
}

/**
 * Keeps the state and the DOM in step where React does not:
 * - on mount, a value the user set before hydration (`shown` differs from the state) becomes
 *   the state, so `data-state` and the product's `onChange` catch up with what the page shows;
 * - the form's `reset` brings back the first value, which React wrote as `defaultChecked` (the
 *   browser resets the input to it; this resets the state).
 *
 * `read` returns an input of the control (its form is the one listened to) and the value the
 * page shows now.
 */
export function useNativeSync<T>(
  value: T,
  setValue: (next: T) => void,
  read: () => { input: HTMLInputElement; shown: T } | undefined,
) {
  const [initial] = React.useState(value);
  React.useEffect(() => {
    const dom = read();
    if (dom && !Object.is(dom.shown, value)) setValue(dom.shown);
    // Once, at mount: only hydration leaves the DOM ahead of the state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  React.useEffect(() => {
    const form = read()?.input.form;
    if (!form) return;
    const reset = () => setValue(initial);
    form.addEventListener("reset", reset);
    return () => form.removeEventListener("reset", reset);
  });
}

/** The enabled radios named `name` inside `group`, in document order. */
function enabledRadios(group: HTMLElement, name: string) {
  return [...group.querySelectorAll("input")].filter(
    (input) => input.type === "radio" && input.name === name && !input.disabled,
  );
}

/**
 * The value of a group of native radios named `name` inside `groupRef` (RadioGroup, RadioCards):
 * controlled or not, synced with the page at hydration and on form reset. A reset back to
 * "nothing selected" is not a value to report.
 */
export function useRadioGroupState(
  groupRef: React.RefObject<HTMLElement | null>,
  name: string,
  valueProp: string | null | undefined,
  defaultValue: string | undefined,
  onValueChange: ((value: string) => void) | undefined,
): [string | null, (next: string | null) => void] {
  const [value, setValue] = useControllableState<string | null>(
    valueProp,
    defaultValue ?? null,
    (next) => next !== null && onValueChange?.(next),
  );
  useNativeSync(value, setValue, () => {
    const radios = groupRef.current ? enabledRadios(groupRef.current, name) : [];
    const shown = radios.find((radio) => radio.checked);
    return radios[0] && { input: radios[0], shown: shown ? shown.value : value };
  });
  return [value, setValue];
}

/**
 * `loop={false}` for a group of native radios, as its `keydown` handler: the browser wraps at
 * the ends, so an arrow key that would leave the first or last enabled radio is cancelled.
 */
export function stopArrowsAtEnds(event: React.KeyboardEvent<HTMLElement>) {
  const radio = event.target as HTMLInputElement;
  if (event.defaultPrevented || radio.type !== "radio") return;
  const rtl = getComputedStyle(radio).direction === "rtl";
  const step =
    event.key === "ArrowDown" || event.key === (rtl ? "ArrowLeft" : "ArrowRight")
      ? 1
      : event.key === "ArrowUp" || event.key === (rtl ? "ArrowRight" : "ArrowLeft")
        ? -1
        : 0;
  const radios = enabledRadios(event.currentTarget, radio.name);
  const next = radios.indexOf(radio) + step;
  if (step !== 0 && (next < 0 || next >= radios.length)) event.preventDefault();
}
