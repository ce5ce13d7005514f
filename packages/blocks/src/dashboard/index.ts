export { DashboardBlock, type DashboardBlockProps } from "./dashboard";
export {
  dashboardData,
  periods,
  type Activity,
  type DashboardData,
  type KeyFigure,
  type Period,
  type RevenuePoint,
  type TopProject,
} from "./data";
