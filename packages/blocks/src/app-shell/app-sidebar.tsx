"use client";

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
  SidebarMenuCollapsible,
  SidebarMenuCollapsibleTrigger,
  SidebarMenuItem,
  SidebarMenuSub,
  SidebarMenuSubButton,
  SidebarMenuSubItem,
} from "@nexod/ui";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { activeHref, type NavGroup, type NavUserInfo } from "./navigation";
import { NavUser } from "./nav-user";

export interface AppSidebarProps {
  /** The product's name, beside its logo at the top. */
  productName: string;
  /** A second line under the name (the plan, the workspace). */
  productDetail?: string;
  /** Where the product's name leads. */
  homeHref: string;
  navigation: NavGroup[];
  user: NavUserInfo;
}

/**
 * The product's navigation: its logo, labelled groups of pages (some with nested pages) and the
 * signed-in person's menu. A client component to read the route with `usePathname()`; every
 * item is a Next.js `Link` through `asChild`.
 */
export function AppSidebar({
  productName,
  productDetail,
  homeHref,
  navigation,
  user,
}: AppSidebarProps) {
  const pathname = usePathname();
  // One current page for the whole sidebar: the deepest href the path is in.
  const current = activeHref(
    pathname,
    navigation.flatMap((group) =>
      group.items.flatMap((item) => [item.href, ...(item.items ?? []).map((sub) => sub.href)]),
    ),
  );

  return (
    // `group`: the logo and the avatar fill the square a collapsed sidebar leaves them.
    <Sidebar aria-label="Main" className="group">
      <SidebarHeader>
        <SidebarMenu>
          <SidebarMenuItem>
            <SidebarMenuButton
              asChild
              size="lg"
              tooltip={productName}
              className="group-data-[state=collapsed]:p-0"
            >
              <Link href={homeHref}>
                <span
                  aria-hidden="true"
                  className="flex size-8 shrink-0 items-center justify-center rounded-md bg-primary text-sm font-semibold text-primary-foreground"
                >
                  {productName.slice(0, 1)}
                </span>
                <span className="flex min-w-0 flex-col leading-tight">
                  <span className="truncate font-semibold">{productName}</span>
                  {productDetail ? (
                    <span className="truncate text-xs text-muted-foreground">{productDetail}</span>
                  ) : null}
                </span>
              </Link>
            </SidebarMenuButton>
          </SidebarMenuItem>
        </SidebarMenu>
      </SidebarHeader>
      <SidebarContent>
        {navigation.map((group) => (
          <SidebarGroup key={group.label}>
            <SidebarGroupLabel>{group.label}</SidebarGroupLabel>
            <SidebarGroupContent>
              <SidebarMenu>
                {group.items.map((item) =>
                  item.items?.length ? (
                    <SidebarMenuCollapsible
                      key={item.href}
                      defaultOpen={item.items.some((sub) => sub.href === current)}
                    >
                      <SidebarMenuCollapsibleTrigger tooltip={item.title}>
                        {item.icon}
                        <span>{item.title}</span>
                      </SidebarMenuCollapsibleTrigger>
                      <SidebarMenuSub>
                        {item.items.map((sub) => (
                          <SidebarMenuSubItem key={sub.href}>
                            <SidebarMenuSubButton asChild isActive={sub.href === current}>
                              <Link href={sub.href}>{sub.title}</Link>
                            </SidebarMenuSubButton>
                          </SidebarMenuSubItem>
                        ))}
                      </SidebarMenuSub>
                    </SidebarMenuCollapsible>
                  ) : (
                    <SidebarMenuItem key={item.href}>
                      <SidebarMenuButton
                        asChild
                        isActive={item.href === current}
                        tooltip={item.title}
                      >
                        <Link href={item.href}>
                          {item.icon}
                          <span>{item.title}</span>
                        </Link>
                      </SidebarMenuButton>
                    </SidebarMenuItem>
                  ),
                )}
              </SidebarMenu>
            </SidebarGroupContent>
          </SidebarGroup>
        ))}
      </SidebarContent>
      <SidebarFooter>
        <NavUser user={user} />
      </SidebarFooter>
    </Sidebar>
  );
}
