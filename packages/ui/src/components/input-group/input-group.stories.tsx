import { EyeIcon, EyeOffIcon, MailIcon, SearchIcon, XIcon } from "@nexod/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, userEvent, within } from "storybook/test";
import { ControlStatesGrid, controlStatesParameters } from "../../stories/states-grid";
import { Field } from "../field";
import { Input } from "../input";
import { InputGroup, InputGroupAddon, InputGroupButton } from "./index";

const meta = {
  title: "Forms/Input Group",
  component: InputGroup,
  tags: ["autodocs"],
  args: { children: null },
  argTypes: {
    size: { control: "select", options: ["sm", "md", "lg"] },
    disabled: { control: "boolean" },
    "aria-invalid": { control: "boolean" },
  },
  render: ({ children: _children, ...args }) => (
    <Field label="Email" style={{ maxWidth: 320 }}>
      <InputGroup {...args}>
        <InputGroupAddon>
          <MailIcon />
        </InputGroupAddon>
        <Input type="email" name="email" placeholder="you@example.com" />
      </InputGroup>
    </Field>
  ),
} satisfies Meta<typeof InputGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A leading icon. The Field's label names the Input inside the group. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole("textbox", { name: "Email" });
    await userEvent.click(canvas.getByText("Email"));
    await expect(input).toHaveFocus();
    await userEvent.keyboard("ada@example.com");
    await expect(input).toHaveValue("ada@example.com");
    input.blur();
    await userEvent.click(canvasElement.querySelector('[data-slot="input-group-addon"]')!);
    await expect(input).toHaveFocus();
  },
};

/** Text addons before and after the Input. */
export const TextAddons: Story = {
  render: ({ children: _children, ...args }) => (
    <div style={{ display: "grid", gap: 16, maxWidth: 320 }}>
      <Field label="Website" description="Your shop's address.">
        <InputGroup {...args}>
          <InputGroupAddon>https://</InputGroupAddon>
          <Input name="website" defaultValue="shop.example" />
          <InputGroupAddon>.com</InputGroupAddon>
        </InputGroup>
      </Field>
      <Field label="Price in euros">
        <InputGroup {...args}>
          <InputGroupAddon>€</InputGroupAddon>
          <Input name="price" inputMode="decimal" defaultValue="24.90" />
          <InputGroupAddon>EUR</InputGroupAddon>
        </InputGroup>
      </Field>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const website = canvas.getByRole("textbox", { name: "Website" });
    await expect(website).toHaveAccessibleDescription("Your shop's address.");
    await expect(canvas.getByRole("textbox", { name: "Price in euros" })).toHaveValue("24.90");
  },
};

function SearchExample(props: React.ComponentProps<typeof InputGroup>) {
  const [query, setQuery] = React.useState("quarterly report");
  const inputRef = React.useRef<HTMLInputElement>(null);
  return (
    <form role="search" onSubmit={(event) => event.preventDefault()} style={{ maxWidth: 360 }}>
      <Field label="Search documents">
        <InputGroup {...props}>
          <InputGroupAddon>
            <SearchIcon />
          </InputGroupAddon>
          <Input
            ref={inputRef}
            type="search"
            name="q"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          {query && (
            <InputGroupButton
              size="icon"
              aria-label="Clear search"
              onClick={() => {
                setQuery("");
                inputRef.current?.focus();
              }}
            >
              <XIcon />
            </InputGroupButton>
          )}
          <InputGroupButton type="submit" variant="secondary">
            Search
          </InputGroupButton>
        </InputGroup>
      </Field>
    </form>
  );
}

/** A search field with a clear button and a submit button inside. */
export const Search: Story = {
  render: ({ children: _children, ...args }) => <SearchExample {...args}>{null}</SearchExample>,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole("searchbox", { name: "Search documents" });
    await userEvent.click(input);
    await userEvent.tab();
    const clear = canvas.getByRole("button", { name: "Clear search" });
    await expect(clear).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(input).toHaveValue("");
    await expect(input).toHaveFocus();
    await expect(canvas.queryByRole("button", { name: "Clear search" })).toBeNull();
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Search" })).toHaveFocus();
  },
};

function PasswordExample(props: React.ComponentProps<typeof InputGroup>) {
  const [visible, setVisible] = React.useState(false);
  return (
    <Field label="Password" description="At least 12 characters." style={{ maxWidth: 320 }}>
      <InputGroup {...props}>
        <Input
          type={visible ? "text" : "password"}
          name="password"
          autoComplete="current-password"
          defaultValue="correct horse"
        />
        <InputGroupButton
          size="icon"
          aria-label="Show password"
          aria-pressed={visible}
          onClick={() => setVisible((value) => !value)}
        >
          {visible ? <EyeOffIcon /> : <EyeIcon />}
        </InputGroupButton>
      </InputGroup>
    </Field>
  );
}

/** Show/hide a password: a toggle button (`aria-pressed`) after the Input. `PasswordInput` is this, ready made. */
export const Password: Story = {
  render: ({ children: _children, ...args }) => <PasswordExample {...args}>{null}</PasswordExample>,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole("button", { name: "Show password" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(canvasElement.querySelector('input[name="password"]')).toHaveAttribute(
      "type",
      "password",
    );
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(canvas.getByRole("textbox", { name: "Password" })).toHaveValue("correct horse");
  },
};

export const Sizes: Story = {
  render: ({ children: _children, ...args }) => (
    <div style={{ display: "grid", gap: 16, maxWidth: 320 }}>
      {(["sm", "md", "lg"] as const).map((size) => (
        <Field key={size} label={`Search, ${size}`}>
          <InputGroup {...args} size={size}>
            <InputGroupAddon>
              <SearchIcon />
            </InputGroupAddon>
            <Input type="search" defaultValue="invoices" />
            <InputGroupButton variant="secondary">Go</InputGroupButton>
          </InputGroup>
        </Field>
      ))}
    </div>
  ),
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("textbox", { name: "Email" })).toBeDisabled();
    await expect(canvas.getByText("Email")).toHaveAttribute("data-disabled");
  },
};

export const InFieldWithError: Story = {
  render: ({ children: _children, ...args }) => (
    <Field
      label="Website"
      description="Your shop's address."
      error="Enter an address such as shop.example.com."
      required
      style={{ maxWidth: 320 }}
    >
      <InputGroup {...args}>
        <InputGroupAddon>https://</InputGroupAddon>
        <Input name="website" defaultValue="shop example" />
      </InputGroup>
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole("textbox", { name: "Website" });
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAttribute("aria-required", "true");
    await expect(input).toHaveAccessibleDescription(
      "Your shop's address. Enter an address such as shop.example.com.",
    );
    await expect(input.closest('[data-slot="input-group"]')).toHaveAttribute("data-invalid");
  },
};

const groupSizes = ["sm", "md", "lg"] as const;

/** Every size in every state; the focus columns force keyboard focus on the Input. */
export const States: Story = {
  parameters: controlStatesParameters("input-group", groupSizes),
  render: ({ children: _children, ...args }) => (
    <ControlStatesGrid
      prefix="input-group"
      rows={groupSizes}
      renderCell={(size, state, { id, ...stateProps }) => (
        <InputGroup {...args} {...stateProps} size={size} style={{ width: "var(--nx-spacing-48)" }}>
          <InputGroupAddon>
            <SearchIcon />
          </InputGroupAddon>
          <Input id={id} aria-label={`Search, ${size}, ${state}`} defaultValue="invoices" />
          <InputGroupButton size="icon" aria-label={`Clear, ${size}, ${state}`}>
            <XIcon />
          </InputGroupButton>
        </InputGroup>
      )}
    />
  ),
};
