import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import {
  Pagination,
  PaginationContent,
  PaginationEllipsis,
  PaginationItem,
  PaginationLink,
  PaginationNext,
  PaginationPrevious,
  paginationRange,
} from "./pagination";
import { PaginationControl } from "./pagination-control";

describe("paginationRange", () => {
  it("lists every page when they fit", () => {
    expect(paginationRange({ page: 1, pageCount: 1 })).toEqual([1]);
    expect(paginationRange({ page: 3, pageCount: 7 })).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("puts an ellipsis on each side of the current page in the middle", () => {
    expect(paginationRange({ page: 6, pageCount: 20 })).toEqual([
      1,
      "ellipsis-start",
      5,
      6,
      7,
      "ellipsis-end",
      20,
    ]);
    expect(paginationRange({ page: 10, pageCount: 20, siblings: 2 })).toEqual([
      1,
      "ellipsis-start",
      8,
      9,
      10,
      11,
      12,
      "ellipsis-end",
      20,
    ]);
  });

  it("keeps the same length near the ends and never hides a single page", () => {
    expect(paginationRange({ page: 1, pageCount: 20 })).toEqual([
      1,
      2,
      3,
      4,
      5,
      "ellipsis-end",
      20,
    ]);
    expect(paginationRange({ page: 4, pageCount: 20 })).toEqual([
      1,
      2,
      3,
      4,
      5,
      "ellipsis-end",
      20,
    ]);
    expect(paginationRange({ page: 17, pageCount: 20 })).toEqual([
      1,
      "ellipsis-start",
      16,
      17,
      18,
      19,
      20,
    ]);
    for (let page = 1; page <= 30; page++) {
      const items = paginationRange({ page, pageCount: 30 });
      expect(items).toHaveLength(7);
      expect(items).toContain(page);
      const numbers = items.filter((item): item is number => typeof item === "number");
      // Every ellipsis stands for two pages or more.
      items.forEach((item, index) => {
        if (typeof item !== "number") {
          const before = items[index - 1] as number;
          const after = items[index + 1] as number;
          expect(after - before).toBeGreaterThan(2);
        }
      });
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
  });

  it("with no siblings shows only the current page between the ends", () => {
    expect(paginationRange({ page: 10, pageCount: 20, siblings: 0 })).toEqual([
      1,
      "ellipsis-start",
      10,
      "ellipsis-end",
      20,
    ]);
  });

  it("rejects bad input with a clear error", () => {
    expect(() => paginationRange({ page: 0, pageCount: 5 })).toThrow(
      "paginationRange: page={0} must be a whole number from 1 to 5.",
    );
    expect(() => paginationRange({ page: 6, pageCount: 5 })).toThrow(/page=\{6\}/);
    expect(() => paginationRange({ page: 1, pageCount: 0 })).toThrow(/pageCount=\{0\}/);
    expect(() => paginationRange({ page: 1.5, pageCount: 5 })).toThrow(/whole number/);
    expect(() => paginationRange({ page: 1, pageCount: 5, siblings: -1 })).toThrow(
      /siblings=\{-1\}/,
    );
  });
});

function Links({ page = 2, pageCount = 3 }: { page?: number; pageCount?: number }) {
  return (
    <Pagination className="product-class">
      <PaginationContent>
        <PaginationItem>
          <PaginationPrevious href={`/p/${page - 1}`} disabled={page === 1} />
        </PaginationItem>
        {Array.from({ length: pageCount }, (_, index) => index + 1).map((item) => (
          <PaginationItem key={item}>
            <PaginationLink href={`/p/${item}`} isActive={item === page}>
              {item}
            </PaginationLink>
          </PaginationItem>
        ))}
        <PaginationItem>
          <PaginationEllipsis />
        </PaginationItem>
        <PaginationItem>
          <PaginationNext href={`/p/${page + 1}`} disabled={page === pageCount} />
        </PaginationItem>
      </PaginationContent>
    </Pagination>
  );
}

describe("Pagination", () => {
  it("is a navigation landmark with a list of links and the current page", () => {
    render(<Links />);
    const nav = screen.getByRole("navigation", { name: "Pagination" });
    expect(nav).toHaveAttribute("data-slot", "pagination");
    expect(nav.className.split(" ").at(-1)).toBe("product-class");
    expect(within(nav).getAllByRole("listitem")).toHaveLength(6);
    const current = within(nav).getByRole("link", { name: "2" });
    expect(current).toHaveAttribute("aria-current", "page");
    expect(current).toHaveAttribute("href", "/p/2");
    expect(within(nav).getByRole("link", { name: "1" })).not.toHaveAttribute("aria-current");
    expect(within(nav).getByRole("link", { name: "Previous page" })).toHaveAttribute(
      "href",
      "/p/1",
    );
    expect(within(nav).getByRole("link", { name: "Next page" })).toHaveTextContent("Next");
    expect(within(nav).getByText("More pages")).toHaveClass("nx-pagination-ellipsis__label");
  });

  it("disables previous on the first page and next on the last", async () => {
    render(<Links page={1} pageCount={1} />);
    const previous = screen.getByRole("link", { name: "Previous page" });
    const next = screen.getByRole("link", { name: "Next page" });
    for (const link of [previous, next]) {
      expect(link).toHaveAttribute("aria-disabled", "true");
      expect(link).not.toHaveAttribute("href");
      expect(link).toHaveAttribute("data-disabled");
    }
    await userEvent.tab();
    expect(screen.getByRole("link", { name: "1" })).toHaveFocus();
    await userEvent.tab();
    expect(document.body).toHaveFocus();
  });

  it("renders a router's link through asChild, keeping the chevron and its text", () => {
    render(
      <>
        <PaginationLink asChild isActive size="sm">
          <a href="/p/4" data-router="">
            4
          </a>
        </PaginationLink>
        <PaginationNext asChild>
          <a href="/p/5">Onward</a>
        </PaginationNext>
        <PaginationPrevious asChild disabled>
          <a href="/p/3">Back</a>
        </PaginationPrevious>
      </>,
    );
    const link = screen.getByRole("link", { name: "4" });
    expect(link).toHaveAttribute("data-router");
    expect(link).toHaveAttribute("aria-current", "page");
    expect(link).toHaveAttribute("data-size", "sm");
    expect(link).toHaveClass("nx-pagination-link--sm");
    const next = screen.getByRole("link", { name: "Next page" });
    expect(next).toHaveTextContent("Onward");
    expect(next.querySelector("svg")).not.toBeNull();
    const previous = screen.getByRole("link", { name: "Previous page" });
    expect(previous.tagName).toBe("SPAN");
    expect(previous).toHaveTextContent("Back");
  });

  it("translates the names", () => {
    render(
      <Pagination aria-label="Seiten">
        <PaginationPrevious href="#" aria-label="Vorherige Seite">
          Zurück
        </PaginationPrevious>
        <PaginationEllipsis label="Weitere Seiten" />
      </Pagination>,
    );
    expect(screen.getByRole("navigation", { name: "Seiten" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Vorherige Seite" })).toHaveTextContent("Zurück");
    expect(screen.getByText("Weitere Seiten")).toBeInTheDocument();
  });

  it("renders on the server", () => {
    const html = renderToString(<Links />);
    expect(html).toContain('aria-current="page"');
    expect(html).toContain('aria-label="Pagination"');
  });
});

function Controlled({ initial = 1, pageCount = 10 }: { initial?: number; pageCount?: number }) {
  const [page, setPage] = React.useState(initial);
  return <PaginationControl page={page} onPageChange={setPage} pageCount={pageCount} />;
}

describe("PaginationControl", () => {
  it("shows buttons for the computed pages and marks the current one", () => {
    render(<PaginationControl page={5} onPageChange={() => {}} pageCount={10} />);
    const nav = screen.getByRole("navigation", { name: "Pagination" });
    expect(
      within(nav)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["Previous", "1", "4", "5", "6", "10", "Next"]);
    expect(screen.getByRole("button", { name: "Page 5" })).toHaveAttribute("aria-current", "page");
    expect(within(nav).getAllByText("More pages")).toHaveLength(2);
  });

  it("calls onPageChange and follows the page it is given", async () => {
    const onPageChange = vi.fn();
    const { rerender } = render(
      <PaginationControl page={1} onPageChange={onPageChange} pageCount={10} />,
    );
    expect(screen.getByRole("button", { name: "Previous" })).toBeDisabled();
    await userEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(onPageChange).toHaveBeenLastCalledWith(2);
    await userEvent.click(screen.getByRole("button", { name: "Page 10" }));
    expect(onPageChange).toHaveBeenLastCalledWith(10);
    // Controlled: nothing changes until the parent passes the new page.
    expect(screen.getByRole("button", { name: "Page 1" })).toHaveAttribute("aria-current", "page");
    onPageChange.mockClear();
    await userEvent.click(screen.getByRole("button", { name: "Page 1" }));
    expect(onPageChange).not.toHaveBeenCalled();
    rerender(<PaginationControl page={10} onPageChange={onPageChange} pageCount={10} />);
    expect(screen.getByRole("button", { name: "Next" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Page 10" })).toHaveAttribute("aria-current", "page");
  });

  it("moves focus to the current page when the keyboard disables next", async () => {
    render(<Controlled initial={9} />);
    screen.getByRole("button", { name: "Next" }).focus();
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Next" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Page 10" })).toHaveFocus();
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Page 9" })).toHaveAttribute("aria-current", "page");
  });

  it("translates its labels", () => {
    render(
      <PaginationControl
        page={2}
        onPageChange={() => {}}
        pageCount={3}
        aria-label="Seiten"
        previousText="Zurück"
        nextText="Weiter"
        getPageLabel={(page) => `Seite ${page}`}
      />,
    );
    expect(screen.getByRole("navigation", { name: "Seiten" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Zurück" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Seite 2" })).toHaveAttribute("aria-current", "page");
  });

  it("rejects a page out of range and a missing onPageChange", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      render(<PaginationControl page={4} onPageChange={() => {}} pageCount={3} />),
    ).toThrow(/page=\{4\}/);
    expect(() =>
      render(
        <PaginationControl
          page={1}
          pageCount={3}
          onPageChange={undefined as unknown as (page: number) => void}
        />,
      ),
    ).toThrow(/onPageChange is required/);
    vi.restoreAllMocks();
  });
});
