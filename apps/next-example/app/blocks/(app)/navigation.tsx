import type { NavGroup } from "@nexod/blocks/app-shell";
import {
  FileTextIcon,
  FolderIcon,
  FolderOpenIcon,
  HomeIcon,
  LayoutGridIcon,
  MonitorIcon,
  SettingsIcon,
} from "@nexod/icons";

/** The app-shell block's sidebar, pointed at this app's block routes. */
export const blocksNavigation: NavGroup[] = [
  {
    label: "Blocks",
    items: [
      { title: "App shell", href: "/blocks/app-shell", icon: <MonitorIcon /> },
      { title: "Dashboard", href: "/blocks/dashboard", icon: <LayoutGridIcon /> },
      {
        title: "Projects",
        href: "/blocks/list-page",
        icon: <FolderIcon />,
        items: [
          { title: "All projects", href: "/blocks/list-page" },
          { title: "Website relaunch", href: "/blocks/detail-page" },
        ],
      },
      { title: "First run", href: "/blocks/empty", icon: <FolderOpenIcon /> },
      { title: "Settings", href: "/blocks/settings", icon: <SettingsIcon /> },
    ],
  },
  {
    label: "Example app",
    items: [
      { title: "All blocks", href: "/blocks", icon: <FileTextIcon /> },
      { title: "Overview", href: "/", icon: <HomeIcon /> },
    ],
  },
];
