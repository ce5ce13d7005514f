// TypeScript 6 checks side-effect imports (`import "./globals.css"`); Next 14's own types
// only declare CSS modules (Next 15+ also declares plain stylesheets).
declare module "*.css";
