import {
  Badge,
  Breadcrumb,
  BreadcrumbItem,
  BreadcrumbLink,
  BreadcrumbList,
  BreadcrumbPage,
  BreadcrumbSeparator,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  PageHeader,
  Tabs,
  TabsContent,
  TabsList,
  TabsTrigger,
} from "@nexod/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { AccountMenu } from "@/components/account-menu";
import { InviteDialog } from "@/components/invite-dialog";
import { NotificationSettings } from "@/components/notification-settings";
import { ProfileForm } from "@/components/profile-form";

export const metadata: Metadata = { title: "Settings" };

/**
 * Server component. Tabs are client components from @nexod/ui rendered straight from here;
 * the parts with their own handlers (form, dialog, menu) are the product's client components.
 */
export default function SettingsPage() {
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Settings"
        description="Manage your profile, notifications and team."
        breadcrumb={
          <Breadcrumb>
            <BreadcrumbList>
              <BreadcrumbItem>
                <BreadcrumbLink asChild>
                  <Link href="/">Overview</Link>
                </BreadcrumbLink>
              </BreadcrumbItem>
              <BreadcrumbSeparator />
              <BreadcrumbItem>
                <BreadcrumbPage>Settings</BreadcrumbPage>
              </BreadcrumbItem>
            </BreadcrumbList>
          </Breadcrumb>
        }
        actions={
          <>
            <InviteDialog />
            <AccountMenu />
          </>
        }
      />

      <Tabs defaultValue="profile">
        <TabsList aria-label="Settings sections">
          <TabsTrigger value="profile">Profile</TabsTrigger>
          <TabsTrigger value="notifications">Notifications</TabsTrigger>
          <TabsTrigger value="plan">Plan</TabsTrigger>
        </TabsList>
        <TabsContent value="profile" className="pt-6">
          <Card>
            <CardHeader>
              <CardTitle level={2}>Profile</CardTitle>
              <CardDescription>How teammates see you.</CardDescription>
            </CardHeader>
            <CardContent>
              <ProfileForm />
            </CardContent>
          </Card>
        </TabsContent>
        <TabsContent value="notifications" className="pt-6">
          <Card>
            <CardHeader>
              <CardTitle level={2}>Notifications</CardTitle>
              <CardDescription>Choose what we email you about.</CardDescription>
            </CardHeader>
            <CardContent>
              <NotificationSettings />
            </CardContent>
          </Card>
        </TabsContent>
        <TabsContent value="plan" className="pt-6">
          <Card>
            <CardHeader>
              <CardTitle level={2}>Plan</CardTitle>
              <CardDescription>Billed yearly; renews on 1 March.</CardDescription>
            </CardHeader>
            <CardContent className="flex items-center gap-3">
              <span className="text-lg font-semibold">Team</span>
              <Badge variant="primary">Current plan</Badge>
              <Badge variant="outline">12 of 20 seats</Badge>
            </CardContent>
          </Card>
        </TabsContent>
      </Tabs>
    </div>
  );
}
