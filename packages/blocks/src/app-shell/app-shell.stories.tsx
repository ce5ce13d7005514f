import {
  Breadcrumb,
  BreadcrumbItem,
  BreadcrumbLink,
  BreadcrumbList,
  BreadcrumbPage,
  BreadcrumbSeparator,
  PageHeader,
} from "@nexod/ui";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { onPhone } from "../story-helpers";
import { AppShellBlock } from "./app-shell";

/** Stand-in page content: the shell is what this story shows. */
function SamplePage({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} description="The page renders here, inside the main landmark." />
      <div className="grid gap-4 md:grid-cols-3">
        <div className="h-32 rounded-lg bg-muted" />
        <div className="h-32 rounded-lg bg-muted" />
        <div className="h-32 rounded-lg bg-muted" />
      </div>
      <div className="h-64 rounded-lg bg-muted" />
    </>
  );
}

const breadcrumb = (
  <Breadcrumb>
    <BreadcrumbList>
      <BreadcrumbItem>
        <BreadcrumbLink href="/projects">Projects</BreadcrumbLink>
      </BreadcrumbItem>
      <BreadcrumbSeparator />
      <BreadcrumbItem>
        <BreadcrumbPage>Website relaunch</BreadcrumbPage>
      </BreadcrumbItem>
    </BreadcrumbList>
  </Breadcrumb>
);

const meta = {
  title: "Blocks/App Shell",
  component: AppShellBlock,
  parameters: { layout: "fullscreen", nextPathname: "/dashboard" },
  // Stories keep their state to themselves: no cookie written into the Storybook frame.
  args: { cookieName: false, children: <SamplePage title="Dashboard" /> },
} satisfies Meta<typeof AppShellBlock>;

export default meta;
type Story = StoryObj<typeof meta>;

const modifier = /Mac|iPhone|iPad/.test(navigator.userAgent) ? "Meta" : "Control";

/**
 * Landmarks (navigation, banner, main), the current page marked in the sidebar, and the sidebar
 * collapsing to icons with ⌘B / Ctrl+B and with the trigger.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const nav = canvas.getByRole("navigation", { name: "Main" });
    await expect(canvas.getByRole("banner")).toBeVisible();
    await expect(canvas.getByRole("main")).toContainElement(
      canvas.getByRole("heading", { level: 1, name: "Dashboard" }),
    );
    await expect(within(nav).getByRole("link", { name: "Dashboard" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(within(nav).getAllByRole("link", { current: "page" })).toHaveLength(1);
    const trigger = canvas.getByRole("button", { name: "Toggle sidebar" });
    await expect(trigger).toHaveAttribute("aria-expanded", "true");
    await userEvent.keyboard(`{${modifier}>}b{/${modifier}}`);
    await expect(nav).toHaveAttribute("data-state", "collapsed");
    await expect(trigger).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(trigger);
    await expect(nav).toHaveAttribute("data-state", "expanded");
  },
};

/** A nested page is current: its folding menu starts open and only the nested link is marked. */
export const NestedPage: Story = {
  args: { breadcrumb, children: <SamplePage title="Website relaunch" /> },
  parameters: { nextPathname: "/projects/website-relaunch" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const nav = canvas.getByRole("navigation", { name: "Main" });
    await expect(within(nav).getByRole("button", { name: "Projects" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    await expect(within(nav).getByRole("link", { name: "Website relaunch" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(within(nav).getByRole("link", { name: "All projects" })).not.toHaveAttribute(
      "aria-current",
    );
    await expect(canvas.getByRole("navigation", { name: "Breadcrumb" })).toBeVisible();
  },
};

/**
 * Collapsed to icons, as the server renders it from the cookie: the logo and the avatar fill
 * their squares, and keyboard focus on an item shows its label as a tooltip.
 */
export const Collapsed: Story = {
  args: { defaultOpen: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const nav = canvas.getByRole("navigation", { name: "Main" });
    await expect(nav).toHaveAttribute("data-state", "collapsed");
    await waitFor(() => expect(nav.getBoundingClientRect().width).toBeLessThanOrEqual(48));
    within(nav).getByRole("link", { name: "Dashboard" }).focus();
    await expect(await body.findByRole("tooltip", { name: "Dashboard" })).toBeInTheDocument();
  },
};

/** The account menu in the sidebar's footer: the person, account pages and signing out. */
export const AccountMenu: Story = {
  parameters: {
    // As in Forms/Select's open stories: Radix hides the page behind the open menu and traps
    // focus in it, which axe cannot see.
    a11y: { config: { rules: [{ id: "aria-hidden-focus", reviewOnFail: true }] } },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole("button", { name: /Ada Lovelace/ }));
    const menu = await body.findByRole("menu");
    await expect(within(menu).getByRole("menuitem", { name: "Profile" })).toHaveAttribute(
      "href",
      "/settings/profile",
    );
    await expect(within(menu).getByRole("menuitem", { name: "Sign out" })).toBeVisible();
  },
};

/** ⌘K / Ctrl+K opens the command palette over every page of the navigation. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.keyboard(`{${modifier}>}k{/${modifier}}`);
    const dialog = await body.findByRole("dialog", { name: "Command palette" });
    await userEvent.type(within(dialog).getByRole("combobox"), "mobile");
    await waitFor(() =>
      expect(
        within(dialog)
          .getAllByRole("option")
          .map((option) => option.textContent),
      ).toEqual(["Mobile app"]),
    );
  },
};

/**
 * On a phone (forced here) the sidebar is a sheet: the trigger opens it, Escape closes it and
 * focus goes back to the trigger.
 */
export const Mobile: Story = {
  ...onPhone,
  args: { breadcrumb },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await expect(canvas.queryByRole("navigation", { name: "Main" })).toBeNull();
    const trigger = canvas.getByRole("button", { name: "Toggle sidebar" });
    await userEvent.click(trigger);
    const sheet = await body.findByRole("dialog", { name: "Main" });
    await expect(within(sheet).getByRole("link", { name: "Dashboard" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** The phone sheet left open, for review. */
export const MobileOpen: Story = {
  ...onPhone,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Toggle sidebar" }));
    await within(canvasElement.ownerDocument.body).findByRole("dialog", { name: "Main" });
  },
};
