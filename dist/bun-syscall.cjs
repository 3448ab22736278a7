// bun-syscall: made by scripts/build.ts. Do not edit.
"use strict";
let m = null;
if (typeof process === "object" && process !== null && typeof process.versions?.bun === "string" && module.filename === __filename) {
  try {
    m = require(__dirname + "/bun-syscall.bun.js");
  } catch (e) {
    if (e?.code !== "MODULE_NOT_FOUND" || !String(e.message).includes("bun-syscall.bun.js")) throw e;
  }
}
module.exports = m ?? require("./bun-syscall.impl.cjs");
