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
import { FolderIcon, HomeIcon, LayoutGridIcon, MonitorIcon, SettingsIcon } from "@nexod/icons";

const pages = [
  { href: "/", label: "Overview", icon: HomeIcon },
  { href: "/dashboard", label: "Dashboard", icon: LayoutGridIcon },
  { href: "/projects", label: "Projects", icon: FolderIcon },
  { href: "/status", label: "Status", icon: MonitorIcon },
  { href: "/settings", label: "Settings", icon: SettingsIcon },
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
                <HomeIcon />
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
                  <SidebarMenuButton
                    asChild
                    isActive={href === "/" ? pathname === href : pathname.startsWith(href)}
                    tooltip={label}
                  >
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
