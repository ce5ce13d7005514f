import {
  BellIcon,
  FileTextIcon,
  FolderIcon,
  PlusIcon,
  UploadIcon,
  UserPlusIcon,
} from "@nexod/icons";
import {
  Button,
  Card,
  CardDescription,
  CardHeader,
  CardTitle,
  EmptyState,
  EmptyStateActions,
  EmptyStateDescription,
  EmptyStateIcon,
  EmptyStateTitle,
  Heading,
  Link as TextLink,
  PageHeader,
} from "@nexod/ui";
import Link from "next/link";
import type * as React from "react";

/** One suggestion under the empty state: a link with a sentence. */
export interface EmptyBlockStep {
  /** The link's text: "Invite your team". */
  title: string;
  /** One sentence on what it gives. */
  description: string;
  /** Where it goes. */
  href: string;
  /** An icon from `@nexod/icons`. */
  icon?: React.ReactNode;
}

export interface EmptyBlockProps {
  /** The page's heading. @default "Projects" */
  title?: string;
  /** What is missing, as the empty state's heading. @default "No projects yet" */
  emptyTitle?: string;
  /** Why it matters and what to do first. */
  description?: React.ReactNode;
  /** Where the primary action ("New project") goes. @default "/projects/new" */
  createHref?: string;
  /** The primary action's text. @default "New project" */
  createLabel?: string;
  /** Where "Import" goes; the button is left out with `null`. @default "/projects/import" */
  importHref?: string | null;
  /** Suggestions under the empty state; `[]` for none. */
  steps?: EmptyBlockStep[];
  /** The empty state's icon, from `@nexod/icons`. @default `<FolderIcon />` */
  icon?: React.ReactNode;
}

const defaultSteps: EmptyBlockStep[] = [
  {
    title: "Read the getting-started guide",
    description: "Ten minutes from a first project to a shared link.",
    href: "/docs/getting-started",
    icon: <FileTextIcon />,
  },
  {
    title: "Invite your team",
    description: "Projects are more useful with the people who work on them.",
    href: "/settings/team",
    icon: <UserPlusIcon />,
  },
  {
    title: "Choose your notifications",
    description: "Decide what reaches your inbox before the first comment does.",
    href: "/settings/notifications",
    icon: <BellIcon />,
  },
];

/**
 * A first-run page: the page heading, a large empty state with the primary action and
 * "Import", and a few next steps as linked cards. Renders a `<div>` for the product's `<main>`.
 * Server component: no client JavaScript.
 */
export function EmptyBlock({
  title = "Projects",
  emptyTitle = "No projects yet",
  description = "Projects hold your tasks, files and the people working on them. Create the first one, or bring yours over from another tool.",
  createHref = "/projects/new",
  createLabel = "New project",
  importHref = "/projects/import",
  steps = defaultSteps,
  icon = <FolderIcon />,
}: EmptyBlockProps) {
  const stepsId = "empty-block-next-steps";
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-8 p-6">
      <PageHeader title={title} />
      <EmptyState size="lg" variant="dashed">
        <EmptyStateIcon>{icon}</EmptyStateIcon>
        <EmptyStateTitle level={2}>{emptyTitle}</EmptyStateTitle>
        <EmptyStateDescription>{description}</EmptyStateDescription>
        <EmptyStateActions>
          <Button asChild>
            <Link href={createHref}>
              <PlusIcon />
              {createLabel}
            </Link>
          </Button>
          {importHref ? (
            <Button asChild variant="outline">
              <Link href={importHref}>
                <UploadIcon />
                Import
              </Link>
            </Button>
          ) : null}
        </EmptyStateActions>
      </EmptyState>
      {steps.length > 0 ? (
        <section aria-labelledby={stepsId} className="flex flex-col gap-4">
          <Heading level={2} size="heading" id={stepsId}>
            Next steps
          </Heading>
          <ul className="m-0 grid list-none gap-4 p-0 md:grid-cols-3">
            {steps.map((step) => (
              <li key={step.href} className="flex">
                <Card className="w-full">
                  <CardHeader>
                    {step.icon ? (
                      <span aria-hidden="true" className="text-muted-foreground">
                        {step.icon}
                      </span>
                    ) : null}
                    <CardTitle level={3}>
                      <TextLink asChild>
                        <Link href={step.href}>{step.title}</Link>
                      </TextLink>
                    </CardTitle>
                    <CardDescription>{step.description}</CardDescription>
                  </CardHeader>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
