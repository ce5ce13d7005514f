import {
  Badge,
  type BadgeProps,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  Separator,
  Skeleton,
} from "@nexod/ui";
import type { Metadata } from "next";
import { SiteFrame } from "@/components/site-frame";

export const metadata: Metadata = { title: "Status" };

type Health = "operational" | "degraded" | "down";

const services: { name: string; health: Health; uptime: string }[] = [
  { name: "API", health: "operational", uptime: "99.99%" },
  { name: "Dashboard", health: "operational", uptime: "99.97%" },
  { name: "Webhooks", health: "degraded", uptime: "99.12%" },
  { name: "Exports", health: "down", uptime: "97.40%" },
];

const healthBadge: Record<Health, { label: string; variant: NonNullable<BadgeProps["variant"]> }> =
  {
    operational: { label: "Operational", variant: "success" },
    degraded: { label: "Degraded", variant: "warning" },
    down: { label: "Down", variant: "destructive" },
  };

/**
 * Server-only page: it uses only the server-safe components (Badge, Card, Separator,
 * Skeleton), so @nexod/ui adds no client JavaScript here. test/client-js.test.ts checks the
 * build output for that.
 */
export default function StatusPage() {
  return (
    <SiteFrame>
      <div className="flex flex-col gap-8">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold">System status</h1>
          <p className="text-muted-foreground">Updated every minute.</p>
        </div>
        <Card>
          <CardHeader>
            <CardTitle level={2}>Services</CardTitle>
            <CardDescription>Uptime over the last 90 days.</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="m-0 flex list-none flex-col p-0">
              {services.map((service, index) => (
                <li key={service.name} className="flex flex-col">
                  {index > 0 && <Separator className="my-3" />}
                  <div className="flex items-center justify-between gap-4">
                    <span className="font-medium">{service.name}</span>
                    <span className="flex items-center gap-3">
                      <span className="text-sm text-muted-foreground">{service.uptime}</span>
                      <Badge variant={healthBadge[service.health].variant}>
                        {healthBadge[service.health].label}
                      </Badge>
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        <Card role="region" aria-labelledby="incidents-title" aria-busy="true">
          <CardHeader>
            <CardTitle level={2} id="incidents-title">
              Incident history
            </CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            <span className="sr-only">Loading…</span>
            <Skeleton className="h-4 w-3/4" />
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="h-4 w-2/3" />
          </CardContent>
        </Card>
      </div>
    </SiteFrame>
  );
}
