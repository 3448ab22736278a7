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
 * What Bun's `process.env` cannot say, this module keeps beside it:
 * - a variable named `__proto__` (Bun's object takes the name as its
 *   prototype when it is set; one inherited at startup is an own key):
 *   Getenv, Setenv, Unsetenv, Clearenv and Environ take it from the C
 *   environment, as the C library and Go do, and Setenv and Unsetenv drop
 *   `process.env`'s startup copy of it;
 * - a key the startup environment holds twice: `process.env` took the last
 *   value, where Go (and getenv(3)) take the first, Go's comment calling
 *   the other way "a security problem". Getenv and Environ give the first,
 *   until the key is set or unset (through this module, or in
 *   `process.env` to another value);
 * - Go's order: Environ lists the startup environment's order, then keys
 *   in the order they were added (an object lists keys that look like
 *   integers first);
 * - startup entries that are no `key=value` ("NOEQ", "=x"): Environ lists
 *   them as they are and Getenv does not find them, as in Go (Bun's
 *   `process.env` reads "NOEQ" as NOEQ="").
 * The startup environment is read from /proc/self/environ on the first
 * call of this module (without /proc, the order is process.env's and the
 * rest is not known); `__proto__` from the C environment, on each call.
 * @module
 */
import { C, CWD_FD, cstring, ffi, strHas, wellFormed } from "./libc.ts";
import type { Errno } from "./errno.ts";
import { EAGAIN, EINVAL, LOCK_EX, LOCK_NB, LOCK_UN, O_CLOEXEC, O_RDONLY } from "./zconsts_linux.ts";
import { Flock } from "./sys/files.ts";

/**
 * The C environment is one per process, and glibc's setenv reallocs (and
 * frees) the environ array while a getenv in another thread may be walking
 * it: with Workers calling Setenv while the main thread called Getenv
 * ("__proto__") or Environ, Bun died of SIGSEGV (every run of
 * test/hunt_threads.test.ts's "tight loop" test, 5 of 5). Each Worker has its own copy of this
 * module, so the lock that keeps the package's own C-environment calls
 * apart is a flock(2) on /proc/self/environ: an inode of this process,
 * and a lock held by an open file description, so that two Workers' fds
 * exclude each other. Only C calls run while it is held (no caller code,
 * which could re-enter and wait on itself); it is dropped with LOCK_UN, so
 * that a child forked meanwhile (holding the fd until its exec) does not
 * keep it. Without /proc (or with no fd to spare), the call runs unlocked.
 * The lock is tried (LOCK_NB), never waited on, and given up after
 * LOCK_TRIES tries while another holds it (tens of milliseconds; a holder keeps it for one C
 * call): a Worker terminated while it held the lock may leave the fd open
 * and the lock with it, and every later call must then go on unlocked,
 * not hang.
 */
const LOCK_TRIES = 100000;
const LOCK_PATH = new TextEncoder().encode("/proc/self/environ\0");
function cEnv<T>(fn: () => T): T {
  const fd = C.openat(CWD_FD, LOCK_PATH, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0) return fn();
  try {
    let e = Flock(fd, LOCK_EX | LOCK_NB);
    // Only EWOULDBLOCK (another holder) is worth another try: a filter or a
    // kernel that refuses flock (EPERM, ENOLCK, EINVAL) says so every time.
    for (let i = 1; e === EAGAIN && i < LOCK_TRIES; i++) e = Flock(fd, LOCK_EX | LOCK_NB);
    try {
      return fn();
    } finally {
      if (e === null) Flock(fd, LOCK_UN);
    }
  } finally {
    C.close(fd);
  }
}

/** The key `process.env` cannot be trusted with: the C environment (one per process, as Go's) holds it. */
const PROTO = "__proto__";
/** The C environment's `__proto__`, or undefined. */
function protoValue(): string | undefined {
  const k = cstring(PROTO, 0)!;
  return cEnv(() => {
    const p = C.getenv(k);
    return p === null || (p as unknown as number) === 0 ? undefined : new (ffi().CString)(p).toString();
  });
}

/**
 * What Go's copy of the environment knows and `process.env` does not, read
 * from the startup environment (/proc/self/environ) on the first call:
 * - dups: keys held more than once: [the first value (Go's), the last (what process.env took)];
 * - rank: each key's place in Go's order (the startup order, then the order
 *   keys were added), which Environ keeps: a JavaScript object lists keys
 *   that look like integers first;
 * - bare: startup entries that are no `key=value` ("NOEQ", or "=x" with an
 *   empty key), which Go's Environ lists as they are and its Getenv never
 *   finds, by their place; Bun's process.env holds "NOEQ" as NOEQ="";
 * - ghosts: those keys of process.env that only such an entry made.
 */
interface Startup {
  dups: Map<string, [string, string]>;
  rank: Map<string, number>;
  bare: Map<number, string>;
  ghosts: Set<string>;
  next: number;
}
let state: Startup | null = null;

/** Reads the startup environment once. */
function startup(): Startup {
  if (state !== null) return state;
  const st: Startup = { dups: new Map(), rank: new Map(), bare: new Map(), ghosts: new Set(), next: 0 };
  state = st;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { ignoreBOM: true }).decode((require("node:fs") as typeof import("node:fs")).readFileSync("/proc/self/environ"));
  } catch {
    return st; // no /proc: nothing more is known
  }
  const seen = new Map<string, [string, string]>();
  const entries = text.split("\0");
  if (entries[entries.length - 1] === "") entries.pop();
  let emptyKey = false;
  for (const kv of entries) {
    const at = st.next++;
    const i = kv.indexOf("=");
    if (i < 0) {
      if (kv === "") continue; // Go's Environ skips an empty entry
      st.bare.set(at, kv);
      const had = seen.get(kv);
      if (had !== undefined) {
        // "K=v" then "K": Bun's process.env took K="" from the later one; Go's Getenv keeps v.
        had[1] = "";
        st.dups.set(kv, had);
      } else st.ghosts.add(kv);
      continue;
    }
    if (i === 0) {
      // Go maps the empty key to its first mention (Unsetenv("") drops it) and clears the rest.
      if (!emptyKey) st.bare.set(at, kv);
      emptyKey = true;
      continue;
    }
    const k = kv.slice(0, i), v = kv.slice(i + 1), had = seen.get(k);
    if (had === undefined) {
      seen.set(k, [v, v]);
      st.rank.set(k, at);
    } else {
      had[1] = v;
      st.dups.set(k, had);
    }
  }
  for (const k of st.rank.keys()) st.ghosts.delete(k); // a bare "K" beside a "K=v": K is real
  return st;
}

/** process.env's value for key, or Go's first one where the startup environment held key twice and process.env still has the last. */
function readVar(key: string, v: string, st: Startup): string {
  const twice = st.dups.size > 0 ? st.dups.get(key) : undefined;
  return twice !== undefined && v === twice[1] ? twice[0] : v;
}

/** Whether process.env's key is only a bare startup entry's ("NOEQ" read as NOEQ=""), which Go does not find. */
function ghost(key: string, v: string, st: Startup): boolean {
  return st.ghosts.size > 0 && v === "" && st.ghosts.has(key);
}

/** Forgets what startup said of key, which is being set (a new key goes to the end of Go's order) or unset. */
function touch(key: string, st: Startup, present: boolean): void {
  st.dups.delete(key);
  st.ghosts.delete(key);
  if (!present) st.rank.delete(key);
  else if (!st.rank.has(key)) st.rank.set(key, st.next++);
}

/**
 * The engine's own methods (strHas, wellFormed; Object.hasOwn taken at
 * load): what Setenv refuses (a NUL, a `=`) must not be decided by a
 * String.prototype method the caller replaced (with includes answering
 * false, a key "K\0x" set K in the C environment and a key no child
 * process can be started with in process.env), nor a variable be found on
 * Object.prototype.
 */
const hasOwn = Object.hasOwn;

function validKey(key: string): boolean {
  return key.length > 0 && !strHas(key, "=") && !strHas(key, "\0");
}

/** process.env's own value for key: one inherited (a string put on Object.prototype) is no variable, as in Go. */
function envOwn(env: Record<string, string | undefined>, key: string): string | undefined {
  const v = env[key];
  return typeof v === "string" && hasOwn(env, key) ? v : undefined;
}

/**
 * Go's `Getenv(key) (value string, found bool)`. A variable set to the empty
 * string is found.
 */
export function Getenv(key: string): [value: string, found: boolean] {
  if (typeof key !== "string") throw new TypeError("key must be a string");
  if (!validKey(key)) return ["", false];
  const st = startup();
  if (key === PROTO) {
    const v = protoValue();
    return v === undefined ? ["", false] : [v, true];
  }
  // process.env inherits Object.prototype: "constructor" or "toString", or a string a program put there, must not read as found.
  const v = envOwn(process.env, key);
  return v !== undefined && !ghost(key, v, st) ? [readVar(key, v, st), true] : ["", false];
}

/**
 * Go's `Setenv(key, value) error`: EINVAL for an empty key, a key holding
 * `=` or NUL, a value holding NUL, or either holding a lone surrogate
 * (which has no UTF-8, so the C environment could not hold it).
 */
export function Setenv(key: string, value: string): Errno | null {
  if (typeof key !== "string") throw new TypeError("key must be a string");
  if (typeof value !== "string") throw new TypeError("value must be a string");
  if (!validKey(key) || strHas(value, "\0")) return EINVAL;
  // A lone surrogate has no UTF-8: the C environment could not hold what process.env would.
  if (!wellFormed(key) || !wellFormed(value)) return EINVAL;
  const st = startup();
  // process.env is read before the scratch buffers are filled: it may be a
  // caller's Proxy whose trap calls Setenv, which refills them (the C
  // environment then got the inner call's variable twice and not this one).
  const cur = key === PROTO ? undefined : envOwn(process.env, key);
  const had = key === PROTO ? protoValue() !== undefined : cur !== undefined && !ghost(key, cur, st);
  const k = cstring(key, 0);
  const v = cstring(value, 1);
  if (k === null || v === null) return EINVAL;
  if (cEnv(() => C.setenv(k, v, 1)) < 0) return EINVAL; // ENOMEM is glibc's only other failure; Go reports none
  if (!had) st.rank.delete(key); // new: to the end of Go's order
  touch(key, st, true);
  if (key !== PROTO) process.env[key] = value;
  else delete (process.env as Record<string, unknown>)[PROTO]; // a startup copy Bun made: the C environment holds it now
  return null;
}

/** Go's `Unsetenv(key) error`. Unsetting a missing variable succeeds. */
export function Unsetenv(key: string): Errno | null {
  if (typeof key !== "string") throw new TypeError("key must be a string");
  const st = startup();
  touch(key, st, false);
  if (key === "") for (const [i, kv] of st.bare) if (kv.startsWith("=")) st.bare.delete(i); // Go's env[""]
  delete (process.env as Record<string, unknown>)[key];
  const k = cstring(key, 0);
  if (k !== null && validKey(key)) cEnv(() => C.unsetenv(k)); // validKey as well as cstring's check: "K\0x" must not reach C as "K"
  return null;
}

/** Go's `Clearenv()`: removes every variable. */
export function Clearenv(): void {
  for (const k of Object.keys(process.env)) delete process.env[k];
  const st = startup();
  st.dups.clear();
  st.rank.clear();
  st.bare.clear();
  st.ghosts.clear();
  cEnv(() => C.clearenv());
}

/**
 * Go's `Environ() []string`: a copy of the environment as `key=value`
 * strings, in Go's order: the startup environment's, then keys in the
 * order they were added (a key unset and set again goes to the end), with
 * the startup entries that are no `key=value` as they were.
 */
export function Environ(): string[] {
  const env = process.env;
  const st = startup();
  const out: string[] = [];
  const ranks: number[] = [];
  let sorted = st.bare.size === 0;
  let last = -1;
  const add = (k: string, kv: string) => {
    let r = st.rank.get(k);
    if (r === undefined) st.rank.set(k, (r = st.next++)); // set in process.env directly: from now on, here
    if (r < last) sorted = false;
    last = r;
    // Index stores, not push: with Array.prototype.push replaced, Environ was empty (and so a child's `Env: Environ()`).
    ranks[out.length] = r;
    out[out.length] = kv;
  };
  for (const k in env) {
    if (k === PROTO) continue; // the C environment's, below
    // A key set in process.env directly that no Go variable can have (Getenv does not find it, Setenv refuses it):
    // "LD_PRELOAD=/x.so:" listed as `${k}=${v}` gave a child LD_PRELOAD=/x.so:=, and one holding NUL made ForkExec EINVAL.
    if (!validKey(k)) continue;
    const v = envOwn(env, k); // for-in also lists what Object.prototype holds
    // A value holding NUL (set in process.env directly; Setenv refuses one) cannot reach a child: no execve
    // can carry it, and `Env: Environ()` made every ForkExec EINVAL. Left out, as a key holding "=" is.
    if (v !== undefined && !ghost(k, v, st) && !strHas(v, "\0")) add(k, `${k}=${readVar(k, v, st)}`);
  }
  const proto = protoValue();
  if (proto !== undefined) add(PROTO, `${PROTO}=${proto}`);
  if (sorted) return out;
  // Keys that look like integers (listed first by JavaScript), __proto__, and the bare entries, into their places.
  const all = out.map((kv, i) => [ranks[i]!, kv] as [number, string]);
  for (const [r, kv] of st.bare) all.push([r, kv]);
  return all.sort((a, b) => a[0] - b[0]).map(([, kv]) => kv);
}
