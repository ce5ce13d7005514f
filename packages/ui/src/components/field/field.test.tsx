import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import {
  Controller,
  useForm,
  type FieldError,
  type FieldErrors,
  type FieldValues,
  type Resolver,
} from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { Button } from "../button";
import { Checkbox } from "../checkbox";
import { Input } from "../input";
import { RadioGroup, RadioGroupItem } from "../radio-group";
import { Textarea } from "../textarea";
import { Field } from "./field";

describe("Field", () => {
  it("names its control with the label and describes it with the description", () => {
    render(
      <Field label="Email" description="We never share it.">
        <Input type="email" />
      </Field>,
    );
    const input = screen.getByRole("textbox", { name: "Email" });
    expect(input).toHaveAccessibleDescription("We never share it.");
    expect(input).not.toBeInvalid();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText("Email")).toHaveAttribute("for", input.id);
  });

  it("shows and announces the error, adds it to the description and marks the control invalid", () => {
    render(
      <Field label="Email" description="We never share it." error="Enter a valid email address.">
        <Input type="email" />
      </Field>,
    );
    const input = screen.getByRole("textbox", { name: "Email" });
    expect(screen.getByRole("alert")).toHaveTextContent("Enter a valid email address.");
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription("We never share it. Enter a valid email address.");
  });

  it("marks the control invalid without a message for error={true}", () => {
    render(
      <Field label="Email" error>
        <Input />
      </Field>,
    );
    const input = screen.getByRole("textbox", { name: "Email" });
    expect(input).toBeInvalid();
    expect(input).not.toHaveAttribute("aria-describedby");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("sets aria-required and an asterisk that is not part of the name", () => {
    render(
      <Field label="Name" required>
        <Input />
      </Field>,
    );
    const input = screen.getByRole("textbox", { name: "Name" });
    expect(input).toHaveAttribute("aria-required", "true");
    expect(input).not.toHaveAttribute("required");
    expect(screen.getByText("*")).toHaveAttribute("aria-hidden", "true");
  });

  it("uses the id prop, else the control's own id, and keeps the control's own description", () => {
    render(
      <>
        <p id="hint">Shown on your profile.</p>
        <Field id="display-name" label="Display name">
          <Input />
        </Field>
        <Field label="Handle" description="Letters and digits.">
          <Input id="handle" aria-describedby="hint" />
        </Field>
      </>,
    );
    expect(screen.getByRole("textbox", { name: "Display name" })).toHaveAttribute(
      "id",
      "display-name",
    );
    const handle = screen.getByRole("textbox", { name: "Handle" });
    expect(handle).toHaveAttribute("id", "handle");
    expect(handle).toHaveAccessibleDescription("Shown on your profile. Letters and digits.");
  });

  it("focuses the control when the label is clicked", async () => {
    const user = userEvent.setup();
    render(
      <Field label="Bio">
        <Textarea />
      </Field>,
    );
    await user.click(screen.getByText("Bio"));
    expect(screen.getByRole("textbox", { name: "Bio" })).toHaveFocus();
  });

  it("puts a checkbox before its label with orientation horizontal; the label toggles it", async () => {
    const user = userEvent.setup();
    render(
      <Field orientation="horizontal" label="Accept the terms" description="Required to sign up.">
        <Checkbox />
      </Field>,
    );
    const checkbox = screen.getByRole("checkbox", { name: "Accept the terms" });
    expect(checkbox).toHaveAccessibleDescription("Required to sign up.");
    const field = checkbox.closest('[data-slot="field"]');
    expect(field?.firstElementChild).toBe(checkbox);
    await user.click(screen.getByText("Accept the terms"));
    expect(checkbox).toBeChecked();
  });

  it("names a radio group, which a label's htmlFor cannot do", () => {
    render(
      <Field label="Plan" error="Pick a plan.">
        <RadioGroup>
          <RadioGroupItem value="free" aria-label="Free" />
        </RadioGroup>
      </Field>,
    );
    const group = screen.getByRole("radiogroup", { name: "Plan" });
    expect(group).toBeInvalid();
    expect(group).toHaveAccessibleDescription("Pick a plan.");
  });

  it("shows its label as disabled when the control is disabled", () => {
    render(
      <Field label="Email">
        <Input disabled />
      </Field>,
    );
    expect(screen.getByText("Email")).toHaveAttribute("data-disabled", "");
    expect(screen.getByRole("textbox", { name: "Email" })).toBeDisabled();
  });

  it("passes a ref on the control through and forwards its own ref to the wrapper", () => {
    const controlRef = React.createRef<HTMLInputElement>();
    const fieldRef = React.createRef<HTMLDivElement>();
    render(
      <Field ref={fieldRef} label="Email" className="product-class">
        <Input ref={controlRef} />
      </Field>,
    );
    expect(controlRef.current).toBe(screen.getByRole("textbox", { name: "Email" }));
    expect(fieldRef.current).toHaveAttribute("data-slot", "field");
    expect(fieldRef.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("hydrates the server HTML with the same generated ids", async () => {
    const consoleError = vi.spyOn(console, "error");
    const form = (
      <Field label="Email" description="We never share it." error="Required.">
        <Input />
      </Field>
    );
    const container = document.createElement("div");
    container.innerHTML = renderToString(form);
    document.body.append(container);
    const serverId = container.querySelector("input")?.id;
    let root: Root | undefined;
    await act(async () => {
      root = hydrateRoot(container, form);
    });
    expect(consoleError).not.toHaveBeenCalled();
    expect(screen.getByRole("textbox", { name: "Email" })).toHaveAttribute("id", serverId);
    act(() => root?.unmount());
    container.remove();
  });

  it("renders on the server with matching ids", () => {
    const html = renderToString(
      <Field id="email" label="Email" description="We never share it." error="Required." required>
        <Input />
      </Field>,
    );
    expect(html).toContain('for="email"');
    expect(html).toContain('aria-describedby="email-description email-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('role="alert"');
  });
});

/** A react-hook-form resolver over a zod schema (what @hookform/resolvers' zodResolver does). */
function zodResolver<T extends FieldValues>(schema: z.ZodType<T>): Resolver<T> {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      errors[issue.path.join(".")] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: errors as FieldErrors<T> };
  };
}

const signUpSchema = z.object({
  email: z.email("Enter a valid email address."),
  terms: z.boolean().refine((accepted) => accepted, "Accept the terms to continue."),
});
type SignUpValues = z.infer<typeof signUpSchema>;

function SignUpForm({ onSubmit }: { onSubmit: (values: SignUpValues) => void }) {
  const {
    control,
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SignUpValues>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { email: "", terms: false },
  });
  return (
    <form aria-label="Sign up" noValidate onSubmit={handleSubmit(onSubmit)}>
      <Field label="Email" description="We never share it." error={errors.email?.message} required>
        <Input type="email" {...register("email")} />
      </Field>
      <Controller
        control={control}
        name="terms"
        render={({ field: { value, onChange, ...field } }) => (
          <Field orientation="horizontal" label="I accept the terms" error={errors.terms?.message}>
            <Checkbox {...field} checked={value} onCheckedChange={onChange} />
          </Field>
        )}
      />
      <Button type="submit">Sign up</Button>
    </form>
  );
}

describe("Field with react-hook-form and zod", () => {
  it("shows errors on an invalid submit, wires them to the controls and focuses the first", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<SignUpForm onSubmit={onSubmit} />);
    await user.type(screen.getByRole("textbox", { name: "Email" }), "not-an-email");
    await user.click(screen.getByRole("button", { name: "Sign up" }));

    const email = await screen.findByRole("textbox", { name: "Email", description: /valid/ });
    expect(email).toBeInvalid();
    expect(email).toHaveAccessibleDescription("We never share it. Enter a valid email address.");
    expect(email).toHaveFocus();
    const terms = screen.getByRole("checkbox", { name: "I accept the terms" });
    expect(terms).toBeInvalid();
    expect(terms).toHaveAccessibleDescription("Accept the terms to continue.");
    expect(screen.getAllByRole("alert").map((alert) => alert.textContent)).toEqual([
      "Enter a valid email address.",
      "Accept the terms to continue.",
    ]);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("clears the errors as the user fixes them and submits the values", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<SignUpForm onSubmit={onSubmit} />);
    await user.click(screen.getByRole("button", { name: "Sign up" }));
    const email = await screen.findByRole("textbox", { name: "Email", description: /valid/ });

    await user.type(email, "ada@example.com");
    expect(email).not.toBeInvalid();
    expect(email).toHaveAccessibleDescription("We never share it.");
    await user.click(screen.getByRole("checkbox", { name: "I accept the terms" }));
    expect(screen.queryByRole("alert")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Sign up" }));
    expect(onSubmit).toHaveBeenCalledOnce();
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ email: "ada@example.com", terms: true });
  });
});
