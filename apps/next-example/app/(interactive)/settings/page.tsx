import {
  Badge,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  Tabs,
  TabsContent,
  TabsList,
  TabsTrigger,
} from "@nexod/ui";
import type { Metadata } from "next";
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
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold">Settings</h1>
          <p className="text-muted-foreground">Manage your profile, notifications and team.</p>
        </div>
        <div className="flex gap-2">
          <InviteDialog />
          <AccountMenu />
        </div>
      </div>

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
