import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  SIDEBAR_COOKIE_NAME,
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
  readSidebarCookie,
  useSidebar,
  type SidebarProps,
  type SidebarProviderProps,
} from "./index";

function App({
  sidebarProps,
  ...props
}: SidebarProviderProps & { sidebarProps?: Partial<SidebarProps> }) {
  return (
    <SidebarProvider {...props}>
      <Sidebar aria-label="Main" {...sidebarProps}>
        <SidebarHeader>Acme</SidebarHeader>
        <SidebarContent>
          <SidebarGroup>
            <SidebarGroupLabel>Workspace</SidebarGroupLabel>
            <SidebarGroupContent>
              <SidebarMenu>
                <SidebarMenuItem>
                  <SidebarMenuButton asChild isActive tooltip="Inbox">
                    <a href="/inbox">
                      <span>Inbox</span>
                    </a>
                  </SidebarMenuButton>
                </SidebarMenuItem>
                <SidebarMenuCollapsible>
                  <SidebarMenuCollapsibleTrigger tooltip="Projects">
                    <span>Projects</span>
                  </SidebarMenuCollapsibleTrigger>
                  <SidebarMenuSub>
                    <SidebarMenuSubItem>
                      <SidebarMenuSubButton href="/projects/acme">Acme site</SidebarMenuSubButton>
                    </SidebarMenuSubItem>
                  </SidebarMenuSub>
                </SidebarMenuCollapsible>
              </SidebarMenu>
            </SidebarGroupContent>
          </SidebarGroup>
        </SidebarContent>
        <SidebarFooter>Ada</SidebarFooter>
      </Sidebar>
      <SidebarInset>
        <SidebarTrigger />
        <input aria-label="Notes" />
      </SidebarInset>
    </SidebarProvider>
  );
}

const sidebar = () => screen.getByRole("navigation", { name: "Main" });
const trigger = () => screen.getByRole("button", { name: "Toggle sidebar" });

function clearCookie() {
  document.cookie = `${SIDEBAR_COOKIE_NAME}=; path=/; max-age=0`;
}

/** Makes the `md` media query match, as on a phone, for the tests that render the sheet. */
function mockMobile() {
  vi.spyOn(window, "matchMedia").mockImplementation(
    (query: string) =>
      ({
        matches: true,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList,
  );
}

afterEach(clearCookie);

describe("Sidebar", () => {
  it("renders an expanded navigation landmark with the current page marked", () => {
    render(<App />);
    expect(sidebar()).toHaveAttribute("data-state", "expanded");
    expect(sidebar()).toHaveAttribute("data-collapsible", "icon");
    expect(trigger()).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("link", { name: "Inbox" })).toHaveAttribute("aria-current", "page");
  });

  it("starts collapsed with defaultOpen={false}, as the server renders it from the cookie", () => {
    const html = renderToString(<App defaultOpen={false} />);
    expect(html).toMatch(/data-slot="sidebar"[^>]*data-state="collapsed"/);
    render(<App defaultOpen={false} />);
    expect(sidebar()).toHaveAttribute("data-state", "collapsed");
    expect(trigger()).toHaveAttribute("aria-expanded", "false");
  });

  it("toggles from the trigger and saves the state in the cookie", async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(<App onOpenChange={onOpenChange} />);
    await user.click(trigger());
    expect(sidebar()).toHaveAttribute("data-state", "collapsed");
    expect(document.cookie).toContain(`${SIDEBAR_COOKIE_NAME}=false`);
    expect(readSidebarCookie(document.cookie)).toBe(false);
    await user.click(trigger());
    expect(sidebar()).toHaveAttribute("data-state", "expanded");
    expect(readSidebarCookie(document.cookie)).toBe(true);
    expect(onOpenChange.mock.calls).toEqual([[false], [true]]);
  });

  it("writes to another cookie with cookieName, and none with cookieName={false}", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<App cookieName="acme-nav" />);
    await user.click(trigger());
    expect(readSidebarCookie(document.cookie, { name: "acme-nav" })).toBe(false);
    expect(document.cookie).not.toContain(`${SIDEBAR_COOKIE_NAME}=`);
    document.cookie = "acme-nav=; path=/; max-age=0";
    unmount();
    render(<App cookieName={false} />);
    await user.click(trigger());
    expect(document.cookie).toBe("");
  });

  it.each([
    ["Ctrl+B", { ctrlKey: true }],
    ["⌘B", { metaKey: true }],
  ])("toggles with %s from anywhere on the page", async (_name, modifier) => {
    render(<App />);
    fireEvent.keyDown(screen.getByRole("textbox", { name: "Notes" }), { key: "b", ...modifier });
    expect(sidebar()).toHaveAttribute("data-state", "collapsed");
    fireEvent.keyDown(document.body, { key: "B", ...modifier });
    expect(sidebar()).toHaveAttribute("data-state", "expanded");
  });

  it("ignores the shortcut without the modifier, with Shift or Alt, or when already handled", () => {
    render(<App />);
    fireEvent.keyDown(document.body, { key: "b" });
    fireEvent.keyDown(document.body, { key: "b", ctrlKey: true, shiftKey: true });
    fireEvent.keyDown(document.body, { key: "b", ctrlKey: true, altKey: true });
    const handled = new KeyboardEvent("keydown", {
      key: "b",
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    });
    handled.preventDefault();
    window.dispatchEvent(handled);
    expect(sidebar()).toHaveAttribute("data-state", "expanded");
  });

  it("takes another shortcut letter, or none", () => {
    const { unmount } = render(<App keyboardShortcut="j" />);
    fireEvent.keyDown(document.body, { key: "b", ctrlKey: true });
    expect(sidebar()).toHaveAttribute("data-state", "expanded");
    fireEvent.keyDown(document.body, { key: "j", ctrlKey: true });
    expect(sidebar()).toHaveAttribute("data-state", "collapsed");
    unmount();
    render(<App keyboardShortcut={false} />);
    fireEvent.keyDown(document.body, { key: "b", ctrlKey: true });
    expect(sidebar()).toHaveAttribute("data-state", "expanded");
  });

  it("throws clear errors for a bad shortcut and for parts outside a provider", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<App keyboardShortcut="ctrl+b" />)).toThrow(
      /keyboardShortcut="ctrl\+b" must be a single character/,
    );
    expect(() => render(<App sidebarProps={{ side: "left" as "start" }} />)).toThrow(
      /Sidebar: side="left" is not supported; use one of start, end/,
    );
    expect(() => render(<App sidebarProps={{ collapsible: "rail" as "icon" }} />)).toThrow(
      /collapsible="rail" is not supported; use one of icon, offcanvas, none/,
    );
    expect(() => render(<SidebarTrigger />)).toThrow(
      /SidebarTrigger must be inside a <SidebarProvider> \(or an <AppShell>\)/,
    );
  });

  it("follows the open prop when controlled", async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    const { rerender } = render(<App open onOpenChange={onOpenChange} />);
    await user.click(trigger());
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(sidebar()).toHaveAttribute("data-state", "expanded");
    rerender(<App open={false} onOpenChange={onOpenChange} />);
    expect(sidebar()).toHaveAttribute("data-state", "collapsed");
  });

  it("shows the labels as tooltips only while collapsed to icons", async () => {
    const user = userEvent.setup();
    render(<App defaultOpen={false} />);
    await user.tab();
    expect(screen.getByRole("link", { name: "Inbox" })).toHaveFocus();
    expect(await screen.findByRole("tooltip", { name: "Inbox" })).toBeInTheDocument();
  });

  it("shows no tooltip while expanded, where the label is on screen", async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.tab();
    expect(screen.getByRole("link", { name: "Inbox" })).toHaveFocus();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  it("opens and closes a nested menu; while collapsed its trigger expands the sidebar", async () => {
    const user = userEvent.setup();
    render(<App defaultOpen={false} />);
    const projects = screen.getByRole("button", { name: "Projects" });
    expect(projects).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("link", { name: "Acme site" })).toBeNull();
    await user.click(projects);
    expect(projects).toHaveAttribute("aria-expanded", "true");
    expect(sidebar()).toHaveAttribute("data-state", "expanded");
    expect(screen.getByRole("link", { name: "Acme site" })).toBeVisible();
    await user.keyboard("{Enter}");
    expect(projects).toHaveAttribute("aria-expanded", "false");
  });

  it("sets the variants as data attributes and appends the product's className last", () => {
    render(
      <App sidebarProps={{ side: "end", collapsible: "offcanvas", className: "product-class" }} />,
    );
    expect(sidebar()).toHaveAttribute("data-side", "end");
    expect(sidebar()).toHaveAttribute("data-collapsible", "offcanvas");
    expect(sidebar().className.split(" ").at(-1)).toBe("product-class");
  });

  it("on small screens is a sheet opened by the trigger, closed by Escape, focus back on the trigger", async () => {
    mockMobile();
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    render(<App />);
    expect(screen.queryByRole("navigation", { name: "Main" })).toBeNull();
    expect(trigger()).toHaveAttribute("aria-expanded", "false");
    trigger().focus();
    await user.keyboard("{Enter}");
    const sheet = screen.getByRole("dialog", { name: "Main" });
    expect(within(sheet).getByRole("navigation", { name: "Main" })).toBeInTheDocument();
    await waitFor(() => expect(sheet).toContainElement(document.activeElement as HTMLElement));
    // Opening the sheet leaves the desktop state (and its cookie) alone.
    expect(document.cookie).toBe("");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(trigger()).toHaveFocus();
  });

  it("on small screens the shortcut opens the sheet", () => {
    mockMobile();
    render(<App />);
    act(() => {
      fireEvent.keyDown(document.body, { key: "b", ctrlKey: true });
    });
    expect(screen.getByRole("dialog", { name: "Main" })).toBeInTheDocument();
  });

  it("useSidebar gives the state to the product's own controls", async () => {
    const user = userEvent.setup();
    function Status() {
      const { state, toggleSidebar } = useSidebar();
      return (
        <button type="button" onClick={toggleSidebar}>
          Sidebar {state}
        </button>
      );
    }
    render(
      <SidebarProvider>
        <Status />
      </SidebarProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Sidebar expanded" }));
    expect(screen.getByRole("button", { name: "Sidebar collapsed" })).toBeInTheDocument();
  });

  it("forwards refs", () => {
    const ref = React.createRef<HTMLElement>();
    render(
      <SidebarProvider>
        <Sidebar ref={ref} />
      </SidebarProvider>,
    );
    expect(ref.current?.tagName).toBe("NAV");
  });
});

describe("readSidebarCookie", () => {
  const store = (value?: string) => ({
    get: (name: string) => (name === SIDEBAR_COOKIE_NAME && value ? { value } : undefined),
  });

  it("reads the saved state from a cookie store (Next.js cookies())", () => {
    expect(readSidebarCookie(store("false"))).toBe(false);
    expect(readSidebarCookie(store("true"))).toBe(true);
  });

  it("reads it from a Cookie header", () => {
    expect(readSidebarCookie(`theme=dark; ${SIDEBAR_COOKIE_NAME}=false; a=b`)).toBe(false);
    expect(readSidebarCookie(`x${SIDEBAR_COOKIE_NAME}=false`)).toBe(true);
  });

  it("falls back without a cookie or with another value", () => {
    expect(readSidebarCookie(undefined)).toBe(true);
    expect(readSidebarCookie(store())).toBe(true);
    expect(readSidebarCookie(store("maybe"), { fallback: false })).toBe(false);
  });
});
