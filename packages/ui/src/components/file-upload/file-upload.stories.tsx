import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { ControlStatesGrid, controlStatesParameters } from "../../stories/states-grid";
import { Button } from "../button";
import { Field } from "../field";
import { FileUpload, type FileUploadItem } from "./file-upload";

const MB = 1024 * 1024;

/** A file of a given size without allocating it (stories stay fast and deterministic). */
function makeFile(name: string, type: string, size: number) {
  const file = new File(["x"], name, { type, lastModified: Date.UTC(2026, 0, 15) });
  Object.defineProperty(file, "size", { value: size });
  return file;
}

/**
 * What a drop or the picker does: the browser puts the files into the input and fires `change`.
 * (user-event's `upload` only fakes `input.files`, which a form would not submit.)
 */
async function chooseFiles(input: HTMLInputElement, files: File[]) {
  const transfer = new DataTransfer();
  files.forEach((file) => transfer.items.add(file));
  input.files = transfer.files;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function fileInput(canvasElement: HTMLElement) {
  return canvasElement.querySelector<HTMLInputElement>('input[type="file"]')!;
}

const meta = {
  title: "Forms/File Upload",
  component: FileUpload,
  tags: ["autodocs"],
  args: {
    name: "attachments",
    accept: ".pdf,image/png",
    maxSize: 5 * MB,
    maxFiles: 3,
    onFilesChange: fn(),
    onFilesRejected: fn(),
  },
  argTypes: {
    multiple: { control: "boolean" },
    disabled: { control: "boolean" },
    "aria-invalid": { control: "boolean" },
  },
  render: (args) => (
    <Field label="Attachments" description="Invoices and receipts." style={{ maxWidth: 420 }}>
      <FileUpload {...args} />
    </Field>
  ),
} satisfies Meta<typeof FileUpload>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The drop zone is the file input: Tab reaches it, Enter or Space opens the picker. */
export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const input = fileInput(canvasElement);
    await expect(input).toHaveAccessibleName("Attachments");
    await expect(input).toHaveAccessibleDescription(
      "Invoices and receipts. PDF, PNG · up to 5 MB each · at most 3 files",
    );
    await userEvent.tab();
    await expect(input).toHaveFocus();
    await chooseFiles(input, [makeFile("invoice-2026-01.pdf", "application/pdf", 240_000)]);
    await expect(canvas.getByRole("status")).toHaveTextContent("Added invoice-2026-01.pdf.");
    await expect(canvas.getByRole("button", { name: "Remove invoice-2026-01.pdf" })).toBeVisible();
    await expect(args.onFilesChange).toHaveBeenCalledTimes(1);
  },
};

/**
 * Files that break `accept`, `maxSize` or `maxFiles` are refused, each with its own message. (The
 * picker offers only accepted types; a drop brings any file, which this story simulates.)
 */
export const Validation: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const input = fileInput(canvasElement);
    await chooseFiles(input, [
      makeFile("report.exe", "application/x-msdownload", 80_000),
      makeFile("photo.png", "image/png", 12 * MB),
      makeFile("receipt.png", "image/png", 1.5 * MB),
    ]);
    await expect(canvas.getByText("report.exe is not an accepted type (PDF, PNG)")).toBeVisible();
    await expect(canvas.getByText("photo.png is 12 MB; the limit is 5 MB")).toBeVisible();
    await expect(canvas.getByRole("status")).toHaveTextContent(
      "Added receipt.png. report.exe is not an accepted type (PDF, PNG). photo.png is 12 MB; the limit is 5 MB.",
    );
    await expect(args.onFilesRejected).toHaveBeenCalledTimes(1);
  },
};

function ProgressExample() {
  const [files, setFiles] = React.useState<FileUploadItem[]>([
    { file: makeFile("quarterly-report.pdf", "application/pdf", 2.4 * MB) },
    { file: makeFile("budget-2026.pdf", "application/pdf", 1.1 * MB), progress: 100 },
    { file: makeFile("site-photo.png", "image/png", 3.1 * MB), progress: 45 },
    {
      file: makeFile("floor-plan.pdf", "application/pdf", 820_000),
      error: "Upload failed. Try again.",
    },
  ]);
  return (
    <Field label="Project files" style={{ maxWidth: 420 }}>
      <FileUpload
        name="project-files"
        accept=".pdf,image/png"
        maxSize={5 * MB}
        files={files}
        onFilesChange={setFiles}
      />
    </Field>
  );
}

/** Controlled: the product uploads and passes each file's `progress` (0–100) or `error`. */
export const WithProgress: Story = {
  render: () => <ProgressExample />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const bar = canvas.getByRole("progressbar", { name: "Uploading site-photo.png" });
    await expect(bar).toHaveAttribute("aria-valuenow", "45");
    await expect(canvas.getByText("Upload failed. Try again.")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Remove quarterly-report.pdf" }));
    await expect(canvas.queryByText("quarterly-report.pdf")).toBeNull();
    await expect(canvas.getByRole("status")).toHaveTextContent("Removed quarterly-report.pdf.");
    await expect(canvas.getByRole("button", { name: "Remove budget-2026.pdf" })).toHaveFocus();
  },
};

function FormExample() {
  const [submitted, setSubmitted] = React.useState("nothing yet");
  return (
    <form
      aria-label="Expenses"
      style={{ display: "grid", gap: 16, maxWidth: 420 }}
      onSubmit={(event) => {
        event.preventDefault();
        const files = new FormData(event.currentTarget).getAll("receipts") as File[];
        setSubmitted(files.map((file) => file.name).join(", ") || "none");
      }}
    >
      <Field label="Receipts">
        <FileUpload name="receipts" accept=".pdf,image/png" />
      </Field>
      <Button type="submit" style={{ justifySelf: "start" }}>
        Send
      </Button>
      <output style={{ font: "inherit", color: "var(--nx-color-muted-foreground)" }}>
        Submitted: {submitted}
      </output>
    </form>
  );
}

/** A plain form submits exactly the listed files: added in two goes, one removed. */
export const InForm: Story = {
  render: () => <FormExample />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = fileInput(canvasElement);
    await chooseFiles(input, [makeFile("taxi.pdf", "application/pdf", 90_000)]);
    await chooseFiles(input, [
      makeFile("hotel.pdf", "application/pdf", 120_000),
      makeFile("lunch.png", "image/png", 60_000),
    ]);
    await userEvent.click(canvas.getByRole("button", { name: "Remove hotel.pdf" }));
    await userEvent.click(canvas.getByRole("button", { name: "Send" }));
    await expect(canvas.getByText("Submitted: taxi.pdf, lunch.png")).toBeVisible();
  },
};

export const Single: Story = {
  args: { multiple: false, accept: "image/*", maxSize: 2 * MB, maxFiles: undefined },
  render: (args) => (
    <Field label="Avatar" style={{ maxWidth: 420 }}>
      <FileUpload {...args} defaultFiles={[makeFile("avatar.png", "image/png", 410_000)]} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const input = fileInput(canvasElement);
    await expect(input).not.toHaveAttribute("multiple");
    await expect(input).toHaveAccessibleDescription("images · up to 2 MB each");
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  render: (args) => (
    <Field label="Attachments" style={{ maxWidth: 420 }}>
      <FileUpload
        {...args}
        defaultFiles={[makeFile("contract.pdf", "application/pdf", 1.2 * MB)]}
      />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(fileInput(canvasElement)).toBeDisabled();
    await expect(canvas.getByRole("button", { name: "Remove contract.pdf" })).toBeDisabled();
  },
};

export const InFieldWithError: Story = {
  render: (args) => (
    <Field
      label="Attachments"
      description="Invoices and receipts."
      error="Add at least one invoice."
      required
      style={{ maxWidth: 420 }}
    >
      <FileUpload {...args} />
    </Field>
  ),
  play: async ({ canvasElement }) => {
    const input = fileInput(canvasElement);
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAttribute("aria-required", "true");
  },
};

/** While files are dragged over the zone it takes a solid primary border. */
export const Dragging: Story = {
  play: async ({ canvasElement }) => {
    const input = fileInput(canvasElement);
    input.dispatchEvent(new DragEvent("dragenter", { bubbles: true }));
    const zone = input.closest('[data-slot="file-upload-dropzone"]');
    await waitFor(() => expect(zone).toHaveAttribute("data-dragging"));
  },
};

const rows = ["dropzone"] as const;

/** The drop zone in every state; keyboard focus forced with the pseudo-states addon. */
export const States: Story = {
  parameters: controlStatesParameters("file-upload", rows),
  render: (args) => (
    <ControlStatesGrid
      prefix="file-upload"
      rows={rows}
      renderCell={(_row, state, stateProps) => (
        <FileUpload
          {...args}
          {...stateProps}
          aria-label={`Attachments, ${state}`}
          style={{ width: "var(--nx-spacing-44)" }}
          hint="PDF, up to 5 MB"
        />
      )}
    />
  ),
};
