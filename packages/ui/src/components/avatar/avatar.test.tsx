import { render, screen } from "@testing-library/react";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Avatar, AvatarGroup, getInitials } from ".";

describe("getInitials", () => {
  it.each([
    ["Ada Lovelace", "AL"],
    ["Ada King Lovelace", "AL"],
    ["plato", "P"],
    ["  Grace   Hopper ", "GH"],
    ["Émile Zola", "ÉZ"],
    ["", ""],
  ])("%j → %j", (name, initials) => {
    expect(getInitials(name)).toBe(initials);
  });
});

describe("Avatar", () => {
  it("is an image named by name, showing the initials while there is no picture", () => {
    render(<Avatar name="Ada Lovelace" />);
    const avatar = screen.getByRole("img", { name: "Ada Lovelace" });
    expect(avatar).toHaveTextContent("AL");
    expect(avatar.closest("[data-slot=avatar]")).toHaveAttribute("data-size", "md");
  });

  it("renders the initials into the server HTML, before any picture has loaded", () => {
    const html = renderToString(<Avatar name="Grace Hopper" src="/grace.png" />);
    expect(html).toContain(">GH</span>");
    expect(html).toContain('aria-label="Grace Hopper"');
    expect(html).not.toContain("<img");
  });

  it("shows a person icon when it has no name, named by alt", () => {
    render(<Avatar alt="Unknown user" />);
    const avatar = screen.getByRole("img", { name: "Unknown user" });
    expect(avatar.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
    expect(avatar).toHaveTextContent("");
  });

  it('is hidden from assistive technology with alt=""', () => {
    render(<Avatar name="Ada Lovelace" alt="" />);
    expect(screen.queryByRole("img")).toBeNull();
  });

  it("shows children instead of the initials", () => {
    render(<Avatar name="Design team">DS</Avatar>);
    expect(screen.getByRole("img", { name: "Design team" })).toHaveTextContent("DS");
  });

  it("labels the status dot, in the product's words when given", () => {
    const { rerender } = render(<Avatar name="Ada Lovelace" status="busy" />);
    expect(screen.getByRole("img", { name: "Busy" })).toHaveAttribute("data-status", "busy");
    rerender(<Avatar name="Ada Lovelace" status="away" statusLabel="Abwesend" />);
    expect(screen.getByRole("img", { name: "Abwesend" })).toBeInTheDocument();
  });

  it("rejects an unknown status", () => {
    expect(() => render(<Avatar name="Ada" status={"sleeping" as unknown as "online"} />)).toThrow(
      /status "sleeping" is not one of online, away, busy, offline/,
    );
  });

  it("applies size and shape, forwards its ref and appends the product's className", () => {
    const ref = React.createRef<HTMLSpanElement>();
    render(<Avatar ref={ref} name="Ada" size="xl" shape="square" className="product-class" />);
    expect(ref.current).toHaveClass("nx-avatar", "nx-avatar--xl", "nx-avatar--square");
    expect(ref.current).toHaveAttribute("data-shape", "square");
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });
});

describe("AvatarGroup", () => {
  const people = [
    "Ada Lovelace",
    "Grace Hopper",
    "Alan Turing",
    "Edsger Dijkstra",
    "Barbara Liskov",
  ];

  it("shows max avatars and one item named after how many more there are", () => {
    render(
      <AvatarGroup aria-label="Editors" max={2}>
        {people.map((name) => (
          <Avatar key={name} name={name} />
        ))}
      </AvatarGroup>,
    );
    const group = screen.getByRole("group", { name: "Editors" });
    expect(
      Array.from(group.querySelectorAll("[role=img]")).map((el) => el.getAttribute("aria-label")),
    ).toEqual(["Ada Lovelace", "Grace Hopper", "3 more"]);
    expect(screen.getByRole("img", { name: "3 more" })).toHaveTextContent("+3");
  });

  it("shows every avatar and no overflow item without max, or when they fit", () => {
    render(
      <AvatarGroup aria-label="Editors" max={5}>
        {people.map((name) => (
          <Avatar key={name} name={name} />
        ))}
      </AvatarGroup>,
    );
    expect(screen.getAllByRole("img")).toHaveLength(5);
    expect(screen.queryByRole("img", { name: /more/ })).toBeNull();
  });

  it("passes its size and shape to avatars that set none", () => {
    render(
      <AvatarGroup aria-label="Editors" size="sm" shape="square">
        <Avatar name="Ada Lovelace" />
        <Avatar name="Grace Hopper" size="lg" />
      </AvatarGroup>,
    );
    const [ada, grace] = screen.getAllByRole("img").map((el) => el.closest("[data-slot=avatar]"));
    expect(ada).toHaveAttribute("data-size", "sm");
    expect(ada).toHaveAttribute("data-shape", "square");
    expect(grace).toHaveAttribute("data-size", "lg");
  });

  it("words the overflow label with overflowLabel", () => {
    render(
      <AvatarGroup max={1} overflowLabel={(count) => `${count} weitere`}>
        <Avatar name="Ada Lovelace" />
        <Avatar name="Grace Hopper" />
      </AvatarGroup>,
    );
    expect(screen.getByRole("img", { name: "1 weitere" })).toBeInTheDocument();
  });

  it("rejects a max below 1", () => {
    expect(() => render(<AvatarGroup max={0} />)).toThrow(/max must be a whole number/);
  });

  it("renders on the server", () => {
    const html = renderToString(
      <AvatarGroup max={1}>
        <Avatar name="Ada Lovelace" />
        <Avatar name="Grace Hopper" />
      </AvatarGroup>,
    );
    expect(html).toContain('aria-label="1 more"');
  });
});
