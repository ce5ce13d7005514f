// `nexod init` proven the way an intern uses it: a fresh create-next-app 14 (Tailwind 3, ESLint 8)
// and 16 (Tailwind 4, ESLint 9) app, @nexod/* from the local registry, `npx @nexod/cli init --yes`,
// a second init that must change nothing, the app's own lint and production build, then in
// Chromium (production and `next dev`): a Button with the token styles, a product class that
// overrides it, and dark mode that survives a reload with no flash of the light theme. Every block
// is added with `nexod add` (so lint and the type-checking build cover the blocks on both stacks),
// the 404 block serves the app's not-found page and the sign-in block posts to a server action.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { launchChromium } from "@nexod/testing/chromium";
import { log, phase } from "./phases.mjs";
import { childEnv, freePort, run, startProcess, waitForHttp } from "./processes.mjs";

/** create-next-app pinned: a new template release must not turn CI red overnight. */
const CREATE_NEXT_APP = { 14: "14.2.35", 16: "16.4.3" };

/** Every block in the workspace: what `nexod add` of the proof release offers. */
const BLOCKS = readdirSync(
  fileURLToPath(new URL("../../../packages/blocks/src", import.meta.url)),
  { withFileTypes: true },
)
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const NOT_FOUND_PAGE = `import { NotFoundBlock } from "@/components/blocks/not-found";

export default function NotFound() {
  return <NotFoundBlock />;
}
`;

/** The sign-in block posting to a server action, as a product wires it (useFormState on 14). */
const SIGN_IN_PAGE = `import { SignInBlock } from "@/components/blocks/sign-in";
import { signIn } from "./actions";

export default function SignIn() {
  return <SignInBlock action={signIn} />;
}
`;

const SIGN_IN_ACTIONS = `"use server";

import { redirect } from "next/navigation";
import { parseSignIn, type SignInState } from "@/components/blocks/sign-in/schema";

/** The proof's one account. */
const demo = { email: "ada@example.com", password: "correct horse battery staple" };

export async function signIn(_state: SignInState, data: FormData): Promise<SignInState> {
  const parsed = parseSignIn(data);
  if (!parsed.success) return parsed.state;
  const { email, password } = parsed.values;
  if (email.toLowerCase() !== demo.email || password !== demo.password)
    return { email, message: "That email and password don't match an account." };
  redirect("/proof");
}
`;

/** What a product writes after init: our Button, and one whose layout the product overrides. */
const PROOF_PAGE = `import { Button } from "@nexod/ui";

export default function Proof() {
  return (
    <main className="flex flex-col items-start gap-4 p-8">
      <Button id="styled">Styled by Nexod</Button>
      <Button id="override" className="w-40 justify-start pl-9">
        Overridden
      </Button>
    </main>
  );
}
`;

export async function proveInit(major, { tmp, logs, registry }) {
  const app = path.join(tmp, `init-next${major}`);
  const env = childEnv({ CI: "1", npm_config_update_notifier: "false" });
  const npm = (args, name, timeoutMs = 10 * 60_000) =>
    run("npm", args, {
      cwd: app,
      env,
      timeoutMs,
      logFile: path.join(logs, `next${major}-${name}.log`),
    });

  await phase(`next ${major}: create-next-app`, () =>
    run(
      "npx",
      [
        "--yes",
        `create-next-app@${CREATE_NEXT_APP[major]}`,
        app,
        ...["--ts", "--tailwind", "--eslint", "--app", "--no-src-dir", "--import-alias", "@/*"],
        ...["--use-npm", "--skip-install", "--disable-git"],
        ...(major >= 16 ? ["--no-react-compiler"] : []),
      ],
      { cwd: tmp, env, timeoutMs: 5 * 60_000, logFile: path.join(logs, `next${major}-create.log`) },
    ),
  );
  // The company registry for @nexod, the public one for everything else (what the docs say).
  writeFileSync(path.join(app, ".npmrc"), `@nexod:registry=${registry}\n`);
  await phase(`next ${major}: npm install`, () =>
    npm(["install", "--no-audit", "--no-fund"], "install"),
  );

  const init = [
    "exec",
    "--yes",
    "--package=@nexod/cli@proof",
    "--",
    "nexod",
    "init",
    "--yes",
    "--tag",
    "proof",
  ];
  await phase(`next ${major}: nexod init --yes`, () => npm(init, "init"));
  const again = await phase(`next ${major}: nexod init again`, () =>
    run("npm", init, { cwd: app, env, timeoutMs: 5 * 60_000, capture: true }),
  );
  if (!again.includes("Already set up for Nexod: nothing to change."))
    throw new Error(`a second nexod init changed the app:\n${again}`);

  const add = [...init.slice(0, 5), "add", ...BLOCKS, "--yes", "--tag", "proof"];
  await phase(`next ${major}: nexod add ${BLOCKS.length} blocks`, () => npm(add, "add"));
  const addAgain = await phase(`next ${major}: nexod add again`, () =>
    run("npm", add, { cwd: app, env, timeoutMs: 5 * 60_000, capture: true }),
  );
  if (!addAgain.includes("Already added:"))
    throw new Error(`a second nexod add changed the app:\n${addAgain}`);

  mkdirSync(path.join(app, "app", "proof"), { recursive: true });
  writeFileSync(path.join(app, "app", "proof", "page.tsx"), PROOF_PAGE);
  writeFileSync(path.join(app, "app", "not-found.tsx"), NOT_FOUND_PAGE);
  mkdirSync(path.join(app, "app", "sign-in"), { recursive: true });
  writeFileSync(path.join(app, "app", "sign-in", "page.tsx"), SIGN_IN_PAGE);
  writeFileSync(path.join(app, "app", "sign-in", "actions.ts"), SIGN_IN_ACTIONS);

  // Lint as the app's own tooling does it: `next lint` (ESLint 8, .eslintrc) or `eslint` (flat).
  await phase(`next ${major}: lint`, () =>
    major === 14
      ? npm(["exec", "--", "next", "lint", "--max-warnings", "0"], "lint")
      : npm(["exec", "--", "eslint", ".", "--max-warnings", "0"], "lint"),
  );
  await phase(`next ${major}: next build`, () => npm(["exec", "--", "next", "build"], "build"));

  for (const mode of ["start", "dev"]) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/proof`;
    const logFile = path.join(logs, `next${major}-${mode}.log`);
    const child = startProcess(
      `next ${mode} (${major})`,
      path.join(app, "node_modules/.bin/next"),
      [mode, "-H", "127.0.0.1", "-p", String(port)],
      { cwd: app, env: childEnv(mode === "start" ? { NODE_ENV: "production" } : {}), logFile },
    );
    await phase(`next ${major}: next ${mode} + chromium`, async () => {
      await waitForHttp(url, { timeoutMs: 180_000, child, name: `next ${mode}`, logFile });
      await checkInitApp(url, `next ${major} ${mode}`);
    });
    // Free the port and .next for the next mode now; cleanup would only do it at the end.
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

/** The checks in Chromium; throws with every problem found. */
export async function checkInitApp(url, label) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // The theme as the page is parsed, before React hydrates: what the first paint shows.
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        const root = document.documentElement;
        window.__firstPaint = {
          theme: root.getAttribute("data-theme"),
          background: window.__pageBackground(),
        };
      });
      // What the page shows: the body's fill, or the root's when the body has none (base.css
      // paints <html>; the Tailwind 3 set-up paints <body>).
      window.__pageBackground = () => {
        const transparent = (color) => color === "rgba(0, 0, 0, 0)" || color === "transparent";
        const body = getComputedStyle(document.body).backgroundColor;
        return transparent(body)
          ? getComputedStyle(document.documentElement).backgroundColor
          : body;
      };
    });
    // The sign-in block, copied by `nexod add`: a client form (react-hook-form, zod, the
    // PasswordInput, useActionState or Next 14's useFormState) posting to a server action.
    const signInProblems = await checkSignIn(browser, url);
    // The 404 block, copied by `nexod add`: its page, laid out by the product's Tailwind.
    const missing = await page.goto(new URL("/no-such-page", url).href, {
      waitUntil: "networkidle",
      timeout: 120_000,
    });
    const notFound = await page.evaluate(() => {
      const main = document.querySelector("main");
      return {
        heading: document.querySelector("h1")?.textContent,
        display: main && getComputedStyle(main).display,
        link: document.querySelector('a[href="/"]')?.textContent,
      };
    });
    await page.goto(url, { waitUntil: "networkidle", timeout: 120_000 });
    const measure = () =>
      page.evaluate(() => {
        const probe = (value) => {
          const element = document.createElement("div");
          element.style.backgroundColor = value;
          document.body.append(element);
          const color = getComputedStyle(element).backgroundColor;
          element.remove();
          return color;
        };
        const styled = getComputedStyle(document.querySelector("#styled"));
        const override = document.querySelector("#override");
        const overridden = getComputedStyle(override);
        return {
          primary: probe("var(--nx-color-primary)"),
          background: probe("var(--nx-color-background)"),
          pageBackground: window.__pageBackground(),
          styled: {
            background: styled.backgroundColor,
            paddingLeft: styled.paddingLeft,
            height: styled.height,
          },
          override: {
            width: override.getBoundingClientRect().width,
            paddingLeft: overridden.paddingLeft,
            justifyContent: overridden.justifyContent,
            background: overridden.backgroundColor,
          },
          firstPaint: window.__firstPaint,
        };
      });
    const light = await measure();
    const problems = [...signInProblems];
    if (missing?.status() !== 404 || notFound.heading !== "Page not found")
      problems.push(`/no-such-page: status ${missing?.status()}, h1 ${notFound.heading}`);
    if (notFound.display !== "flex")
      problems.push(
        `the 404 block's layout classes are missing (main display ${notFound.display})`,
      );
    if (!notFound.link?.includes("Back to home"))
      problems.push(`the 404 block has no link home (${notFound.link})`);
    if (light.styled.background !== light.primary)
      problems.push(
        `Button background ${light.styled.background}, expected the primary token ${light.primary}`,
      );
    if (light.styled.paddingLeft !== "16px")
      problems.push(`Button padding-left ${light.styled.paddingLeft}, expected 16px`);
    if (light.override.width !== 160)
      problems.push(`w-40 lost to the component: width ${light.override.width}px`);
    if (light.override.paddingLeft !== "36px")
      problems.push(`pl-9 lost to the component: padding-left ${light.override.paddingLeft}`);
    if (light.override.justifyContent !== "flex-start")
      problems.push(`justify-start lost to the component: ${light.override.justifyContent}`);
    if (light.override.background !== light.primary)
      problems.push("the overridden Button lost its token background");

    // Dark mode persists: choose it (next-themes stores it), reload, and the parser already
    // sees data-theme="dark" with the dark page background.
    await page.evaluate(() => localStorage.setItem("theme", "dark"));
    await page.reload({ waitUntil: "networkidle" });
    const dark = await measure();
    if (dark.firstPaint?.theme !== "dark")
      problems.push(`after reload the first paint has data-theme=${dark.firstPaint?.theme}`);
    if (dark.firstPaint?.background !== dark.background || dark.background === light.background)
      problems.push(
        `first paint background ${dark.firstPaint?.background}; dark token ${dark.background}, light ${light.background}`,
      );
    if (light.pageBackground !== light.background)
      problems.push(
        `the light page shows ${light.pageBackground}, not the background token ${light.background}`,
      );
    if (errors.length) problems.push(`page errors:\n  ${errors.join("\n  ")}`);
    log(`  ${label}: ${JSON.stringify({ light, dark: dark.firstPaint })}`);
    if (problems.length) throw new Error(`${label} in Chromium:\n- ${problems.join("\n- ")}`);
    log(
      `  ${label}: Button styled, product classes win, dark mode kept with no flash, 404 and sign-in blocks work`,
    );
  } finally {
    await browser.close();
  }
}

/**
 * `/sign-in`: the heading, an empty submit marks the email invalid (the schema in the browser),
 * the password toggle shows the text, wrong credentials bring the action's message, the right
 * ones its redirect. No wait for network idle, only for elements; but every request the page
 * made must finish: on Next 14 a `<Link>` prefetch that gets a 404 never does (its router drops
 * the response unread), which is why the blocks' links to pages a product may lack do not
 * prefetch (docs/architecture.md).
 */
export async function checkSignIn(browser, url) {
  const page = await browser.newPage();
  page.setDefaultTimeout(60_000); // `next dev` compiles the page and the action on first use
  const problems = [];
  const pending = new Map();
  page.on("request", (request) => pending.set(request, request.url()));
  page.on("requestfinished", (request) => pending.delete(request));
  page.on("requestfailed", (request) => pending.delete(request));
  page.on("pageerror", (error) => problems.push(`/sign-in page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== "/favicon.ico")
      problems.push(`/sign-in: HTTP ${response.status()} for ${response.url()}`);
  });
  try {
    const response = await page.goto(new URL("/sign-in", url).href, { waitUntil: "load" });
    if (response?.status() !== 200) problems.push(`/sign-in answered ${response?.status()}`);
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    // Hydrated: React has attached to the form (before that, a click posts it natively).
    await page.waitForFunction(() => {
      const form = document.querySelector("form");
      return !!form && Object.keys(form).some((key) => key.startsWith("__reactProps"));
    });
    const submit = page.getByRole("button", { name: "Sign in", exact: true });
    const email = page.getByRole("textbox", { name: "Email" });
    const password = page.locator('input[name="password"]');
    await submit.click();
    await email.and(page.locator('[aria-invalid="true"]')).waitFor({ timeout: 15_000 });

    await email.fill("ada@example.com");
    await password.fill("not my password");
    const toggle = page.getByRole("button", { name: "Show password" });
    await toggle.click();
    if ((await password.getAttribute("type")) !== "text")
      problems.push("/sign-in: the Show password toggle did not show the password");
    if ((await toggle.getAttribute("aria-pressed")) !== "true")
      problems.push("/sign-in: the Show password toggle is not aria-pressed after a click");
    await submit.click();
    await page.getByText("That email and password don't match an account.").waitFor();

    // Every request so far has finished (bounded wait; dev may still be answering the action).
    for (let i = 0; i < 50 && pending.size > 0; i++) await page.waitForTimeout(200);
    if (pending.size > 0)
      problems.push(`/sign-in: requests that never finished: ${[...pending.values()].join(", ")}`);

    await password.fill("correct horse battery staple");
    await submit.click();
    await page.waitForURL(new URL("/proof", url).href);
    await page.locator("#styled").waitFor();
  } catch (error) {
    problems.push(`/sign-in: ${error.message.split("\n")[0]}`);
  } finally {
    await page.close();
  }
  return problems;
}
