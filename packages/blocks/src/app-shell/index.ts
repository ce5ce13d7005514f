export { AppShellBlock, type AppShellBlockProps } from "./app-shell";
export { AppSidebar, type AppSidebarProps } from "./app-sidebar";
export { NavUser } from "./nav-user";
export { SearchCommand } from "./search-command";
export {
  activeHref,
  navigation,
  user,
  type NavGroup,
  type NavItem,
  type NavUserInfo,
} from "./navigation";
