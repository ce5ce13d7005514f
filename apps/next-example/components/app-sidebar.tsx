"use client";

import {
  Sidebar,
  SidebarContent,
  SidebarGroup,
  SidebarGroupContent,
  SidebarGroupLabel,
  SidebarHeader,
  SidebarMenu,
  SidebarMenuButton,
  SidebarMenuItem,
} from "@nexod/ui";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { HomeGlyph, SettingsGlyph, StatusGlyph } from "@/components/nav-icons";

const pages = [
  { href: "/", label: "Overview", icon: HomeGlyph },
  { href: "/status", label: "Status", icon: StatusGlyph },
  { href: "/settings", label: "Settings", icon: SettingsGlyph },
] as const;

/**
 * The app's navigation. A client component only to read the current path for `isActive`;
 * the links are Next.js `Link`s through `asChild`.
 */
export function AppSidebar() {
  const pathname = usePathname();
  return (
    <Sidebar aria-label="Main">
      <SidebarHeader>
        <SidebarMenu>
          <SidebarMenuItem>
            <SidebarMenuButton asChild size="lg" tooltip="Acme">
              <Link href="/">
                <HomeGlyph />
                <span className="font-semibold">Acme</span>
              </Link>
            </SidebarMenuButton>
          </SidebarMenuItem>
        </SidebarMenu>
      </SidebarHeader>
      <SidebarContent>
        <SidebarGroup>
          <SidebarGroupLabel>Workspace</SidebarGroupLabel>
          <SidebarGroupContent>
            <SidebarMenu>
              {pages.map(({ href, label, icon: Icon }) => (
                <SidebarMenuItem key={href}>
                  <SidebarMenuButton asChild isActive={pathname === href} tooltip={label}>
                    <Link href={href}>
                      <Icon />
                      <span>{label}</span>
                    </Link>
                  </SidebarMenuButton>
                </SidebarMenuItem>
              ))}
            </SidebarMenu>
          </SidebarGroupContent>
        </SidebarGroup>
      </SidebarContent>
    </Sidebar>
  );
}
