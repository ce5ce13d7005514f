import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildManifest, renderLlmsTxt } from "./manifest.ts";

const uiRoot = path.resolve(import.meta.dirname, "../../../packages/ui");

describe("component manifest", () => {
  // One TypeScript program for the Button folder only: ~1-2 s.
  const manifest = buildManifest({ uiRoot, only: ["button"] });
  const button = manifest.components.find((component) => component.name === "Button");

  it("describes Button with its import paths and TSDoc", () => {
    expect(button).toBeDefined();
    expect(button?.title).toBe("Forms/Button");
    expect(button?.import).toBe('import { Button } from "@nexod/ui";');
    expect(button?.subpathImport).toBe("@nexod/ui/button");
    expect(button?.client).toBe(true);
    expect(button?.otherExports).toContain("buttonVariants");
    expect(button?.description).toMatch(/action/i);
  });

  it("lists the cva variants with their options and defaults", () => {
    const variant = button?.variants.find((entry) => entry.prop === "variant");
    expect(variant?.options).toEqual([
      "primary",
      "secondary",
      "outline",
      "ghost",
      "destructive",
      "link",
    ]);
    expect(variant?.default).toBe("primary");
    expect(button?.props.find((prop) => prop.name === "variant")?.type).toContain('"ghost"');
  });

  it("documents props with type, default and description, without inherited DOM attributes", () => {
    const loading = button?.props.find((prop) => prop.name === "loading");
    expect(loading).toMatchObject({ type: "boolean", default: "false", required: false });
    expect(loading?.description).toMatch(/spinner/);
    expect(button?.props.map((prop) => prop.name)).not.toContain("onClick");
  });

  it("takes stories and an example from the stories file", () => {
    expect(button?.stories.map((story) => story.id)).toContain("forms-button--primary");
    expect(button?.example).toBe("<Button>Save changes</Button>");
    expect(button?.docs).toBe("?path=/docs/forms-button--docs");
  });

  it("renders llms.txt with the import line and variants", () => {
    const text = renderLlmsTxt(manifest);
    expect(text).toMatch(/^# @nexod\/ui\n/);
    expect(text).toContain('`import { Button } from "@nexod/ui";`');
    expect(text).toContain("Variant `variant`: `primary`, `secondary`");
  });
});
