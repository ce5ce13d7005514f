import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  type DialogContentProps,
  type DialogProps,
} from "./dialog";

function EditProfile({
  contentProps,
  ...props
}: DialogProps & { contentProps?: Partial<DialogContentProps> }) {
  return (
    <Dialog {...props}>
      <DialogTrigger>Edit profile</DialogTrigger>
      <DialogContent {...contentProps}>
        <DialogHeader>
          <DialogTitle>Edit profile</DialogTitle>
          <DialogDescription>Changes are visible to your team.</DialogDescription>
        </DialogHeader>
        <label>
          Name <input defaultValue="Ada" />
        </label>
        <DialogFooter>
          <DialogClose>Cancel</DialogClose>
          <button type="button">Save</button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });

describe("Dialog", () => {
  it("renders a dialog named by its title and described by its description", async () => {
    const user = setup();
    render(<EditProfile />);
    expect(screen.queryByRole("dialog")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Edit profile" }));
    const dialog = screen.getByRole("dialog", { name: "Edit profile" });
    expect(dialog).toHaveAccessibleDescription("Changes are visible to your team.");
    expect(dialog).toHaveAttribute("data-slot", "dialog-content");
    expect(document.querySelector('[data-slot="dialog-overlay"]')).not.toBeNull();
  });

  it.each([
    ["Enter", "{Enter}"],
    ["Space", " "],
  ])("opens with %s on the trigger and moves focus inside", async (_key, keys) => {
    const user = setup();
    render(<EditProfile />);
    await user.tab();
    expect(screen.getByRole("button", { name: "Edit profile" })).toHaveFocus();
    await user.keyboard(keys);
    const dialog = screen.getByRole("dialog");
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveFocus();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it("traps Tab and Shift+Tab inside the dialog", async () => {
    const user = setup();
    render(
      <>
        <button type="button">Before</button>
        <EditProfile defaultOpen />
        <button type="button">After</button>
      </>,
    );
    const dialog = screen.getByRole("dialog");
    const name = screen.getByRole("textbox", { name: "Name" });
    await waitFor(() => expect(name).toHaveFocus());
    const visited: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
      visited.push(document.activeElement?.textContent || document.activeElement?.tagName || "");
    }
    expect(visited).toEqual(["Cancel", "Save", "Close", "INPUT"]);
    await user.tab({ shift: true });
    expect(screen.getByRole("button", { name: "Close" })).toHaveFocus();
  });

  it("closes on Escape and returns focus to the trigger", async () => {
    const user = setup();
    const onOpenChange = vi.fn();
    render(<EditProfile onOpenChange={onOpenChange} />);
    const trigger = screen.getByRole("button", { name: "Edit profile" });
    await user.click(trigger);
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(trigger).toHaveFocus();
    expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
  });

  it("closes from the built-in close button, named Close, with an aria-hidden icon", async () => {
    const user = setup();
    render(<EditProfile defaultOpen />);
    const close = screen.getByRole("button", { name: "Close" });
    expect(close.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
    await user.click(close);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("translates the close button's name and leaves it out with showCloseButton={false}", () => {
    const { unmount } = render(<EditProfile defaultOpen contentProps={{ closeLabel: "Fermer" }} />);
    expect(screen.getByRole("button", { name: "Fermer" })).toBeInTheDocument();
    unmount();
    render(<EditProfile defaultOpen contentProps={{ showCloseButton: false }} />);
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Close" })).toBeNull();
  });

  it("closes from a DialogClose in the footer", async () => {
    const user = setup();
    render(<EditProfile defaultOpen />);
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("follows the open prop when controlled and reports changes through onOpenChange", async () => {
    const user = setup();
    const onOpenChange = vi.fn();
    const { rerender } = render(<EditProfile open={false} onOpenChange={onOpenChange} />);
    await user.click(screen.getByRole("button", { name: "Edit profile" }));
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(screen.queryByRole("dialog")).toBeNull();

    rerender(<EditProfile open onOpenChange={onOpenChange} />);
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });

  it("cannot be opened from a disabled trigger", async () => {
    const user = setup();
    render(
      <Dialog>
        <DialogTrigger disabled>Edit profile</DialogTrigger>
        <DialogContent>
          <DialogTitle>Edit profile</DialogTitle>
        </DialogContent>
      </Dialog>,
    );
    await user.click(screen.getByRole("button", { name: "Edit profile" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("sizes the content, forwards refs and appends the product's className last", () => {
    const ref = React.createRef<HTMLDivElement>();
    render(
      <Dialog defaultOpen>
        <DialogContent ref={ref} size="sm" className="product-class">
          <DialogTitle>Rename</DialogTitle>
        </DialogContent>
      </Dialog>,
    );
    const dialog = screen.getByRole("dialog", { name: "Rename" });
    expect(ref.current).toBe(dialog);
    expect(dialog).toHaveAttribute("data-size", "sm");
    expect(dialog).toHaveClass("nx-dialog-content", "nx-dialog-content--sm");
    expect(dialog.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server, closed and open", () => {
    expect(renderToString(<EditProfile />)).toContain('data-slot="dialog-trigger"');
    expect(() => renderToString(<EditProfile defaultOpen />)).not.toThrow();
  });
});
