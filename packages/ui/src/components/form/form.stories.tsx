import type { Meta, StoryObj } from "@storybook/react-vite";
import { useForm } from "react-hook-form";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { Button } from "../button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "../select";
import { Form, FormField } from "./form";
import { NewProjectForm } from "./new-project-form";

const today = new Date(2026, 2, 3);
/** The form's submit handler; cleared at the start of every play function. */
const onSubmit = fn();

const meta = {
  title: "Forms/Form",
  // The docs table shows FormField's props: the API a product writes once per field.
  component: FormField,
  subcomponents: { Form },
  tags: ["autodocs"],
  // Required by FormField's type; the stories render the whole form instead.
  args: { name: "name", label: "Project name", children: <></> },
  render: () => <NewProjectForm today={today} onSubmit={onSubmit} />,
} satisfies Meta<typeof FormField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A "New project" form: zod schema, one `FormField` per control. */
export const Default: Story = {};

/** Submitting it empty: every message shows, the first invalid field has focus. */
export const SubmittedEmpty: Story = {
  play: async ({ canvasElement }) => {
    onSubmit.mockClear();
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Create project" }));
    const name = canvas.getByRole("textbox", { name: /Project name/ });
    await waitFor(() => expect(name).toHaveFocus());
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toHaveAccessibleDescription("Give the project a name.");
    await expect(canvas.getByText("Pick a due date.")).toBeVisible();
    await expect(canvas.getByText("Choose who can see it.")).toBeVisible();
    await expect(canvas.getByText("Add at least one team member.")).toBeVisible();
    await expect(onSubmit).not.toHaveBeenCalled();
  },
};

/** Filled in by keyboard and submitted: the handler gets the typed values. */
export const FilledByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    onSubmit.mockClear();
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("textbox", { name: /Project name/ }));
    await userEvent.keyboard("Apollo");
    await userEvent.tab(); // description
    await userEvent.tab(); // due date
    await userEvent.keyboard("03/20/2026");
    await userEvent.tab(); // calendar button
    await userEvent.tab(); // visibility
    await userEvent.keyboard(" ");
    await userEvent.click(canvas.getByRole("combobox", { name: /Team members/ }));
    await userEvent.keyboard("Grace");
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByRole("button", { name: "Remove Grace Hopper" })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole("button", { name: "Create project" }));
    await waitFor(() =>
      expect(canvas.queryAllByRole("alert").map((a) => a.textContent)).toEqual([]),
    );
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const [values] = onSubmit.mock.calls[0] as [unknown];
    await expect(values).toEqual({
      name: "Apollo",
      description: "",
      due: new Date(2026, 2, 20),
      visibility: "private",
      members: ["Grace Hopper"],
      notify: true,
    });
  },
};

interface TeamValues {
  team: string;
}

/** A form with a `Select`: the whole Select goes in the FormField, with `bind="value"`. */
function TeamForm() {
  const form = useForm<TeamValues>();
  return (
    <Form form={form} onSubmit={onSubmit} aria-label="Move project" style={{ maxWidth: 320 }}>
      <FormField
        name="team"
        label="Team"
        description="The team that owns the project."
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
            <SelectItem value="growth">Growth</SelectItem>
          </SelectContent>
        </Select>
      </FormField>
      <div>
        <Button type="submit">Move project</Button>
      </div>
    </Form>
  );
}

/**
 * A `Select` bound with `bind="value"`: submitted empty, its trigger gets focus, the error and
 * `aria-invalid`; chosen by keyboard, the handler gets the item's value.
 */
export const WithSelect: Story = {
  render: () => <TeamForm />,
  play: async ({ canvasElement }) => {
    onSubmit.mockClear();
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole("button", { name: "Move project" }));
    const team = canvas.getByRole("combobox", { name: /Team/ });
    await waitFor(() => expect(team).toHaveFocus());
    await expect(team).toHaveAttribute("aria-invalid", "true");
    await expect(team).toHaveAttribute("aria-required", "true");
    await expect(team).toHaveAccessibleDescription(
      "The team that owns the project. Choose a team.",
    );
    await expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.keyboard("{Enter}");
    const platform = await body.findByRole("option", { name: "Platform" });
    await waitFor(() => expect(body.getByRole("option", { name: "Design" })).toHaveFocus());
    await userEvent.keyboard("{ArrowDown}{Enter}");
    await waitFor(() => expect(team).toHaveFocus());
    await expect(platform).not.toBeInTheDocument();
    await expect(team).toHaveTextContent("Platform");
    await userEvent.click(canvas.getByRole("button", { name: "Move project" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const [values] = onSubmit.mock.calls[0] as [unknown];
    await expect(values).toEqual({ team: "platform" });
    await expect(team).not.toHaveAttribute("aria-invalid");
  },
};
