import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  Toast,
  ToastAction,
  ToastClose,
  ToastDescription,
  ToastProvider,
  ToastTitle,
  ToastViewport,
  Toaster,
  toast,
  type ToastOptions,
} from ".";
import { getToasts, resetToasts } from "./toast-store";

beforeEach(() => {
  resetToasts();
});

afterEach(() => {
  vi.useRealTimers();
});

function show(options: ToastOptions) {
  let handle: ReturnType<typeof toast> | undefined;
  act(() => {
    handle = toast(options);
  });
  if (!handle) throw new Error("toast() returned nothing");
  return handle;
}

const region = () => screen.getByRole("region", { name: "Notifications (F8)" });

describe("toast() and Toaster", () => {
  it("shows a toast with its title and description in the notifications region", () => {
    render(<Toaster />);
    expect(within(region()).queryAllByRole("listitem")).toHaveLength(0);
    show({ title: "Saved", description: "Your changes are live." });
    const item = within(region()).getByRole("listitem");
    expect(item).toHaveTextContent("Saved");
    expect(item).toHaveTextContent("Your changes are live.");
    expect(item).toHaveAttribute("data-slot", "toast");
    expect(item).toHaveAttribute("data-state", "open");
  });

  it("announces the toast politely in a status live region", async () => {
    render(<Toaster />);
    show({ title: "Saved", description: "Your changes are live." });
    const status = await screen.findByRole("status");
    expect(status).toHaveAttribute("aria-live", "polite");
    await waitFor(() =>
      expect(status).toHaveTextContent("Notification Saved Your changes are live."),
    );
  });

  it("announces destructive toasts assertively, and reads the action's altText", async () => {
    render(<Toaster label="Alert" />);
    show({
      title: "Upload failed",
      variant: "destructive",
      action: { label: "Retry", altText: "Retry from the Uploads page" },
    });
    const status = await screen.findByRole("status");
    expect(status).toHaveAttribute("aria-live", "assertive");
    await waitFor(() =>
      expect(status).toHaveTextContent("Alert Upload failed Retry from the Uploads page"),
    );
    expect(screen.getByRole("listitem")).toHaveAttribute("data-variant", "destructive");
  });

  it("closes with the close button and drops the toast from the queue", async () => {
    const user = userEvent.setup();
    render(<Toaster closeLabel="Dismiss" />);
    show({ title: "Saved" });
    await user.click(within(region()).getByRole("button", { name: "Dismiss" }));
    expect(within(region()).queryByRole("listitem")).toBeNull();
    expect(getToasts()).toHaveLength(0);
  });

  it("moves focus to the toasts with F8 and closes the focused toast with Escape", async () => {
    const user = userEvent.setup();
    render(<Toaster />);
    show({ title: "Saved" });
    // user-event has no F8 in its key map; [F8] sets the `code` Radix listens for.
    await user.keyboard("[F8]");
    expect(within(region()).getByRole("list")).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("listitem")).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listitem")).toBeNull();
  });

  it("runs the action's onClick, then closes", async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(<Toaster />);
    show({
      title: "Message deleted",
      action: { label: "Undo", altText: "Undo with Ctrl+Z", onClick },
    });
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(onClick).toHaveBeenCalledOnce();
    expect(screen.queryByRole("listitem")).toBeNull();
  });

  it("keeps a closing toast until its exit animation ends, then drops it", async () => {
    const user = userEvent.setup();
    // jsdom runs no CSS animations: report the keyframes the toast's classes would run.
    const getComputedStyle = window.getComputedStyle.bind(window);
    vi.spyOn(window, "getComputedStyle").mockImplementation((element, pseudo) => {
      if (!(element instanceof HTMLElement) || element.dataset.slot !== "toast") {
        return getComputedStyle(element, pseudo);
      }
      return {
        display: "flex",
        get animationName() {
          return element.dataset.state === "closed" ? "nx-scale-out" : "nx-scale-in";
        },
      } as CSSStyleDeclaration;
    });
    render(<Toaster />);
    show({ title: "Saved" });
    const item = screen.getByRole("listitem");
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(item).toHaveAttribute("data-state", "closed");
    expect(item).toBeInTheDocument();
    expect(getToasts()).toMatchObject([{ title: "Saved", open: false }]);
    act(() => {
      item.dispatchEvent(
        Object.assign(new Event("animationend"), { animationName: "nx-scale-out" }),
      );
    });
    expect(item).not.toBeInTheDocument();
    expect(getToasts()).toHaveLength(0);
  });

  it("closes itself after its duration, or the Toaster's", () => {
    vi.useFakeTimers();
    render(<Toaster duration={8000} />);
    show({ title: "Short", duration: 3000 });
    show({ title: "Default" });
    act(() => vi.advanceTimersByTime(2999));
    expect(screen.getByText("Short")).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByText("Short")).toBeNull();
    act(() => vi.advanceTimersByTime(4999));
    expect(screen.getByText("Default")).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByText("Default")).toBeNull();
    expect(getToasts()).toHaveLength(0);
  });

  it("stays with duration Infinity until dismissed through its handle", () => {
    vi.useFakeTimers();
    render(<Toaster />);
    const handle = show({ title: "Uploading…", duration: Infinity });
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText("Uploading…")).toBeInTheDocument();
    act(() => handle.dismiss());
    expect(screen.queryByText("Uploading…")).toBeNull();
  });

  it("updates a shown toast through its handle", () => {
    render(<Toaster />);
    const handle = show({ title: "Uploading…" });
    expect(handle.id).toBe("toast-1");
    act(() => handle.update({ title: "Uploaded", variant: "success" }));
    const item = screen.getByRole("listitem");
    expect(item).toHaveTextContent("Uploaded");
    expect(item).toHaveAttribute("data-variant", "success");
  });

  it("dismisses one toast by id, or all of them", () => {
    render(<Toaster />);
    const first = show({ title: "First" });
    show({ title: "Second" });
    show({ title: "Third" });
    act(() => toast.dismiss(first.id));
    expect(screen.getAllByRole("listitem").map((item) => item.textContent?.trim())).toEqual([
      "Second",
      "Third",
    ]);
    act(() => toast.dismiss());
    expect(screen.queryAllByRole("listitem")).toHaveLength(0);
  });

  it("shows at most three toasts, closing the oldest", () => {
    render(<Toaster />);
    for (const title of ["One", "Two", "Three", "Four"]) show({ title });
    expect(screen.getAllByRole("listitem").map((item) => item.textContent?.trim())).toEqual([
      "Two",
      "Three",
      "Four",
    ]);
    expect(getToasts().map((record) => record.title)).toEqual(["Two", "Three", "Four"]);
  });

  it("keeps open toasts through StrictMode's effect replay, and still drops closed ones", async () => {
    const user = userEvent.setup();
    render(
      <React.StrictMode>
        <Toaster />
      </React.StrictMode>,
    );
    show({ title: "Saved" });
    expect(screen.getByRole("listitem")).toHaveTextContent("Saved");
    expect(getToasts()).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("listitem")).toBeNull();
    expect(getToasts()).toHaveLength(0);
  });

  it("keeps toasts queued before the Toaster mounts", () => {
    show({ title: "Welcome back" });
    render(<Toaster position="top-left" />);
    expect(screen.getByRole("listitem")).toHaveTextContent("Welcome back");
    expect(screen.getByRole("list")).toHaveAttribute("data-position", "top-left");
  });

  it("renders an empty viewport on the server, even with queued toasts", () => {
    toast({ title: "Not on the server" });
    const html = renderToString(<Toaster />);
    expect(html).toContain('role="region"');
    expect(html).toContain('aria-label="Notifications (F8)"');
    expect(html).not.toContain("Not on the server");
  });
});

describe("Toast parts", () => {
  function Composed(props: React.ComponentProps<typeof Toast>) {
    return (
      <ToastProvider>
        <Toast {...props}>
          <ToastTitle>Invite sent</ToastTitle>
          <ToastDescription>Ana will get an email.</ToastDescription>
          <ToastAction altText="Resend from the Members page">Resend</ToastAction>
          <ToastClose />
        </Toast>
        <ToastViewport />
      </ToastProvider>
    );
  }

  it("shows by default and closes itself when uncontrolled", async () => {
    const user = userEvent.setup();
    render(<Composed />);
    expect(screen.getByRole("listitem")).toHaveTextContent("Invite sent");
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("listitem")).toBeNull();
  });

  it("follows `open` and reports closing through onOpenChange when controlled", async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    const { rerender } = render(<Composed open onOpenChange={onOpenChange} />);
    await user.click(screen.getByRole("button", { name: "Resend" }));
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
    expect(screen.getByRole("listitem")).toBeInTheDocument();
    rerender(<Composed open={false} onOpenChange={onOpenChange} />);
    expect(screen.queryByRole("listitem")).toBeNull();
  });

  it("does not render a toast with defaultOpen={false}", () => {
    render(<Composed defaultOpen={false} />);
    expect(screen.queryByRole("listitem")).toBeNull();
  });

  it("forwards refs, sets data-slot and appends the product's className last", () => {
    const refs = {
      viewport: React.createRef<HTMLOListElement>(),
      toast: React.createRef<HTMLLIElement>(),
      title: React.createRef<HTMLDivElement>(),
      description: React.createRef<HTMLDivElement>(),
      action: React.createRef<HTMLButtonElement>(),
      close: React.createRef<HTMLButtonElement>(),
    };
    render(
      <ToastProvider>
        <Toast ref={refs.toast} variant="success" className="p-toast">
          <ToastTitle ref={refs.title} className="p-title">
            Saved
          </ToastTitle>
          <ToastDescription ref={refs.description} className="p-description">
            Done
          </ToastDescription>
          <ToastAction ref={refs.action} altText="Open it from Files" className="p-action">
            Open
          </ToastAction>
          <ToastClose ref={refs.close} aria-label="Fermer" className="p-close" />
        </Toast>
        <ToastViewport ref={refs.viewport} className="p-viewport" />
      </ToastProvider>,
    );
    const expected = {
      viewport: ["toast-viewport", "p-viewport"],
      toast: ["toast", "p-toast"],
      title: ["toast-title", "p-title"],
      description: ["toast-description", "p-description"],
      action: ["toast-action", "p-action"],
      close: ["toast-close", "p-close"],
    } as const;
    for (const [part, [slot, className]] of Object.entries(expected)) {
      const element = refs[part as keyof typeof refs].current;
      expect(element, part).toHaveAttribute("data-slot", slot);
      expect(element?.className.split(" ").at(-1), part).toBe(className);
    }
    expect(refs.viewport.current).toHaveClass(
      "nx-toast-viewport",
      "nx-toast-viewport--bottom-right",
    );
    expect(refs.toast.current).toHaveClass("nx-toast", "nx-toast--success");
    expect(refs.close.current).toBe(screen.getByRole("button", { name: "Fermer" }));
  });

  it("names the close button after its text when it has any", () => {
    render(
      <ToastProvider>
        <Toast>
          <ToastTitle>Saved</ToastTitle>
          <ToastClose>Dismiss</ToastClose>
        </Toast>
        <ToastViewport />
      </ToastProvider>,
    );
    expect(screen.getByRole("button", { name: "Dismiss" })).not.toHaveAttribute("aria-label");
  });
});
