import type { AppProps } from "next/app";
// Same order as app/layout.tsx: Nexod's unlayered CSS, then the product's Tailwind 3 build.
import "@nexod/ui/styles.unlayered.css";
import "../app/globals.css";

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
