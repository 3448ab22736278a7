/**
 * The one place the C library is opened. Every symbol's signature is in the
 * table below; errno is captured here; strings, fds and buffers are checked
 * and marshalled here. Nothing else in the package calls dlopen.
 * @module
 */
import type { FFIFunction, FFIType, Library, Pointer } from "bun:ffi";
import { ARCH } from "./layout.ts";

// The typed-array constructors as they were when this module loaded: a program that later replaces a global
// (globalThis.Uint8Array = a subclass that shifts its offset or shrinks its length) must not choose the buffers
// the kernel reads and writes (WriteAsync sent 8 bytes from before its buffer). Each module that makes
// buffers takes them the same way.
const { Uint8Array, DataView, ArrayBuffer } = globalThis;


/** Where the C library may live: glibc first, then musl's names. */
const LIBC_CANDIDATES = [
  "libc.so.6",
  ARCH === "amd64" ? "libc.musl-x86_64.so.1" : "libc.musl-aarch64.so.1",
  ARCH === "amd64" ? "/lib/ld-musl-x86_64.so.1" : "/lib/ld-musl-aarch64.so.1",
];

/** FFIType.i64_fast: int64_t returned as a number (ssize_t, off_t and syscall results never pass 2^53). */
const I64 = 15 as FFIType.i64_fast;

type FFI = typeof import("bun:ffi");
let ffiModule: FFI | null = null;
/**
 * bun:ffi, loaded on the first native call rather than at import: loading
 * it and binding symbols costs milliseconds that a program importing the
 * package for its constants should not pay.
 */
export function ffi(): FFI {
  // require, not import.meta.require: a CommonJS bundle of the package (bun build --format=cjs, --bytecode) has no import.meta.
  return (ffiModule ??= require("bun:ffi") as FFI);
}

/**
 * Number.isInteger and Number.isSafeInteger as the engine made them: every
 * argument check of the package uses these, and one a program replaced
 * later must not let 1.5 through as fd 1.
 */
export const isInt = Number.isInteger, isSafeInt = Number.isSafeInteger;

/**
 * Reflect.apply as the engine made it, for every method and getter of the
 * engine's that the package calls with a `this` of its choosing: not
 * `f.call(...)`, which looks `call` up on Function.prototype at each use (a
 * program that replaced it had byteLengthOf answer 65536 for a 16-byte
 * buffer, and Read wrote that much into it).
 */
const APPLY = Reflect.apply;
const NO_ARGS: readonly never[] = Object.freeze([]);
/** f called with this = self and args, by the engine's Reflect.apply (its result typed as the caller says: f is an engine method the caller knows). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function invoke<R = any>(f: Function, self: unknown, ...args: unknown[]): R {
  return APPLY(f, self, args) as R;
}

/** Object.getPrototypeOf as the engine made it. */
const PROTO_OF = Object.getPrototypeOf;
/**
 * `v instanceof C` as the engine's OrdinaryHasInstance answers it, a walk
 * of v's prototype chain for C.prototype (non-writable on a class and on a
 * built-in constructor): a static Symbol.hasInstance that a program defines
 * on C (one of the package's exported classes, or a built-in constructor)
 * is never consulted, so it cannot make an Errno look like a result or a
 * caller's object look like one of the package's structs. A Proxy's
 * getPrototypeOf trap still runs, as it does for instanceof, but an endless
 * chain of them ends the walk (false) instead of hanging it. The walk costs
 * about 6 ns; calling Function.prototype[Symbol.hasInstance] through
 * Reflect.apply cost 40 (Stat, which checks three Timespecs, went from 0.69
 * to 0.95 of fs.statSync's time).
 */
export function isA(C: Function, v: unknown): boolean {
  if (typeof v !== "object" ? typeof v !== "function" : v === null) return false;
  const p: unknown = C.prototype;
  // At most PROTO_DEPTH links: a Proxy whose getPrototypeOf answers a new
  // Proxy each time makes the chain endless, and instanceof itself would
  // walk it for ever (Kill with such a "signal" hung Bun).
  let n = 0;
  for (let o: unknown = PROTO_OF(v); o !== null && n < PROTO_DEPTH; o = PROTO_OF(o), n++) if (o === p) return true;
  return false;
}
/** Links of a prototype chain isA follows: far more than any class hierarchy has. */
const PROTO_DEPTH = 4096;

/** openat(2)'s "relative to the current directory" (file.ts exports it as Go's AT_FDCWD). */
export const CWD_FD = -100;

/** Raw syscall(2) arguments: the number, then six machine words. */
const SYSCALL_ARGS = ["i64", "i64", "i64", "i64", "i64", "i64", "i64"] as const;

const table = {
  __errno_location: { args: [], returns: "ptr" },
  syscall: { args: SYSCALL_ARGS, returns: I64 },
  openat: { args: ["i32", "ptr", "i32", "u32"], returns: "i32" },
  close: { args: ["i32"], returns: "i32" },
  read: { args: ["i32", "ptr", "u64"], returns: I64 },
  write: { args: ["i32", "ptr", "u64"], returns: I64 },
  pread64: { args: ["i32", "ptr", "u64", "i64"], returns: I64 },
  pwrite64: { args: ["i32", "ptr", "u64", "i64"], returns: I64 },
  lseek64: { args: ["i32", "i64", "i32"], returns: I64 },
  pipe2: { args: ["ptr", "i32"], returns: "i32" },
  dup: { args: ["i32"], returns: "i32" },
  dup2: { args: ["i32", "i32"], returns: "i32" },
  dup3: { args: ["i32", "i32", "i32"], returns: "i32" },
  fcntl: { args: ["i32", "i32", "i64"], returns: "i32" },
  fchmod: { args: ["i32", "u32"], returns: "i32" },
  fchmodat: { args: ["i32", "ptr", "u32", "i32"], returns: "i32" },
  fchdir: { args: ["i32"], returns: "i32" },
  chdir: { args: ["ptr"], returns: "i32" },
  mkdirat: { args: ["i32", "ptr", "u32"], returns: "i32" },
  unlinkat: { args: ["i32", "ptr", "i32"], returns: "i32" },
  renameat: { args: ["i32", "ptr", "i32", "ptr"], returns: "i32" },
  symlinkat: { args: ["ptr", "i32", "ptr"], returns: "i32" },
  linkat: { args: ["i32", "ptr", "i32", "ptr", "i32"], returns: "i32" },
  fchownat: { args: ["i32", "ptr", "u32", "u32", "i32"], returns: "i32" },
  fchown: { args: ["i32", "u32", "u32"], returns: "i32" },
  getrusage: { args: ["i32", "ptr"], returns: "i32" },
  readlinkat: { args: ["i32", "ptr", "ptr", "u64"], returns: I64 },
  ftruncate64: { args: ["i32", "i64"], returns: "i32" },
  fsync: { args: ["i32"], returns: "i32" },
  umask: { args: ["u32"], returns: "u32" },
  getpid: { args: [], returns: "i32" },
  getppid: { args: [], returns: "i32" },
  getuid: { args: [], returns: "u32" },
  geteuid: { args: [], returns: "u32" },
  getgid: { args: [], returns: "u32" },
  getegid: { args: [], returns: "u32" },
  getgroups: { args: ["i32", "ptr"], returns: "i32" },
  getpgid: { args: ["i32"], returns: "i32" },
  setpgid: { args: ["i32", "i32"], returns: "i32" },
  setsid: { args: [], returns: "i32" },
  kill: { args: ["i32", "i32"], returns: "i32" },
  getpagesize: { args: [], returns: "i32" },
  getrlimit64: { args: ["i32", "ptr"], returns: "i32" },
  setrlimit64: { args: ["i32", "ptr"], returns: "i32" },
  setenv: { args: ["ptr", "ptr", "i32"], returns: "i32" },
  unsetenv: { args: ["ptr"], returns: "i32" },
  clearenv: { args: [], returns: "i32" },
  getenv: { args: ["ptr"], returns: "ptr" },
  ptrace: { args: ["i64", "i32", "ptr", "ptr"], returns: I64 },
  wait4: { args: ["i32", "ptr", "i32", "ptr"], returns: "i32" },
  epoll_ctl: { args: ["i32", "i32", "i32", "ptr"], returns: "i32" },
  epoll_wait: { args: ["i32", "ptr", "i32", "i32"], returns: "i32" },
  _exit: { args: ["i32"], returns: "void" },
  memfd_create: { args: ["ptr", "u32"], returns: "i32" },
  chroot: { args: ["ptr"], returns: "i32" },
} as const satisfies Record<string, FFIFunction>;

/** Why the C library cannot be used, once known: every later call throws this same Error. */
let libcUnavailable: Error | null = null;

/** The first candidate that opens, and its handle for __errno_location. */
function openLibc() {
  if (libcUnavailable !== null) throw libcUnavailable;
  const errors: string[] = [];
  for (const name of LIBC_CANDIDATES) {
    try {
      return { name, lib: ffi().dlopen(name, { __errno_location: table.__errno_location }) };
    } catch (e) {
      const msg = (e as Error)?.message ?? String(e);
      if (/requires the JIT/.test(msg)) {
        throw (libcUnavailable = new Error(
          "bun-syscall: bun:ffi cannot call the C library in this process because the JIT is off (BUN_JSC_useJIT=0, a W^X policy that forbids it, or an address-space limit, RLIMIT_AS or RLIMIT_DATA, too small for its executable memory); run Bun with the JIT enabled",
        ));
      }
      errors.push(`${name}: ${msg}`);
    }
  }
  throw (libcUnavailable = new Error(`bun-syscall: cannot open the C library (glibc or musl); tried:\n  ${errors.join("\n  ")}`));
}

let libc: ReturnType<typeof openLibc> | null = null;
const openedLibc = () => (libc ??= openLibc());

/** The name the C library was opened by (glibc's or musl's), for bindings of other signatures. */
export function libcName(): string {
  return openedLibc().name;
}

/** Throws the one Error that says why, when the C library cannot be called from this process. */
export function requireLibc(): void {
  openedLibc();
}

/** Narrows the i64_fast results, typed number | bigint, to number: they are byte counts, offsets and syscall results. */
type Numeric<T> = { [K in keyof T]: T[K] extends (...a: infer A) => infer R ? (...a: A) => ([R] extends [number | bigint] ? number : R) : T[K] };

type Symbols = Numeric<Library<typeof table>["symbols"]>;

/** Libraries of the symbols bound so far, kept alive with their trampolines. */
const bound: unknown[] = [];

/**
 * An object whose properties are bound on first use: a miss falls through
 * to a Proxy prototype that binds the symbol and stores it on the object
 * itself, so later calls find a plain own property. Nothing is bound, and no
 * getter is defined per symbol, at import.
 */
function lazyTable<T extends object>(table: object, bind: (key: string) => { symbols: Record<string, unknown> }): T {
  // The table's own keys are the names (asked of the table itself: a Set of them cost 0.1 ms at import).
  const has = Object.hasOwn;
  const proto = new Proxy(Object.create(null) as object, {
    get(_target, key, receiver) {
      if (typeof key !== "string" || !has(table, key)) return undefined;
      const lib = bind(key);
      bound.push(lib);
      const fn = lib.symbols[key];
      Object.defineProperty(receiver, key, { value: fn, enumerable: true, writable: false, configurable: false });
      return fn;
    },
  });
  return Object.create(proto) as T;
}

/**
 * The libc functions, each bound on first use: bun:ffi compiles a
 * trampoline per symbol, and binding all of them would cost milliseconds
 * at import.
 */
export const C: Symbols = lazyTable(table, (key) =>
  ffi().dlopen(openedLibc().name, { [key]: table[key as keyof typeof table] } as Record<string, FFIFunction>));

/**
 * Binds a libc function that some C libraries lack, or returns null when
 * the opened one has no such symbol (glibc before 2.33 has no `fstatat`,
 * only `__fxstatat`): the caller falls back to syscall(2). Throws what
 * requireLibc throws when no C library can be called at all.
 */
export function bindOptional(name: string, fn: Omit<FFIFunction, "ptr">): ((...a: never[]) => unknown) | null {
  const libName = openedLibc().name;
  let lib: Library<Record<string, FFIFunction>>;
  try {
    lib = ffi().dlopen(libName, { [name]: fn } as Record<string, FFIFunction>);
  } catch {
    return null;
  }
  bound[bound.length] = lib;
  return lib.symbols[name] as unknown as (...a: never[]) => unknown;
}

/** The raw address of a libc function, for callers that bind it again with another signature. */
export function symbolAddress(name: keyof typeof table): Pointer {
  return (C[name] as unknown as { ptr: Pointer }).ptr;
}

/**
 * syscall(2), bound again with the argument kinds the package uses, so that
 * no call site pays for ptr(): a pointer argument takes a typed array.
 */
const sysTable = {
  /** (nr, int, ptr, ptr, int, i64, i64) */
  sys_ippi: { args: ["i64", "i64", "ptr", "ptr", "i64", "i64", "i64"], returns: I64 },
  /** (nr, ptr, int, i64, i64, i64, i64) */
  sys_pi: { args: ["i64", "ptr", "i64", "i64", "i64", "i64", "i64"], returns: I64 },
  /** (nr, int, ptr, i64, i64, i64, i64) */
  sys_ip: { args: ["i64", "i64", "ptr", "i64", "i64", "i64", "i64"], returns: I64 },
} as const satisfies Record<string, Omit<FFIFunction, "ptr">>;
type SysSymbols = Numeric<Library<{ [K in keyof typeof sysTable]: (typeof sysTable)[K] & { ptr: Pointer } }>["symbols"]>;
/** syscall(2) bound with pointer arguments where the name says: sys.sys_ippi(nr, int, ptr, ptr, ...), sys_pi, sys_ip. */
export const sys: SysSymbols = lazyTable(sysTable, (key) =>
  ffi().linkSymbols({ [key]: { ...sysTable[key as keyof typeof sysTable], ptr: symbolAddress("syscall") } } as Record<string, FFIFunction>));

// errno is thread-local. Each Bun Worker loads this module on its own thread,
// so each computes its own address; the address of a thread's errno never
// changes. Reading it is a plain load: nothing runs between the failing libc
// call and this read to overwrite it (see test/libc.test.ts).
let errnoAddress = 0;
let readI32: FFI["read"]["i32"] | null = null;

/** The calling thread's errno. Call it immediately after the failing libc call. */
export function errno(): number {
  if (readI32 === null) {
    errnoAddress = openedLibc().lib.symbols.__errno_location() as unknown as number;
    readI32 = ffi().read.i32;
  }
  return readI32(errnoAddress as Pointer, 0);
}

// ---------------------------------------------------------------- arguments

/** Sentinel that the kernel rejects as a file descriptor (EBADF). */
const BAD_FD = -1;

/**
 * Checks a file descriptor argument. A non-integer throws TypeError; an
 * integer outside the C int range becomes -1, which the kernel rejects with
 * EBADF, instead of wrapping around onto a real descriptor.
 */
export function fdArg(fd: unknown): number {
  if (typeof fd !== "number" || !isInt(fd)) throw new TypeError(`fd must be an integer, got ${describe(fd)}`);
  return fd >= -0x80000000 && fd <= 0x7fffffff ? fd : BAD_FD;
}

/** Checks an integer argument (flags, modes, pids). Throws TypeError or RangeError. */
export function intArg(name: string, v: unknown, min = -0x80000000, max = 0xffffffff): number {
  if (typeof v !== "number" || !isInt(v)) throw new TypeError(`${name} must be an integer, got ${describe(v)}`);
  if (v < min || v > max) throw new RangeError(`${name} out of range: ${v}`);
  return v;
}

/** Checks a uint64 argument: a bigint, or a safe integer number, in [0, 2^64-1]. Throws TypeError or RangeError. */
export function u64Arg(name: string, v: unknown): bigint {
  if (typeof v === "number" && isSafeInt(v)) v = BigInt(v);
  if (typeof v !== "bigint") throw new TypeError(`${name} must be a bigint, got ${describe(v)}`);
  if (v < 0n || v > 0xffffffffffffffffn) throw new RangeError(`${name} out of range: ${v}`);
  return v;
}

/** Checks an int64 argument carried as a number (offsets, sizes): it must be a safe integer. */
export function int64Arg(name: string, v: unknown): number {
  if (typeof v !== "number" || !isInt(v)) throw new TypeError(`${name} must be an integer, got ${describe(v)}`);
  if (!isSafeInt(v)) throw new RangeError(`${name} is not a safe integer: ${v}`);
  return v;
}

/** Checks a byte-slice argument. */
export function bytesArg(name: string, v: unknown): Uint8Array {
  // A Proxy of a Uint8Array answers instanceof, getPrototypeOf and hasOwn
  // through its traps as the target would, and is no typed array to bun:ffi
  // (which then throws its own error, late): ArrayBuffer.isView (the
  // engine's, taken at load) looks at the object itself, and costs a
  // nanosecond where the @@toStringTag getter costs 25.
  // No instanceof: it runs a Uint8Array[Symbol.hasInstance] a program
  // defined, which could call the package again between a wrapper's checks
  // and its call (and a Proxy's getPrototypeOf trap): a view is asked by
  // the engine's functions, taken at load, none of which runs a program's code.
  if (IS_VIEW(v)) {
    // A plain Uint8Array or Buffer with no own byteLength: its length is the real one.
    const p: unknown = GET_PROTO(v);
    if ((p === U8_PROTO || p === BUFFER_PROTO) && !HAS_OWN(v, "byteLength") && !HAS_OWN(v, "length")) return v as Uint8Array;
  }
  // Anything else that may claim to be one (a subclass whose byteLength
  // lies, an object given Uint8Array's prototype): the engine's own getters
  // say what it is, and a fresh view of exactly its bytes is what is used,
  // so no length it reports can send the kernel past its end.
  let tag: unknown;
  try {
    tag = RGET(TA_GET, "tag", v);
  } catch {
    tag = undefined;
  }
  if (tag !== "Uint8Array") throw new TypeError(`${name} must be a Uint8Array, got ${describe(v)}`);
  const n = RGET(TA_GET, "byteLength", v) as number;
  // Detached (no view can be made over it): Go's empty slice.
  return n === 0 ? new Uint8Array(0) : new Uint8Array(RGET(TA_GET, "buffer", v) as ArrayBuffer, RGET(TA_GET, "byteOffset", v) as number, n);
}
/** A typed array's real type name ("Uint8Array", ...), by the engine's own @@toStringTag getter: undefined for anything else, a Proxy of one included (it never throws). */
export function typedArrayTag(v: unknown): unknown {
  return RGET(TA_GET, "tag", v);
}
/** The true byte length of a Uint8Array, by the engine's own getter: no own property, prototype swap or subclass changes it (0 once detached). */
export function byteLengthOf(u: Uint8Array): number {
  return RGET(TA_GET, "byteLength", u) as number;
}
/**
 * A DataView over exactly u's bytes, made with the engine's getters (an
 * own `buffer`, `byteOffset` or `byteLength` on u, or one defined on its
 * prototype, changes nothing); an empty one for no bytes (a detached buffer too).
 */
export function dataViewOf(u: Uint8Array): DataView {
  const n = RGET(TA_GET, "byteLength", u) as number;
  // No DataView can be made over a detached buffer (transferred, or an
  // Munmap'd mapping): its bytes are none, Go's empty slice.
  return n === 0 ? EMPTY_VIEW : new DataView(RGET(TA_GET, "buffer", u) as ArrayBuffer, RGET(TA_GET, "byteOffset", u) as number, n);
}
const EMPTY_VIEW = new DataView(new ArrayBuffer(0));
/** The element count of a typed array, by the engine's own getter (throws TypeError for anything that is not one; 0 once detached). */
export function elementCountOf(v: ArrayBufferView): number {
  return RGET(TA_GET, "length", v) as number;
}
/** The ArrayBuffer under a Uint8Array, by the engine's own getter (an own `buffer` property cannot change it). */
export function bufferOf(u: Uint8Array): ArrayBufferLike {
  return RGET(TA_GET, "buffer", u) as ArrayBufferLike;
}
/**
 * A plain view of bytes [start, end) of u, made with the engine's getters:
 * not `u.subarray`, which an own property or a species constructor could
 * replace by a view of any length. The caller keeps end within byteLengthOf(u).
 */
export function subview(u: Uint8Array, start: number, end: number): Uint8Array {
  return new Uint8Array(RGET(TA_GET, "buffer", u) as ArrayBuffer, (RGET(TA_GET, "byteOffset", u) as number) + start, end - start);
}
/** ArrayBuffer.isView, Object.getPrototypeOf and Object.hasOwn as the engine made them (a later reassignment of the globals changes nothing here). */
const IS_VIEW = ArrayBuffer.isView, GET_PROTO = Object.getPrototypeOf, HAS_OWN = Object.hasOwn;
/** The prototypes of a plain Uint8Array and of a Buffer (the global Buffer, as it was at load). */
const U8_PROTO: object = Uint8Array.prototype, BUFFER_PROTO: object = Buffer.prototype;
/** %TypedArray%.prototype's getters, which no subclass or own property can override. */
const TA_PROTO = Object.getPrototypeOf(Uint8Array.prototype) as object;
const taGetter = (k: PropertyKey) => Object.getOwnPropertyDescriptor(TA_PROTO, k)!.get! as (this: unknown) => unknown;
const TA_TAG = taGetter(Symbol.toStringTag);
const TA_BUFFER = taGetter("buffer");
const TA_OFFSET = taGetter("byteOffset");
const TA_LENGTH = taGetter("byteLength");
const TA_COUNT = taGetter("length");
/**
 * The five getters on a private object of our own, read with the engine's
 * Reflect.get and the view as receiver: the getter runs with this = the view,
 * and no `call` is looked up on Function.prototype (a program's would answer
 * for it), nor the property on a prototype a program can redefine. As fast as
 * `getter.call(view)` (Reflect.apply costs three times as much).
 */
const TA_GET: object = Object.create(null, {
  tag: { get: TA_TAG }, buffer: { get: TA_BUFFER }, byteOffset: { get: TA_OFFSET }, byteLength: { get: TA_LENGTH }, length: { get: TA_COUNT },
});
const RGET = Reflect.get;
/** %TypedArray%.prototype's fill and set as the engine made them: a program may replace the prototype's later. */
const TA_FILL = (TA_PROTO as Uint8Array).fill as (this: unknown, v: number | bigint, start?: number, end?: number) => unknown;
const TA_SET = (TA_PROTO as Uint8Array).set as (this: unknown, src: ArrayLike<number | bigint>, at?: number) => void;
/** Typed arrays the package fills and copies with the engine's own methods. */
type Typed = Uint8Array | Int8Array | Uint32Array | BigInt64Array | BigUint64Array;

/** Fills u[start, end) (all of u by default) with v, by the engine's fill, not one a program put on a prototype. */
export function fillOf(u: Typed, v: number | bigint, start?: number, end?: number): void {
  APPLY(TA_FILL, u, [v, start, end]);
}
/** Copies src into dst at element index at, by the engine's set, not one a program put on a prototype. */
export function setOf<T extends Typed>(dst: T, src: T, at = 0): void {
  APPLY(TA_SET, dst, [src, at]);
}
/** A DataView over a copy of u's bytes, made by the constructor and the engine's getters (for decoding a shared buffer before any caller code runs). */
export function copyView(u: Uint8Array): DataView {
  return dataViewOf(new Uint8Array(u));
}

/**
 * Go's composite literal for a struct class: each field obj has that init
 * holds as its own property (read once) is copied; the rest stay as the
 * class made them. undefined or null is no init; anything else but an
 * object is a TypeError. The fields are checked where a call uses them.
 */
export function initFields<T extends object>(obj: T, init: unknown): void {
  if (init === undefined || init === null) return;
  if (typeof init !== "object") throw new TypeError(`${obj.constructor.name}'s init must be an object, got ${describe(init)}`);
  const o = obj as Record<string, unknown>, src = init as Record<string, unknown>;
  for (const k of Object.keys(o)) if (Object.hasOwn(src, k)) o[k] = src[k];
}

/** Checks that an out-parameter is an object. */
export function objArg<T>(name: string, v: T): T {
  if (typeof v !== "object" || v === null) throw new TypeError(`${name} must be an object, got ${describe(v)}`);
  return v;
}

/**
 * A short description of a value for an error message. It never converts
 * an object to a string (an array of 2^32-1 holes would take a minute) and
 * never throws (a Proxy or a getter may).
 */
export function describe(v: unknown): string {
  if (v === null) return "null";
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") return `${typeof v} ${String(v)}`;
  if (typeof v === "string") return `string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v)}`;
  if (typeof v === "symbol") return "symbol";
  if (typeof v === "function") return "function";
  if (typeof v !== "object") return typeof v;
  try {
    if (Array.isArray(v)) return "array";
    const name: unknown = (v as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === "string" && name !== "" ? name.slice(0, 40) : "object";
  } catch {
    return "object";
  }
}

/**
 * An array's length, read once and never converted (a Proxy's length may
 * be an object, which a conversion would turn into a string of billions of
 * commas): a whole number from 0 to top, or TypeError.
 */
export function lengthArg(name: string, v: unknown[], top = Number.MAX_SAFE_INTEGER): number {
  const len: unknown = v.length;
  if (typeof len !== "number" || !isSafeInt(len) || len < 0 || len > top) throw new TypeError(`${name} has an invalid length`);
  return len;
}

/**
 * Copies an array argument into a plain array, reading `length` and each
 * element exactly once (a Proxy or a getter cannot change it later), so
 * that what is sized is what is written. null or undefined is empty.
 * Returns null when the length passes max (the caller returns the Errno the
 * kernel would give), before any element is read. A non-array, or an
 * element `each` refuses (a hole is undefined), throws TypeError. `prev`,
 * a copy this returned before, is returned again when every element equals
 * its own (the caller may then skip what it checked of prev's elements).
 */
export function arrayArg<T>(name: string, v: unknown, max: number, each: (x: unknown, name: string) => T, prev?: readonly T[]): T[] | null {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new TypeError(`${name} must be an array, got ${describe(v)}`);
  const len = lengthArg(name, v);
  if (len > max) return null;
  // A check with a predicate (elemCheck) passes a good element on as it is,
  // and makes the element's name only for a bad one: argv and Env are read
  // on every ForkExec, and a name per element was most of what it allocated.
  const ok = (each as Partial<ElemCheck<T>>).ok;
  let i = 0;
  // With prev (an earlier copy): each element is still read once, and when
  // all equal prev's (===), prev itself is the copy, so nothing is made.
  if (prev !== undefined && prev.length === len) {
    for (; i < len; i++) {
      const x = v[i];
      if (x !== prev[i]) {
        const out = prev.slice(0, i) as T[];
        out.push(take(each, ok, name, x, i));
        for (i++; i < len; i++) out.push(take(each, ok, name, v[i], i));
        return out;
      }
    }
    return prev as T[];
  }
  const out = new Array<T>(len);
  for (; i < len; i++) out[i] = take(each, ok, name, v[i], i);
  return out;
}
/** One element x at index i, through each (its name made only when ok refuses x, or without ok). */
function take<T>(each: (x: unknown, name: string) => T, ok: ((x: unknown) => boolean) | undefined, name: string, x: unknown, i: number): T {
  return ok !== undefined && ok(x) ? (x as T) : each(x, `${name}[${i}]`);
}

/** An element check whose `ok` says, without a name, that an element is taken as it is; the check itself throws for the rest. */
export type ElemCheck<T> = ((x: unknown, name: string) => T) & { ok: (x: unknown) => boolean };
/** Makes an {@link ElemCheck} from its predicate and the check that throws. */
export function elemCheck<T>(ok: (x: unknown) => boolean, check: (x: unknown, name: string) => T): ElemCheck<T> {
  return Object.assign(check, { ok });
}

/** An element check for {@link arrayArg}: a string. */
export const strElem: ElemCheck<string> = elemCheck((x) => typeof x === "string", (x, name) => {
  if (typeof x !== "string") throw new TypeError(`${name} must be a string, got ${describe(x)}`);
  return x;
});

/**
 * Checks that the properties `keys` of the out-parameter v can be written
 * (own writable data properties, or absent on an extensible object), so
 * that a call which then makes a resource (fds, a reaped child) cannot
 * lose it to a frozen object or a setter. Throws TypeError otherwise.
 */
export function outArg<T>(name: string, v: T, keys: readonly string[]): T {
  if (typeof v !== "object" || v === null) throw new TypeError(`${name} must be an object, got ${describe(v)}`);
  for (const k of keys) {
    const d = Object.getOwnPropertyDescriptor(v, k);
    const ok = d === undefined ? Object.isExtensible(v) && !hasSetter(v, k) : "value" in d && d.writable === true;
    if (!ok) throw new TypeError(`${name}.${k} cannot be written (frozen, read-only or an accessor)`);
  }
  return v;
}
function hasSetter(v: object, k: string): boolean {
  for (let p = Object.getPrototypeOf(v); p !== null; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, k);
    if (d !== undefined) return !("value" in d) || d.writable !== true;
  }
  return false;
}

/** A one-byte buffer standing in for an empty slice, as Go passes &_zero: bun:ffi refuses empty views. */
const ZERO = new Uint8Array(1);

/** The pointer argument for a byte slice: empty slices pass a valid one-byte buffer with length 0. */
export function bufPtr(b: Uint8Array): Uint8Array {
  return byteLengthOf(b) === 0 ? ZERO : b;
}
/** bufPtr for a b whose byte length n the caller has read already (one engine getter call fewer on a hot path). */
export function bufPtrOf(b: Uint8Array, n: number): Uint8Array {
  return n === 0 ? ZERO : b;
}

// ------------------------------------------------------------------ strings

const encoder = new TextEncoder();
/**
 * The engine's String and TextEncoder methods, taken at load: what the
 * package refuses (a NUL, a lone surrogate) and the bytes it hands the
 * kernel must not be decided by a method a program replaced. (With
 * String.prototype.includes answering false, Open("/etc/hostname\0/x")
 * opened /etc/hostname; with encodeInto lying about what it wrote, the
 * path's NUL went elsewhere and the kernel read past it.)
 */
const strIncludes = String.prototype.includes, strWellFormed = String.prototype.isWellFormed;
const encodeIntoOf = TextEncoder.prototype.encodeInto, encodeOf = TextEncoder.prototype.encode;
const NUL: readonly string[] = Object.freeze(["\0"]);

/** Whether s contains sub (the engine's String.prototype.includes). */
export function strHas(s: string, sub: string): boolean {
  return APPLY(strIncludes, s, [sub]) as boolean;
}

/** Whether s is well-formed UTF-16, so has UTF-8 (the engine's String.prototype.isWellFormed). */
export function wellFormed(s: string): boolean {
  return APPLY(strWellFormed, s, NO_ARGS) as boolean;
}

/** Whether no C string can carry s as it is: a NUL would cut it short, and a lone surrogate has no UTF-8 (it would become U+FFFD, another name). */
export function notCString(s: string): boolean {
  return (APPLY(strIncludes, s, NUL) as boolean) || !(APPLY(strWellFormed, s, NO_ARGS) as boolean);
}

/** s as UTF-8 bytes (the engine's TextEncoder.prototype.encode). */
export function utf8(s: string): Uint8Array {
  return APPLY(encodeOf, encoder, [s]) as Uint8Array;
}

/** Encodes s into buf (the engine's encodeInto); returns the bytes written. */
export function utf8Into(s: string, buf: Uint8Array): number {
  return (APPLY(encodeIntoOf, encoder, [s, buf]) as { written: number }).written;
}
/** Two reusable path buffers: enough for any call with two string arguments (Rename, Symlink). */
const SCRATCH_BYTES = 4096 * 3 + 1;
const scratch = [new Uint8Array(SCRATCH_BYTES), new Uint8Array(SCRATCH_BYTES)] as const;
const held: [string | null, string | null] = [null, null];

/**
 * Marshals a string to a NUL-terminated UTF-8 buffer for one synchronous
 * libc call, as Go's BytePtrFromString does. Returns null when the string
 * holds a NUL (the caller returns EINVAL). Throws TypeError for a non-string.
 *
 * `slot` 0 or 1 reuses a per-thread scratch buffer, so the common case
 * allocates nothing; the buffer is valid until the next call with that slot.
 * `slot` -1 allocates a buffer the caller may keep.
 */
export function cstring(s: unknown, slot: 0 | 1 | -1 = 0, name = "path"): Uint8Array | null {
  if (typeof s !== "string") throw new TypeError(`${name} must be a string, got ${describe(s)}`);
  // A NUL would cut the string short; a lone surrogate has no UTF-8 and
  // would become U+FFFD, another name: both are EINVAL, as Go's NUL is.
  // The string a scratch buffer holds already (checked, encoded): a loop of
  // Stat on one path encodes it once. Nothing but this function writes them.
  if (slot !== -1 && held[slot] === s) return scratch[slot];
  if (notCString(s)) return null;
  const max = s.length * 3 + 1;
  if (slot !== -1 && max <= SCRATCH_BYTES) {
    const buf = scratch[slot];
    buf[utf8Into(s, buf)] = 0;
    held[slot] = s;
    return buf;
  }
  const bytes = utf8(s);
  const out = new Uint8Array(byteLengthOf(bytes) + 1);
  setOf(out, bytes);
  return out;
}
