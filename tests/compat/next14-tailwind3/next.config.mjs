import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const packageDir = (name) => path.dirname(require.resolve(`${name}/package.json`));

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // This product has no ESLint set-up of its own; Next 14 would otherwise look for one.
  eslint: { ignoreDuringBuilds: true },
  webpack(config) {
    // In this workspace @nexod/ui is a symlink to packages/ui, whose own node_modules hold
    // React 19 (its devDependency). A product that installs @nexod/ui from a registry has one
    // React, its own (react is a peer dependency). Resolve it that way for the Pages Router's
    // modules (webpack's default layer), or its React 18 react-dom would get React 19
    // elements. The App Router's layers keep Next's bundled React.
    config.module.rules.push({
      issuerLayer: (layer) => !layer,
      resolve: {
        alias: { react: packageDir("react"), "react-dom": packageDir("react-dom") },
      },
    });
    return config;
  },
};

export default nextConfig;
