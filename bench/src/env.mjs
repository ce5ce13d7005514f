// Date, versions and machine, for the header of RESULTS.md.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchDir } from "./util.mjs";

// Read from bench/node_modules directly: some packages' "exports" hide their package.json.
const version = (pkg) => {
  try {
    return JSON.parse(
      readFileSync(path.join(benchDir, "node_modules", pkg, "package.json"), "utf8"),
    ).version;
  } catch {
    return "n/a";
  }
};

export function environment() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    node: process.version,
    versions: {
      "@nexod/ui": version("@nexod/ui"),
      "@nexod/tokens": version("@nexod/tokens"),
      react: version("react"),
      "react-dom": version("react-dom"),
      "@radix-ui/themes": version("@radix-ui/themes"),
      "@radix-ui/react-slot": version("@radix-ui/react-slot"),
      "@radix-ui/react-dialog": version("@radix-ui/react-dialog"),
      "class-variance-authority": version("class-variance-authority"),
      "tailwind-merge": version("tailwind-merge"),
      tailwindcss: version("tailwindcss"),
      esbuild: version("esbuild"),
    },
    machine: `${cpus[0]?.model?.trim() ?? "unknown CPU"} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}, load avg ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  };
}
