// A sample project for the detail page: fixed values (no "today", no randomness), so the page
// renders the same on the server, in the browser and in every test. Replace it with your data.

export interface Member {
  name: string;
  email: string;
  role: "Owner" | "Editor" | "Viewer";
}

export interface ProjectEvent {
  id: string;
  title: string;
  detail?: string;
  /** Shown as written: format dates in the reader's locale and time zone. */
  time: string;
  /** The same moment in ISO 8601. */
  dateTime: string;
  kind: "created" | "status" | "comment" | "file" | "member" | "done";
}

export interface ProjectDetail {
  id: string;
  name: string;
  client: string;
  description: string;
  status: "Active" | "Paused" | "Completed" | "Archived";
  owner: string;
  /** ISO date (YYYY-MM-DD). */
  start: string;
  /** ISO date (YYYY-MM-DD). */
  due: string;
  /** Budget in euros. */
  budget: number;
  /** Spent so far, in euros. */
  spent: number;
  members: Member[];
  activity: ProjectEvent[];
}

export const project: ProjectDetail = {
  id: "PRJ-1040",
  name: "Website relaunch",
  client: "Globex",
  description:
    "A new marketing site for Globex on the company's design system: faster pages, a rewritten pricing section and a blog the marketing team can publish to on its own.",
  status: "Active",
  owner: "Ada Lovelace",
  start: "2026-09-14",
  due: "2027-01-29",
  budget: 48_200,
  spent: 30_850,
  members: [
    { name: "Ada Lovelace", email: "ada@acme.example", role: "Owner" },
    { name: "Grace Hopper", email: "grace@acme.example", role: "Editor" },
    { name: "Alan Turing", email: "alan@acme.example", role: "Editor" },
    { name: "Katherine Johnson", email: "katherine@acme.example", role: "Viewer" },
  ],
  activity: [
    {
      id: "e6",
      title: "Grace Hopper uploaded Pricing wireframes.pdf",
      time: "2 Dec, 15:32",
      dateTime: "2026-12-02T15:32:00Z",
      kind: "file",
    },
    {
      id: "e5",
      title: "Alan Turing commented",
      detail: "The new pricing table needs the yearly toggle before we ship it.",
      time: "1 Dec, 11:04",
      dateTime: "2026-12-01T11:04:00Z",
      kind: "comment",
    },
    {
      id: "e4",
      title: "Design phase completed",
      time: "28 Nov, 17:45",
      dateTime: "2026-11-28T17:45:00Z",
      kind: "done",
    },
    {
      id: "e3",
      title: "Katherine Johnson joined as Viewer",
      time: "12 Oct, 09:20",
      dateTime: "2026-10-12T09:20:00Z",
      kind: "member",
    },
    {
      id: "e2",
      title: "Status changed from Planned to Active",
      time: "14 Sep, 10:00",
      dateTime: "2026-09-14T10:00:00Z",
      kind: "status",
    },
    {
      id: "e1",
      title: "Ada Lovelace created the project",
      time: "2 Sep, 16:18",
      dateTime: "2026-09-02T16:18:00Z",
      kind: "created",
    },
  ],
};
