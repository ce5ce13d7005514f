import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { DirectionProvider } from "../direction";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "../dropdown-menu";
import { StatesGrid } from "../../stories/states-grid";
import {
  Breadcrumb,
  BreadcrumbEllipsis,
  BreadcrumbItem,
  BreadcrumbLink,
  BreadcrumbList,
  BreadcrumbPage,
  BreadcrumbSeparator,
  type BreadcrumbListProps,
} from "./breadcrumb";

const trail = ["Home", "Projects", "Acme website", "Design", "Tokens", "Colours"];

/** A breadcrumb over `pages`, the last one the current page. */
function Trail({ pages = trail, ...props }: BreadcrumbListProps & { pages?: string[] }) {
  return (
    <Breadcrumb>
      <BreadcrumbList {...props}>
        {pages.map((page, index) => (
          <React.Fragment key={page}>
            {index > 0 && <BreadcrumbSeparator />}
            <BreadcrumbItem>
              {index === pages.length - 1 ? (
                <BreadcrumbPage>{page}</BreadcrumbPage>
              ) : (
                <BreadcrumbLink href={`#${page.toLowerCase().replace(/ /g, "-")}`}>
                  {page}
                </BreadcrumbLink>
              )}
            </BreadcrumbItem>
          </React.Fragment>
        ))}
      </BreadcrumbList>
    </Breadcrumb>
  );
}

const meta = {
  title: "Navigation/Breadcrumb",
  component: BreadcrumbList,
  subcomponents: {
    Breadcrumb,
    BreadcrumbItem,
    BreadcrumbLink,
    BreadcrumbPage,
    BreadcrumbSeparator,
    BreadcrumbEllipsis,
  },
  tags: ["autodocs"],
  args: { itemsBeforeCollapse: 1, itemsAfterCollapse: 2, expandLabel: "Show the full path" },
  argTypes: {
    maxItems: { control: { type: "number", min: 2 } },
    itemsBeforeCollapse: { control: { type: "number", min: 0 } },
    itemsAfterCollapse: { control: { type: "number", min: 1 } },
    expandLabel: { control: "text" },
  },
  render: (args) => <Trail {...args} pages={trail.slice(0, 4)} />,
} satisfies Meta<typeof BreadcrumbList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A navigation landmark listing the links above the page, which is marked as current. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const nav = canvas.getByRole("navigation", { name: "Breadcrumb" });
    await expect(
      within(nav)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Home", "Projects", "Acme website"]);
    await expect(within(nav).getByText("Design")).toHaveAttribute("aria-current", "page");
    await userEvent.tab();
    await expect(within(nav).getByRole("link", { name: "Home" })).toHaveFocus();
  },
};

/**
 * A long trail with `maxItems={4}`: the first item and the last two stay, the rest hide behind
 * an ellipsis button. Enter shows them in place and focuses the first.
 */
export const Collapsed: Story = {
  args: { maxItems: 4 },
  render: (args) => <Trail {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("link", { name: "Projects" })).toBeNull();
    await userEvent.tab();
    await userEvent.tab();
    const more = canvas.getByRole("button", { name: "Show the full path" });
    await expect(more).toHaveFocus();
    await expect(more).toHaveAttribute("aria-expanded", "false");
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(canvas.getByRole("link", { name: "Projects" })).toHaveFocus());
    await expect(canvas.getAllByRole("link")).toHaveLength(5);
  },
};

/** The collapsed trail before it is expanded, for review. */
export const CollapsedAtRest: Story = {
  args: { maxItems: 3, itemsBeforeCollapse: 1, itemsAfterCollapse: 1 },
  render: (args) => <Trail {...args} />,
};

/** The hidden items in a menu instead: `BreadcrumbEllipsis` in a `DropdownMenuTrigger`. */
export const WithDropdownMenu: Story = {
  render: () => (
    <Breadcrumb>
      <BreadcrumbList>
        <BreadcrumbItem>
          <BreadcrumbLink href="#home">Home</BreadcrumbLink>
        </BreadcrumbItem>
        <BreadcrumbSeparator />
        <BreadcrumbItem>
          <DropdownMenu modal={false}>
            <DropdownMenuTrigger
              className="nx-breadcrumb-collapsed__button"
              aria-label="Show hidden pages"
            >
              <BreadcrumbEllipsis label="" />
            </DropdownMenuTrigger>
            <DropdownMenuContent align="start">
              <DropdownMenuItem>Projects</DropdownMenuItem>
              <DropdownMenuItem>Acme website</DropdownMenuItem>
              <DropdownMenuItem>Design</DropdownMenuItem>
            </DropdownMenuContent>
          </DropdownMenu>
        </BreadcrumbItem>
        <BreadcrumbSeparator />
        <BreadcrumbItem>
          <BreadcrumbPage>Colours</BreadcrumbPage>
        </BreadcrumbItem>
      </BreadcrumbList>
    </Breadcrumb>
  ),
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = body.getByRole("button", { name: "Show hidden pages" });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const menu = await body.findByRole("menu");
    await expect(within(menu).getAllByRole("menuitem")).toHaveLength(3);
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** Any separator: `BreadcrumbSeparator` takes children in place of the chevron. */
export const CustomSeparator: Story = {
  render: () => (
    <Breadcrumb>
      <BreadcrumbList>
        <BreadcrumbItem>
          <BreadcrumbLink href="#home">Home</BreadcrumbLink>
        </BreadcrumbItem>
        <BreadcrumbSeparator>/</BreadcrumbSeparator>
        <BreadcrumbItem>
          <BreadcrumbLink href="#settings">Settings</BreadcrumbLink>
        </BreadcrumbItem>
        <BreadcrumbSeparator>/</BreadcrumbSeparator>
        <BreadcrumbItem>
          <BreadcrumbPage>Billing</BreadcrumbPage>
        </BreadcrumbItem>
      </BreadcrumbList>
    </Breadcrumb>
  ),
};

/** A router's link (Next.js `Link`) through `asChild`: it gets the link's look and focus ring. */
export const LinkAsChild: Story = {
  render: () => (
    <Breadcrumb>
      <BreadcrumbList>
        <BreadcrumbItem>
          <BreadcrumbLink asChild>
            <a href="#home" data-router-link="">
              Home
            </a>
          </BreadcrumbLink>
        </BreadcrumbItem>
        <BreadcrumbSeparator />
        <BreadcrumbItem>
          <BreadcrumbPage>Settings</BreadcrumbPage>
        </BreadcrumbItem>
      </BreadcrumbList>
    </Breadcrumb>
  ),
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole("link", { name: "Home" });
    await expect(link).toHaveAttribute("data-router-link");
    await expect(link).toHaveAttribute("data-slot", "breadcrumb-link");
  },
};

/** In right-to-left pages the trail reads from the right and the chevrons point left. */
export const RightToLeft: Story = {
  render: (args) => (
    <DirectionProvider dir="rtl">
      <div dir="rtl">
        <Trail {...args} pages={trail.slice(0, 4)} />
      </div>
    </DirectionProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const home = canvas.getByRole("link", { name: "Home" }).getBoundingClientRect();
    const page = canvas.getByText("Design").getBoundingClientRect();
    await expect(home.left).toBeGreaterThan(page.left);
  },
};

/** A trail that wraps in a narrow column instead of overflowing. */
export const Narrow: Story = {
  render: (args) => (
    <div style={{ inlineSize: 240 }}>
      <Trail {...args} />
    </div>
  ),
};

const linkStates = ["rest", "hover", "focus"] as const;

/** Links, the current page and the ellipsis button at rest, hovered and focused. */
export const States: Story = {
  parameters: {
    pseudo: {
      rootSelector: "body",
      hover: ["#breadcrumb-link-hover", "#breadcrumb-more-hover"],
      focusVisible: ["#breadcrumb-link-focus", "#breadcrumb-more-focus"],
    },
  },
  render: () => (
    <StatesGrid
      states={linkStates}
      rows={[
        {
          name: "link",
          cells: linkStates.map((state) => (
            <Breadcrumb key={state} aria-label={`Link ${state}`}>
              <BreadcrumbList>
                <BreadcrumbItem>
                  <BreadcrumbLink id={`breadcrumb-link-${state}`} href="#projects">
                    Projects
                  </BreadcrumbLink>
                </BreadcrumbItem>
                <BreadcrumbSeparator />
                <BreadcrumbItem>
                  <BreadcrumbPage>Acme</BreadcrumbPage>
                </BreadcrumbItem>
              </BreadcrumbList>
            </Breadcrumb>
          )),
        },
        {
          name: "ellipsis",
          cells: linkStates.map((state) => (
            <Breadcrumb key={state} aria-label={`Ellipsis ${state}`}>
              <BreadcrumbList>
                <BreadcrumbItem>
                  <button
                    type="button"
                    id={`breadcrumb-more-${state}`}
                    className="nx-breadcrumb-collapsed__button"
                    aria-label="Show the full path"
                  >
                    <BreadcrumbEllipsis label="" />
                  </button>
                </BreadcrumbItem>
              </BreadcrumbList>
            </Breadcrumb>
          )),
        },
      ]}
    />
  ),
};
