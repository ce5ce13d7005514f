import { EmptyBlock } from "@nexod/blocks/empty";
import { FileTextIcon, SettingsIcon, UserPlusIcon } from "@nexod/icons";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Projects" };

/** The first-run page a new account lands on (after sign-up). Server component. */
export default function EmptyPage() {
  return (
    <EmptyBlock
      createHref="/projects/new"
      importHref="/projects"
      steps={[
        {
          title: "Check the service status",
          description: "See what runs where before you start.",
          href: "/status",
          icon: <FileTextIcon />,
        },
        {
          title: "Invite your team",
          description: "Projects are more useful with the people who work on them.",
          href: "/settings",
          icon: <UserPlusIcon />,
        },
        {
          title: "Set up your profile",
          description: "Your name, picture and the emails you want.",
          href: "/blocks/settings",
          icon: <SettingsIcon />,
        },
      ]}
    />
  );
}
