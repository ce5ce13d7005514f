// @vitest-environment jsdom
import * as React from "react";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { expect, it } from "vitest";
import { CheckIcon } from "../src/index";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

it("forwards its ref to the <svg> element", async () => {
  const ref = React.createRef<SVGSVGElement>();
  const container = document.createElement("div");
  const root = createRoot(container);
  await act(async () => root.render(<CheckIcon ref={ref} title="Done" />));
  expect(ref.current).toBeInstanceOf(SVGSVGElement);
  expect(ref.current?.getAttribute("role")).toBe("img");
  expect(ref.current?.querySelector("title")?.textContent).toBe("Done");
  await act(async () => root.unmount());
});
