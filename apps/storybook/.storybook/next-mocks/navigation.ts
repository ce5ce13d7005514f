// `next/navigation` for the Blocks stories: the route a story shows comes from its
// `parameters.nextPathname` (set by the decorator in preview.tsx); the router does nothing.
let pathname = "/";

export function setMockPathname(next: string): void {
  pathname = next;
}

export function usePathname(): string {
  return pathname;
}

export function useSearchParams(): URLSearchParams {
  return new URLSearchParams();
}

export function useParams(): Record<string, string> {
  return {};
}

const noop = () => {};
export function useRouter() {
  return { push: noop, replace: noop, refresh: noop, back: noop, forward: noop, prefetch: noop };
}

export function notFound(): never {
  throw new Error("notFound() called in a story");
}

export function redirect(url: string): never {
  throw new Error(`redirect(${url}) called in a story`);
}
