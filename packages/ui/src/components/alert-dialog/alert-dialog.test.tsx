import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
  type AlertDialogActionProps,
  type AlertDialogProps,
} from "./alert-dialog";

function DeleteProject({
  onDelete,
  variant,
  ...props
}: AlertDialogProps & { onDelete?: () => void; variant?: AlertDialogActionProps["variant"] }) {
  return (
    <AlertDialog {...props}>
      <AlertDialogTrigger>Delete project</AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete this project?</AlertDialogTitle>
          <AlertDialogDescription>Its 12 files are deleted for good.</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction variant={variant} onClick={onDelete}>
            Delete
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });

describe("AlertDialog", () => {
  it("renders an alertdialog named by its title and described by its description", async () => {
    const user = setup();
    render(<DeleteProject />);
    await user.click(screen.getByRole("button", { name: "Delete project" }));
    const alert = screen.getByRole("alertdialog", { name: "Delete this project?" });
    expect(alert).toHaveAccessibleDescription("Its 12 files are deleted for good.");
    expect(alert).toHaveAttribute("data-slot", "alert-dialog-content");
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("opens from the keyboard with focus on Cancel, and traps Tab", async () => {
    const user = setup();
    render(<DeleteProject />);
    await user.tab();
    await user.keyboard("{Enter}");
    const cancel = screen.getByRole("button", { name: "Cancel" });
    await waitFor(() => expect(cancel).toHaveFocus());
    await user.tab();
    expect(screen.getByRole("button", { name: "Delete" })).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();
  });

  it("cancels on Escape without acting and returns focus to the trigger", async () => {
    const user = setup();
    const onDelete = vi.fn();
    const onOpenChange = vi.fn();
    render(<DeleteProject onDelete={onDelete} onOpenChange={onOpenChange} />);
    const trigger = screen.getByRole("button", { name: "Delete project" });
    await user.click(trigger);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(trigger).toHaveFocus();
    expect(onDelete).not.toHaveBeenCalled();
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
  });

  it("does not close on a click outside", async () => {
    const user = setup();
    render(<DeleteProject defaultOpen />);
    await user.click(document.body);
    expect(screen.getByRole("alertdialog")).toBeInTheDocument();
  });

  it("runs the action and closes; Cancel closes without it", async () => {
    const user = setup();
    const onDelete = vi.fn();
    render(<DeleteProject onDelete={onDelete} />);
    const trigger = screen.getByRole("button", { name: "Delete project" });
    await user.click(trigger);
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(onDelete).not.toHaveBeenCalled();
    await user.click(trigger);
    await user.click(screen.getByRole("button", { name: "Delete" }));
    expect(onDelete).toHaveBeenCalledOnce();
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("follows the open prop when controlled", async () => {
    const user = setup();
    const onOpenChange = vi.fn();
    const { rerender } = render(<DeleteProject open onOpenChange={onOpenChange} />);
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole("alertdialog")).toBeInTheDocument();
    rerender(<DeleteProject open={false} onOpenChange={onOpenChange} />);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("cannot be opened from a disabled trigger", async () => {
    const user = setup();
    render(
      <AlertDialog>
        <AlertDialogTrigger disabled>Delete project</AlertDialogTrigger>
        <AlertDialogContent>
          <AlertDialogTitle>Delete this project?</AlertDialogTitle>
          <AlertDialogDescription>It is deleted for good.</AlertDialogDescription>
        </AlertDialogContent>
      </AlertDialog>,
    );
    await user.click(screen.getByRole("button", { name: "Delete project" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("styles the action as a primary or destructive button and Cancel as an outline button", () => {
    const { unmount } = render(<DeleteProject defaultOpen />);
    expect(screen.getByRole("button", { name: "Delete" })).toHaveAttribute(
      "data-variant",
      "primary",
    );
    expect(screen.getByRole("button", { name: "Delete" })).toHaveClass(
      "nx-button",
      "nx-button--primary",
    );
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveClass(
      "nx-button",
      "nx-button--outline",
    );
    unmount();
    render(<DeleteProject defaultOpen variant="destructive" />);
    const action = screen.getByRole("button", { name: "Delete" });
    expect(action).toHaveAttribute("data-variant", "destructive");
    expect(action).toHaveClass("nx-button", "nx-button--destructive");
    expect(action).not.toHaveClass("nx-button--primary");
  });

  it("forwards refs and appends the product's className last", () => {
    const ref = React.createRef<HTMLButtonElement>();
    render(
      <AlertDialog defaultOpen>
        <AlertDialogContent>
          <AlertDialogTitle>Leave?</AlertDialogTitle>
          <AlertDialogDescription>Unsaved changes are lost.</AlertDialogDescription>
          <AlertDialogCancel ref={ref} className="product-class">
            Stay
          </AlertDialogCancel>
        </AlertDialogContent>
      </AlertDialog>,
    );
    expect(ref.current).toBe(screen.getByRole("button", { name: "Stay" }));
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server, closed and open", () => {
    expect(renderToString(<DeleteProject />)).toContain('data-slot="alert-dialog-trigger"');
    expect(() => renderToString(<DeleteProject defaultOpen />)).not.toThrow();
  });
});
