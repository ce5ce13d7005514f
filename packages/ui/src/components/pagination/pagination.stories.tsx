import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, userEvent, within } from "storybook/test";
import { DirectionProvider } from "../direction";
import { StatesGrid } from "../../stories/states-grid";
import {
  Pagination,
  PaginationContent,
  PaginationEllipsis,
  PaginationItem,
  PaginationLink,
  PaginationNext,
  PaginationPrevious,
  paginationRange,
  type PaginationLinkProps,
} from "./pagination";
import { PaginationControl } from "./pagination-control";

const href = (page: number) => `#page-${page}`;

/** Server-rendered links for `page` of `pageCount`, the way a product writes them. */
function Pages({
  page,
  pageCount,
  size,
}: {
  page: number;
  pageCount: number;
  size?: PaginationLinkProps["size"];
}) {
  return (
    <Pagination>
      <PaginationContent>
        <PaginationItem>
          <PaginationPrevious size={size} href={href(page - 1)} disabled={page === 1} />
        </PaginationItem>
        {paginationRange({ page, pageCount }).map((item) => (
          <PaginationItem key={item}>
            {typeof item === "number" ? (
              <PaginationLink size={size} href={href(item)} isActive={item === page}>
                {item}
              </PaginationLink>
            ) : (
              <PaginationEllipsis />
            )}
          </PaginationItem>
        ))}
        <PaginationItem>
          <PaginationNext size={size} href={href(page + 1)} disabled={page === pageCount} />
        </PaginationItem>
      </PaginationContent>
    </Pagination>
  );
}

const meta = {
  title: "Navigation/Pagination",
  component: PaginationLink,
  subcomponents: {
    Pagination,
    PaginationContent,
    PaginationItem,
    PaginationPrevious,
    PaginationNext,
    PaginationEllipsis,
    PaginationControl,
  },
  tags: ["autodocs"],
  args: { size: "md" },
  argTypes: { size: { control: "inline-radio", options: ["sm", "md"] } },
  render: (args) => <Pages page={6} pageCount={20} size={args.size} />,
} satisfies Meta<typeof PaginationLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Page 6 of 20: the first and last pages, the current page with one neighbour on each side,
 * and an ellipsis for each gap. The current page is announced as `aria-current="page"`.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const nav = canvas.getByRole("navigation", { name: "Pagination" });
    await expect(
      within(nav)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Previous", "1", "5", "6", "7", "20", "Next"]);
    await expect(within(nav).getByRole("link", { name: "6" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(within(nav).getAllByText("More pages")).toHaveLength(2);
    await userEvent.tab();
    await expect(within(nav).getByRole("link", { name: "Previous page" })).toHaveFocus();
    await userEvent.tab();
    await expect(within(nav).getByRole("link", { name: "1" })).toHaveFocus();
    (document.activeElement as HTMLElement | null)?.blur();
  },
};

/** On the first page "Previous" is disabled: no `href`, out of the tab order. */
export const FirstPage: Story = {
  render: (args) => <Pages page={1} pageCount={20} size={args.size} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const previous = canvas.getByRole("link", { name: "Previous page" });
    await expect(previous).toHaveAttribute("aria-disabled", "true");
    await expect(previous).not.toHaveAttribute("href");
    await userEvent.tab();
    await expect(canvas.getByRole("link", { name: "1" })).toHaveFocus();
    (document.activeElement as HTMLElement | null)?.blur();
  },
};

/** On the last page "Next" is disabled. */
export const LastPage: Story = {
  render: (args) => <Pages page={20} pageCount={20} size={args.size} />,
  play: async ({ canvasElement }) => {
    const next = within(canvasElement).getByRole("link", { name: "Next page" });
    await expect(next).toHaveAttribute("aria-disabled", "true");
  },
};

/** Few pages: all of them, no ellipsis. */
export const FewPages: Story = {
  render: (args) => <Pages page={2} pageCount={4} size={args.size} />,
};

/** The small size, for tables and dense panels. */
export const Small: Story = {
  args: { size: "sm" },
};

/** A router's link (Next.js `Link`) through `asChild`, for the numbers and for previous/next. */
export const LinkAsChild: Story = {
  render: () => (
    <Pagination>
      <PaginationContent>
        <PaginationItem>
          <PaginationPrevious asChild>
            <a href="#page-1" data-router-link="">
              Previous
            </a>
          </PaginationPrevious>
        </PaginationItem>
        <PaginationItem>
          <PaginationLink asChild>
            <a href="#page-1" data-router-link="">
              1
            </a>
          </PaginationLink>
        </PaginationItem>
        <PaginationItem>
          <PaginationLink asChild isActive>
            <a href="#page-2" data-router-link="">
              2
            </a>
          </PaginationLink>
        </PaginationItem>
        <PaginationItem>
          <PaginationNext asChild disabled>
            <a href="#page-3" data-router-link="">
              Next
            </a>
          </PaginationNext>
        </PaginationItem>
      </PaginationContent>
    </Pagination>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const active = canvas.getByRole("link", { name: "2" });
    await expect(active).toHaveAttribute("data-router-link");
    await expect(active).toHaveAttribute("aria-current", "page");
    const previous = canvas.getByRole("link", { name: "Previous page" });
    await expect(previous).toHaveAttribute("data-router-link");
    await expect(previous).toHaveTextContent("Previous");
    await expect(canvas.getByRole("link", { name: "Next page" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
  },
};

function ControlledDemo({ initial = 1, pageCount = 12 }: { initial?: number; pageCount?: number }) {
  const [page, setPage] = React.useState(initial);
  return (
    <div style={{ display: "grid", gap: "var(--nx-spacing-3)", justifyItems: "center" }}>
      <PaginationControl page={page} onPageChange={setPage} pageCount={pageCount} />
      <p
        style={{
          margin: 0,
          fontFamily: "var(--nx-font-family-sans)",
          fontSize: "var(--nx-font-size-sm)",
          color: "var(--nx-color-muted-foreground)",
        }}
      >
        Showing page {page} of {pageCount}
      </p>
    </div>
  );
}

/**
 * `PaginationControl`: buttons for pages held in client state (`page`, `onPageChange`,
 * `pageCount`). When "Next" is disabled by a press, focus moves to the current page.
 */
export const Controlled: Story = {
  render: () => <ControlledDemo initial={10} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const nav = canvas.getByRole("navigation", { name: "Pagination" });
    await expect(within(nav).getByRole("button", { name: "Page 10" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    const next = within(nav).getByRole("button", { name: "Next" });
    next.focus();
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByText("Showing page 11 of 12")).toBeVisible();
    await userEvent.keyboard("{Enter}");
    await expect(next).toBeDisabled();
    await expect(within(nav).getByRole("button", { name: "Page 12" })).toHaveFocus();
    await userEvent.click(within(nav).getByRole("button", { name: "Page 1" }));
    await expect(within(nav).getByRole("button", { name: "Previous" })).toBeDisabled();
    // Reset for the screenshot.
    await userEvent.click(within(nav).getByRole("button", { name: "Page 12" }));
    await userEvent.click(within(nav).getByRole("button", { name: "Page 10" }));
    (document.activeElement as HTMLElement | null)?.blur();
  },
};

/** In right-to-left pages the list reads from the right and the chevrons point the other way. */
export const RightToLeft: Story = {
  render: (args) => (
    <DirectionProvider dir="rtl">
      <div dir="rtl">
        <Pages page={3} pageCount={8} size={args.size} />
      </div>
    </DirectionProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = canvas.getByRole("link", { name: "1" }).getBoundingClientRect();
    const last = canvas.getByRole("link", { name: "8" }).getBoundingClientRect();
    await expect(first.left).toBeGreaterThan(last.left);
  },
};

const linkStates = ["rest", "hover", "focus", "current", "disabled"] as const;

/** Page links and previous/next in both sizes: at rest, hovered, focused, current and disabled. */
export const States: Story = {
  parameters: {
    pseudo: {
      rootSelector: "body",
      hover: ["#pagination-md-hover", "#pagination-sm-hover"],
      focusVisible: ["#pagination-md-focus", "#pagination-sm-focus"],
    },
  },
  render: () => (
    <StatesGrid
      states={linkStates}
      rows={(["md", "sm"] as const).map((size) => ({
        name: size,
        cells: linkStates.map((state) => (
          <Pagination key={state} aria-label={`${size} ${state}`}>
            <PaginationContent>
              <PaginationItem>
                {state === "disabled" ? (
                  <PaginationNext size={size} disabled />
                ) : (
                  <PaginationLink
                    id={`pagination-${size}-${state}`}
                    size={size}
                    href="#page-3"
                    isActive={state === "current"}
                  >
                    3
                  </PaginationLink>
                )}
              </PaginationItem>
            </PaginationContent>
          </Pagination>
        )),
      }))}
    />
  ),
};
