import {
  Breadcrumb,
  BreadcrumbItem,
  BreadcrumbLink,
  BreadcrumbList,
  BreadcrumbPage,
  BreadcrumbSeparator,
  PageHeader,
} from "@nexod/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { createProjectAndShow } from "./actions";
import { NewProjectPageForm } from "./page-form";

export const metadata: Metadata = { title: "New project" };

/** The form on a page of its own: it works before JavaScript loads (a plain POST to the action). */
export default function NewProjectPage() {
  return (
    <div className="flex max-w-md flex-col gap-6">
      <PageHeader
        title="New project"
        breadcrumb={
          <Breadcrumb>
            <BreadcrumbList>
              <BreadcrumbItem>
                <BreadcrumbLink asChild>
                  <Link href="/projects">Projects</Link>
                </BreadcrumbLink>
              </BreadcrumbItem>
              <BreadcrumbSeparator />
              <BreadcrumbItem>
                <BreadcrumbPage>New project</BreadcrumbPage>
              </BreadcrumbItem>
            </BreadcrumbList>
          </Breadcrumb>
        }
      />
      <NewProjectPageForm action={createProjectAndShow} />
    </div>
  );
}
