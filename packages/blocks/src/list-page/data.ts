// Sample projects of the "Acme" list page: fixed values (no "today", no randomness), so the page
// renders the same on the server, in the browser and in every test. Replace them with your data.

export type ProjectStatus = "Active" | "Paused" | "Completed" | "Archived";

export interface Project {
  id: string;
  name: string;
  client: string;
  status: ProjectStatus;
  owner: string;
  /** ISO date (YYYY-MM-DD). */
  due: string;
  /** Budget in euros. */
  amount: number;
}

export const statuses: ProjectStatus[] = ["Active", "Paused", "Completed", "Archived"];

const names = [
  "Website relaunch",
  "Mobile app",
  "Brand refresh",
  "Data warehouse",
  "Checkout redesign",
  "Partner portal",
  "Support chatbot",
  "Annual report",
  "Design system",
  "Billing migration",
  "Onboarding emails",
  "Search upgrade",
  "Analytics dashboard",
  "Security audit",
  "Localisation",
  "Pricing page",
  "Help centre",
  "Warehouse scanner",
  "Loyalty programme",
  "API v3",
  "Status page",
  "Recruiting site",
  "Sales playbook",
  "Offline mode",
];
const clients = ["Globex", "Initech", "Umbrella", "Stark Industries", "Wayne Enterprises", "Hooli"];
const owners = [
  "Ada Lovelace",
  "Alan Turing",
  "Grace Hopper",
  "Katherine Johnson",
  "Edsger Dijkstra",
];
const statusCycle: ProjectStatus[] = [
  "Active",
  "Active",
  "Paused",
  "Completed",
  "Active",
  "Archived",
  "Completed",
];

export const projects: Project[] = names.map((name, i) => {
  const due = new Date(Date.UTC(2026, 11, 1 + ((i * 11) % 120)));
  return {
    id: `PRJ-${String(1040 + i * 7)}`,
    name,
    client: clients[i % clients.length]!,
    status: statusCycle[i % statusCycle.length]!,
    owner: owners[(i * 3) % owners.length]!,
    due: due.toISOString().slice(0, 10),
    amount: 4_000 + ((i * 7_919) % 46_000),
  };
});
