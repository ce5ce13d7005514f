import { Demo } from "../components/demo";

/** App Router (a Server Component): Next 14 runs its own bundled React 18.3 canary here. */
export default function Page() {
  return <Demo router="App Router" />;
}
