"use client";

import {
  ChevronsUpDownIcon,
  CreditCardIcon,
  LogOutIcon,
  SettingsIcon,
  UserIcon,
} from "@nexod/icons";
import {
  Avatar,
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
  SidebarMenu,
  SidebarMenuButton,
  SidebarMenuItem,
  getInitials,
  useSidebar,
} from "@nexod/ui";
import Link from "next/link";
import type { NavUserInfo } from "./navigation";

/**
 * The person's picture, or their initials. The initials are in the foreground colour: the
 * Avatar's own muted-on-muted initials fall under 4.5:1 on the sidebar's surface.
 */
function UserAvatar({ user }: { user: NavUserInfo }) {
  return (
    <Avatar size="sm" name={user.name} src={user.avatar} alt="">
      <span className="text-foreground">{getInitials(user.name)}</span>
    </Avatar>
  );
}

// The menu's items are links (`asChild`); `no-underline` keeps them looking like menu items.

/**
 * The signed-in person at the foot of the sidebar: avatar, name and email; a menu of account
 * pages and signing out. Replace the hrefs with your routes (sign-out is usually a route handler
 * or a server action in a `<form>`).
 */
export function NavUser({ user }: { user: NavUserInfo }) {
  const { isMobile, state } = useSidebar();
  return (
    <SidebarMenu>
      <SidebarMenuItem>
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <SidebarMenuButton size="lg" className="group-data-[state=collapsed]:p-0">
              <UserAvatar user={user} />
              <span className="flex min-w-0 flex-1 flex-col leading-tight">
                <span className="truncate font-medium">{user.name}</span>
                <span className="truncate text-xs text-muted-foreground">{user.email}</span>
              </span>
              <ChevronsUpDownIcon className="ms-auto" />
            </SidebarMenuButton>
          </DropdownMenuTrigger>
          <DropdownMenuContent
            side={isMobile ? "top" : state === "collapsed" ? "right" : "top"}
            align={isMobile || state !== "collapsed" ? "start" : "end"}
            className="min-w-56"
          >
            <DropdownMenuLabel className="flex items-center gap-2">
              <UserAvatar user={user} />
              <span className="flex min-w-0 flex-col leading-tight">
                <span className="truncate font-medium text-foreground">{user.name}</span>
                <span className="truncate text-xs font-normal">{user.email}</span>
              </span>
            </DropdownMenuLabel>
            <DropdownMenuSeparator />
            <DropdownMenuGroup>
              <DropdownMenuItem asChild className="no-underline">
                <Link href="/settings/profile">
                  <UserIcon />
                  Profile
                </Link>
              </DropdownMenuItem>
              <DropdownMenuItem asChild className="no-underline">
                <Link href="/billing">
                  <CreditCardIcon />
                  Billing
                </Link>
              </DropdownMenuItem>
              <DropdownMenuItem asChild className="no-underline">
                <Link href="/settings">
                  <SettingsIcon />
                  Settings
                </Link>
              </DropdownMenuItem>
            </DropdownMenuGroup>
            <DropdownMenuSeparator />
            <DropdownMenuItem asChild className="no-underline">
              <Link href="/sign-in">
                <LogOutIcon />
                Sign out
              </Link>
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      </SidebarMenuItem>
    </SidebarMenu>
  );
}
