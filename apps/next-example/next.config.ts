import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // A product never ships a "Powered by" header; tests also read headers from this server.
  poweredByHeader: false,
};

export default nextConfig;
