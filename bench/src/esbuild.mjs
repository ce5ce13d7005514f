// esbuild options shared by the browser bundles (bundle.mjs) and the server-render builds
// (ssr.mjs): production mode, React left to the product, the same JSX transform for fixtures.
import { benchDir } from "./util.mjs";

export const reactExternals = ["react", "react-dom", "react/jsx-runtime", "react-dom/*", "react/*"];

export const common = {
  absWorkingDir: benchDir,
  bundle: true,
  minify: true,
  format: "esm",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  external: reactExternals,
  logLevel: "silent",
  legalComments: "none",
};
