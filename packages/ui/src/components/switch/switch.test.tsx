import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Field } from "../field";
import { Label } from "../label";
import { Switch, type SwitchProps } from "./switch";

function LabelledSwitch({ label, ...props }: SwitchProps & { label: string }) {
  const id = React.useId();
  return (
    <div>
      <Switch id={id} {...props} />
      <Label htmlFor={id}>{label}</Label>
    </div>
  );
}

describe("Switch", () => {
  it("renders an off switch named by its Label: a native checkbox, thumb drawn by CSS", () => {
    render(<LabelledSwitch label="Airplane mode" />);
    const toggle = screen.getByRole("switch", { name: "Airplane mode" });
    expect(toggle).toBeInstanceOf(HTMLInputElement);
    expect(toggle).toHaveAttribute("type", "checkbox");
    expect(toggle).not.toBeChecked();
    expect(toggle).not.toHaveAttribute("aria-checked");
    expect(toggle).toHaveAttribute("data-state", "unchecked");
    expect(toggle).toHaveAttribute("data-slot", "switch");
  });

  it("toggles with Space, a click and a click on its label (uncontrolled)", async () => {
    const user = userEvent.setup();
    render(<LabelledSwitch label="Wi-Fi" />);
    const toggle = screen.getByRole("switch", { name: "Wi-Fi" });
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard(" ");
    expect(toggle).toBeChecked();
    await user.keyboard(" ");
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(toggle).toBeChecked();
    await user.click(screen.getByText("Wi-Fi"));
    expect(toggle).not.toBeChecked();
  });

  it("starts from defaultChecked", () => {
    render(<LabelledSwitch label="Wi-Fi" defaultChecked />);
    expect(screen.getByRole("switch", { name: "Wi-Fi" })).toBeChecked();
  });

  it("reports changes and shows only the state it is given when controlled", async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    function Controlled() {
      const [checked, setChecked] = React.useState(true);
      return (
        <LabelledSwitch
          label="Bluetooth"
          checked={checked}
          onCheckedChange={(next) => {
            onCheckedChange(next);
            setChecked(next);
          }}
        />
      );
    }
    render(
      <>
        <Controlled />
        <LabelledSwitch label="Frozen" checked={false} onCheckedChange={onCheckedChange} />
      </>,
    );
    await user.click(screen.getByRole("switch", { name: "Bluetooth" }));
    expect(onCheckedChange).toHaveBeenLastCalledWith(false);
    expect(screen.getByRole("switch", { name: "Bluetooth" })).not.toBeChecked();
    await user.click(screen.getByRole("switch", { name: "Frozen" }));
    expect(onCheckedChange).toHaveBeenLastCalledWith(true);
    expect(screen.getByRole("switch", { name: "Frozen" })).not.toBeChecked();
  });

  it("is skipped by Tab and does not toggle when disabled; Tab leaves it", async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    render(
      <>
        <LabelledSwitch label="Locked" disabled onCheckedChange={onCheckedChange} />
        <LabelledSwitch label="Open" />
      </>,
    );
    await user.tab();
    expect(screen.getByRole("switch", { name: "Open" })).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
    const locked = screen.getByRole("switch", { name: "Locked" });
    expect(locked).toBeDisabled();
    await user.click(locked);
    expect(onCheckedChange).not.toHaveBeenCalled();
    expect(locked).not.toBeChecked();
  });

  it("applies the size variant (track and thumb)", () => {
    render(<Switch aria-label="Compact" size="sm" />);
    const toggle = screen.getByRole("switch", { name: "Compact" });
    expect(toggle).toHaveAttribute("data-size", "sm");
    expect(toggle).toHaveClass("nx-switch", "nx-switch--sm");
    expect(toggle).not.toHaveClass("nx-switch--md");
    expect(toggle.childNodes).toHaveLength(0);
  });

  it("submits its value while on, and nothing while off", async () => {
    const user = userEvent.setup();
    const forms: FormData[] = [];
    render(
      <form
        aria-label="Settings"
        onSubmit={(event) => {
          event.preventDefault();
          forms.push(new FormData(event.currentTarget));
        }}
      >
        <LabelledSwitch label="Wi-Fi" name="wifi" />
        <LabelledSwitch label="Sync" name="sync" value="yes" defaultChecked />
        <button type="submit">Save</button>
      </form>,
    );
    await user.click(screen.getByRole("button", { name: "Save" }));
    await user.click(screen.getByRole("switch", { name: "Wi-Fi" }));
    await user.click(screen.getByRole("switch", { name: "Sync" }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(forms.map((data) => [...data.entries()])).toEqual([[["sync", "yes"]], [["wifi", "on"]]]);
  });

  it("is required natively and goes back to its first state on form reset", async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    render(
      <form aria-label="Consent">
        <LabelledSwitch label="Share data" required onCheckedChange={onCheckedChange} />
        <button type="reset">Reset</button>
      </form>,
    );
    const form = screen.getByRole<HTMLFormElement>("form", { name: "Consent" });
    const toggle = screen.getByRole("switch", { name: "Share data" });
    expect(toggle).toBeRequired();
    expect(form.checkValidity()).toBe(false);
    await user.click(toggle);
    expect(form.checkValidity()).toBe(true);
    await user.click(screen.getByRole("button", { name: "Reset" }));
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAttribute("data-state", "unchecked");
    expect(onCheckedChange).toHaveBeenLastCalledWith(false);
  });

  it("forwards its ref (the input) and appends the product's className after its own", () => {
    const ref = React.createRef<HTMLInputElement>();
    render(<Switch ref={ref} aria-label="Sync" className="product-class" />);
    expect(ref.current).toBe(screen.getByRole("switch"));
    expect(ref.current).toBeInstanceOf(HTMLInputElement);
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("takes a Field's id, label, description and invalid state on the input itself", async () => {
    const user = userEvent.setup();
    render(
      <Field orientation="horizontal" label="Share data" description="Anonymous." error>
        <Switch />
      </Field>,
    );
    const toggle = screen.getByRole("switch", { name: "Share data" });
    expect(toggle).toHaveAttribute("aria-invalid", "true");
    expect(toggle).toHaveAccessibleDescription("Anonymous.");
    await user.click(screen.getByText("Share data"));
    expect(toggle).toBeChecked();
  });

  it("renders a native checkbox with role switch on the server", () => {
    const html = renderToString(<Switch aria-label="Sync" defaultChecked />);
    expect(html).toMatch(/^<input type="checkbox" role="switch"[^>]* checked=""/);
    expect(html).toContain('data-state="checked"');
  });
});
