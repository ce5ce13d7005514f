import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { createTwoFilesPatch } from "diff";
import { InitError } from "./errors";
import { installCommand, planInit, type Plan } from "./plan";
import { detectProject, type Project } from "./project";

export interface InitOptions {
  cwd: string;
  dryRun: boolean;
  yes: boolean;
  install: boolean;
  tag: string | undefined;
}

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  isTTY: boolean;
  confirm(question: string): Promise<boolean>;
  env: NodeJS.ProcessEnv;
  /** Where `nexod add` reads the blocks from (default: the ones bundled in this build). */
  blocksDir?: string;
}

function describe(project: Project): string {
  const tailwind = project.tailwind ? `Tailwind ${project.tailwind}` : "no Tailwind";
  const router = project.appDir ? `App Router (${project.appDir}/)` : "Pages Router";
  const eslint = project.eslintMajor ? `ESLint ${project.eslintMajor}` : "no ESLint";
  const language = project.typescript ? "TypeScript" : "JavaScript";
  return `Next.js ${project.nextMajor}, ${router}, ${tailwind}, ${language}, ${project.esm ? "ESM" : "CommonJS"}, ${eslint}, ${project.packageManager}`;
}

/** A unified diff of one file, as `--dry-run` prints it. */
export function patch(file: string, before: string | undefined, after: string): string {
  return createTwoFilesPatch(
    before === undefined ? "/dev/null" : `a/${file}`,
    `b/${file}`,
    before ?? "",
    after,
    undefined,
    undefined,
    { context: 3 },
  )
    .split("\n")
    .slice(1) // the "====" line
    .join("\n");
}

/** Runs a command in the app's folder with the terminal attached; resolves to its exit code. */
export function run(command: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd,
      env,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function summary(plan: Plan): string[] {
  const lines = plan.changes.map(
    (change) =>
      `  ${change.before === undefined ? "create" : "update"} ${change.file}  (${change.why})`,
  );
  if (plan.dependencies.length) lines.push(`  install ${plan.dependencies.join(" ")}`);
  if (plan.devDependencies.length) lines.push(`  install (dev) ${plan.devDependencies.join(" ")}`);
  return lines;
}

/** `nexod init`: returns the exit code. */
export async function init(options: InitOptions, io: Io): Promise<number> {
  const project = detectProject(path.resolve(options.cwd), io.env);
  io.stdout(`nexod init: ${describe(project)}\n`);
  const plan = planInit(project, { tag: options.tag });
  const installs = [
    ...(plan.dependencies.length
      ? [installCommand(project.packageManager, plan.dependencies, false)]
      : []),
    ...(plan.devDependencies.length
      ? [installCommand(project.packageManager, plan.devDependencies, true)]
      : []),
  ];
  for (const note of plan.notes) io.stdout(`note: ${note}\n`);

  if (plan.changes.length === 0 && installs.length === 0) {
    io.stdout("Already set up for Nexod: nothing to change.\n");
    return reportManual(plan, io);
  }

  if (options.dryRun) {
    for (const change of plan.changes)
      io.stdout(`${patch(change.file, change.before, change.after)}\n`);
    for (const command of installs) io.stdout(`would run: ${command.join(" ")}\n`);
    io.stdout("Dry run: nothing was written.\n");
    return reportManual(plan, io);
  }

  io.stdout(`${summary(plan).join("\n")}\n`);
  if (!options.yes) {
    if (!io.isTTY)
      throw new InitError("Not a terminal: pass --yes to apply, or --dry-run to see the changes.");
    if (!(await io.confirm("Apply these changes? [y/N] "))) {
      io.stdout("Nothing was changed.\n");
      return 0;
    }
  }

  for (const change of plan.changes) {
    const full = path.join(project.dir, change.file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, change.after);
  }
  io.stdout(`Wrote ${plan.changes.length} file(s).\n`);

  if (options.install) {
    for (const command of installs) {
      io.stdout(`$ ${command.join(" ")}\n`);
      const code = await run(command, project.dir, io.env);
      if (code !== 0)
        throw new InitError(
          `${command.join(" ")} failed (exit ${code}); the files are written. Fix the install (e.g. the @nexod registry in .npmrc: @nexod:registry=<url>) and run it again.`,
        );
    }
  } else if (installs.length) {
    io.stdout(
      `Skipped installing (--no-install); run:\n${installs.map((c) => `  ${c.join(" ")}`).join("\n")}\n`,
    );
  }
  const code = reportManual(plan, io);
  if (code === 0) io.stdout("Done. Start your app and import components from @nexod/ui.\n");
  return code;
}

function reportManual(plan: Plan, io: Io): number {
  if (plan.manual.length === 0) return 0;
  io.stderr(
    `Finish these by hand (init did not change them):\n${plan.manual.map((s) => `  - ${s}`).join("\n")}\n`,
  );
  return 1;
}

export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdin.isTTY),
    env: process.env,
    async confirm(question) {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return /^y(es)?$/i.test((await rl.question(question)).trim());
      } finally {
        rl.close();
      }
    },
  };
}
