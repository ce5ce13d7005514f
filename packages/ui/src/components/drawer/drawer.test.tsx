import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  Drawer,
  DrawerBody,
  DrawerClose,
  DrawerContent,
  DrawerDescription,
  DrawerFooter,
  DrawerHeader,
  DrawerTitle,
  DrawerTrigger,
  type DrawerContentProps,
  type DrawerProps,
} from "./drawer";

function Share({
  contentProps,
  ...props
}: Partial<DrawerProps> & { contentProps?: Partial<DrawerContentProps> }) {
  return (
    <Drawer {...(props as DrawerProps)}>
      <DrawerTrigger>Share</DrawerTrigger>
      <DrawerContent {...contentProps}>
        <DrawerHeader>
          <DrawerTitle>Share report</DrawerTitle>
          <DrawerDescription>Anyone with the link can view it.</DrawerDescription>
        </DrawerHeader>
        <DrawerBody>
          <button type="button">Copy link</button>
        </DrawerBody>
        <DrawerFooter>
          <DrawerClose>Done</DrawerClose>
        </DrawerFooter>
      </DrawerContent>
    </Drawer>
  );
}

// vaul captures the pointer on press; jsdom has no pointer capture.
beforeAll(() => {
  Element.prototype.setPointerCapture ??= () => {};
});

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });

describe("Drawer", () => {
  it("opens a dialog named by its title, with a handle hidden from screen readers", async () => {
    const user = setup();
    render(<Share />);
    await user.click(screen.getByRole("button", { name: "Share" }));
    const drawer = await screen.findByRole("dialog", { name: "Share report" });
    expect(drawer).toHaveAccessibleDescription("Anyone with the link can view it.");
    expect(drawer).toHaveAttribute("data-slot", "drawer-content");
    const handle = drawer.querySelector('[data-slot="drawer-handle"]');
    expect(handle).toHaveAttribute("aria-hidden", "true");
  });

  // Focus going back to the trigger is checked in the browser (Overlays/Drawer, Default): vaul
  // unmounts after its closing animation, which jsdom does not run.
  it("moves focus into the drawer when it opens", async () => {
    const user = setup();
    render(<Share />);
    const trigger = screen.getByRole("button", { name: "Share" });
    trigger.focus();
    await user.keyboard("{Enter}");
    const drawer = await screen.findByRole("dialog");
    await waitFor(() => expect(drawer).toContainElement(document.activeElement as HTMLElement));
    expect(screen.getByRole("button", { name: "Copy link" })).toHaveFocus();
  });

  it("leaves the handle out with showHandle={false}", async () => {
    render(<Share defaultOpen contentProps={{ showHandle: false }} />);
    const drawer = await screen.findByRole("dialog");
    expect(drawer.querySelector('[data-slot="drawer-handle"]')).toBeNull();
  });

  it("closes on Escape and reports it", async () => {
    const user = setup();
    const onOpenChange = vi.fn();
    render(<Share onOpenChange={onOpenChange} />);
    await user.click(screen.getByRole("button", { name: "Share" }));
    await screen.findByRole("dialog");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(onOpenChange).toHaveBeenLastCalledWith(false));
  });

  it("closes from a DrawerClose", async () => {
    const user = setup();
    const onOpenChange = vi.fn();
    render(<Share defaultOpen onOpenChange={onOpenChange} />);
    await user.click(await screen.findByRole("button", { name: "Done" }));
    await waitFor(() => expect(onOpenChange).toHaveBeenLastCalledWith(false));
  });

  it("appends the product's className last", async () => {
    render(<Share defaultOpen contentProps={{ className: "product-class" }} />);
    const drawer = await screen.findByRole("dialog");
    expect(drawer).toHaveClass("nx-drawer-content");
    expect(drawer.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server", () => {
    expect(renderToString(<Share />)).toContain('data-slot="drawer-trigger"');
  });
});
