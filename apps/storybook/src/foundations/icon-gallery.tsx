// The icon gallery of Foundations/Icons: every component @nexod/icons exports, a search box, and
// a button per icon that copies its import line.
import * as icons from "@nexod/icons";
import type { IconProps } from "@nexod/icons";
import { Input, Label } from "@nexod/ui";
import * as React from "react";

type IconComponent = React.ForwardRefExoticComponent<
  IconProps & React.RefAttributes<SVGSVGElement>
>;

/** Every icon, sorted by component name. */
export const ICONS = (Object.entries(icons) as [string, IconComponent][])
  .filter(([name]) => name.endsWith("Icon"))
  .sort(([a], [b]) => a.localeCompare(b));

export const importLine = (name: string) => `import { ${name} } from "@nexod/icons";`;

/** `ArrowUpRightIcon` → `arrow up right`, so a search for "arrow up" finds it. */
const searchText = (name: string) =>
  name
    .replace(/Icon$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();

const ui = {
  text: "var(--nx-color-foreground)",
  muted: "var(--nx-color-muted-foreground)",
  border: "var(--nx-color-border)",
  surface: "var(--nx-color-surface)",
  font: "var(--nx-font-family-sans)",
  mono: "var(--nx-font-family-mono)",
};

function IconButton({
  name,
  Icon,
  copied,
  onCopy,
}: {
  name: string;
  Icon: IconComponent;
  copied: boolean;
  onCopy: (name: string) => void;
}) {
  return (
    <li style={{ listStyle: "none" }}>
      <button
        type="button"
        onClick={() => onCopy(name)}
        aria-describedby="icon-gallery-hint"
        style={{
          display: "flex",
          flexDirection: "column",
          alignItems: "center",
          gap: "0.5rem",
          width: "100%",
          padding: "1rem 0.5rem 0.75rem",
          border: `1px solid ${ui.border}`,
          borderRadius: "0.5rem",
          background: ui.surface,
          color: ui.text,
          font: "inherit",
          cursor: "pointer",
        }}
      >
        <Icon size="lg" />
        <span style={{ fontFamily: ui.mono, fontSize: "0.75rem", overflowWrap: "anywhere" }}>
          {copied ? "Copied" : name}
        </span>
      </button>
    </li>
  );
}

/** Search by name; click an icon to copy `import { XIcon } from "@nexod/icons";`. */
export function IconGallery() {
  const [query, setQuery] = React.useState("");
  const [copied, setCopied] = React.useState<string | null>(null);
  const [announcement, setAnnouncement] = React.useState("");
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  React.useEffect(() => () => clearTimeout(timer.current), []);

  const words = query.toLowerCase().trim().split(/\s+/).filter(Boolean);
  const shown = ICONS.filter(([name]) => {
    const text = `${searchText(name)} ${name.toLowerCase()}`;
    return words.every((word) => text.includes(word));
  });

  const copy = async (name: string) => {
    const line = importLine(name);
    try {
      await navigator.clipboard.writeText(line);
      setCopied(name);
      setAnnouncement(`Copied ${line}`);
    } catch {
      setCopied(null);
      setAnnouncement(`Could not copy. The import is: ${line}`);
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied(null), 2000);
  };

  return (
    <div style={{ fontFamily: ui.font, color: ui.text }}>
      <div style={{ display: "flex", flexDirection: "column", gap: "0.375rem", maxWidth: "20rem" }}>
        <Label htmlFor="icon-gallery-search">Search icons</Label>
        <Input
          id="icon-gallery-search"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="chevron, alert, file…"
          autoComplete="off"
        />
      </div>
      <p id="icon-gallery-hint" style={{ color: ui.muted, fontSize: "0.875rem" }}>
        Select an icon to copy its import.
      </p>
      <p role="status" style={{ color: ui.muted, fontSize: "0.875rem", minHeight: "1.25rem" }}>
        {announcement ||
          (shown.length === ICONS.length
            ? `${ICONS.length} icons`
            : `${shown.length} of ${ICONS.length} icons`)}
      </p>
      {shown.length === 0 ? (
        <p>No icon matches “{query}”. Ask design for it, or search for a synonym.</p>
      ) : (
        <ul
          aria-label="Icons"
          style={{
            display: "grid",
            gridTemplateColumns: "repeat(auto-fill, minmax(9rem, 1fr))",
            gap: "0.75rem",
            margin: 0,
            padding: 0,
          }}
        >
          {shown.map(([name, Icon]) => (
            <IconButton key={name} name={name} Icon={Icon} copied={copied === name} onCopy={copy} />
          ))}
        </ul>
      )}
    </div>
  );
}
