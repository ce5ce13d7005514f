import { CalendarIcon, HomeIcon, MailIcon, SettingsIcon, UsersIcon } from "@nexod/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import {
  Breadcrumb,
  BreadcrumbItem,
  BreadcrumbLink,
  BreadcrumbList,
  BreadcrumbPage,
  BreadcrumbSeparator,
} from "../breadcrumb";
import { Button } from "../button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../card";
import { PageHeader } from "../page-header";
import {
  Sidebar,
  SidebarContent,
  SidebarFooter,
  SidebarGroup,
  SidebarGroupContent,
  SidebarGroupLabel,
  SidebarHeader,
  SidebarMenu,
  SidebarMenuButton,
  SidebarMenuItem,
} from "../sidebar";
import { AppShell, AppShellHeader, AppShellMain, type AppShellProps } from "./app-shell";
import { onPhone } from "@nexod/testing/stories";

const pages = [
  { label: "Home", icon: HomeIcon },
  { label: "Inbox", icon: MailIcon },
  { label: "Calendar", icon: CalendarIcon },
  { label: "Team", icon: UsersIcon },
];

const acmeSidebar = (
  <Sidebar aria-label="Main">
    <SidebarHeader>
      <SidebarMenu>
        <SidebarMenuItem>
          <SidebarMenuButton size="lg" tooltip="Acme">
            <HomeIcon />
            <span>Acme</span>
          </SidebarMenuButton>
        </SidebarMenuItem>
      </SidebarMenu>
    </SidebarHeader>
    <SidebarContent>
      <SidebarGroup>
        <SidebarGroupLabel>Workspace</SidebarGroupLabel>
        <SidebarGroupContent>
          <SidebarMenu>
            {pages.map(({ label, icon: Icon }) => (
              <SidebarMenuItem key={label}>
                <SidebarMenuButton asChild isActive={label === "Inbox"} tooltip={label}>
                  <a href={`#${label.toLowerCase()}`}>
                    <Icon />
                    <span>{label}</span>
                  </a>
                </SidebarMenuButton>
              </SidebarMenuItem>
            ))}
          </SidebarMenu>
        </SidebarGroupContent>
      </SidebarGroup>
    </SidebarContent>
    <SidebarFooter>
      <SidebarMenu>
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

function InboxPage() {
  return (
    <>
      <PageHeader
        title="Inbox"
        description="Messages from your team and customers."
        breadcrumb={
          <Breadcrumb>
            <BreadcrumbList>
              <BreadcrumbItem>
                <BreadcrumbLink href="#home">Home</BreadcrumbLink>
              </BreadcrumbItem>
              <BreadcrumbSeparator />
              <BreadcrumbItem>
                <BreadcrumbPage>Inbox</BreadcrumbPage>
              </BreadcrumbItem>
            </BreadcrumbList>
          </Breadcrumb>
        }
        actions={<Button>Compose</Button>}
      />
      <Card>
        <CardHeader>
          <CardTitle level={2}>Welcome to Acme</CardTitle>
          <CardDescription>Ada Lovelace · 3 March 2025</CardDescription>
        </CardHeader>
        <CardContent>Your workspace is ready. Invite your team to start.</CardContent>
      </Card>
    </>
  );
}

function Shell(props: Partial<AppShellProps>) {
  return (
    // Stories keep their state to themselves: no cookie written into the Storybook frame.
    <AppShell sidebar={acmeSidebar} cookieName={false} {...props}>
      <AppShellHeader>
        <span style={{ fontWeight: 600 }}>Acme</span>
      </AppShellHeader>
      <AppShellMain>
        <InboxPage />
      </AppShellMain>
    </AppShell>
  );
}

const meta = {
  title: "Layout/App Shell",
  component: AppShell,
  subcomponents: { AppShellHeader, AppShellMain },
  tags: ["autodocs"],
  args: {
    sidebar: acmeSidebar,
    skipLinkLabel: "Skip to main content",
    mainId: "main",
    defaultOpen: true,
  },
  argTypes: {
    sidebar: { control: false },
    skipLinkLabel: { control: "text" },
    defaultOpen: { control: "boolean" },
  },
  parameters: {
    layout: "fullscreen",
    docs: { story: { inline: false, height: "560px" } },
  },
  render: (args) => <Shell {...args} />,
} satisfies Meta<typeof AppShell>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The skip link comes first and points at the main content. The top bar's trigger and
 * Ctrl+B (⌘B) collapse the sidebar to icons.
 */
export const Expanded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const skip = canvas.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toHaveFocus();
    await expect(skip).toBeVisible();
    // Following it is a hash navigation, which the test frame must not do; the Next.js example's
    // end-to-end test presses it. Its target exists and can take focus.
    await expect(skip).toHaveAttribute("href", "#main");
    await expect(canvas.getByRole("main")).toHaveAttribute("tabindex", "-1");
    const nav = canvas.getByRole("navigation", { name: "Main" });
    const banner = canvas.getByRole("banner");
    const trigger = within(banner).getByRole("button", { name: "Toggle sidebar" });
    await userEvent.click(trigger);
    await expect(nav).toHaveAttribute("data-state", "collapsed");
    await userEvent.keyboard("{Control>}b{/Control}");
    await expect(nav).toHaveAttribute("data-state", "expanded");
  },
};

/** Collapsed to icons, as the server renders it when the cookie says so. */
export const Collapsed: Story = {
  args: { defaultOpen: false },
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole("navigation", { name: "Main" });
    await expect(nav).toHaveAttribute("data-state", "collapsed");
  },
};

/** Below the `md` breakpoint (forced here): the trigger opens the sidebar as a sheet. */
export const Mobile: Story = {
  ...onPhone,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const trigger = canvas.getByRole("button", { name: "Toggle sidebar" });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const sheet = await body.findByRole("dialog", { name: "Main" });
    await waitFor(() => expect(sheet).toContainElement(document.activeElement as HTMLElement));
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};
