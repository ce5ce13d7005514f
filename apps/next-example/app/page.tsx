import { Badge, Card, CardContent, CardDescription, CardHeader, CardTitle } from "@nexod/ui";
import Link from "next/link";
import { SiteFrame } from "@/components/site-frame";

const sections = [
  {
    href: "/settings",
    title: "Settings",
    description: "Your profile, notifications and team.",
    badge: { label: "Interactive", variant: "primary" },
  },
  {
    href: "/status",
    title: "Status",
    description: "Service health, rendered entirely on the server.",
    badge: { label: "Server only", variant: "success" },
  },
] as const;

/** Server component: Card and Badge ship no client JavaScript. */
export default function HomePage() {
  return (
    <SiteFrame>
      <div className="flex flex-col gap-8">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold">Welcome back</h1>
          <p className="text-muted-foreground">
            Everything in this product is built from Nexod components.
          </p>
        </div>
        <div className="grid gap-6 sm:grid-cols-2">
          {sections.map((section) => (
            <Card key={section.href}>
              <CardHeader>
                <CardTitle level={2}>
                  <Link href={section.href} className="text-foreground hover:underline">
                    {section.title}
                  </Link>
                </CardTitle>
                <CardDescription>{section.description}</CardDescription>
              </CardHeader>
              <CardContent>
                <Badge variant={section.badge.variant}>{section.badge.label}</Badge>
              </CardContent>
            </Card>
          ))}
        </div>
      </div>
    </SiteFrame>
  );
}
