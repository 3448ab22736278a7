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
 * @module
 */
import { C, cstring } from "./libc.ts";
import type { Errno } from "./errno.ts";
import { EINVAL } from "./zconsts_linux.ts";


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
  const v = process.env[key];
  // process.env inherits Object.prototype: "constructor" or "toString" must not read as found.
  return typeof v === "string" ? [v, true] : ["", false];
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
  process.env[key] = value;
  return null;
}

/** Go's `Unsetenv(key) error`. Unsetting a missing variable succeeds. */
export function Unsetenv(key: string): Errno | null {
  if (typeof key !== "string") throw new TypeError("key must be a string");
  delete process.env[key];
  const k = cstring(key, 0);
  if (k !== null && key.length > 0 && !key.includes("=")) C.unsetenv(k);
  return null;
}

/** Go's `Clearenv()`: removes every variable. */
export function Clearenv(): void {
  for (const k of Object.keys(process.env)) delete process.env[k];
  C.clearenv();
}

/** Go's `Environ() []string`: a copy of the environment as `key=value` strings. */
export function Environ(): string[] {
  const env = process.env;
  const out: string[] = [];
  for (const k in env) {
    const v = env[k];
    if (v !== undefined) out.push(`${k}=${v}`);
  }
  return out;
}
