import { SettingsBlock, type SettingsTab } from "@nexod/blocks/settings";
import { Toaster } from "@nexod/ui";
import type { Metadata } from "next";
import { deleteAccount, saveAccount, saveNotifications, saveProfile } from "./actions";

export const metadata: Metadata = { title: "Settings" };

const tabs: SettingsTab[] = ["profile", "account", "notifications", "billing"];

/** The settings block with the example's server actions; `?tab=billing` opens a tab. */
export default async function SettingsBlockPage({
  searchParams,
}: {
  searchParams: Promise<{ tab?: string }>;
}) {
  const { tab } = await searchParams;
  return (
    <>
      <SettingsBlock
        defaultTab={tabs.find((name) => name === tab) ?? "profile"}
        onSaveProfile={saveProfile}
        onSaveAccount={saveAccount}
        onSaveNotifications={saveNotifications}
        onDeleteAccount={deleteAccount}
      />
      <Toaster />
    </>
  );
}
