import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Alert, AlertAction, AlertDescription, AlertTitle } from "./alert";
import { AlertDismiss } from "./alert-dismiss";

describe("Alert", () => {
  it("is a polite status with a hidden icon, title and description", () => {
    render(
      <Alert className="product-class">
        <AlertTitle>Maintenance</AlertTitle>
        <AlertDescription>Sunday night.</AlertDescription>
      </Alert>,
    );
    const alert = screen.getByRole("status");
    expect(alert).toHaveAttribute("data-slot", "alert");
    expect(alert).toHaveAttribute("data-variant", "neutral");
    expect(alert).toHaveAttribute("data-layout", "callout");
    expect(alert).toHaveTextContent("MaintenanceSunday night.");
    expect(alert.className.split(" ").at(-1)).toBe("product-class");
    expect(alert.querySelector(".nx-alert__icon")).toHaveAttribute("aria-hidden", "true");
    expect(alert.querySelector("svg")).not.toBeNull();
  });

  it("is an assertive alert when destructive, and takes a role the product gives", () => {
    const { rerender } = render(<Alert variant="destructive">Failed</Alert>);
    expect(screen.getByRole("alert")).toHaveTextContent("Failed");
    rerender(
      <Alert variant="destructive" role="status">
        Failed
      </Alert>,
    );
    expect(screen.getByRole("status")).toBeInTheDocument();
  });

  it("shows a different icon per variant, a custom icon, or none", () => {
    const { container, rerender } = render(<Alert variant="success">Paid</Alert>);
    const successIcon = container.querySelector("svg")?.innerHTML;
    rerender(<Alert variant="warning">Due</Alert>);
    expect(container.querySelector("svg")?.innerHTML).not.toBe(successIcon);
    rerender(<Alert icon={<span data-testid="custom" />}>Custom</Alert>);
    expect(screen.getByTestId("custom")).toBeInTheDocument();
    rerender(<Alert showIcon={false}>Plain</Alert>);
    expect(container.querySelector(".nx-alert__icon")).toBeNull();
  });

  it("renders as a banner", () => {
    render(<Alert layout="banner">Trial</Alert>);
    expect(screen.getByRole("status")).toHaveClass("nx-alert--banner");
  });

  it("says what is wrong with an unknown variant", () => {
    expect(() => render(<Alert variant={"error" as "destructive"}>x</Alert>)).toThrow(
      'Alert: variant must be one of neutral, info, success, warning, destructive; got "error".',
    );
  });

  it("holds actions", () => {
    render(
      <Alert>
        <AlertTitle>Failed</AlertTitle>
        <AlertAction>
          <button type="button">Retry</button>
        </AlertAction>
      </Alert>,
    );
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });

  it("hides itself when dismissed with the keyboard", async () => {
    const onDismiss = vi.fn();
    render(
      <Alert>
        <AlertTitle>Saved</AlertTitle>
        <AlertDismiss onDismiss={onDismiss} />
      </Alert>,
    );
    await userEvent.tab();
    expect(screen.getByRole("button", { name: "Dismiss" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
    expect(document.querySelector('[data-slot="alert"]')).toHaveAttribute("hidden");
  });

  it("stays when onDismiss prevents the default, for products that remove it themselves", async () => {
    render(
      <Alert>
        <AlertTitle>Saved</AlertTitle>
        <AlertDismiss label="Close notice" onDismiss={(event) => event.preventDefault()} />
      </Alert>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Close notice" }));
    expect(screen.getByRole("status")).toBeVisible();
  });

  it("renders on the server", () => {
    const html = renderToString(
      <Alert variant="warning">
        <AlertTitle>Due</AlertTitle>
        <AlertDismiss />
      </Alert>,
    );
    expect(html).toContain('role="status"');
    expect(html).toContain('aria-label="Dismiss"');
  });
});
