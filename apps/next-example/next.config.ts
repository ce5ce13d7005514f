import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // A product never ships a "Powered by" header; tests also read headers from this server.
  poweredByHeader: false,
  // Blocks are TypeScript source (products copy them with `nexod add`); this app imports them
  // from the workspace package instead.
  transpilePackages: ["@nexod/blocks"],
};

export default nextConfig;
