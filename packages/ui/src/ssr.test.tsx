// @vitest-environment node
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import * as ui from "./index";

type Exports = typeof ui;
/** Every exported React component (cva `…Variants` helpers excluded). */
type ComponentName = {
  [K in keyof Exports]: K extends `${string}Variants`
    ? never
    : Exports[K] extends React.ExoticComponent<never> | React.FunctionComponent<never>
      ? K
      : never;
}[keyof Exports];

/** One server render per export; TypeScript fails until a new component has an entry. */
const examples: Record<ComponentName, React.ReactElement> = {
  Badge: <ui.Badge variant="success">Paid</ui.Badge>,
  Button: <ui.Button loading>Save</ui.Button>,
  Card: <ui.Card>Plan</ui.Card>,
  CardContent: <ui.CardContent>12 seats</ui.CardContent>,
  CardDescription: <ui.CardDescription>Billed yearly</ui.CardDescription>,
  CardFooter: <ui.CardFooter>Actions</ui.CardFooter>,
  CardHeader: <ui.CardHeader>Header</ui.CardHeader>,
  CardTitle: <ui.CardTitle>Team plan</ui.CardTitle>,
  Separator: <ui.Separator decorative={false} />,
  Skeleton: <ui.Skeleton />,
  Checkbox: <ui.Checkbox aria-label="Select all" checked="indeterminate" />,
  Field: (
    <ui.Field label="Email" description="We never share it." error="Required." required>
      <ui.Input type="email" />
    </ui.Field>
  ),
  Input: <ui.Input aria-label="Email" type="email" />,
  Label: <ui.Label htmlFor="email">Email</ui.Label>,
  RadioGroup: (
    <ui.RadioGroup aria-label="Plan" defaultValue="pro">
      <ui.RadioGroupItem value="pro" aria-label="Pro" />
    </ui.RadioGroup>
  ),
  RadioGroupItem: (
    <ui.RadioGroup aria-label="Plan">
      <ui.RadioGroupItem value="free" aria-label="Free" />
    </ui.RadioGroup>
  ),
  Switch: <ui.Switch aria-label="Wi-Fi" defaultChecked />,
  Textarea: <ui.Textarea aria-label="Bio" />,
};

function usesComponent(node: React.ReactNode, component: unknown): boolean {
  if (!React.isValidElement<{ children?: React.ReactNode }>(node)) {
    return Array.isArray(node) && node.some((child) => usesComponent(child, component));
  }
  return node.type === component || usesComponent(node.props.children, component);
}

describe("server rendering", () => {
  it.each(Object.entries(examples))("%s renders with renderToString", (name, element) => {
    expect(usesComponent(element, ui[name as ComponentName])).toBe(true);
    expect(renderToString(element)).not.toBe("");
  });
});
