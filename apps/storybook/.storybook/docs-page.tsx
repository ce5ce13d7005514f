import {
  Controls,
  Description,
  Primary,
  Stories,
  Subtitle,
  Title,
  useOf,
} from "@storybook/addon-docs/blocks";

interface DesignParameter {
  type?: string;
  url?: string;
  name?: string;
}

/** The Figma frame(s) from `parameters.design` (the designs addon's parameter), as links. */
function FigmaLinks() {
  const resolved = useOf("meta", ["meta"]);
  const design = resolved.preparedMeta.parameters?.design as
    DesignParameter | DesignParameter[] | undefined;
  const frames = (Array.isArray(design) ? design : design ? [design] : []).filter(
    (frame) => typeof frame.url === "string" && frame.url.includes("figma.com"),
  );
  if (frames.length === 0) return null;
  return (
    <p className="sbdocs sbdocs-p">
      {frames.map((frame, index) => (
        <span key={frame.url}>
          {index > 0 ? " · " : null}
          <a href={frame.url} target="_blank" rel="noreferrer">
            {frame.name ?? "Figma frame"} ↗
          </a>
        </span>
      ))}{" "}
      — compare with the stories below (the <em>Design</em> panel of each story embeds it).
    </p>
  );
}

/** Storybook's autodocs page plus the component's Figma link under the description. */
export function ComponentDocsPage() {
  return (
    <>
      <Title />
      <Subtitle />
      <Description />
      <FigmaLinks />
      <Primary />
      <Controls />
      <Stories />
    </>
  );
}
