import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fireEvent, fn, userEvent, waitFor, within } from "storybook/test";
import { ControlStatesGrid, controlStatesParameters } from "../../stories/states-grid";
import { Field } from "../field";
import { Combobox, type ComboboxOption } from "./combobox";

const frameworks: ComboboxOption[] = [
  { value: "next", label: "Next.js" },
  { value: "remix", label: "Remix" },
  { value: "astro", label: "Astro" },
  { value: "nuxt", label: "Nuxt", keywords: ["vue"] },
  { value: "sveltekit", label: "SvelteKit" },
  { value: "gatsby", label: "Gatsby", disabled: true },
];

const foods: ComboboxOption[] = [
  { value: "apple", label: "Apple", group: "Fruit" },
  { value: "banana", label: "Banana", group: "Fruit" },
  { value: "cherry", label: "Cherry", group: "Fruit" },
  { value: "carrot", label: "Carrot", group: "Vegetables" },
  { value: "leek", label: "Leek", group: "Vegetables" },
  { value: "potato", label: "Potato", group: "Vegetables" },
  { value: "rice", label: "Rice", group: "Grains" },
  { value: "oats", label: "Oats", group: "Grains" },
];

/** 10,000 deterministic options: "Item 00001" … "Item 10000". */
const manyItems: ComboboxOption[] = Array.from({ length: 10_000 }, (_, index) => {
  const label = `Item ${String(index + 1).padStart(5, "0")}`;
  return { value: `item-${index + 1}`, label };
});

const cities = [
  "Amsterdam",
  "Athens",
  "Barcelona",
  "Berlin",
  "Bern",
  "Bordeaux",
  "Bratislava",
  "Brussels",
  "Budapest",
  "Copenhagen",
  "Dublin",
  "Helsinki",
  "Lisbon",
  "Ljubljana",
  "London",
  "Madrid",
  "Oslo",
  "Paris",
  "Prague",
  "Reykjavik",
  "Riga",
  "Rome",
  "Sofia",
  "Stockholm",
  "Tallinn",
  "Vienna",
  "Vilnius",
  "Warsaw",
  "Zagreb",
  "Zurich",
];

/** A fake server search: a fixed 300 ms delay, so the story is deterministic. */
function searchCities(query: string): Promise<string[]> {
  const needle = query.trim().toLowerCase();
  return new Promise((resolve) =>
    setTimeout(
      () => resolve(cities.filter((city) => city.toLowerCase().includes(needle)).slice(0, 8)),
      300,
    ),
  );
}

const fieldStyle: React.CSSProperties = { width: "var(--nx-spacing-72)" };

/**
 * Stories that start open render in their own iframe on the docs page, so the list stays
 * inside it.
 */
const openList = { docs: { story: { inline: false, height: "420px" } } };

const body = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const activeOption = (input: HTMLElement) => {
  const id = input.getAttribute("aria-activedescendant");
  return id ? input.ownerDocument.getElementById(id) : null;
};

const meta = {
  title: "Forms/Combobox",
  component: Combobox,
  tags: ["autodocs"],
  args: {
    items: frameworks,
    placeholder: "Search frameworks…",
    size: "md",
    disabled: false,
    onValueChange: fn(),
  },
  argTypes: {
    size: { control: "select", options: ["sm", "md", "lg"] },
    disabled: { control: "boolean" },
    multiple: { control: "boolean" },
    loading: { control: "boolean" },
    items: { control: false },
  },
  render: (args) => (
    <Field label="Framework" style={fieldStyle}>
      <Combobox {...args} />
    </Field>
  ),
} satisfies Meta<typeof Combobox>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Type to filter, arrows to move, Enter to choose, Escape to close. */
export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const input = body(canvasElement).getByRole("combobox", { name: "Framework" });
    await userEvent.click(input);
    const listbox = await body(canvasElement).findByRole("listbox");
    await expect(within(listbox).getAllByRole("option")).toHaveLength(6);
    await userEvent.keyboard("{ArrowDown}");
    await expect(activeOption(input)).toHaveTextContent("Next.js");
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    await expect(activeOption(input)).toHaveTextContent("Astro");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body(canvasElement).queryByRole("listbox")).toBeNull());
    // Fuzzy: "svk" finds SvelteKit; "vue" finds Nuxt by its keyword.
    await userEvent.type(input, "svk");
    await waitFor(() =>
      expect(
        body(canvasElement)
          .getAllByRole("option")
          .map((o) => o.textContent),
      ).toEqual(["SvelteKit"]),
    );
    await userEvent.keyboard("{Enter}");
    await expect(input).toHaveValue("SvelteKit");
    await expect(args.onValueChange).toHaveBeenLastCalledWith("sveltekit");
    await expect(input).toHaveAttribute("aria-expanded", "false");
  },
};

export const WithValue: Story = { args: { defaultValue: "astro" } };

/** Several values as chips. Backspace in the empty input removes the last chip. */
export const Multiple: Story = {
  args: { multiple: true, defaultValue: ["next", "astro"], placeholder: "Add frameworks…" },
  render: (args) => (
    <Field label="Frameworks" style={fieldStyle}>
      <Combobox {...args} />
    </Field>
  ),
  play: async ({ args, canvasElement }) => {
    const canvas = body(canvasElement);
    const input = canvas.getByRole("combobox", { name: "Frameworks" });
    await userEvent.click(input);
    await userEvent.keyboard("rem");
    await waitFor(() => expect(canvas.getAllByRole("option")[0]).toHaveTextContent("Remix"));
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByRole("button", { name: "Remove Remix" })).toBeInTheDocument();
    await expect(args.onValueChange).toHaveBeenLastCalledWith(["next", "astro", "remix"]);
    await userEvent.keyboard("{Backspace}");
    await expect(canvas.queryByRole("button", { name: "Remove Remix" })).toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: "Remove Next.js" }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(["astro"]);
    await expect(canvas.getByRole("button", { name: "Remove Astro" })).toBeInTheDocument();
  },
};

/**
 * Options fetched as the user types: `filter={null}` (the server filters), `loading` while the
 * request runs. The fake server answers after a fixed 300 ms.
 */
export const Async: Story = {
  render: function AsyncCombobox(args) {
    const [items, setItems] = React.useState<string[]>([]);
    const [loading, setLoading] = React.useState(false);
    const request = React.useRef(0);
    return (
      <Field label="City" description="Type to search the server." style={fieldStyle}>
        <Combobox
          {...args}
          items={items}
          loading={loading}
          filter={null}
          placeholder="Search cities…"
          emptyMessage="No city found"
          onInputValueChange={(text) => {
            const id = ++request.current;
            if (text.trim() === "") {
              setItems([]);
              setLoading(false);
              return;
            }
            setLoading(true);
            void searchCities(text).then((found) => {
              if (id !== request.current) return;
              setItems(found);
              setLoading(false);
            });
          }}
        />
      </Field>
    );
  },
  play: async ({ args, canvasElement }) => {
    const canvas = body(canvasElement);
    const input = canvas.getByRole("combobox", { name: "City" });
    await userEvent.type(input, "ber");
    await expect(await canvas.findByText(/^Loading…/)).toBeInTheDocument();
    await waitFor(() =>
      expect(canvas.getAllByRole("option").map((o) => o.textContent)).toEqual(["Berlin", "Bern"]),
    );
    await expect(canvas.queryByText(/^Loading…/)).toBeNull();
    await userEvent.keyboard("{ArrowDown}{Enter}");
    await expect(args.onValueChange).toHaveBeenLastCalledWith("Bern");
  },
};

/** The loading row, as it looks while the first request runs. */
export const Loading: Story = {
  parameters: openList,
  args: {
    items: [],
    loading: true,
    filter: null,
    defaultOpen: true,
    placeholder: "Search cities…",
  },
  render: (args) => (
    <Field label="City" style={fieldStyle}>
      <Combobox {...args} />
    </Field>
  ),
};

export const Empty: Story = {
  args: { emptyMessage: "No framework found" },
  play: async ({ canvasElement }) => {
    const canvas = body(canvasElement);
    await userEvent.type(canvas.getByRole("combobox", { name: "Framework" }), "zzz");
    await expect(await canvas.findByText(/^No framework found/)).toBeVisible();
    await expect(canvas.queryAllByRole("option")).toHaveLength(0);
  },
};

/** "Create “…”" when the typed text matches no label; the new option is chosen. */
export const Create: Story = {
  args: { multiple: true, placeholder: "Add labels…" },
  render: function CreateCombobox(args) {
    const [items, setItems] = React.useState<ComboboxOption[]>([
      { value: "bug", label: "bug" },
      { value: "docs", label: "docs" },
      { value: "feature", label: "feature" },
    ]);
    return (
      <Field label="Labels" style={fieldStyle}>
        <Combobox
          {...args}
          items={items}
          onCreate={(label) => {
            const option = { value: label.toLowerCase(), label };
            setItems((current) => [...current, option]);
            return option;
          }}
        />
      </Field>
    );
  },
  play: async ({ args, canvasElement }) => {
    const canvas = body(canvasElement);
    await userEvent.type(canvas.getByRole("combobox", { name: "Labels" }), "design");
    const create = await canvas.findByRole("option", { name: "Create “design”" });
    await expect(create).toHaveAttribute("data-highlighted");
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByRole("button", { name: "Remove design" })).toBeInTheDocument();
    await expect(args.onValueChange).toHaveBeenLastCalledWith(["design"]);
    // An exact match is not offered again; a partial one is, below the matches.
    await userEvent.type(canvas.getByRole("combobox", { name: "Labels" }), "bug");
    await waitFor(() =>
      expect(canvas.getAllByRole("option").map((o) => o.textContent)).toEqual(["bug"]),
    );
    await userEvent.clear(canvas.getByRole("combobox", { name: "Labels" }));
    await userEvent.type(canvas.getByRole("combobox", { name: "Labels" }), "do");
    await waitFor(() =>
      expect(canvas.getAllByRole("option").map((o) => o.textContent)).toEqual([
        "docs",
        "Create “do”",
      ]),
    );
  },
};

export const Groups: Story = {
  parameters: openList,
  args: { items: foods, placeholder: "Search food…", defaultOpen: true },
  render: (args) => (
    <Field label="Food" style={fieldStyle}>
      <Combobox {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const canvas = body(canvasElement);
    const group = await canvas.findByRole("group", { name: "Vegetables" });
    await expect(within(group).getAllByRole("option")).toHaveLength(3);
  },
};

/** 10,000 options: only the rows in view are in the DOM, and every option is reachable. */
export const TenThousandOptions: Story = {
  parameters: openList,
  args: { items: manyItems, placeholder: "Search 10,000 items…" },
  render: (args) => (
    <Field label="Item" style={fieldStyle}>
      <Combobox {...args} />
    </Field>
  ),
  play: async ({ args, canvasElement }) => {
    const canvas = body(canvasElement);
    const input = canvas.getByRole("combobox", { name: "Item" });
    await userEvent.click(input);
    await waitFor(() => expect(canvas.getAllByRole("option").length).toBeGreaterThan(5));
    await expect(canvas.getAllByRole("option").length).toBeLessThan(40);
    await expect(canvas.getAllByRole("option")[0]).toHaveAttribute("aria-setsize", "10000");
    // ArrowUp from the input goes to the last option, scrolled into the rendered rows.
    await userEvent.keyboard("{ArrowUp}");
    await waitFor(() => expect(activeOption(input)).toHaveTextContent("Item 10000"));
    // Keys repeating faster than frames outrun the rows rendered past the view (two): the
    // highlight still lands on a rendered row.
    for (let press = 0; press < 20; press += 1) fireEvent.keyDown(input, { key: "ArrowUp" });
    await waitFor(() => expect(activeOption(input)).toHaveTextContent("Item 09980"));
    await userEvent.type(input, "09999");
    await waitFor(() => expect(canvas.getAllByRole("option")[0]).toHaveTextContent("Item 09999"));
    await userEvent.keyboard("{Enter}");
    await expect(args.onValueChange).toHaveBeenLastCalledWith("item-9999");
    // Reopened, the list shows the chosen option, far down the list.
    await userEvent.click(canvas.getByRole("button", { name: "Show options" }));
    await waitFor(() =>
      expect(canvas.getByRole("option", { name: "Item 09999" })).toHaveAttribute(
        "aria-selected",
        "true",
      ),
    );
    await expect(canvas.getAllByRole("option").length).toBeLessThan(40);
  },
};

export const InFieldWithError: Story = {
  render: (args) => (
    <Field
      label="Framework"
      description="The one your app is built with."
      error="Choose a framework to continue."
      required
      style={fieldStyle}
    >
      <Combobox {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole("combobox", { name: "Framework" });
    await expect(input).toBeInvalid();
    await expect(input).toBeRequired();
    await expect(input).toHaveAccessibleDescription(
      "The one your app is built with. Choose a framework to continue.",
    );
  },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: "astro" },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole("combobox", { name: "Framework" });
    await expect(input).toBeDisabled();
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 16 }}>
      {(["sm", "md", "lg"] as const).map((size) => (
        <Field key={size} label={`Framework, ${size}`} style={fieldStyle}>
          <Combobox
            {...args}
            value={undefined}
            size={size}
            multiple
            defaultValue={["next", "remix"]}
          />
        </Field>
      ))}
    </div>
  ),
};

/** Submits with a plain form: one `frameworks` entry per chosen value. */
export const InAForm: Story = {
  render: (args) => {
    const onSubmit = (event: React.FormEvent<HTMLFormElement>) => event.preventDefault();
    return (
      <form aria-label="Project" onSubmit={onSubmit} style={fieldStyle}>
        <Field label="Frameworks">
          <Combobox
            {...args}
            value={undefined}
            multiple
            name="frameworks"
            defaultValue={["next", "remix"]}
          />
        </Field>
      </form>
    );
  },
  play: async ({ canvasElement }) => {
    const form = within(canvasElement).getByRole("form", { name: "Project" }) as HTMLFormElement;
    await expect(new FormData(form).getAll("frameworks")).toEqual(["next", "remix"]);
  },
};

const controlSizes = ["sm", "md", "lg"] as const;

/** The control in every size and state. Keyboard focus is forced with the pseudo-states addon. */
export const States: Story = {
  parameters: controlStatesParameters("combobox", controlSizes),
  render: (args) => (
    <ControlStatesGrid
      prefix="combobox"
      rows={controlSizes}
      renderCell={(size, state, stateProps) => (
        <Combobox
          {...args}
          {...stateProps}
          aria-label={`Framework, ${size}, ${state}`}
          size={size}
          defaultValue="next"
          style={{ width: "var(--nx-spacing-44)" }}
        />
      )}
    />
  ),
};
