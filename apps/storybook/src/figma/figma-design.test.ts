import { describe, expect, it } from "vitest";
import { figmaFrames } from "../../figma.config.ts";
import { componentOfTitle, designParameterOf, figmaUrlOf } from "./figma-design.ts";

const frames = { Button: { fileKey: "AbC123dEf456", nodeId: "101:2" } };

describe("Figma links from figma.config.ts", () => {
  it("names the component a story title documents", () => {
    expect(componentOfTitle("Forms/RadioGroup")).toBe("RadioGroup");
    expect(componentOfTitle("Button")).toBe("Button");
  });

  it("links a configured component to its frame, node id as the link spells it", () => {
    expect(figmaUrlOf("Button", frames)).toBe(
      "https://www.figma.com/design/AbC123dEf456/?node-id=101-2",
    );
    expect(designParameterOf("Button", frames)).toEqual({
      type: "figma",
      url: "https://www.figma.com/design/AbC123dEf456/?node-id=101-2",
    });
  });

  it("hides the Design panel and gives no link for a component without an entry", () => {
    expect(figmaUrlOf("Badge", frames)).toBeUndefined();
    expect(designParameterOf("Badge", frames)).toEqual({ disable: true });
    expect(figmaUrlOf("toString", frames)).toBeUndefined();
  });

  it("has a file key and node id in every configured entry", () => {
    for (const [component, frame] of Object.entries(figmaFrames)) {
      expect(frame.fileKey, component).toMatch(/^[\w-]+$/);
      expect(frame.nodeId, component).toMatch(/^\d+[-:]\d+$/);
    }
  });
});
