import {
  CalendarIcon,
  CreditCardIcon,
  FolderIcon,
  LayoutGridIcon,
  MailIcon,
  SettingsIcon,
  UsersIcon,
} from "@nexod/icons";
import type * as React from "react";

/** A page of the product in the sidebar; `items` nest pages under it (a folding menu). */
export interface NavItem {
  title: string;
  href: string;
  /** An icon from `@nexod/icons`, as an element: it crosses the server/client boundary. */
  icon: React.ReactNode;
  items?: { title: string; href: string }[];
}

/** A labelled group of pages. */
export interface NavGroup {
  label: string;
  items: NavItem[];
}

/** The signed-in person, shown in the sidebar's footer. */
export interface NavUserInfo {
  name: string;
  email: string;
  /** URL of the picture; the initials of `name` show without it. */
  avatar?: string;
}

// Sample navigation of the "Acme" product: replace it with your own pages.
export const navigation: NavGroup[] = [
  {
    label: "Workspace",
    items: [
      { title: "Dashboard", href: "/dashboard", icon: <LayoutGridIcon /> },
      {
        title: "Projects",
        href: "/projects",
        icon: <FolderIcon />,
        items: [
          { title: "All projects", href: "/projects" },
          { title: "Website relaunch", href: "/projects/website-relaunch" },
          { title: "Mobile app", href: "/projects/mobile-app" },
        ],
      },
      { title: "Inbox", href: "/inbox", icon: <MailIcon /> },
      { title: "Calendar", href: "/calendar", icon: <CalendarIcon /> },
    ],
  },
  {
    label: "Organisation",
    items: [
      { title: "Team", href: "/team", icon: <UsersIcon /> },
      { title: "Billing", href: "/billing", icon: <CreditCardIcon /> },
      { title: "Settings", href: "/settings", icon: <SettingsIcon /> },
    ],
  },
];

export const user: NavUserInfo = { name: "Ada Lovelace", email: "ada@acme.example" };

/**
 * The href among `hrefs` that is the current page: the longest one that equals the path or is
 * a parent of it (`/projects` for `/projects/42`, unless `/projects/42` is listed itself).
 */
export function activeHref(pathname: string, hrefs: string[]): string | undefined {
  return hrefs
    .filter(
      (href) => pathname === href || pathname.startsWith(href.endsWith("/") ? href : `${href}/`),
    )
    .sort((a, b) => b.length - a.length)[0];
}
