// The consumer: a fresh Next.js app outside the workspace that installs @nexod/* from the local
// registry (and everything else from the normal one), then is linted, built and started.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { log } from "./phases.mjs";
import { childEnv, run, startProcess, waitForHttp } from "./processes.mjs";
import { readJson, yamlBlock } from "./workspace.mjs";

/** Write the app and `pnpm install` it; checks that the snapshot versions were installed. */
export async function createApp(app, { logs, registry, versions, version }) {
  writeApp(app, { registry, versions, version });
  await run("pnpm", ["install", "--no-frozen-lockfile", "--reporter=append-only"], {
    cwd: app,
    env: childEnv(),
    timeoutMs: 10 * 60_000,
    logFile: path.join(logs, "app-install.log"),
  });
  for (const name of [
    "@nexod/icons",
    "@nexod/ui",
    "@nexod/tokens",
    "@nexod/eslint-config",
    "@nexod/typescript-config",
  ]) {
    const installed = readJson(path.join(app, "node_modules", name, "package.json")).version;
    if (installed !== versions[name])
      throw new Error(`${name}: installed ${installed}, expected ${versions[name]}`);
  }
  // 0.0.0-proof-… versions exist only on the local registry.
}

/** `eslint .` with no warnings, after checking that @nexod/eslint-config/next is what applies. */
export async function lintApp(app, logs) {
  const config = await run("pnpm", ["exec", "eslint", "--print-config", "app/page.tsx"], {
    cwd: app,
    env: childEnv(),
    timeoutMs: 3 * 60_000,
    logFile: path.join(logs, "eslint-print-config.log"),
    capture: true,
  });
  if (!config.includes("@next/next/no-img-element") || !config.includes("jsx-a11y/")) {
    throw new Error(
      "eslint.config.mjs does not apply @nexod/eslint-config/next (no Next.js or jsx-a11y rules)",
    );
  }
  await run("pnpm", ["exec", "eslint", ".", "--max-warnings=0"], {
    cwd: app,
    env: childEnv(),
    timeoutMs: 3 * 60_000,
    logFile: path.join(logs, "eslint.log"),
    echo: true,
  });
}

export function buildApp(app, logs) {
  return run("pnpm", ["exec", "next", "build"], {
    cwd: app,
    env: childEnv({ NODE_ENV: "production" }),
    timeoutMs: 10 * 60_000,
    logFile: path.join(logs, "next-build.log"),
  });
}

/** `next start` on 127.0.0.1:`port`, until it answers `url`; it is stopped at cleanup. */
export async function startApp(app, { logs, port, url }) {
  const logFile = path.join(logs, "next-start.log");
  const child = startProcess(
    "next start",
    path.join(app, "node_modules/.bin/next"),
    ["start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: app,
      env: childEnv({ NODE_ENV: "production" }),
      logFile,
    },
  );
  await waitForHttp(url, { timeoutMs: 60_000, child, name: "next start", logFile });
  log(`  app on ${url} (pid ${child.pid})`);
}

function writeApp(app, { registry, versions, version }) {
  const files = {
    ".npmrc": `@nexod:registry=${registry}\n`,
    // pnpm 12 fails an install on unapproved build scripts: approve what the workspace approves.
    "pnpm-workspace.yaml": `allowBuilds:\n${Object.entries(yamlBlock("allowBuilds"))
      .map(([name, value]) => `  "${name}": ${value}`)
      .join("\n")}\n`,
    "package.json": JSON.stringify(
      {
        name: "nexod-registry-proof-app",
        version: "0.0.0",
        private: true,
        type: "module",
        scripts: { build: "next build", start: "next start", lint: "eslint ." },
        dependencies: {
          "@nexod/icons": versions["@nexod/icons"],
          "@nexod/tokens": versions["@nexod/tokens"],
          "@nexod/ui": versions["@nexod/ui"],
          next: version("next", "16.4.6"),
          react: version("react", "19.3.1"),
          "react-dom": version("react-dom", "19.3.1"),
        },
        // typescript and the types are there before the first `next build` (a build that has
        // to install them itself fails once).
        devDependencies: {
          "@nexod/eslint-config": versions["@nexod/eslint-config"],
          "@nexod/typescript-config": versions["@nexod/typescript-config"],
          "@tailwindcss/postcss": version("@tailwindcss/postcss", "4.3.5"),
          "@types/node": version("@types/node", "24.19.2"),
          "@types/react": version("@types/react", "19.3.0"),
          "@types/react-dom": version("@types/react-dom", "19.3.0"),
          eslint: version("eslint", "9.39.5"),
          tailwindcss: version("tailwindcss", "4.3.5"),
          typescript: version("typescript", "6.0.3"),
        },
      },
      null,
      2,
    ),
    "tsconfig.json": JSON.stringify(
      {
        extends: "@nexod/typescript-config/nextjs.json",
        compilerOptions: { plugins: [{ name: "next" }] },
        include: ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts"],
        exclude: ["node_modules"],
      },
      null,
      2,
    ),
    "postcss.config.mjs": `export default { plugins: { "@tailwindcss/postcss": {} } };\n`,
    "eslint.config.mjs": `import next from "@nexod/eslint-config/next";\n\nexport default [...next];\n`,
    "app/globals.css": `@import "tailwindcss";\n@import "@nexod/tokens/theme.css";\n`,
    "app/layout.tsx": `import "@nexod/ui/styles.css";
import "./globals.css";
import type { ReactNode } from "react";

export const metadata = { title: "Nexod registry proof" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
    // A server component page: the icon must render without adding client JavaScript.
    "app/page.tsx": `import { SearchIcon } from "@nexod/icons";
import { cssVar, tokens } from "@nexod/tokens";
import { Button } from "@nexod/ui";
import { Badge } from "@nexod/ui/badge";

export default function Home() {
  return (
    <main className="bg-background p-8 text-foreground">
      <h1 className="text-2xl font-semibold">Nexod from the registry</h1>
      <p style={{ color: cssVar("color.primary") }} data-token={tokens["color.primary"].cssVar}>
        Token colour
      </p>
      <Badge>proof</Badge>
      <Button id="proof-button">Publish proof</Button>
      <SearchIcon id="proof-icon" size="lg" title="Search" className="text-primary" />
    </main>
  );
}
`,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(app, file)), { recursive: true });
    writeFileSync(path.join(app, file), text);
  }
}
