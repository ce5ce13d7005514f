import {
  CheckCircleIcon,
  FilePlusIcon,
  FolderIcon,
  MessageSquareIcon,
  PencilIcon,
  RefreshIcon,
  UserPlusIcon,
} from "@nexod/icons";
import {
  Avatar,
  Badge,
  Breadcrumb,
  BreadcrumbItem,
  BreadcrumbLink,
  BreadcrumbList,
  BreadcrumbPage,
  BreadcrumbSeparator,
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  DescriptionDetails,
  DescriptionList,
  DescriptionListItem,
  DescriptionTerm,
  PageHeader,
  Progress,
  Tabs,
  TabsContent,
  TabsList,
  TabsTrigger,
  Timeline,
  TimelineItem,
} from "@nexod/ui";
import Link from "next/link";
import type * as React from "react";
import { project as sampleProject, type ProjectDetail, type ProjectEvent } from "./data";
import { ProjectActions } from "./project-actions";
import { ProjectSettings, type ProjectSettingsValues } from "./project-settings";

export interface DetailPageBlockProps {
  /** The record shown (the sample project of `data.ts` by default). */
  project?: ProjectDetail;
  /** The list the breadcrumb leads back to. */
  listHref?: string;
  /** Where "Edit" leads. */
  editHref?: string;
  /** The tab shown first. */
  defaultTab?: "overview" | "activity" | "settings";
  /** Deletes the project after confirmation: a server action. */
  onDelete?: () => void | Promise<void>;
  /** Saves the settings tab: a server action. */
  onSaveSettings?: (values: ProjectSettingsValues) => void | Promise<void>;
}

const statusVariant = {
  Active: "success",
  Paused: "warning",
  Completed: "info",
  Archived: "neutral",
} as const;

const eventLook: Record<
  ProjectEvent["kind"],
  { icon: React.ReactNode; status: "neutral" | "primary" | "success" | "info" }
> = {
  created: { icon: <FolderIcon />, status: "neutral" },
  status: { icon: <RefreshIcon />, status: "primary" },
  comment: { icon: <MessageSquareIcon />, status: "neutral" },
  file: { icon: <FilePlusIcon />, status: "info" },
  member: { icon: <UserPlusIcon />, status: "info" },
  done: { icon: <CheckCircleIcon />, status: "success" },
};

const money = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
});
// Dates are stored as ISO days; format them in UTC so the server and the browser agree.
const day = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** Up to two initials of a name ("Ada King Lovelace" → "AL"). */
function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  return words.length > 1 ? `${words[0]![0]}${words.at(-1)![0]}` : (words[0]?.[0] ?? "");
}

/**
 * A person's avatar with their initials in the foreground colour: the Avatar's own muted
 * initials fall under 4.5:1 on a card's surface.
 */
function PersonAvatar({ name, size }: { name: string; size: "xs" | "sm" }) {
  return (
    <Avatar size={size} name={name} alt="">
      <span className="text-foreground">{initials(name)}</span>
    </Avatar>
  );
}

function IsoDay({ value }: { value: string }) {
  return <time dateTime={value}>{day.format(new Date(value))}</time>;
}

/**
 * One record's page (a project): breadcrumb and header with Edit and a menu of more actions,
 * its key fields, then tabs for the overview (about, members), the activity timeline and the
 * settings form. A server component: the tabs, the menu and the form are client islands.
 */
export function DetailPageBlock({
  project = sampleProject,
  listHref = "/projects",
  editHref,
  defaultTab = "overview",
  onDelete,
  onSaveSettings,
}: DetailPageBlockProps) {
  const href = `${listHref}/${project.id.toLowerCase()}`;
  const spent = Math.round((project.spent / project.budget) * 100);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        breadcrumb={
          <Breadcrumb>
            <BreadcrumbList>
              <BreadcrumbItem>
                <BreadcrumbLink asChild>
                  <Link href={listHref}>Projects</Link>
                </BreadcrumbLink>
              </BreadcrumbItem>
              <BreadcrumbSeparator />
              <BreadcrumbItem>
                <BreadcrumbPage>{project.name}</BreadcrumbPage>
              </BreadcrumbItem>
            </BreadcrumbList>
          </Breadcrumb>
        }
        title={project.name}
        description={`${project.client} · ${project.id}`}
        actions={
          <>
            <Button asChild variant="outline">
              <Link href={editHref ?? `${href}/edit`}>
                <PencilIcon />
                Edit
              </Link>
            </Button>
            <ProjectActions
              projectId={project.id}
              projectName={project.name}
              duplicateHref={`${listHref}/new?from=${project.id}`}
              onDelete={onDelete}
            />
          </>
        }
      />

      <Card>
        <CardContent>
          {/* Stacked pairs in a grid: three across on wide screens, one under another on phones. */}
          <DescriptionList
            layout="vertical"
            className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3"
          >
            <SummaryItems project={project} spent={spent} />
          </DescriptionList>
        </CardContent>
      </Card>

      <Tabs defaultValue={defaultTab}>
        <TabsList aria-label="Project sections">
          <TabsTrigger value="overview">Overview</TabsTrigger>
          <TabsTrigger value="activity">Activity</TabsTrigger>
          <TabsTrigger value="settings">Settings</TabsTrigger>
        </TabsList>

        <TabsContent value="overview" className="pt-4">
          <div className="grid gap-4 lg:grid-cols-3">
            <Card className="lg:col-span-2">
              <CardHeader>
                <CardTitle level={2}>About</CardTitle>
                <CardDescription>The goal of the project and its budget.</CardDescription>
              </CardHeader>
              <CardContent className="flex flex-col gap-4">
                <p className="text-sm leading-relaxed">{project.description}</p>
                <Progress
                  value={spent}
                  label="Budget spent"
                  showValue
                  getValueLabel={() =>
                    `${money.format(project.spent)} of ${money.format(project.budget)}`
                  }
                />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle level={2} id="project-members">
                  Members
                </CardTitle>
                <CardDescription>{project.members.length} people on this project.</CardDescription>
              </CardHeader>
              <CardContent>
                <ul
                  aria-labelledby="project-members"
                  className="m-0 flex list-none flex-col gap-4 p-0"
                >
                  {project.members.map((member) => (
                    <li key={member.email} className="flex items-center gap-3">
                      <PersonAvatar size="sm" name={member.name} />
                      <div className="min-w-0 flex-1">
                        <div className="truncate text-sm font-medium">{member.name}</div>
                        <div className="truncate text-xs text-muted-foreground">{member.email}</div>
                      </div>
                      <Badge variant={member.role === "Owner" ? "primary" : "outline"}>
                        {member.role}
                      </Badge>
                    </li>
                  ))}
                </ul>
              </CardContent>
            </Card>
          </div>
        </TabsContent>

        <TabsContent value="activity" className="pt-4">
          <Card>
            <CardHeader>
              <CardTitle level={2} id="project-activity">
                Activity
              </CardTitle>
              <CardDescription>
                Everything that happened to this project, newest first.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <Timeline aria-labelledby="project-activity">
                {project.activity.map((event) => (
                  <TimelineItem
                    key={event.id}
                    status={eventLook[event.kind].status}
                    icon={eventLook[event.kind].icon}
                    title={event.title}
                    time={event.time}
                    dateTime={event.dateTime}
                  >
                    {event.detail}
                  </TimelineItem>
                ))}
              </Timeline>
            </CardContent>
          </Card>
        </TabsContent>

        <TabsContent value="settings" className="pt-4">
          <Card>
            <CardHeader>
              <CardTitle level={2}>Settings</CardTitle>
              <CardDescription>Rename the project or change who hears about it.</CardDescription>
            </CardHeader>
            <CardContent>
              <ProjectSettings
                defaultValues={{
                  name: project.name,
                  description: project.description,
                  notify: true,
                }}
                onSave={onSaveSettings}
              />
            </CardContent>
          </Card>
        </TabsContent>
      </Tabs>
    </div>
  );
}

/** The record's key fields, as term and details pairs. */
function SummaryItems({ project, spent }: { project: ProjectDetail; spent: number }) {
  return (
    <>
      <DescriptionListItem>
        <DescriptionTerm>Status</DescriptionTerm>
        <DescriptionDetails>
          <Badge variant={statusVariant[project.status]}>{project.status}</Badge>
        </DescriptionDetails>
      </DescriptionListItem>
      <DescriptionListItem>
        <DescriptionTerm>Owner</DescriptionTerm>
        <DescriptionDetails>
          <span className="inline-flex items-center gap-2">
            <PersonAvatar size="xs" name={project.owner} />
            {project.owner}
          </span>
        </DescriptionDetails>
      </DescriptionListItem>
      <DescriptionListItem>
        <DescriptionTerm>Client</DescriptionTerm>
        <DescriptionDetails>{project.client}</DescriptionDetails>
      </DescriptionListItem>
      <DescriptionListItem>
        <DescriptionTerm>Start</DescriptionTerm>
        <DescriptionDetails>
          <IsoDay value={project.start} />
        </DescriptionDetails>
      </DescriptionListItem>
      <DescriptionListItem>
        <DescriptionTerm>Due</DescriptionTerm>
        <DescriptionDetails>
          <IsoDay value={project.due} />
        </DescriptionDetails>
      </DescriptionListItem>
      <DescriptionListItem>
        <DescriptionTerm>Budget</DescriptionTerm>
        <DescriptionDetails>
          {money.format(project.budget)}{" "}
          <span className="text-muted-foreground">({spent}% spent)</span>
        </DescriptionDetails>
      </DescriptionListItem>
    </>
  );
}
