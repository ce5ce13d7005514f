"use client";

import { PageHeader, Tabs, TabsContent, TabsList, TabsTrigger } from "@nexod/ui";
import { AccountForm } from "./account-form";
import { Billing } from "./billing";
import { NotificationsForm } from "./notifications-form";
import { ProfileForm } from "./profile-form";
import type { SettingsData } from "./schema";

export type SettingsTab = "profile" | "account" | "notifications" | "billing";

export interface SettingsBlockProps {
  /** The signed-in user's current settings. @default an example user */
  data?: SettingsData;
  /** The tab shown first (e.g. from `?tab=` in the URL). @default "profile" */
  defaultTab?: SettingsTab;
  /**
   * Saves the profile (`name`, `email`, `bio`, the `avatar` file): a server action or a function
   * of the posted FormData. Throw to keep the form as it is.
   * @default a stand-in that waits a moment
   */
  onSaveProfile?: (data: FormData) => Promise<void>;
  /** Saves `language` and `timeZone`. @default a stand-in that waits a moment */
  onSaveAccount?: (data: FormData) => Promise<void>;
  /** Saves `email`, `push` ("on"), every `topics` value and `digest`. @default a stand-in */
  onSaveNotifications?: (data: FormData) => Promise<void>;
  /** Deletes the account once the user confirmed. @default a stand-in that waits a moment */
  onDeleteAccount?: () => Promise<void>;
  /** Where "Change plan" goes. @default "/billing/plans" */
  plansHref?: string;
  /** Where "Update payment method" goes. @default "/billing/payment" */
  paymentHref?: string;
}

/** Stands in for the product's actions in stories and before you wire yours. */
const wait = async () => {
  await new Promise((resolve) => setTimeout(resolve, 300));
};

const exampleData: SettingsData = {
  profile: {
    name: "Ada Lovelace",
    email: "ada@example.com",
    bio: "Writes the first programs for engines that do not exist yet.",
  },
  account: { language: "en", timeZone: "Europe/London" },
  notifications: {
    email: true,
    push: false,
    topics: ["comments", "mentions"],
    digest: "weekly",
  },
  billing: {
    plan: "Team",
    renews: "1 March 2027",
    seatsUsed: 12,
    seats: 20,
    card: "Visa ending in 4242",
    invoices: [
      { id: "INV-2043", date: "1 March 2026", amount: "€480.00", href: "/billing/invoices/2043" },
      { id: "INV-1988", date: "1 March 2025", amount: "€480.00", href: "/billing/invoices/1988" },
      { id: "INV-1920", date: "1 March 2024", amount: "€360.00", href: "/billing/invoices/1920" },
    ],
  },
};

/**
 * Settings page content: the heading and four tabs (Profile, Account, Notifications,
 * Billing). Each tab's form validates with zod, posts its FormData to the action you pass
 * (also before hydration) and confirms with a toast (mount `<Toaster />` once in your layout).
 * Deleting the account asks in an AlertDialog first.
 */
export function SettingsBlock({
  data = exampleData,
  defaultTab = "profile",
  onSaveProfile = wait,
  onSaveAccount = wait,
  onSaveNotifications = wait,
  onDeleteAccount = wait,
  plansHref = "/billing/plans",
  paymentHref = "/billing/payment",
}: SettingsBlockProps) {
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 p-6">
      <PageHeader title="Settings" description="Your profile, account, notifications and plan." />
      <Tabs defaultValue={defaultTab}>
        <TabsList aria-label="Settings sections">
          <TabsTrigger value="profile">Profile</TabsTrigger>
          <TabsTrigger value="account">Account</TabsTrigger>
          <TabsTrigger value="notifications">Notifications</TabsTrigger>
          <TabsTrigger value="billing">Billing</TabsTrigger>
        </TabsList>
        <TabsContent value="profile" className="pt-6">
          <ProfileForm defaultValues={data.profile} onSave={onSaveProfile} />
        </TabsContent>
        <TabsContent value="account" className="pt-6">
          <AccountForm
            defaultValues={data.account}
            onSave={onSaveAccount}
            onDeleteAccount={onDeleteAccount}
          />
        </TabsContent>
        <TabsContent value="notifications" className="pt-6">
          <NotificationsForm defaultValues={data.notifications} onSave={onSaveNotifications} />
        </TabsContent>
        <TabsContent value="billing" className="pt-6">
          <Billing billing={data.billing} plansHref={plansHref} paymentHref={paymentHref} />
        </TabsContent>
      </Tabs>
    </div>
  );
}
