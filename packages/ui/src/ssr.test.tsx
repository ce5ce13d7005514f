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

// One tree per component family, holding every part: portalled parts render nothing on the
// server, so the parts that can render outside their portal sit directly under the root.
const alertDialog = (
  <ui.AlertDialog defaultOpen>
    <ui.AlertDialogTrigger>Delete</ui.AlertDialogTrigger>
    <ui.AlertDialogHeader>
      <ui.AlertDialogTitle>Delete project?</ui.AlertDialogTitle>
      <ui.AlertDialogDescription>It is deleted for good.</ui.AlertDialogDescription>
    </ui.AlertDialogHeader>
    <ui.AlertDialogFooter>
      <ui.AlertDialogAction variant="destructive">Delete</ui.AlertDialogAction>
    </ui.AlertDialogFooter>
    <ui.AlertDialogPortal>
      <ui.AlertDialogOverlay />
    </ui.AlertDialogPortal>
    <ui.AlertDialogContent>
      <ui.AlertDialogTitle>Delete?</ui.AlertDialogTitle>
      <ui.AlertDialogDescription>For good.</ui.AlertDialogDescription>
      <ui.AlertDialogCancel>Cancel</ui.AlertDialogCancel>
    </ui.AlertDialogContent>
  </ui.AlertDialog>
);

const card = (
  <ui.Card>
    <ui.CardHeader>
      <ui.CardTitle>Team plan</ui.CardTitle>
      <ui.CardDescription>Billed yearly</ui.CardDescription>
    </ui.CardHeader>
    <ui.CardContent>12 seats</ui.CardContent>
    <ui.CardFooter>Actions</ui.CardFooter>
  </ui.Card>
);

const dialog = (
  <ui.Dialog defaultOpen>
    <ui.DialogTrigger>Edit profile</ui.DialogTrigger>
    <ui.DialogHeader>
      <ui.DialogTitle>Edit profile</ui.DialogTitle>
      <ui.DialogDescription>Visible to your team.</ui.DialogDescription>
    </ui.DialogHeader>
    <ui.DialogFooter>
      <ui.DialogClose>Cancel</ui.DialogClose>
    </ui.DialogFooter>
    <ui.DialogPortal>
      <ui.DialogOverlay />
    </ui.DialogPortal>
    <ui.DialogContent size="sm">
      <ui.DialogTitle>Rename</ui.DialogTitle>
    </ui.DialogContent>
  </ui.Dialog>
);

const dropdownMenu = (
  <>
    <ui.DropdownMenu defaultOpen>
      <ui.DropdownMenuTrigger>Actions</ui.DropdownMenuTrigger>
      <ui.DropdownMenuPortal>
        <span>Portalled</span>
      </ui.DropdownMenuPortal>
      <ui.DropdownMenuContent>
        <ui.DropdownMenuItem variant="destructive" inset>
          Delete
        </ui.DropdownMenuItem>
        <ui.DropdownMenuCheckboxItem checked>Status</ui.DropdownMenuCheckboxItem>
        <ui.DropdownMenuRadioGroup value="compact">
          <ui.DropdownMenuRadioItem value="compact">Compact</ui.DropdownMenuRadioItem>
        </ui.DropdownMenuRadioGroup>
        <ui.DropdownMenuSub defaultOpen>
          <ui.DropdownMenuSubTrigger inset>Send to</ui.DropdownMenuSubTrigger>
          <ui.DropdownMenuSubContent>
            <ui.DropdownMenuItem>Email</ui.DropdownMenuItem>
          </ui.DropdownMenuSubContent>
        </ui.DropdownMenuSub>
      </ui.DropdownMenuContent>
    </ui.DropdownMenu>
    <ui.DropdownMenuGroup aria-label="Edit" />
    <ui.DropdownMenuLabel inset>My account</ui.DropdownMenuLabel>
    <ui.DropdownMenuSeparator />
    <ui.DropdownMenuShortcut>Ctrl+C</ui.DropdownMenuShortcut>
  </>
);

const popover = (
  <ui.Popover defaultOpen>
    <ui.PopoverTrigger>Dimensions</ui.PopoverTrigger>
    <ui.PopoverAnchor>Row 3</ui.PopoverAnchor>
    <ui.PopoverTitle>Dimensions</ui.PopoverTitle>
    <ui.PopoverDescription>Set the size.</ui.PopoverDescription>
    <ui.PopoverClose>Done</ui.PopoverClose>
    <ui.PopoverContent aria-label="Dimensions">Width</ui.PopoverContent>
  </ui.Popover>
);

const radioGroup = (
  <ui.RadioGroup aria-label="Plan" defaultValue="pro">
    <ui.RadioGroupItem value="pro" aria-label="Pro" />
    <ui.RadioGroupItem value="free" aria-label="Free" />
  </ui.RadioGroup>
);

const select = (
  <>
    <ui.Select defaultValue="apple">
      <ui.SelectTrigger aria-label="Fruit" size="sm">
        <ui.SelectValue placeholder="Pick a fruit" />
      </ui.SelectTrigger>
    </ui.Select>
    <ui.Select defaultOpen>
      <ui.SelectTrigger aria-label="Fruit" />
      <ui.SelectContent>
        <ui.SelectScrollUpButton />
        <ui.SelectGroup>
          <ui.SelectLabel>Fruit</ui.SelectLabel>
          <ui.SelectItem value="apple">Apple</ui.SelectItem>
        </ui.SelectGroup>
        <ui.SelectSeparator />
        <ui.SelectItem value="carrot">Carrot</ui.SelectItem>
        <ui.SelectScrollDownButton />
      </ui.SelectContent>
    </ui.Select>
  </>
);

const tabs = (
  <ui.Tabs defaultValue="a" orientation="vertical">
    <ui.TabsList variant="segmented" aria-label="Views">
      <ui.TabsTrigger value="a">A</ui.TabsTrigger>
      <ui.TabsTrigger value="b" disabled>
        B
      </ui.TabsTrigger>
    </ui.TabsList>
    <ui.TabsContent value="a">Panel A</ui.TabsContent>
  </ui.Tabs>
);

const toast = (
  <ui.ToastProvider>
    <ui.Toast variant="success">
      <ui.ToastTitle>Saved</ui.ToastTitle>
      <ui.ToastDescription>Your changes are live.</ui.ToastDescription>
      <ui.ToastAction altText="Undo with Ctrl+Z">Undo</ui.ToastAction>
      <ui.ToastClose />
    </ui.Toast>
    <ui.ToastViewport position="top-right" />
  </ui.ToastProvider>
);

const tooltip = (
  <ui.TooltipProvider>
    <ui.Tooltip defaultOpen>
      <ui.TooltipTrigger>Bookmark</ui.TooltipTrigger>
      <ui.TooltipContent arrow>Add to library</ui.TooltipContent>
    </ui.Tooltip>
  </ui.TooltipProvider>
);

/** The tree that renders each export; TypeScript fails until a new component has an entry. */
const examples: Record<ComponentName, React.ReactElement> = {
  AlertDialog: alertDialog,
  AlertDialogAction: alertDialog,
  AlertDialogCancel: alertDialog,
  AlertDialogContent: alertDialog,
  AlertDialogDescription: alertDialog,
  AlertDialogFooter: alertDialog,
  AlertDialogHeader: alertDialog,
  AlertDialogOverlay: alertDialog,
  AlertDialogPortal: alertDialog,
  AlertDialogTitle: alertDialog,
  AlertDialogTrigger: alertDialog,
  Badge: <ui.Badge variant="success">Paid</ui.Badge>,
  Button: <ui.Button loading>Save</ui.Button>,
  Card: card,
  CardContent: card,
  CardDescription: card,
  CardFooter: card,
  CardHeader: card,
  CardTitle: card,
  Checkbox: <ui.Checkbox aria-label="Select all" checked="indeterminate" />,
  Dialog: dialog,
  DialogClose: dialog,
  DialogContent: dialog,
  DialogDescription: dialog,
  DialogFooter: dialog,
  DialogHeader: dialog,
  DialogOverlay: dialog,
  DialogPortal: dialog,
  DialogTitle: dialog,
  DialogTrigger: dialog,
  DropdownMenu: dropdownMenu,
  DropdownMenuCheckboxItem: dropdownMenu,
  DropdownMenuContent: dropdownMenu,
  DropdownMenuGroup: dropdownMenu,
  DropdownMenuItem: dropdownMenu,
  DropdownMenuLabel: dropdownMenu,
  DropdownMenuPortal: dropdownMenu,
  DropdownMenuRadioGroup: dropdownMenu,
  DropdownMenuRadioItem: dropdownMenu,
  DropdownMenuSeparator: dropdownMenu,
  DropdownMenuShortcut: dropdownMenu,
  DropdownMenuSub: dropdownMenu,
  DropdownMenuSubContent: dropdownMenu,
  DropdownMenuSubTrigger: dropdownMenu,
  DropdownMenuTrigger: dropdownMenu,
  Field: (
    <ui.Field label="Email" description="We never share it." error="Required." required>
      <ui.Input type="email" />
    </ui.Field>
  ),
  Input: <ui.Input aria-label="Email" type="email" />,
  Label: <ui.Label htmlFor="email">Email</ui.Label>,
  Popover: popover,
  PopoverAnchor: popover,
  PopoverClose: popover,
  PopoverContent: popover,
  PopoverDescription: popover,
  PopoverTitle: popover,
  PopoverTrigger: popover,
  RadioGroup: radioGroup,
  RadioGroupItem: radioGroup,
  Select: select,
  SelectContent: select,
  SelectGroup: select,
  SelectItem: select,
  SelectLabel: select,
  SelectScrollDownButton: select,
  SelectScrollUpButton: select,
  SelectSeparator: select,
  SelectTrigger: select,
  SelectValue: select,
  Separator: <ui.Separator decorative={false} />,
  Skeleton: <ui.Skeleton />,
  Switch: <ui.Switch aria-label="Wi-Fi" defaultChecked />,
  Tabs: tabs,
  TabsContent: tabs,
  TabsList: tabs,
  TabsTrigger: tabs,
  Textarea: <ui.Textarea aria-label="Bio" />,
  Theme: <ui.Theme theme="dark">Dark region</ui.Theme>,
  Toast: toast,
  ToastAction: toast,
  ToastClose: toast,
  ToastDescription: toast,
  ToastProvider: toast,
  ToastTitle: toast,
  ToastViewport: toast,
  Toaster: <ui.Toaster />,
  Tooltip: tooltip,
  TooltipContent: tooltip,
  TooltipProvider: tooltip,
  TooltipTrigger: tooltip,
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
