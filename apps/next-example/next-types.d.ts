// Next.js' global types (CSS and image imports, `next` ambient types), committed so that
// `tsc --noEmit` works in a fresh clone before any `next build`. Next writes next-env.d.ts
// with the same references plus generated route types; it is gitignored because `next dev`
// and `next build` write different versions of it.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
