import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { StatesGrid } from "../../stories/states-grid";
import { ResizableHandle, ResizablePanel, ResizablePanelGroup } from ".";

const pane = {
  display: "flex",
  alignItems: "center",
  justifyContent: "center",
  blockSize: "100%",
  padding: 16,
  boxSizing: "border-box",
  fontFamily: "var(--nx-font-family-sans)",
  fontSize: "var(--nx-font-size-sm)",
  fontWeight: 500,
} as const;
const frame = {
  blockSize: 220,
  inlineSize: 480,
  border: "1px solid var(--nx-color-border)",
  borderRadius: "var(--nx-radius-lg)",
  overflow: "hidden",
} as const;

const meta = {
  title: "Layout/Resizable",
  component: ResizablePanelGroup,
  subcomponents: { ResizablePanel, ResizableHandle },
  tags: ["autodocs"],
  args: { orientation: "horizontal", onLayoutChange: fn() },
  argTypes: { orientation: { control: "inline-radio", options: ["horizontal", "vertical"] } },
  render: (args) => (
    <div style={frame}>
      <ResizablePanelGroup {...args}>
        <ResizablePanel id="sidebar" defaultSize="30%" minSize="20%" maxSize="60%">
          <div style={pane}>Sidebar</div>
        </ResizablePanel>
        <ResizableHandle aria-label="Resize sidebar" />
        <ResizablePanel id="editor">
          <div style={pane}>Editor</div>
        </ResizablePanel>
      </ResizablePanelGroup>
    </div>
  ),
} satisfies Meta<typeof ResizablePanelGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

const value = (handle: HTMLElement) => Number(handle.getAttribute("aria-valuenow"));

/**
 * A vertical separator named "Resize sidebar" with its value in percent: the arrow keys move
 * it within the sidebar's min and max, Home and End jump to them.
 */
export const Horizontal: Story = {
  play: async ({ args, canvasElement }) => {
    const handle = within(canvasElement).getByRole("separator", { name: "Resize sidebar" });
    await expect(handle).toHaveAttribute("aria-orientation", "vertical");
    await waitFor(() => expect(value(handle)).toBe(30));
    await expect(handle).toHaveAttribute("aria-valuemin", "20");
    await expect(handle).toHaveAttribute("aria-valuemax", "60");
    await userEvent.tab();
    await expect(handle).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    await waitFor(() => expect(value(handle)).toBeGreaterThan(30));
    await expect(args.onLayoutChange).toHaveBeenCalled();
    await userEvent.keyboard("{End}");
    await waitFor(() => expect(value(handle)).toBe(60));
    await userEvent.keyboard("{Home}");
    await waitFor(() => expect(value(handle)).toBe(20));
    const sidebar = canvasElement.querySelector<HTMLElement>("#sidebar")!;
    const group = canvasElement.querySelector<HTMLElement>("[data-slot=resizable-panel-group]")!;
    const ratio = sidebar.getBoundingClientRect().width / group.getBoundingClientRect().width;
    await expect(ratio).toBeGreaterThan(0.19);
    await expect(ratio).toBeLessThan(0.21);
  },
};

/** Stacked panels: a horizontal separator moved with Up and Down. */
export const Vertical: Story = {
  args: { orientation: "vertical" },
  render: (args) => (
    <div style={frame}>
      <ResizablePanelGroup {...args}>
        <ResizablePanel id="query" defaultSize="50%" minSize="25%">
          <div style={pane}>Query</div>
        </ResizablePanel>
        <ResizableHandle aria-label="Resize query" showGrip />
        <ResizablePanel id="results" minSize="25%">
          <div style={pane}>Results</div>
        </ResizablePanel>
      </ResizablePanelGroup>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const handle = within(canvasElement).getByRole("separator", { name: "Resize query" });
    await expect(handle).toHaveAttribute("aria-orientation", "horizontal");
    await waitFor(() => expect(value(handle)).toBe(50));
    handle.focus();
    await userEvent.keyboard("{ArrowUp}");
    await waitFor(() => expect(value(handle)).toBeLessThan(50));
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    await waitFor(() => expect(value(handle)).toBeGreaterThan(50));
  },
};

/** `showGrip` draws a grip on the line. */
export const WithGrip: Story = {
  render: (args) => (
    <div style={frame}>
      <ResizablePanelGroup {...args}>
        <ResizablePanel id="list" defaultSize="40%">
          <div style={pane}>Inbox</div>
        </ResizablePanel>
        <ResizableHandle aria-label="Resize inbox" showGrip />
        <ResizablePanel id="message">
          <div style={pane}>Message</div>
        </ResizablePanel>
      </ResizablePanelGroup>
    </div>
  ),
};

/** Three panels with a nested vertical group, as an IDE lays out files, editor and terminal. */
export const Nested: Story = {
  render: () => (
    <div style={{ ...frame, blockSize: 280, inlineSize: 560 }}>
      <ResizablePanelGroup orientation="horizontal">
        <ResizablePanel id="files" defaultSize="25%" minSize="15%">
          <div style={pane}>Files</div>
        </ResizablePanel>
        <ResizableHandle aria-label="Resize files" showGrip />
        <ResizablePanel id="main">
          <ResizablePanelGroup orientation="vertical">
            <ResizablePanel id="code" defaultSize="65%">
              <div style={pane}>Editor</div>
            </ResizablePanel>
            <ResizableHandle aria-label="Resize editor" showGrip />
            <ResizablePanel id="terminal">
              <div style={pane}>Terminal</div>
            </ResizablePanel>
          </ResizablePanelGroup>
        </ResizablePanel>
      </ResizablePanelGroup>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("separator")).toHaveLength(2);
    await expect(canvas.getByRole("separator", { name: "Resize editor" })).toHaveAttribute(
      "aria-orientation",
      "horizontal",
    );
  },
};

/** A collapsible sidebar: Enter on the handle collapses it and restores it. */
export const Collapsible: Story = {
  render: (args) => (
    <div style={frame}>
      <ResizablePanelGroup {...args}>
        <ResizablePanel id="nav" defaultSize="30%" minSize="20%" collapsible>
          <div style={pane}>Navigation</div>
        </ResizablePanel>
        <ResizableHandle aria-label="Resize navigation" showGrip />
        <ResizablePanel id="page">
          <div style={pane}>Page</div>
        </ResizablePanel>
      </ResizablePanelGroup>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const handle = within(canvasElement).getByRole("separator", { name: "Resize navigation" });
    await waitFor(() => expect(value(handle)).toBe(30));
    handle.focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(value(handle)).toBe(0));
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(value(handle)).toBe(30));
  },
};

/** A disabled handle is not focusable and does not move. */
export const Disabled: Story = {
  render: (args) => (
    <div style={frame}>
      <ResizablePanelGroup {...args}>
        <ResizablePanel id="fixed" defaultSize="30%">
          <div style={pane}>Fixed</div>
        </ResizablePanel>
        <ResizableHandle aria-label="Resize fixed panel" disabled showGrip />
        <ResizablePanel id="rest">
          <div style={pane}>Rest</div>
        </ResizablePanel>
      </ResizablePanelGroup>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const handle = within(canvasElement).getByRole("separator", { name: "Resize fixed panel" });
    await expect(handle).toHaveAttribute("aria-disabled", "true");
    await expect(handle).not.toHaveAttribute("tabindex");
  },
};

const handleStates = ["rest", "hover", "focus", "disabled"] as const;

/** The handle, with and without a grip, in every state. Hover and keyboard focus are forced. */
export const States: Story = {
  parameters: {
    pseudo: {
      rootSelector: "body",
      hover: ['[data-cell="hover"] [data-slot="resizable-handle"]'],
      focusVisible: ['[data-cell="focus"] [data-slot="resizable-handle"]'],
    },
  },
  render: () => (
    <StatesGrid
      states={handleStates}
      rows={[false, true].map((grip) => ({
        name: grip ? "with grip" : "line",
        cells: handleStates.map((state) => (
          <div key={state} data-cell={state} style={{ ...frame, blockSize: 80, inlineSize: 140 }}>
            <ResizablePanelGroup orientation="horizontal">
              <ResizablePanel id={`${state}-${String(grip)}-a`}>
                <div style={pane}>A</div>
              </ResizablePanel>
              <ResizableHandle
                aria-label={`Resize, ${grip ? "grip" : "line"}, ${state}`}
                showGrip={grip}
                disabled={state === "disabled"}
              />
              <ResizablePanel id={`${state}-${String(grip)}-b`}>
                <div style={pane}>B</div>
              </ResizablePanel>
            </ResizablePanelGroup>
          </div>
        )),
      }))}
    />
  ),
};
