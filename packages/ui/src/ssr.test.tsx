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
  AlertDialog: (
    <ui.AlertDialog defaultOpen>
      <ui.AlertDialogTrigger>Delete</ui.AlertDialogTrigger>
    </ui.AlertDialog>
  ),
  AlertDialogAction: (
    <ui.AlertDialog>
      <ui.AlertDialogAction variant="destructive">Delete</ui.AlertDialogAction>
    </ui.AlertDialog>
  ),
  AlertDialogCancel: (
    <ui.AlertDialog defaultOpen>
      <ui.AlertDialogTrigger>Delete</ui.AlertDialogTrigger>
      <ui.AlertDialogContent>
        <ui.AlertDialogTitle>Delete?</ui.AlertDialogTitle>
        <ui.AlertDialogDescription>For good.</ui.AlertDialogDescription>
        <ui.AlertDialogCancel>Cancel</ui.AlertDialogCancel>
      </ui.AlertDialogContent>
    </ui.AlertDialog>
  ),
  AlertDialogContent: (
    <ui.AlertDialog defaultOpen>
      <ui.AlertDialogTrigger>Delete</ui.AlertDialogTrigger>
      <ui.AlertDialogContent>
        <ui.AlertDialogTitle>Delete?</ui.AlertDialogTitle>
        <ui.AlertDialogDescription>For good.</ui.AlertDialogDescription>
      </ui.AlertDialogContent>
    </ui.AlertDialog>
  ),
  AlertDialogDescription: (
    <ui.AlertDialog>
      <ui.AlertDialogDescription>It is deleted for good.</ui.AlertDialogDescription>
    </ui.AlertDialog>
  ),
  AlertDialogFooter: <ui.AlertDialogFooter>Actions</ui.AlertDialogFooter>,
  AlertDialogHeader: <ui.AlertDialogHeader>Header</ui.AlertDialogHeader>,
  AlertDialogOverlay: (
    <ui.AlertDialog defaultOpen>
      <ui.AlertDialogTrigger>Delete</ui.AlertDialogTrigger>
      <ui.AlertDialogPortal>
        <ui.AlertDialogOverlay />
      </ui.AlertDialogPortal>
    </ui.AlertDialog>
  ),
  AlertDialogPortal: (
    <ui.AlertDialog defaultOpen>
      <ui.AlertDialogTrigger>Delete</ui.AlertDialogTrigger>
      <ui.AlertDialogPortal>
        <ui.AlertDialogOverlay />
      </ui.AlertDialogPortal>
    </ui.AlertDialog>
  ),
  AlertDialogTitle: (
    <ui.AlertDialog>
      <ui.AlertDialogTitle>Delete project?</ui.AlertDialogTitle>
    </ui.AlertDialog>
  ),
  AlertDialogTrigger: (
    <ui.AlertDialog>
      <ui.AlertDialogTrigger>Delete</ui.AlertDialogTrigger>
    </ui.AlertDialog>
  ),
  Badge: <ui.Badge variant="success">Paid</ui.Badge>,
  Button: <ui.Button loading>Save</ui.Button>,
  Card: <ui.Card>Plan</ui.Card>,
  CardContent: <ui.CardContent>12 seats</ui.CardContent>,
  CardDescription: <ui.CardDescription>Billed yearly</ui.CardDescription>,
  CardFooter: <ui.CardFooter>Actions</ui.CardFooter>,
  CardHeader: <ui.CardHeader>Header</ui.CardHeader>,
  CardTitle: <ui.CardTitle>Team plan</ui.CardTitle>,
  Checkbox: <ui.Checkbox aria-label="Select all" checked="indeterminate" />,
  Dialog: (
    <ui.Dialog defaultOpen>
      <ui.DialogTrigger>Edit profile</ui.DialogTrigger>
    </ui.Dialog>
  ),
  DialogClose: (
    <ui.Dialog>
      <ui.DialogClose>Cancel</ui.DialogClose>
    </ui.Dialog>
  ),
  DialogContent: (
    <ui.Dialog defaultOpen>
      <ui.DialogTrigger>Open</ui.DialogTrigger>
      <ui.DialogContent size="sm">
        <ui.DialogTitle>Rename</ui.DialogTitle>
      </ui.DialogContent>
    </ui.Dialog>
  ),
  DialogDescription: (
    <ui.Dialog>
      <ui.DialogDescription>Visible to your team.</ui.DialogDescription>
    </ui.Dialog>
  ),
  DialogFooter: <ui.DialogFooter>Actions</ui.DialogFooter>,
  DialogHeader: <ui.DialogHeader>Header</ui.DialogHeader>,
  DialogOverlay: (
    <ui.Dialog defaultOpen>
      <ui.DialogTrigger>Open</ui.DialogTrigger>
      <ui.DialogPortal>
        <ui.DialogOverlay />
      </ui.DialogPortal>
    </ui.Dialog>
  ),
  DialogPortal: (
    <ui.Dialog defaultOpen>
      <ui.DialogTrigger>Open</ui.DialogTrigger>
      <ui.DialogPortal>
        <ui.DialogOverlay />
      </ui.DialogPortal>
    </ui.Dialog>
  ),
  DialogTitle: (
    <ui.Dialog>
      <ui.DialogTitle>Edit profile</ui.DialogTitle>
    </ui.Dialog>
  ),
  DialogTrigger: (
    <ui.Dialog>
      <ui.DialogTrigger>Edit profile</ui.DialogTrigger>
    </ui.Dialog>
  ),
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
  Field: (
    <ui.Field label="Email" description="We never share it." error="Required." required>
      <ui.Input type="email" />
    </ui.Field>
  ),
  Input: <ui.Input aria-label="Email" type="email" />,
  Label: <ui.Label htmlFor="email">Email</ui.Label>,
  Popover: (
    <ui.Popover defaultOpen>
      <ui.PopoverTrigger>Dimensions</ui.PopoverTrigger>
    </ui.Popover>
  ),
  PopoverAnchor: (
    <ui.Popover>
      <ui.PopoverAnchor>Row 3</ui.PopoverAnchor>
    </ui.Popover>
  ),
  PopoverClose: (
    <ui.Popover>
      <ui.PopoverClose>Done</ui.PopoverClose>
    </ui.Popover>
  ),
  PopoverContent: (
    <ui.Popover defaultOpen>
      <ui.PopoverTrigger>Dimensions</ui.PopoverTrigger>
      <ui.PopoverContent aria-label="Dimensions">Width</ui.PopoverContent>
    </ui.Popover>
  ),
  PopoverDescription: (
    <ui.Popover>
      <ui.PopoverDescription>Set the size.</ui.PopoverDescription>
    </ui.Popover>
  ),
  PopoverTitle: (
    <ui.Popover>
      <ui.PopoverTitle>Dimensions</ui.PopoverTitle>
    </ui.Popover>
  ),
  PopoverTrigger: (
    <ui.Popover>
      <ui.PopoverTrigger>Dimensions</ui.PopoverTrigger>
    </ui.Popover>
  ),
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
  Select: (
    <ui.Select defaultValue="apple">
      <ui.SelectTrigger aria-label="Fruit">
        <ui.SelectValue placeholder="Pick a fruit" />
      </ui.SelectTrigger>
    </ui.Select>
  ),
  SelectContent: (
    <ui.Select defaultOpen>
      <ui.SelectTrigger aria-label="Fruit" />
      <ui.SelectContent>
        <ui.SelectItem value="apple">Apple</ui.SelectItem>
      </ui.SelectContent>
    </ui.Select>
  ),
  SelectGroup: (
    <ui.Select defaultOpen>
      <ui.SelectTrigger aria-label="Fruit" />
      <ui.SelectContent>
        <ui.SelectGroup>
          <ui.SelectLabel>Fruit</ui.SelectLabel>
          <ui.SelectItem value="apple">Apple</ui.SelectItem>
        </ui.SelectGroup>
      </ui.SelectContent>
    </ui.Select>
  ),
  SelectItem: (
    <ui.Select defaultOpen>
      <ui.SelectTrigger aria-label="Fruit" />
      <ui.SelectContent>
        <ui.SelectItem value="apple">Apple</ui.SelectItem>
      </ui.SelectContent>
    </ui.Select>
  ),
  SelectLabel: (
    <ui.Select defaultOpen>
      <ui.SelectTrigger aria-label="Fruit" />
      <ui.SelectContent>
        <ui.SelectGroup>
          <ui.SelectLabel>Fruit</ui.SelectLabel>
          <ui.SelectItem value="apple">Apple</ui.SelectItem>
        </ui.SelectGroup>
      </ui.SelectContent>
    </ui.Select>
  ),
  SelectScrollDownButton: (
    <ui.Select defaultOpen>
      <ui.SelectTrigger aria-label="Fruit" />
      <ui.SelectContent>
        <ui.SelectItem value="a">A</ui.SelectItem>
        <ui.SelectScrollDownButton />
      </ui.SelectContent>
    </ui.Select>
  ),
  SelectScrollUpButton: (
    <ui.Select defaultOpen>
      <ui.SelectTrigger aria-label="Fruit" />
      <ui.SelectContent>
        <ui.SelectScrollUpButton />
        <ui.SelectItem value="a">A</ui.SelectItem>
      </ui.SelectContent>
    </ui.Select>
  ),
  SelectSeparator: (
    <ui.Select defaultOpen>
      <ui.SelectTrigger aria-label="Fruit" />
      <ui.SelectContent>
        <ui.SelectItem value="a">A</ui.SelectItem>
        <ui.SelectSeparator />
        <ui.SelectItem value="b">B</ui.SelectItem>
      </ui.SelectContent>
    </ui.Select>
  ),
  SelectTrigger: (
    <ui.Select>
      <ui.SelectTrigger aria-label="Fruit" size="sm" />
    </ui.Select>
  ),
  SelectValue: (
    <ui.Select>
      <ui.SelectTrigger aria-label="Fruit">
        <ui.SelectValue placeholder="Pick a fruit" />
      </ui.SelectTrigger>
    </ui.Select>
  ),
  Separator: <ui.Separator decorative={false} />,
  Skeleton: <ui.Skeleton />,
  Switch: <ui.Switch aria-label="Wi-Fi" defaultChecked />,
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
  Textarea: <ui.Textarea aria-label="Bio" />,
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
  Tooltip: (
    <ui.Tooltip defaultOpen>
      <ui.TooltipTrigger>Bookmark</ui.TooltipTrigger>
    </ui.Tooltip>
  ),
  TooltipContent: (
    <ui.Tooltip defaultOpen>
      <ui.TooltipTrigger>Bookmark</ui.TooltipTrigger>
      <ui.TooltipContent arrow>Add to library</ui.TooltipContent>
    </ui.Tooltip>
  ),
  TooltipProvider: (
    <ui.TooltipProvider>
      <ui.Tooltip>
        <ui.TooltipTrigger>Bookmark</ui.TooltipTrigger>
      </ui.Tooltip>
    </ui.TooltipProvider>
  ),
  TooltipTrigger: (
    <ui.Tooltip>
      <ui.TooltipTrigger>Bookmark</ui.TooltipTrigger>
    </ui.Tooltip>
  ),
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
