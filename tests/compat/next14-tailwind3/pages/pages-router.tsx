import Head from "next/head";
import { Demo } from "../components/demo";

/**
 * Pages Router: runs the react and react-dom this product installs (18.3.1), where the App
 * Router uses Next's bundled canary. Proves @nexod/ui on a stable React 18 release.
 */
export default function PagesRouterPage() {
  return (
    <>
      <Head>
        <title>Nexod on Next.js 14 (Pages Router)</title>
        {/* Served from app/icon.svg; without a link the browser asks for /favicon.ico. */}
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      </Head>
      <div className="bg-background font-sans text-foreground">
        <Demo router="Pages Router" />
      </div>
    </>
  );
}
