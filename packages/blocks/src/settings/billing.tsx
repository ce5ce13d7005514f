import { CreditCardIcon, DownloadIcon } from "@nexod/icons";
import {
  Badge,
  Button,
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
  Progress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  VisuallyHidden,
} from "@nexod/ui";
import Link from "next/link";
import type { SettingsData } from "./schema";

export interface BillingProps {
  billing: SettingsData["billing"];
  /** Where "Change plan" goes. */
  plansHref: string;
  /** Where "Update payment method" goes (your payment provider's portal). */
  paymentHref: string;
}

/** The plan with its seats, the payment method and the invoices. No form: links out. */
export function Billing({ billing, plansHref, paymentHref }: BillingProps) {
  const nearlyFull = billing.seatsUsed / billing.seats >= 0.9;
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <CardHeader>
          <CardTitle level={2}>Plan</CardTitle>
          <CardDescription>Billed yearly; renews on {billing.renews}.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <div className="flex items-center gap-3">
            <span className="text-lg font-semibold">{billing.plan}</span>
            <Badge variant="primary">Current plan</Badge>
          </div>
          <Progress
            label="Seats"
            showValue
            value={billing.seatsUsed}
            max={billing.seats}
            variant={nearlyFull ? "warning" : "primary"}
            getValueLabel={(value, max) => `${value} of ${max} seats`}
          />
        </CardContent>
        <CardFooter className="flex-wrap justify-end gap-3">
          <Button asChild variant="outline">
            <Link href={paymentHref}>
              <CreditCardIcon />
              Update payment method
            </Link>
          </Button>
          <Button asChild>
            <Link href={plansHref}>Change plan</Link>
          </Button>
        </CardFooter>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle level={2}>Invoices</CardTitle>
          <CardDescription>Paid with {billing.card}.</CardDescription>
        </CardHeader>
        <CardContent>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Date</TableHead>
                <TableHead>Invoice</TableHead>
                <TableHead className="text-end">Amount</TableHead>
                <TableHead className="text-end">
                  <VisuallyHidden>Download</VisuallyHidden>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {billing.invoices.map((invoice) => (
                <TableRow key={invoice.id}>
                  <TableCell>{invoice.date}</TableCell>
                  <TableCell>{invoice.id}</TableCell>
                  <TableCell className="text-end tabular-nums">{invoice.amount}</TableCell>
                  <TableCell className="text-end">
                    <Button asChild variant="ghost" size="sm">
                      <Link href={invoice.href}>
                        <DownloadIcon />
                        <VisuallyHidden>Download {invoice.id} as</VisuallyHidden> PDF
                      </Link>
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </div>
  );
}
