import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, spyOn, userEvent, waitFor, within } from "storybook/test";
import { ICONS, IconGallery, importLine } from "./icon-gallery";

/**
 * Every icon of `@nexod/icons`. Search by name, then select an icon to copy its import. Icons
 * take the text colour (`currentColor`), come in three sizes from the spacing tokens
 * (`size="sm" | "md" | "lg"`: 16, 20, 24px) and are hidden from screen readers unless they get
 * a `title` or `aria-label`. Designers change them in Figma and run `nexod-icons pull`
 * (packages/icons/README.md).
 */
const meta = {
  title: "Foundations/Icons",
  component: IconGallery,
  tags: ["!autodocs", "!manifest"],
  parameters: { layout: "padded" },
} satisfies Meta<typeof IconGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Gallery: Story = {};

/** Search narrows the list; selecting an icon copies its import line and says so. */
export const SearchAndCopy: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const writeText = spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);

    await userEvent.type(canvas.getByRole("searchbox", { name: "Search icons" }), "chevron down");
    const list = canvas.getByRole("list", { name: "Icons" });
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole("button")
          .map((button) => button.textContent),
      ).toEqual(["ChevronDownIcon", "ChevronsUpDownIcon"]),
    );
    await expect(canvas.getByRole("status")).toHaveTextContent(`2 of ${ICONS.length} icons`);

    await userEvent.click(within(list).getByRole("button", { name: "ChevronDownIcon" }));
    await expect(writeText).toHaveBeenCalledWith(importLine("ChevronDownIcon"));
    await expect(within(list).getAllByRole("button")[0]).toHaveTextContent("Copied");
    await expect(canvas.getByRole("status")).toHaveTextContent(
      'Copied import { ChevronDownIcon } from "@nexod/icons";',
    );
  },
};
