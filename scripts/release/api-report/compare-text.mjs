// Plain code-unit order, the same on every machine and locale (unlike localeCompare).
export const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
