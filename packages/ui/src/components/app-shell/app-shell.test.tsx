import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { SIDEBAR_COOKIE_NAME, Sidebar, SidebarContent } from "../sidebar";
import { AppShell, AppShellHeader, AppShellMain, type AppShellProps } from "./app-shell";

function Shell(props: Partial<AppShellProps>) {
  return (
    <AppShell
      sidebar={
        <Sidebar aria-label="Main">
          <SidebarContent>
            <a href="/inbox">Inbox</a>
          </SidebarContent>
        </Sidebar>
      }
      {...props}
    >
      <AppShellHeader>
        <span>Acme</span>
      </AppShellHeader>
      <AppShellMain>
        <h1>Inbox</h1>
      </AppShellMain>
    </AppShell>
  );
}

afterEach(() => {
  document.cookie = `${SIDEBAR_COOKIE_NAME}=; path=/; max-age=0`;
});

describe("AppShell", () => {
  it("lays out the sidebar, a banner with the sidebar trigger and the main landmark", () => {
    render(<Shell />);
    expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();
    const banner = screen.getByRole("banner");
    expect(banner).toContainElement(screen.getByRole("button", { name: "Toggle sidebar" }));
    expect(screen.getByRole("main")).toHaveAttribute("id", "main");
  });

  it("starts with a skip link to the main content, which can take focus", async () => {
    const user = userEvent.setup();
    render(<Shell />);
    await user.tab();
    const skip = screen.getByRole("link", { name: "Skip to main content" });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute("href", "#main");
    expect(screen.getByRole("main")).toHaveAttribute("tabindex", "-1");
  });

  it("takes another main id and skip link text", () => {
    render(
      <AppShell sidebar={null} mainId="content" skipLinkLabel="Aller au contenu">
        <AppShellMain id="content" />
      </AppShell>,
    );
    expect(screen.getByRole("link", { name: "Aller au contenu" })).toHaveAttribute(
      "href",
      "#content",
    );
  });

  it("passes the provider's props: starts collapsed and toggles with the shortcut", () => {
    render(<Shell defaultOpen={false} />);
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(nav).toHaveAttribute("data-state", "collapsed");
    fireEvent.keyDown(document.body, { key: "b", metaKey: true });
    expect(nav).toHaveAttribute("data-state", "expanded");
  });

  it("leaves the trigger out with showSidebarTrigger={false}", () => {
    render(
      <AppShell sidebar={null}>
        <AppShellHeader showSidebarTrigger={false}>Acme</AppShellHeader>
      </AppShell>,
    );
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("renders on the server with the saved state", () => {
    expect(renderToString(<Shell defaultOpen={false} />)).toMatch(/data-state="collapsed"/);
  });
});
