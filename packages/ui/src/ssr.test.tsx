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
  DropdownMenu: (
    <ui.DropdownMenu>
      <ui.DropdownMenuTrigger>Actions</ui.DropdownMenuTrigger>
    </ui.DropdownMenu>
  ),
  DropdownMenuCheckboxItem: (
    <ui.DropdownMenu defaultOpen>
      <ui.DropdownMenuTrigger>View</ui.DropdownMenuTrigger>
      <ui.DropdownMenuContent>
        <ui.DropdownMenuCheckboxItem checked>Status</ui.DropdownMenuCheckboxItem>
      </ui.DropdownMenuContent>
    </ui.DropdownMenu>
  ),
  DropdownMenuContent: (
    <ui.DropdownMenu defaultOpen>
      <ui.DropdownMenuTrigger>Actions</ui.DropdownMenuTrigger>
      <ui.DropdownMenuContent>
        <ui.DropdownMenuItem>Edit</ui.DropdownMenuItem>
      </ui.DropdownMenuContent>
    </ui.DropdownMenu>
  ),
  DropdownMenuGroup: <ui.DropdownMenuGroup aria-label="Edit" />,
  DropdownMenuItem: (
    <ui.DropdownMenu defaultOpen>
      <ui.DropdownMenuTrigger>Actions</ui.DropdownMenuTrigger>
      <ui.DropdownMenuContent>
        <ui.DropdownMenuItem variant="destructive" inset>
          Delete
        </ui.DropdownMenuItem>
      </ui.DropdownMenuContent>
    </ui.DropdownMenu>
  ),
  DropdownMenuLabel: <ui.DropdownMenuLabel inset>My account</ui.DropdownMenuLabel>,
  DropdownMenuPortal: (
    <ui.DropdownMenu>
      <ui.DropdownMenuTrigger>Actions</ui.DropdownMenuTrigger>
      <ui.DropdownMenuPortal>
        <span>Portalled</span>
      </ui.DropdownMenuPortal>
    </ui.DropdownMenu>
  ),
  DropdownMenuRadioGroup: (
    <ui.DropdownMenu defaultOpen>
      <ui.DropdownMenuTrigger>Density</ui.DropdownMenuTrigger>
      <ui.DropdownMenuContent>
        <ui.DropdownMenuRadioGroup value="compact">
          <ui.DropdownMenuRadioItem value="compact">Compact</ui.DropdownMenuRadioItem>
        </ui.DropdownMenuRadioGroup>
      </ui.DropdownMenuContent>
    </ui.DropdownMenu>
  ),
  DropdownMenuRadioItem: (
    <ui.DropdownMenu defaultOpen>
      <ui.DropdownMenuTrigger>Density</ui.DropdownMenuTrigger>
      <ui.DropdownMenuContent>
        <ui.DropdownMenuRadioGroup value="compact">
          <ui.DropdownMenuRadioItem value="compact">Compact</ui.DropdownMenuRadioItem>
        </ui.DropdownMenuRadioGroup>
      </ui.DropdownMenuContent>
    </ui.DropdownMenu>
  ),
  DropdownMenuSeparator: <ui.DropdownMenuSeparator />,
  DropdownMenuShortcut: <ui.DropdownMenuShortcut>Ctrl+C</ui.DropdownMenuShortcut>,
  DropdownMenuSub: (
    <ui.DropdownMenu defaultOpen>
      <ui.DropdownMenuTrigger>Share</ui.DropdownMenuTrigger>
      <ui.DropdownMenuContent>
        <ui.DropdownMenuSub>
          <ui.DropdownMenuSubTrigger>Send to</ui.DropdownMenuSubTrigger>
          <ui.DropdownMenuSubContent>
            <ui.DropdownMenuItem>Email</ui.DropdownMenuItem>
          </ui.DropdownMenuSubContent>
        </ui.DropdownMenuSub>
      </ui.DropdownMenuContent>
    </ui.DropdownMenu>
  ),
  DropdownMenuSubContent: (
    <ui.DropdownMenu defaultOpen>
      <ui.DropdownMenuTrigger>Share</ui.DropdownMenuTrigger>
      <ui.DropdownMenuContent>
        <ui.DropdownMenuSub defaultOpen>
          <ui.DropdownMenuSubTrigger>Send to</ui.DropdownMenuSubTrigger>
          <ui.DropdownMenuSubContent>
            <ui.DropdownMenuItem>Email</ui.DropdownMenuItem>
          </ui.DropdownMenuSubContent>
        </ui.DropdownMenuSub>
      </ui.DropdownMenuContent>
    </ui.DropdownMenu>
  ),
  DropdownMenuSubTrigger: (
    <ui.DropdownMenu defaultOpen>
      <ui.DropdownMenuTrigger>Share</ui.DropdownMenuTrigger>
      <ui.DropdownMenuContent>
        <ui.DropdownMenuSub>
          <ui.DropdownMenuSubTrigger inset>Send to</ui.DropdownMenuSubTrigger>
        </ui.DropdownMenuSub>
      </ui.DropdownMenuContent>
    </ui.DropdownMenu>
  ),
  DropdownMenuTrigger: (
    <ui.DropdownMenu>
      <ui.DropdownMenuTrigger>Actions</ui.DropdownMenuTrigger>
    </ui.DropdownMenu>
  ),
  Tabs: (
    <ui.Tabs defaultValue="a">
      <ui.TabsList aria-label="Views">
        <ui.TabsTrigger value="a">A</ui.TabsTrigger>
      </ui.TabsList>
      <ui.TabsContent value="a">Panel A</ui.TabsContent>
    </ui.Tabs>
  ),
  TabsContent: (
    <ui.Tabs defaultValue="a">
      <ui.TabsContent value="a">Panel A</ui.TabsContent>
    </ui.Tabs>
  ),
  TabsList: (
    <ui.Tabs defaultValue="a">
      <ui.TabsList variant="segmented" aria-label="Views">
        <ui.TabsTrigger value="a">A</ui.TabsTrigger>
      </ui.TabsList>
    </ui.Tabs>
  ),
  TabsTrigger: (
    <ui.Tabs defaultValue="a" orientation="vertical">
      <ui.TabsList aria-label="Views">
        <ui.TabsTrigger value="a">A</ui.TabsTrigger>
        <ui.TabsTrigger value="b" disabled>
          B
        </ui.TabsTrigger>
      </ui.TabsList>
    </ui.Tabs>
  ),
  Toast: (
    <ui.ToastProvider>
      <ui.Toast variant="success">
        <ui.ToastTitle>Saved</ui.ToastTitle>
      </ui.Toast>
      <ui.ToastViewport />
    </ui.ToastProvider>
  ),
  ToastAction: <ui.ToastAction altText="Undo with Ctrl+Z">Undo</ui.ToastAction>,
  ToastClose: <ui.ToastClose />,
  ToastDescription: <ui.ToastDescription>Your changes are live.</ui.ToastDescription>,
  ToastProvider: (
    <ui.ToastProvider>
      <ui.ToastViewport />
    </ui.ToastProvider>
  ),
  ToastTitle: <ui.ToastTitle>Saved</ui.ToastTitle>,
  ToastViewport: (
    <ui.ToastProvider>
      <ui.ToastViewport position="top-right" />
    </ui.ToastProvider>
  ),
  Toaster: <ui.Toaster />,
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
