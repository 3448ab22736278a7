/**
 * Environment calls: Getenv, Setenv, Unsetenv, Clearenv and Environ.
 *
 * Three views are kept in step: `process.env` (which node's child-process module
 * passes to children by default; Bun's spawn API without `env` passes Bun's
 * startup snapshot instead, so pass `env: process.env`), the C library's
 * environment (what native code reads with getenv(3)), and Environ(),
 * which is what a ForkExec child gets when passed `Env: Environ()` (as in
 * Go, ForkExec's own default is an empty environment). `process.env` is the
 * source of truth for reads, as Go reads its own copy; writes go to both.
 * Two things Bun's `process.env` cannot say, this module keeps beside it:
 * - a variable named `__proto__` (Bun's object takes the name as its
 *   prototype): Getenv, Setenv, Unsetenv, Clearenv and Environ see it, as
 *   the C environment and Go do; `process.env` does not;
 * - a key the startup environment holds twice: `process.env` took the last
 *   value, where Go (and getenv(3)) take the first, Go's comment calling
 *   the other way "a security problem". Getenv and Environ give the first,
 *   until the key is set or unset (through this module, or in
 *   `process.env` to another value).
 * The twice-held keys are read from /proc/self/environ (the startup
 * environment) on the first call of this module (without /proc they are
 * not known); `__proto__` from the C environment, on each call.
 * @module
 */
import { C, cstring, ffi } from "./libc.ts";
import type { Errno } from "./errno.ts";
import { EINVAL } from "./zconsts_linux.ts";

/** The one key `process.env` cannot hold: the C environment (one per process, as Go's) holds it alone. */
const PROTO = "__proto__";
/** The C environment's `__proto__`, or undefined. */
function protoValue(): string | undefined {
  const p = C.getenv(cstring(PROTO, 0)!);
  return p === null || (p as unknown as number) === 0 ? undefined : new (ffi().CString)(p).toString();
}
/** Keys the startup environment held more than once: [the first value (Go's), the last (what process.env took)]. */
let dups: Map<string, [string, string]> | null = null;

/** Reads the startup environment once, for the keys it holds twice. */
function startup(): Map<string, [string, string]> {
  if (dups !== null) return dups;
  dups = new Map();
  let text: string;
  try {
    text = new TextDecoder("utf-8", { ignoreBOM: true }).decode((require("node:fs") as typeof import("node:fs")).readFileSync("/proc/self/environ"));
  } catch {
    return dups; // no /proc: nothing more is known
  }
  const seen = new Map<string, [string, string]>();
  for (const kv of text.split("\0")) {
    const i = kv.indexOf("=");
    if (i <= 0) continue;
    const k = kv.slice(0, i), v = kv.slice(i + 1), had = seen.get(k);
    if (had === undefined) seen.set(k, [v, v]);
    else {
      had[1] = v;
      dups.set(k, had);
    }
  }
  return dups;
}

/** process.env's value for key, or Go's first one where the startup environment held key twice and process.env still has the last. */
function readVar(key: string, v: string, d: Map<string, [string, string]>): string {
  const twice = d.size > 0 ? d.get(key) : undefined;
  return twice !== undefined && v === twice[1] ? twice[0] : v;
}


function validKey(key: string): boolean {
  return key.length > 0 && !key.includes("=") && !key.includes("\0");
}

/**
 * Go's `Getenv(key) (value string, found bool)`. A variable set to the empty
 * string is found.
 */
export function Getenv(key: string): [value: string, found: boolean] {
  if (typeof key !== "string") throw new TypeError("key must be a string");
  if (!validKey(key)) return ["", false];
  const d = startup();
  if (key === PROTO) {
    const v = protoValue();
    return v === undefined ? ["", false] : [v, true];
  }
  const v = process.env[key];
  // process.env inherits Object.prototype: "constructor" or "toString" must not read as found.
  return typeof v === "string" ? [readVar(key, v, d), true] : ["", false];
}

/**
 * Go's `Setenv(key, value) error`: EINVAL for an empty key, a key holding
 * `=` or NUL, a value holding NUL, or either holding a lone surrogate
 * (which has no UTF-8, so the C environment could not hold it).
 */
export function Setenv(key: string, value: string): Errno | null {
  if (typeof key !== "string") throw new TypeError("key must be a string");
  if (typeof value !== "string") throw new TypeError("value must be a string");
  if (!validKey(key) || value.includes("\0")) return EINVAL;
  // A lone surrogate has no UTF-8: the C environment could not hold what process.env would.
  const k = cstring(key, 0);
  const v = cstring(value, 1);
  if (k === null || v === null) return EINVAL;
  if (C.setenv(k, v, 1) < 0) return EINVAL; // ENOMEM is glibc's only other failure; Go reports none
  startup().delete(key);
  if (key !== PROTO) process.env[key] = value;
  return null;
}

/** Go's `Unsetenv(key) error`. Unsetting a missing variable succeeds. */
export function Unsetenv(key: string): Errno | null {
  if (typeof key !== "string") throw new TypeError("key must be a string");
  startup().delete(key);
  if (key !== PROTO) delete process.env[key];
  const k = cstring(key, 0);
  if (k !== null && key.length > 0 && !key.includes("=")) C.unsetenv(k);
  return null;
}

/** Go's `Clearenv()`: removes every variable. */
export function Clearenv(): void {
  for (const k of Object.keys(process.env)) delete process.env[k];
  startup().clear();
  C.clearenv();
}

/** Go's `Environ() []string`: a copy of the environment as `key=value` strings. */
export function Environ(): string[] {
  const env = process.env;
  const d = startup();
  const out: string[] = [];
  for (const k in env) {
    const v = env[k];
    if (v !== undefined) out.push(`${k}=${readVar(k, v, d)}`);
  }
  const proto = protoValue();
  if (proto !== undefined) out.push(`${PROTO}=${proto}`);
  return out;
}
