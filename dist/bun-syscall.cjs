// bun-syscall: made by scripts/build.ts. Do not edit.
"use strict";
let m = null;
if (typeof process === "object" && process !== null && typeof process.versions?.bun === "string" && module.filename === __filename) {
  try {
    m = require(__dirname + "/bun-syscall.bun.js");
  } catch (e) {
    if (e?.code !== "MODULE_NOT_FOUND" || !String(e.message).includes("bun-syscall.bun.js")) throw e;
  }
  // A Bun older than its pragma (1.1.0, say) runs the file as plain CommonJS:
  // the wrapper function is never called and the module is empty. IMPL then
  // says which Bun the package needs.
  if (m !== null && typeof m.ForkExec !== "function") m = null;
}
module.exports = m ?? require("./bun-syscall.impl.cjs");
