/**
 * Token names, collection and mode names become CSS custom property names, selectors and
 * Tailwind keys. Only letters, digits, `-` and `_` are allowed, so no name can close a rule,
 * start a comment or break out of a `<style>` element.
 */
export const SAFE_NAME = /^[\p{L}\p{N}_-]+$/u;

export const SAFE_NAME_RULE = 'only letters, digits, "-" and "_"';

export function isSafeName(name: string): boolean {
  return SAFE_NAME.test(name);
}
