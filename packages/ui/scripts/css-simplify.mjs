// Rewrites of the compiled stylesheet that change no computed value (issue 13: the full
// stylesheet ≤ 20 KB gzip). Tailwind writes each utility so it can compose with any other utility
// on the same element; after `@apply` into BEM rules much of that machinery is never used. Each
// pass below says why the rewrite cannot change what renders; test/css-simplify.test.ts holds
// one case per pass.
import postcss from "postcss";

const shadowStack =
  "var(--tw-inset-shadow), var(--tw-inset-ring-shadow), var(--tw-ring-offset-shadow), var(--tw-ring-shadow), var(--tw-shadow)";
const numericStack =
  "var(--tw-ordinal, ) var(--tw-slashed-zero, ) var(--tw-numeric-figure, ) var(--tw-numeric-spacing, ) var(--tw-numeric-fraction, )";

const isPropertyRule = (node) => node.type === "atrule" && node.name === "property";
const styleRules = (root) => {
  const rules = [];
  root.walkRules((rule) => {
    if (rule.parent?.type === "atrule" && /keyframes$/.test(rule.parent.name)) return;
    rules.push(rule);
  });
  return rules;
};
const declsOf = (rule) => rule.nodes.filter((node) => node.type === "decl");

/** Names of the --tw-* variables some declaration sets. */
function writtenVariables(root) {
  const written = new Set();
  root.walkDecls(/^--tw-/, (decl) => {
    if (!isPropertyRule(decl.parent)) written.add(decl.prop);
  });
  return written;
}

/**
 * Shadows: `nx:shadow-md` writes `--tw-shadow: <token>` and a box-shadow that stacks the inset,
 * ring and ring-offset shadows of other utilities before it. No Nexod rule sets those four, so on
 * a Nexod element they are their registered initial value, a transparent zero shadow that draws
 * nothing; the stack is the rule's own --tw-shadow. A product's ring utility on a Nexod element
 * writes its own box-shadow, which wins over ours: in the layered file by its layer; in the
 * unlayered file (loaded before the product's CSS) only when it is as specific, so there only
 * rules of a single class are rewritten. --tw-shadow itself stays written, so a product's ring
 * stack still includes our shadow.
 */
function inlineShadowStacks(root, { layered }) {
  const written = writtenVariables(root);
  const others = ["--tw-inset-shadow", "--tw-inset-ring-shadow", "--tw-ring-offset-shadow"];
  if ([...others, "--tw-ring-shadow"].some((name) => written.has(name))) return;
  for (const rule of styleRules(root)) {
    if (!layered && !/^\.[\w-]+$/.test(rule.selector)) continue;
    const own = declsOf(rule).find((decl) => decl.prop === "--tw-shadow");
    if (!own) continue;
    for (const decl of declsOf(rule)) {
      if (decl.prop === "box-shadow" && decl.value === shadowStack) decl.value = own.value;
    }
  }
}

/**
 * Numeric figures: `nx:tabular-nums` writes `--tw-numeric-spacing` and a font-variant-numeric
 * that joins it with four other variables, each with an empty fallback. No Nexod rule sets the
 * other four, so the value is the rule's own. A product's `slashed-zero` on a Nexod element
 * writes its own font-variant-numeric (and still reads our --tw-numeric-spacing), which wins as
 * a product's ring does above.
 */
function inlineNumericStacks(root, { layered }) {
  const written = writtenVariables(root);
  const others = [
    "--tw-ordinal",
    "--tw-slashed-zero",
    "--tw-numeric-figure",
    "--tw-numeric-fraction",
  ];
  if (others.some((name) => written.has(name))) return;
  for (const rule of styleRules(root)) {
    if (!layered && !/^\.[\w-]+$/.test(rule.selector)) continue;
    const own = declsOf(rule).find((decl) => decl.prop === "--tw-numeric-spacing");
    if (!own) continue;
    for (const decl of declsOf(rule)) {
      if (decl.prop === "font-variant-numeric" && decl.value === numericStack) {
        decl.value = own.value;
      }
    }
  }
}

/**
 * `var(--tw-x, <fallback>)` where every Nexod rule that sets --tw-x sets it to that same
 * fallback (or none sets it, as for `--tw-tracking`): on a Nexod element the value is the
 * fallback whatever rules match. A product's utility that sets --tw-x also sets the property
 * itself and wins as in inlineShadowStacks, so in the unlayered file only single-class rules
 * are rewritten.
 */
function inlineSettledFallbacks(root, { layered }) {
  const writes = new Map();
  root.walkDecls(/^--tw-/, (decl) => {
    if (isPropertyRule(decl.parent)) return;
    writes.set(decl.prop, [...(writes.get(decl.prop) ?? []), decl.value]);
  });
  const read = /var\((--tw-[\w-]+),((?:[^()]|\([^()]*\))+)\)/g;
  for (const rule of styleRules(root)) {
    if (!layered && !/^\.[\w-]+$/.test(rule.selector)) continue;
    for (const decl of declsOf(rule)) {
      if (decl.prop.startsWith("--")) continue;
      decl.value = decl.value.replace(read, (whole, name, fallback) => {
        const settled =
          fallback.trim() !== "" && (writes.get(name) ?? []).every((v) => v === fallback);
        return settled ? fallback : whole;
      });
    }
  }
}

/**
 * A property declared twice in one rule: the first is dead when the second is valid wherever
 * the first is (both are custom-property reads or plain values Tailwind 4's browsers parse).
 * Tailwind leaves these when two utilities of one `@apply` set the same property, such as
 * `transition` (its default duration) followed by `duration-…`, or `border` and `border-dashed`.
 */
function dropOverriddenDeclarations(root) {
  for (const rule of styleRules(root)) {
    const decls = declsOf(rule);
    const seen = new Set();
    for (let i = decls.length - 1; i >= 0; i--) {
      const decl = decls[i];
      if (decl.prop.startsWith("--")) continue;
      if (seen.has(decl.prop) && /var\(--tw-/.test(decl.value)) decl.remove();
      seen.add(decl.prop);
    }
  }
}

/**
 * `@property` registrations of --tw-* variables no rule reads or writes any more. Registrations
 * of variables we still write stay: they keep those variables from inheriting.
 */
function dropUnusedRegistrations(root) {
  const used = new Set();
  root.walkDecls((decl) => {
    if (isPropertyRule(decl.parent)) return;
    if (decl.prop.startsWith("--tw-")) used.add(decl.prop);
    for (const [, name] of decl.value.matchAll(/var\((--tw-[\w-]+)/g)) used.add(name);
  });
  root.walk((node) => {
    if (isPropertyRule(node) && node.params.startsWith("--tw-") && !used.has(node.params)) {
      node.remove();
    }
  });
}

/** The passes, in order; `simplify` runs them all. Exported one by one for the tests. */
export const passes = {
  inlineShadowStacks,
  inlineNumericStacks,
  dropOverriddenDeclarations,
  inlineSettledFallbacks,
  dropUnusedRegistrations,
};

/** `layered`: the file puts every component rule in `@layer components.nexod`. */
export function simplify(css, { file, layered }) {
  const root = postcss.parse(css, { from: file });
  for (const pass of Object.values(passes)) pass(root, { layered });
  return root.toString();
}
