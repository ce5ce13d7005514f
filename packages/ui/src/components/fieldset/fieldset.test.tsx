import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Checkbox } from "../checkbox";
import { Field } from "../field";
import { Input } from "../input";
import { Fieldset } from "./fieldset";

describe("Fieldset", () => {
  it("is a group named by its legend and described by its description", () => {
    render(
      <Fieldset legend="Contact" description="How we reach you">
        <Field label="Email">
          <Input />
        </Field>
      </Fieldset>,
    );
    const group = screen.getByRole("group", { name: "Contact" });
    expect(group.tagName).toBe("FIELDSET");
    expect(group).toHaveAccessibleDescription("How we reach you");
    expect(screen.getByRole("textbox", { name: "Email" })).toBeInTheDocument();
  });

  it("announces its error and adds it to aria-describedby after the product's own", () => {
    render(
      <>
        <p id="hint">Hint</p>
        <Fieldset legend="Topics" description="One a day" error="Pick one" aria-describedby="hint">
          <Checkbox aria-label="News" />
        </Fieldset>
      </>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Pick one");
    const group = screen.getByRole("group", { name: "Topics" });
    expect(group).toHaveAccessibleDescription("Hint One a day Pick one");
    expect(group).toHaveAttribute("data-invalid");
  });

  it("shows no alert and no describedby without texts", () => {
    render(<Fieldset legend="Topics">x</Fieldset>);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("group")).not.toHaveAttribute("aria-describedby");
  });

  it("marks the legend as required for sighted and screen reader users", () => {
    render(<Fieldset legend="Topics" required />);
    expect(screen.getByRole("group", { name: /^Topics ?\(required\)$/ })).toBeInTheDocument();
    expect(screen.getByText("*")).toHaveAttribute("aria-hidden", "true");
  });

  it("disables every control inside: skipped by Tab and left out of the form data", async () => {
    const user = userEvent.setup();
    let submitted: FormData | undefined;
    render(
      <form
        aria-label="Profile"
        onSubmit={(event) => {
          event.preventDefault();
          submitted = new FormData(event.currentTarget);
        }}
      >
        <Fieldset legend="Locked" disabled>
          <Input aria-label="City" name="city" defaultValue="Oslo" />
        </Fieldset>
        <Input aria-label="Name" name="name" defaultValue="Ada" />
        <button type="submit">Save</button>
      </form>,
    );
    expect(screen.getByRole("textbox", { name: "City" })).toBeDisabled();
    await user.tab();
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(submitted?.get("name")).toBe("Ada");
    expect(submitted?.has("city")).toBe(false);
  });

  it("uses the product's id for its texts, forwards its ref and appends className last", () => {
    const ref = React.createRef<HTMLFieldSetElement>();
    render(
      <Fieldset
        ref={ref}
        id="topics"
        legend="Topics"
        description="d"
        variant="card"
        className="product-class"
      />,
    );
    expect(ref.current).toBe(screen.getByRole("group"));
    expect(ref.current).toHaveAttribute("aria-describedby", "topics-description");
    expect(ref.current).toHaveAttribute("data-variant", "card");
    expect(ref.current).toHaveClass("nx-fieldset", "nx-fieldset--card");
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server", () => {
    const html = renderToString(<Fieldset legend="Topics" error="Pick one" disabled />);
    expect(html).toContain("<fieldset");
    expect(html).toContain("<legend");
    expect(html).toContain('role="alert"');
  });
});
