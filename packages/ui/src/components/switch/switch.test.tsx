import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
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
  it("renders an off switch named by its Label", () => {
    render(<LabelledSwitch label="Airplane mode" />);
    const toggle = screen.getByRole("switch", { name: "Airplane mode" });
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAttribute("aria-checked", "false");
    expect(toggle).toHaveAttribute("data-slot", "switch");
    expect(toggle.querySelector('[data-slot="switch-thumb"]')).not.toBeNull();
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

  it("sizes the track and the thumb together", () => {
    render(<Switch aria-label="Compact" size="sm" />);
    const toggle = screen.getByRole("switch", { name: "Compact" });
    expect(toggle).toHaveAttribute("data-size", "sm");
    expect(toggle).toHaveClass("nx-switch", "nx-switch--sm");
    expect(toggle.querySelector('[data-slot="switch-thumb"]')).toHaveClass(
      "nx-switch-thumb",
      "nx-switch-thumb--sm",
    );
  });

  it("forwards its ref and appends the product's className after its own", () => {
    const ref = React.createRef<HTMLButtonElement>();
    render(<Switch ref={ref} aria-label="Sync" className="product-class" />);
    expect(ref.current).toBe(screen.getByRole("switch"));
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server", () => {
    const html = renderToString(<Switch aria-label="Sync" defaultChecked />);
    expect(html).toContain('role="switch"');
    expect(html).toContain('aria-checked="true"');
  });
});
