import base from "./src/base.js";

// The fixture product is wrong on purpose: the tests lint it with the `next` preset.
export default [{ ignores: ["test/fixtures/**"] }, ...base];
