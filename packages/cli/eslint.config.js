import base from "@nexod/eslint-config/base";

export default [{ ignores: ["test/fixtures/**"] }, ...base];
