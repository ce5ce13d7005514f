import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Field } from "../field";
import { FileUpload, type FileUploadItem, type FileUploadProps } from "./file-upload";
import { describeAccept, formatFileSize } from "./file-upload-messages";

const MB = 1024 * 1024;

function makeFile(name: string, type: string, size = 1000) {
  const file = new File(["x"], name, { type, lastModified: 1 });
  Object.defineProperty(file, "size", { value: size });
  return file;
}

function input() {
  return document.querySelector<HTMLInputElement>('input[type="file"]')!;
}

// A drop is not filtered by `accept` (only the picker is), so validation must catch it.
const dropLike = () => userEvent.setup({ applyAccept: false });

function Upload(props: FileUploadProps) {
  return (
    <Field label="Attachments" description="Invoices and receipts.">
      <FileUpload
        name="attachments"
        accept=".pdf,image/png"
        maxSize={5 * MB}
        maxFiles={3}
        {...props}
      />
    </Field>
  );
}

describe("FileUpload", () => {
  it("is a real, named file input with the hint in its description", () => {
    render(<Upload />);
    const field = input();
    expect(field).toHaveAttribute("name", "attachments");
    expect(field).toHaveAttribute("accept", ".pdf,image/png");
    expect(field).toHaveAttribute("multiple");
    expect(field).toHaveAccessibleName("Attachments");
    expect(field).toHaveAccessibleDescription(
      "Invoices and receipts. PDF, PNG · up to 5 MB each · at most 3 files",
    );
  });

  it("is named by the drop zone's text without a Field, and is a Tab stop", async () => {
    const user = userEvent.setup();
    render(<FileUpload />);
    await user.tab();
    expect(input()).toHaveFocus();
    expect(input()).toHaveAccessibleName("Drop files here or click to browse");
  });

  it("lists added files with their size and announces them politely", async () => {
    const user = dropLike();
    const onFilesChange = vi.fn();
    render(<Upload onFilesChange={onFilesChange} />);
    await user.upload(input(), [makeFile("report.pdf", "application/pdf", 2.4 * MB)]);
    const list = screen.getByRole("list", { name: "Selected files" });
    expect(within(list).getByText("report.pdf")).toBeInTheDocument();
    expect(within(list).getByText("2.4 MB")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Added report.pdf.");
    expect(onFilesChange).toHaveBeenLastCalledWith([{ file: expect.any(File) }]);
  });

  it("refuses a wrong type with a clear message, shown and announced", async () => {
    const user = dropLike();
    const onFilesRejected = vi.fn();
    render(<Upload onFilesRejected={onFilesRejected} />);
    await user.upload(input(), [makeFile("report.exe", "application/x-msdownload")]);
    const message = "report.exe is not an accepted type (PDF, PNG)";
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(`${message}.`);
    expect(onFilesRejected).toHaveBeenCalledWith([
      expect.objectContaining({ reason: "type", message }),
    ]);
  });

  it("refuses a file over maxSize, naming its size and the limit", async () => {
    const user = dropLike();
    render(<Upload />);
    await user.upload(input(), [
      makeFile("photo.png", "image/png", 12 * MB),
      makeFile("scan.png", "image/png", 1 * MB),
    ]);
    expect(screen.getByText("photo.png is 12 MB; the limit is 5 MB")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(
      "Added scan.png. photo.png is 12 MB; the limit is 5 MB.",
    );
  });

  it("refuses files past maxFiles, across several drops", async () => {
    const user = dropLike();
    render(<Upload />);
    await user.upload(input(), [
      makeFile("a.pdf", "application/pdf"),
      makeFile("b.pdf", "application/pdf"),
    ]);
    await user.upload(input(), [
      makeFile("c.pdf", "application/pdf"),
      makeFile("d.pdf", "application/pdf"),
    ]);
    expect(screen.getByText("d.pdf was not added: at most 3 files")).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: /^Remove [abc]\.pdf$/ })).toHaveLength(3);
  });

  it("removes a file with its named button, announces it and moves focus to the next row", async () => {
    const user = dropLike();
    const onFilesChange = vi.fn();
    render(<Upload onFilesChange={onFilesChange} />);
    await user.upload(input(), [
      makeFile("a.pdf", "application/pdf"),
      makeFile("b.pdf", "application/pdf"),
    ]);
    await user.click(screen.getByRole("button", { name: "Remove a.pdf" }));
    expect(screen.queryByText("a.pdf")).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("Removed a.pdf.");
    expect(screen.getByRole("button", { name: "Remove b.pdf" })).toHaveFocus();
    expect(onFilesChange.mock.lastCall?.[0].map((item: FileUploadItem) => item.file.name)).toEqual([
      "b.pdf",
    ]);
    await user.click(screen.getByRole("button", { name: "Remove b.pdf" }));
    expect(input()).toHaveFocus();
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("replaces the file when not multiple", async () => {
    const user = dropLike();
    render(<Upload multiple={false} />);
    await user.upload(input(), makeFile("a.pdf", "application/pdf"));
    await user.upload(input(), makeFile("b.pdf", "application/pdf"));
    expect(screen.queryByText("a.pdf")).toBeNull();
    expect(screen.getByText("b.pdf")).toBeInTheDocument();
  });

  it("shows the progress and errors the product passes when controlled", () => {
    render(
      <Upload
        files={[
          { file: makeFile("report.pdf", "application/pdf", 2 * MB), progress: 45 },
          { file: makeFile("scan.png", "image/png"), error: "Upload failed. Try again." },
        ]}
      />,
    );
    const bar = screen.getByRole("progressbar", { name: "Uploading report.pdf" });
    expect(bar).toHaveAttribute("aria-valuenow", "45");
    expect(screen.getByText("2 MB · 45%")).toBeInTheDocument();
    expect(screen.getByText("Upload failed. Try again.")).toBeInTheDocument();
    expect(screen.getAllByRole("progressbar")).toHaveLength(1);
  });

  it("is disabled: the input and the remove buttons", () => {
    render(<Upload disabled defaultFiles={[makeFile("a.pdf", "application/pdf")]} />);
    expect(input()).toBeDisabled();
    expect(screen.getByRole("button", { name: "Remove a.pdf" })).toBeDisabled();
    expect(screen.getByText("Attachments")).toHaveAttribute("data-disabled");
  });

  it("takes Field's error on the input", () => {
    render(
      <Field label="Attachments" error="Add the invoice.">
        <FileUpload />
      </Field>,
    );
    expect(input()).toHaveAttribute("aria-invalid", "true");
    expect(input()).toHaveAccessibleDescription("Add the invoice.");
  });

  it("formats sizes and accept lists for people", () => {
    expect(formatFileSize(512)).toBe("512 B");
    expect(formatFileSize(12 * MB)).toBe("12 MB");
    expect(formatFileSize(2.44 * MB)).toBe("2.4 MB");
    expect(describeAccept(".pdf, image/png,image/*,application/pdf")).toBe("PDF, PNG, images");
  });

  it("takes translated messages", async () => {
    const user = dropLike();
    render(
      <FileUpload
        accept=".pdf"
        messages={{
          type: (name) => `${name}: Dateityp nicht erlaubt`,
          instructions: "Dateien hier ablegen",
        }}
      />,
    );
    expect(input()).toHaveAccessibleName("Dateien hier ablegen");
    await user.upload(input(), makeFile("a.exe", "application/octet-stream"));
    expect(screen.getByText("a.exe: Dateityp nicht erlaubt")).toBeInTheDocument();
  });

  it("forwards its ref and appends the product's className", () => {
    const ref = React.createRef<HTMLDivElement>();
    render(<FileUpload ref={ref} className="product-class" />);
    expect(ref.current).toHaveAttribute("data-slot", "file-upload");
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server as a named file input that works without JavaScript", () => {
    const html = renderToString(<FileUpload name="receipts" accept=".pdf" />);
    expect(html).toMatch(/<input[^>]*type="file"[^>]*name="receipts"/);
    expect(html).toContain('role="status"');
  });
});
