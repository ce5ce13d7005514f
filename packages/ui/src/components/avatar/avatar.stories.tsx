import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { Avatar, AvatarGroup } from ".";

/** Local pictures (SVG data URIs): stories never load images from the network. */
function portrait(background: string, skin: string, clothes: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${background}"/><circle cx="32" cy="26" r="12" fill="${skin}"/><path d="M10 64c2-15 11-21 22-21s20 6 22 21z" fill="${clothes}"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
const ada = portrait("#9db4e8", "#f1cfae", "#2f3b63");
const grace = portrait("#e8c39d", "#8d5a3b", "#5b2a4a");
/** A data URI that is not an image: the browser fails to decode it, so the fallback stays. */
const broken = "data:image/png;base64,bm90IGFuIGltYWdl";

const sizes = ["xs", "sm", "md", "lg", "xl"] as const;
const statuses = ["online", "away", "busy", "offline"] as const;
const row = { display: "flex", gap: 12, alignItems: "center" } as const;

const meta = {
  title: "Data display/Avatar",
  component: Avatar,
  subcomponents: { AvatarGroup },
  tags: ["autodocs"],
  args: { name: "Ada Lovelace", src: ada, size: "md", shape: "circle" },
  argTypes: {
    size: { control: "inline-radio", options: sizes },
    shape: { control: "inline-radio", options: ["circle", "square"] },
    status: { control: "select", options: [undefined, ...statuses] },
  },
} satisfies Meta<typeof Avatar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The picture, named by `name`; the `<img>` itself has an empty alt. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const avatar = within(canvasElement).getByRole("img", { name: "Ada Lovelace" });
    await waitFor(() => expect(avatar.querySelector("img")).toHaveAttribute("src", ada));
    await expect(avatar.querySelector("img")).toHaveAttribute("alt", "");
  },
};

/** Without a picture: the initials of `name`. */
export const Initials: Story = {
  args: { src: undefined },
  play: async ({ canvasElement }) => {
    const avatar = within(canvasElement).getByRole("img", { name: "Ada Lovelace" });
    await expect(avatar).toHaveTextContent("AL");
  },
};

/** A picture that fails to load keeps the initials. */
export const BrokenImage: Story = {
  args: { name: "Grace Hopper", src: broken },
  play: async ({ canvasElement }) => {
    const avatar = within(canvasElement).getByRole("img", { name: "Grace Hopper" });
    await expect(avatar).toHaveTextContent("GH");
    await expect(avatar.querySelector("img")).toBeNull();
  },
};

/** With neither a picture nor a name: a generic person icon, named by `alt`. */
export const IconFallback: Story = {
  args: { name: undefined, src: undefined, alt: "Unknown user" },
  play: async ({ canvasElement }) => {
    const avatar = within(canvasElement).getByRole("img", { name: "Unknown user" });
    await expect(avatar.querySelector("svg")).not.toBeNull();
  },
};

/** Children replace the initials: here two letters chosen by the product. */
export const CustomFallback: Story = {
  args: { name: "Design team", src: undefined, shape: "square", children: "DS" },
};

/** `alt=""` when the name is written beside the avatar: screen readers read the name once. */
export const NextToName: Story = {
  render: (args) => (
    <div style={row}>
      <Avatar {...args} alt="" />
      <span style={{ fontFamily: "var(--nx-font-family-sans)" }}>Ada Lovelace</span>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole("img")).toBeNull();
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 12 }}>
      {[ada, undefined].map((src) => (
        <div key={src ?? "initials"} style={row}>
          {sizes.map((size) => (
            <Avatar {...args} key={size} src={src} size={size} status="online" />
          ))}
        </div>
      ))}
    </div>
  ),
};

export const Shapes: Story = {
  render: (args) => (
    <div style={row}>
      <Avatar {...args} shape="circle" />
      <Avatar {...args} shape="circle" src={undefined} />
      <Avatar {...args} name="Acme Inc" shape="square" src={undefined} />
      <Avatar {...args} name="Acme Inc" shape="square" src={grace} status="busy" />
    </div>
  ),
};

/** Presence: each dot has its own label; offline is a ring, so it differs by shape too. */
export const Status: Story = {
  render: (args) => (
    <div style={row}>
      {statuses.map((status) => (
        <Avatar {...args} key={status} status={status} />
      ))}
      <Avatar {...args} src={undefined} size="lg" shape="square" status="away" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const label of ["Online", "Away", "Busy", "Offline"]) {
      await expect(canvas.getAllByRole("img", { name: label }).length).toBeGreaterThan(0);
    }
  },
};

const team = [
  { name: "Ada Lovelace", src: ada },
  { name: "Grace Hopper", src: grace },
  { name: "Alan Turing" },
  { name: "Katherine Johnson" },
  { name: "Edsger Dijkstra" },
  { name: "Barbara Liskov" },
];

/** Overlapping avatars; past `max` the rest are one "+n" item named "n more". */
export const Group: Story = {
  render: () => (
    <div style={{ display: "grid", gap: 16 }}>
      {(["sm", "md", "lg"] as const).map((size) => (
        <AvatarGroup key={size} aria-label={`Editors (${size})`} size={size} max={3}>
          {team.map((person) => (
            <Avatar key={person.name} {...person} />
          ))}
        </AvatarGroup>
      ))}
      <AvatarGroup aria-label="Teams" shape="square">
        <Avatar name="Design" />
        <Avatar name="Platform" />
        <Avatar name="Research" />
      </AvatarGroup>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole("group", { name: "Editors (md)" });
    const images = within(group).getAllByRole("img");
    await expect(images.map((image) => image.getAttribute("aria-label"))).toEqual([
      "Ada Lovelace",
      "Grace Hopper",
      "Alan Turing",
      "3 more",
    ]);
  },
};
