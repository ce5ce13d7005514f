import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "../tabs";
import { DirectionProvider, useDirection, type Direction } from ".";

function AccountTabs() {
  return (
    <Tabs defaultValue="profile">
      <TabsList aria-label="Account">
        <TabsTrigger value="profile">Profile</TabsTrigger>
        <TabsTrigger value="security">Security</TabsTrigger>
        <TabsTrigger value="team">Team</TabsTrigger>
      </TabsList>
      <TabsContent value="profile">Your public profile</TabsContent>
      <TabsContent value="security">Passwords and keys</TabsContent>
      <TabsContent value="team">Members</TabsContent>
    </Tabs>
  );
}

function ShowDirection({ dir }: { dir?: Direction }) {
  return <output>{useDirection(dir)}</output>;
}

const tab = (name: string) => screen.getByRole("tab", { name });

describe("DirectionProvider", () => {
  it("makes ArrowLeft move to the next tab and ArrowRight to the previous one in rtl", async () => {
    const user = userEvent.setup();
    render(
      <DirectionProvider dir="rtl">
        <AccountTabs />
      </DirectionProvider>,
    );
    await user.tab();
    expect(tab("Profile")).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(tab("Security")).toHaveFocus();
    expect(tab("Security")).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowLeft}");
    expect(tab("Team")).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(tab("Security")).toHaveFocus();
  });

  it("sets its direction as the dir attribute of the components inside", () => {
    render(
      <DirectionProvider dir="rtl">
        <AccountTabs />
      </DirectionProvider>,
    );
    const tablist = screen.getByRole("tablist", { name: "Account" });
    expect(tablist.closest("[dir]")).toHaveAttribute("dir", "rtl");
  });

  it("leaves the arrow keys in reading order in ltr", async () => {
    const user = userEvent.setup();
    render(
      <DirectionProvider dir="ltr">
        <AccountTabs />
      </DirectionProvider>,
    );
    await user.tab();
    await user.keyboard("{ArrowLeft}");
    expect(tab("Team")).toHaveFocus();
  });
});

describe("useDirection", () => {
  it("reads the nearest provider, ltr without one, and lets a component's own dir win", () => {
    render(
      <>
        <ShowDirection />
        <DirectionProvider dir="rtl">
          <ShowDirection />
          <ShowDirection dir="ltr" />
          <DirectionProvider dir="ltr">
            <ShowDirection />
          </DirectionProvider>
        </DirectionProvider>
      </>,
    );
    expect(screen.getAllByRole("status").map((output) => output.textContent)).toEqual([
      "ltr",
      "rtl",
      "ltr",
      "ltr",
    ]);
  });

  it("renders on the server", () => {
    expect(
      renderToString(
        <DirectionProvider dir="rtl">
          <AccountTabs />
        </DirectionProvider>,
      ),
    ).toContain('dir="rtl"');
  });
});
