import base from "./src/base.js";

export default base;
