import base from "@nexod/eslint-config/base";

export default base;
