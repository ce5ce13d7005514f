import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { useForm } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import { Checkbox } from "../checkbox";
import { Input } from "../input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "../select";
import { ToggleGroup, ToggleGroupItem } from "../toggle-group";
import { Form, FormField } from "./form";
import { NewProjectForm } from "./new-project-form";

const today = new Date(2026, 2, 3);

describe("Form + FormField", () => {
  it("shows every zod message on an empty submit, wires aria and focuses the first invalid field", async () => {
    const onSubmit = vi.fn();
    render(<NewProjectForm today={today} onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole("button", { name: "Create project" }));
    const name = screen.getByRole("textbox", { name: /Project name/ });
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAttribute("aria-required", "true");
    expect(name).toHaveAccessibleDescription("Give the project a name.");
    expect(screen.getAllByRole("alert").map((alert) => alert.textContent)).toEqual([
      "Give the project a name.",
      "Pick a due date.",
      "Choose who can see it.",
      "Add at least one team member.",
    ]);
    expect(onSubmit).not.toHaveBeenCalled();
    // Fixing a field clears its message.
    await userEvent.type(name, "Apollo");
    await userEvent.click(screen.getByRole("button", { name: "Create project" }));
    await waitFor(() => expect(screen.queryByText("Give the project a name.")).toBeNull());
  });

  it("binds checked controls to booleans and calls onSubmit with the values", async () => {
    const onSubmit = vi.fn();
    function Terms() {
      const form = useForm<{ email: string; terms: boolean }>({
        defaultValues: { email: "", terms: false },
      });
      return (
        <Form form={form} onSubmit={onSubmit}>
          <FormField name="email" label="Email" rules={{ required: "Enter your email." }}>
            <Input type="email" />
          </FormField>
          <FormField
            name="terms"
            label="I accept the terms"
            orientation="horizontal"
            bind="checked"
            rules={{ validate: (v) => v || "Accept the terms to continue." }}
          >
            <Checkbox />
          </FormField>
          <button type="submit">Sign up</button>
        </Form>
      );
    }
    render(<Terms />);
    await userEvent.click(screen.getByRole("button", { name: "Sign up" }));
    expect(await screen.findByText("Accept the terms to continue.")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "I accept the terms" })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await userEvent.type(screen.getByRole("textbox", { name: "Email" }), "ada@nexod.dev");
    await userEvent.click(screen.getByRole("checkbox", { name: "I accept the terms" }));
    await userEvent.click(screen.getByRole("button", { name: "Sign up" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ email: "ada@nexod.dev", terms: true });
  });

  it("keeps the control's own handlers and takes a render function", async () => {
    const onChange = vi.fn();
    function Own() {
      const form = useForm<{ city: string }>({ defaultValues: { city: "" } });
      return (
        <Form form={form} onSubmit={() => {}}>
          <FormField name="city" label="City">
            <Input onChange={onChange} />
          </FormField>
          <FormField name="city" label="City again">
            {(field) => <input {...field.input} value={String(field.input.value)} />}
          </FormField>
        </Form>
      );
    }
    render(<Own />);
    await userEvent.type(screen.getByRole("textbox", { name: "City" }), "Oslo");
    expect(onChange).toHaveBeenCalledTimes(4);
    expect(screen.getByRole("textbox", { name: "City again" })).toHaveValue("Oslo");
  });

  describe('with a Select (bind="value")', () => {
    type Values = { title: string; team: string };
    const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
    function TeamForm({
      onSubmit,
      mode,
    }: {
      onSubmit: (values: Values) => void;
      mode?: "onSubmit" | "onTouched";
    }) {
      const form = useForm<Values>({ defaultValues: { title: "" }, mode });
      return (
        <Form form={form} onSubmit={onSubmit} aria-label="Project">
          <FormField
            name="team"
            label="Team"
            bind="value"
            required
            rules={{ required: "Choose a team." }}
          >
            <Select>
              <SelectTrigger>
                <SelectValue placeholder="Choose a team" />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="design">Design</SelectItem>
                <SelectItem value="platform">Platform</SelectItem>
              </SelectContent>
            </Select>
          </FormField>
          <FormField name="title" label="Title">
            <Input />
          </FormField>
          <button type="submit">Save</button>
          <button type="button" onClick={() => form.reset()}>
            Reset
          </button>
        </Form>
      );
    }

    it("wires the trigger, focuses it when invalid and submits the chosen value", async () => {
      const user = setup();
      const onSubmit = vi.fn();
      render(<TeamForm onSubmit={onSubmit} />);
      const team = screen.getByRole("combobox", { name: /Team/ });
      expect(team).toHaveAttribute("aria-required", "true");
      expect(team).toHaveTextContent("Choose a team");
      expect(screen.getByText("Team").closest("label")).toHaveAttribute("for", team.id);

      await user.click(screen.getByRole("button", { name: "Save" }));
      await waitFor(() => expect(team).toHaveFocus());
      expect(team).toHaveAttribute("aria-invalid", "true");
      expect(team).toHaveAccessibleDescription("Choose a team.");
      expect(onSubmit).not.toHaveBeenCalled();

      await user.keyboard("{Enter}");
      await user.click(await screen.findByRole("option", { name: "Platform" }));
      expect(team).toHaveTextContent("Platform");
      await waitFor(() => expect(team).not.toHaveAttribute("aria-invalid"));
      await user.click(screen.getByRole("button", { name: "Save" }));
      await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
      expect(onSubmit.mock.calls[0]?.[0]).toEqual({ title: "", team: "platform" });
      // The name reaches the hidden native select, so a plain form post carries it too.
      const form = screen.getByRole("form", { name: "Project" }) as HTMLFormElement;
      expect(new FormData(form).get("team")).toBe("platform");
    });

    it("shows the placeholder again after form.reset()", async () => {
      const user = setup();
      render(<TeamForm onSubmit={() => {}} />);
      const team = screen.getByRole("combobox", { name: /Team/ });
      await user.click(team);
      await user.click(await screen.findByRole("option", { name: "Design" }));
      expect(team).toHaveTextContent("Design");
      await user.click(screen.getByRole("button", { name: "Reset" }));
      await waitFor(() => expect(team).toHaveTextContent("Choose a team"));
    });

    it("counts as touched when focus leaves it, not when its list opens", async () => {
      const user = setup();
      render(<TeamForm onSubmit={() => {}} mode="onTouched" />);
      const team = screen.getByRole("combobox", { name: /Team/ });
      await user.click(team);
      expect(await screen.findByRole("listbox")).toBeInTheDocument();
      await user.keyboard("{Escape}");
      expect(team).toHaveFocus();
      expect(screen.queryByText("Choose a team.")).toBeNull();
      await user.tab();
      expect(await screen.findByText("Choose a team.")).toBeInTheDocument();
    });
  });

  it("binds a ToggleGroup: focuses its pressed-or-first item when invalid, submits its name", async () => {
    const onSubmit = vi.fn();
    function Period() {
      const form = useForm<{ period: string }>({ defaultValues: { period: "" } });
      return (
        <Form form={form} onSubmit={onSubmit} aria-label="Report">
          <FormField
            name="period"
            label="Period"
            bind="value"
            rules={{ required: "Choose a period." }}
          >
            <ToggleGroup type="single">
              <ToggleGroupItem value="week">Week</ToggleGroupItem>
              <ToggleGroupItem value="month">Month</ToggleGroupItem>
            </ToggleGroup>
          </FormField>
          <button type="submit">Show</button>
        </Form>
      );
    }
    render(<Period />);
    await userEvent.click(screen.getByRole("button", { name: "Show" }));
    await waitFor(() => expect(screen.getByRole("radio", { name: "Week" })).toHaveFocus());
    expect(screen.getByRole("radiogroup", { name: "Period" })).toHaveAccessibleDescription(
      "Choose a period.",
    );
    await userEvent.click(screen.getByRole("radio", { name: "Month" }));
    const form = screen.getByRole("form", { name: "Report" }) as HTMLFormElement;
    expect(new FormData(form).getAll("period")).toEqual(["month"]);
    await userEvent.click(screen.getByRole("button", { name: "Show" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ period: "month" });
  });

  it("says what is wrong when a FormField has no form", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      render(
        <FormField name="email" label="Email">
          <Input />
        </FormField>,
      ),
    ).toThrow(
      'FormField "email" has no form: put it inside <Form form={form}> or pass control={form.control}.',
    );
    vi.restoreAllMocks();
  });

  it("renders on the server with labels and no errors", () => {
    const html = renderToString(<NewProjectForm today={today} onSubmit={() => {}} />);
    expect(html).toContain("Project name");
    expect(html).not.toContain('role="alert"');
    expect(html).toMatch(/novalidate/i);
  });
});
