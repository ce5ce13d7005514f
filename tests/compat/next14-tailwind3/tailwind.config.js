// Tailwind CSS 3 with the Nexod preset: `bg-primary`, `p-4`, `rounded-md`… use the tokens'
// CSS variables (loaded by @nexod/ui/styles.unlayered.css in app/layout.tsx).
/** @type {import("tailwindcss").Config} */
module.exports = {
  presets: [require("@nexod/tokens/tailwind-preset")],
  content: ["./{app,components,pages}/**/*.{ts,tsx}"],
};
