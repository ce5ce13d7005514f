import {
  CalendarIcon,
  FolderIcon,
  HelpCircleIcon,
  HomeIcon,
  MailIcon,
  SettingsIcon,
  UsersIcon,
} from "@nexod/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { DirectionProvider } from "../direction";
import { StatesGrid } from "../../stories/states-grid";
import {
  Sidebar,
  SidebarContent,
  SidebarFooter,
  SidebarGroup,
  SidebarGroupContent,
  SidebarGroupLabel,
  SidebarHeader,
  SidebarInset,
  SidebarMenu,
  SidebarMenuButton,
  SidebarMenuCollapsible,
  SidebarMenuCollapsibleTrigger,
  SidebarMenuItem,
  SidebarMenuSub,
  SidebarMenuSubButton,
  SidebarMenuSubItem,
  SidebarProvider,
  SidebarTrigger,
  type SidebarProps,
  type SidebarProviderProps,
} from "./index";
import { onPhone } from "@nexod/testing/stories";

const pages = [
  { label: "Home", icon: HomeIcon, active: false },
  { label: "Inbox", icon: MailIcon, active: true },
  { label: "Calendar", icon: CalendarIcon, active: false },
  { label: "Team", icon: UsersIcon, active: false },
];

const pageStyle = {
  display: "flex",
  flexDirection: "column",
  gap: "var(--nx-spacing-4)",
  padding: "var(--nx-spacing-4)",
  fontFamily: "var(--nx-font-family-sans)",
} as const;

/** The Acme app's sidebar: a group of pages, a nested Projects menu, settings in the footer. */
function AcmeSidebar({ projectsOpen = true, ...props }: SidebarProps & { projectsOpen?: boolean }) {
  return (
    <Sidebar aria-label="Main" {...props}>
      <SidebarHeader>
        <SidebarMenu>
          <SidebarMenuItem>
            <SidebarMenuButton size="lg" tooltip="Acme workspace">
              <FolderIcon />
              <span>Acme workspace</span>
            </SidebarMenuButton>
          </SidebarMenuItem>
        </SidebarMenu>
      </SidebarHeader>
      <SidebarContent>
        <SidebarGroup>
          <SidebarGroupLabel>Workspace</SidebarGroupLabel>
          <SidebarGroupContent>
            <SidebarMenu>
              {pages.map(({ label, icon: Icon, active }) => (
                <SidebarMenuItem key={label}>
                  <SidebarMenuButton asChild isActive={active} tooltip={label}>
                    <a href={`#${label.toLowerCase()}`}>
                      <Icon />
                      <span>{label}</span>
                    </a>
                  </SidebarMenuButton>
                </SidebarMenuItem>
              ))}
              <SidebarMenuCollapsible defaultOpen={projectsOpen}>
                <SidebarMenuCollapsibleTrigger tooltip="Projects">
                  <FolderIcon />
                  <span>Projects</span>
                </SidebarMenuCollapsibleTrigger>
                <SidebarMenuSub>
                  {["Website relaunch", "Mobile app", "Brand refresh"].map((project, index) => (
                    <SidebarMenuSubItem key={project}>
                      <SidebarMenuSubButton href={`#project-${index}`} isActive={index === 1}>
                        {project}
                      </SidebarMenuSubButton>
                    </SidebarMenuSubItem>
                  ))}
                </SidebarMenuSub>
              </SidebarMenuCollapsible>
            </SidebarMenu>
          </SidebarGroupContent>
        </SidebarGroup>
      </SidebarContent>
      <SidebarFooter>
        <SidebarMenu>
          <SidebarMenuItem>
            <SidebarMenuButton tooltip="Help">
              <HelpCircleIcon />
              <span>Help</span>
            </SidebarMenuButton>
          </SidebarMenuItem>
          <SidebarMenuItem>
            <SidebarMenuButton tooltip="Settings">
              <SettingsIcon />
              <span>Settings</span>
            </SidebarMenuButton>
          </SidebarMenuItem>
        </SidebarMenu>
      </SidebarFooter>
    </Sidebar>
  );
}

function AcmeApp({
  sidebarProps,
  ...props
}: SidebarProviderProps & { sidebarProps?: SidebarProps & { projectsOpen?: boolean } }) {
  const sidebar = <AcmeSidebar {...sidebarProps} />;
  const inset = (
    <SidebarInset>
      <div style={pageStyle}>
        <div style={{ display: "flex", alignItems: "center", gap: "var(--nx-spacing-2)" }}>
          <SidebarTrigger />
          <span style={{ fontWeight: 600 }}>Inbox</span>
        </div>
        <p style={{ margin: 0 }}>Press Ctrl+B (⌘B on a Mac) to collapse or expand the sidebar</p>
      </div>
    </SidebarInset>
  );
  return (
    // Stories keep their state to themselves: no cookie written into the Storybook frame.
    <SidebarProvider cookieName={false} {...props}>
      {sidebarProps?.side === "end" ? (
        <>
          {inset}
          {sidebar}
        </>
      ) : (
        <>
          {sidebar}
          {inset}
        </>
      )}
    </SidebarProvider>
  );
}

const meta = {
  title: "Layout/Sidebar",
  component: Sidebar,
  subcomponents: {
    SidebarProvider,
    SidebarTrigger,
    SidebarInset,
    SidebarHeader,
    SidebarContent,
    SidebarFooter,
    SidebarGroup,
    SidebarGroupLabel,
    SidebarMenu,
    SidebarMenuItem,
    SidebarMenuButton,
    SidebarMenuCollapsible,
    SidebarMenuSub,
  },
  tags: ["autodocs"],
  args: { side: "start", collapsible: "icon" },
  argTypes: {
    side: { control: "inline-radio", options: ["start", "end"] },
    collapsible: { control: "inline-radio", options: ["icon", "offcanvas", "none"] },
  },
  parameters: {
    layout: "fullscreen",
    docs: { story: { inline: false, height: "520px" } },
  },
  render: (args) => <AcmeApp sidebarProps={args} />,
} satisfies Meta<typeof Sidebar>;

export default meta;
type Story = StoryObj<typeof meta>;

const modifier = /Mac|iPhone|iPad/.test(navigator.platform) ? "Meta" : "Control";

/**
 * Expanded. Ctrl+B (⌘B) collapses it to icons and back; the trigger's `aria-expanded` follows,
 * and the current page is `aria-current="page"`.
 */
export const Expanded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const nav = canvas.getByRole("navigation", { name: "Main" });
    const trigger = canvas.getByRole("button", { name: "Toggle sidebar" });
    await expect(nav).toHaveAttribute("data-state", "expanded");
    await expect(trigger).toHaveAttribute("aria-expanded", "true");
    await expect(within(nav).getByRole("link", { name: "Inbox" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await userEvent.keyboard(`{${modifier}>}b{/${modifier}}`);
    await expect(nav).toHaveAttribute("data-state", "collapsed");
    await expect(trigger).toHaveAttribute("aria-expanded", "false");
    await userEvent.keyboard("{Control>}b{/Control}");
    await expect(nav).toHaveAttribute("data-state", "expanded");
    await userEvent.click(trigger);
    await expect(nav).toHaveAttribute("data-state", "collapsed");
    await userEvent.click(trigger);
    await expect(nav).toHaveAttribute("data-state", "expanded");
  },
};

/**
 * Collapsed to icons (`defaultOpen={false}`, as the server renders it from the cookie). Keyboard
 * focus on an item shows its label as a tooltip.
 */
export const Collapsed: Story = {
  render: (args) => <AcmeApp defaultOpen={false} sidebarProps={args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const nav = canvas.getByRole("navigation", { name: "Main" });
    await expect(nav).toHaveAttribute("data-state", "collapsed");
    await expect(nav.getBoundingClientRect().width).toBeLessThanOrEqual(48);
    await userEvent.tab();
    await userEvent.tab();
    await expect(within(nav).getByRole("link", { name: "Home" })).toHaveFocus();
    await expect(await body.findByRole("tooltip", { name: "Home" })).toBeInTheDocument();
  },
};

/** `collapsible="offcanvas"` collapsed: the sidebar leaves the screen entirely. */
export const OffcanvasCollapsed: Story = {
  args: { collapsible: "offcanvas" },
  render: (args) => <AcmeApp defaultOpen={false} sidebarProps={args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("navigation", { name: "Main" })).toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: "Toggle sidebar" }));
    await expect(canvas.getByRole("navigation", { name: "Main" })).toBeVisible();
  },
};

/**
 * A nested menu in a `SidebarMenuCollapsible`: Enter or Space on Projects folds it; its
 * `aria-expanded` says so.
 */
export const NestedItems: Story = {
  render: (args) => <AcmeApp sidebarProps={{ ...args, projectsOpen: false }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const projects = canvas.getByRole("button", { name: "Projects" });
    await expect(projects).toHaveAttribute("aria-expanded", "false");
    projects.focus();
    await userEvent.keyboard("{Enter}");
    await expect(projects).toHaveAttribute("aria-expanded", "true");
    const mobileApp = canvas.getByRole("link", { name: "Mobile app" });
    await expect(mobileApp).toBeVisible();
    await expect(mobileApp).toHaveAttribute("aria-current", "page");
    await userEvent.tab();
    await expect(canvas.getByRole("link", { name: "Website relaunch" })).toHaveFocus();
  },
};

/**
 * Below the `md` breakpoint (forced here) the sidebar is an off-canvas sheet: the trigger opens
 * it with Enter, Escape closes it and focus goes back to the trigger.
 */
export const Mobile: Story = {
  ...onPhone,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await expect(canvas.queryByRole("navigation", { name: "Main" })).toBeNull();
    const trigger = canvas.getByRole("button", { name: "Toggle sidebar" });
    await expect(trigger).toHaveAttribute("aria-expanded", "false");
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const sheet = await body.findByRole("dialog", { name: "Main" });
    await expect(within(sheet).getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(trigger).toHaveAttribute("aria-expanded", "true");
    await waitFor(() => expect(sheet).toContainElement(document.activeElement as HTMLElement));
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** The small-screen sheet left open, for review. */
export const MobileOpen: Story = {
  ...onPhone,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Toggle sidebar" }));
    await within(canvasElement.ownerDocument.body).findByRole("dialog", { name: "Main" });
  },
};

/** On the inline end: place the `Sidebar` after the `SidebarInset`. */
export const End: Story = {
  args: { side: "end" },
};

/** Right to left: the sidebar sits on the right, tooltips open to its left. */
export const RightToLeft: Story = {
  beforeEach: () => {
    const root = document.documentElement;
    const previous = root.getAttribute("dir");
    root.setAttribute("dir", "rtl");
    return () => {
      if (previous === null) root.removeAttribute("dir");
      else root.setAttribute("dir", previous);
    };
  },
  render: (args) => (
    <DirectionProvider dir="rtl">
      <AcmeApp sidebarProps={args} />
    </DirectionProvider>
  ),
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole("navigation", { name: "Main" });
    const { right } = nav.getBoundingClientRect();
    await expect(
      Math.abs(right - canvasElement.ownerDocument.documentElement.clientWidth),
    ).toBeLessThan(1);
  },
};

const buttonStates = ["rest", "hover", "focus", "active", "disabled"] as const;

/** Menu buttons at rest, hovered, focused, current (`isActive`) and disabled, expanded and collapsed. */
export const States: Story = {
  parameters: {
    layout: "padded",
    pseudo: {
      rootSelector: "body",
      hover: ["#sidebar-expanded-hover", "#sidebar-collapsed-hover"],
      focusVisible: ["#sidebar-expanded-focus", "#sidebar-collapsed-focus"],
    },
  },
  render: () => (
    <StatesGrid
      states={buttonStates}
      rows={(["expanded", "collapsed"] as const).map((state) => ({
        name: state,
        cells: buttonStates.map((cell) => (
          <SidebarProvider
            key={cell}
            cookieName={false}
            keyboardShortcut={false}
            defaultOpen={state === "expanded"}
            style={{ minHeight: 0, ["--nx-sidebar-width" as string]: "var(--nx-spacing-40)" }}
          >
            <Sidebar
              aria-label={`${state} ${cell}`}
              style={{ position: "static", height: "auto", padding: "var(--nx-spacing-2)" }}
            >
              <SidebarMenu>
                <SidebarMenuItem>
                  <SidebarMenuButton
                    id={`sidebar-${state}-${cell}`}
                    isActive={cell === "active"}
                    disabled={cell === "disabled"}
                  >
                    <MailIcon />
                    <span>Inbox</span>
                  </SidebarMenuButton>
                </SidebarMenuItem>
              </SidebarMenu>
            </Sidebar>
          </SidebarProvider>
        )),
      }))}
    />
  ),
};
