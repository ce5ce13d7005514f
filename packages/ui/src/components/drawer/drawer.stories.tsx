import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fireEvent, userEvent, waitFor, within } from "storybook/test";
import { Button } from "../button";
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

function MoveTaskDrawer({
  rootProps,
  ...contentProps
}: DrawerContentProps & { rootProps?: Partial<DrawerProps> }) {
  return (
    <Drawer {...(rootProps as DrawerProps)}>
      <DrawerTrigger asChild>
        <Button variant="outline">Move task</Button>
      </DrawerTrigger>
      <DrawerContent {...contentProps}>
        <DrawerHeader>
          <DrawerTitle>Move task</DrawerTitle>
          <DrawerDescription>Pick the column the task goes to.</DrawerDescription>
        </DrawerHeader>
        <DrawerBody>
          {["To do", "In progress", "In review", "Done"].map((column) => (
            <DrawerClose key={column} asChild>
              <Button variant="ghost">{column}</Button>
            </DrawerClose>
          ))}
        </DrawerBody>
        <DrawerFooter>
          <DrawerClose asChild>
            <Button variant="outline">Cancel</Button>
          </DrawerClose>
        </DrawerFooter>
      </DrawerContent>
    </Drawer>
  );
}

/** Open stories render in their own iframe on the docs page so their scrim stays inside. */
const openInDocs = { docs: { story: { inline: false, height: "560px" } } };

const meta = {
  title: "Overlays/Drawer",
  component: DrawerContent,
  subcomponents: {
    Drawer,
    DrawerTrigger,
    DrawerHeader,
    DrawerBody,
    DrawerFooter,
    DrawerTitle,
    DrawerDescription,
    DrawerClose,
  },
  tags: ["autodocs"],
  args: { showHandle: true },
  argTypes: { showHandle: { control: "boolean" } },
  render: (args) => <MoveTaskDrawer {...args} />,
} satisfies Meta<typeof DrawerContent>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opens with Enter; focus moves in; Escape closes it and focus returns to the trigger. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = body.getByRole("button", { name: "Move task" });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const drawer = await body.findByRole("dialog", { name: "Move task" });
    await expect(drawer).toHaveAccessibleDescription("Pick the column the task goes to.");
    await waitFor(() => expect(drawer).toContainElement(document.activeElement as HTMLElement));
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

export const Open: Story = {
  parameters: openInDocs,
  render: (args) => <MoveTaskDrawer {...args} rootProps={{ defaultOpen: true }} />,
  play: async ({ canvasElement }) => {
    const drawer = await within(canvasElement.ownerDocument.body).findByRole("dialog");
    const handle = drawer.querySelector('[data-slot="drawer-handle"]');
    await expect(handle).toHaveAttribute("aria-hidden", "true");
    // The drawer rests on the bottom edge of the window.
    const { bottom } = drawer.getBoundingClientRect();
    await waitFor(() => expect(Math.abs(bottom - window.innerHeight)).toBeLessThan(1));
  },
};

export const WithoutHandle: Story = {
  args: { showHandle: false },
  parameters: openInDocs,
  render: (args) => <MoveTaskDrawer {...args} rootProps={{ defaultOpen: true }} />,
};

/** Dragging the drawer down by more than a quarter of its height closes it, as a swipe does. */
export const DragToDismiss: Story = {
  parameters: openInDocs,
  render: (args) => <MoveTaskDrawer {...args} rootProps={{ defaultOpen: true }} />,
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const drawer = await body.findByRole("dialog", { name: "Move task" });
    const handle = drawer.querySelector('[data-slot="drawer-handle"]')!;
    // vaul ignores drags in the first half second after opening (the slide-in).
    await new Promise((resolve) => setTimeout(resolve, 600));
    const { left, top, height } = drawer.getBoundingClientRect();
    const pointer = { pointerId: 1, pointerType: "touch", isPrimary: true, clientX: left + 40 };
    fireEvent.pointerDown(handle, { ...pointer, clientY: top + 4, button: 0, buttons: 1 });
    for (let step = 1; step <= 10; step += 1) {
      await new Promise((resolve) => setTimeout(resolve, 16));
      fireEvent.pointerMove(handle, {
        ...pointer,
        clientY: top + 4 + (height * 0.8 * step) / 10,
        buttons: 1,
      });
    }
    fireEvent.pointerUp(handle, { ...pointer, clientY: top + 4 + height * 0.8 });
    await waitFor(() => expect(body.queryByRole("dialog")).toBeNull(), { timeout: 3000 });
  },
};

/**
 * With snap points the drawer rests at 50 % of the window; dragging up takes it to 90 %.
 * The content fills the window's height, as vaul's snap points expect.
 */
export const SnapPoints: Story = {
  parameters: openInDocs,
  render: (args) => (
    <MoveTaskDrawer
      {...args}
      style={{ blockSize: "100%", maxBlockSize: "none" }}
      rootProps={{ snapPoints: [0.5, 0.9] }}
    />
  ),
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(body.getByRole("button", { name: "Move task" }));
    const drawer = await body.findByRole("dialog");
    await expect(drawer).toHaveAttribute("data-vaul-snap-points", "true");
    // Resting at the first snap point: the top half of the window stays uncovered.
    await waitFor(() =>
      expect(Math.abs(drawer.getBoundingClientRect().top - window.innerHeight / 2)).toBeLessThan(2),
    );
  },
};
