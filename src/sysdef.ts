/**
 * The package's `//sys` lines: one declaration per plain call, from which
 * its wrapper is built. A declaration names the C function (or the syscall
 * number, for calls glibc does not wrap), the kinds of its arguments and
 * the kind of its result; the wrapper's TypeScript type is derived from the
 * same kinds. Every wrapper gets, from here and nowhere else: the argument
 * checks (TypeError for a wrong type, RangeError for a number the Go type
 * cannot hold, EBADF for an fd outside the C int range, EINVAL for a string
 * holding NUL), done before the call; the marshalling (strings to
 * NUL-terminated UTF-8, byte slices to pointer and length); and the errno,
 * read at once after the call.
 *
 * Nothing is bound at import: a wrapper binds its C function (one bun:ffi
 * trampoline) on its first call.
 * @module
 */
import type { FFIFunction, FFITypeOrString, Pointer } from "bun:ffi";
import { ARCH } from "./layout.ts";
import { bufPtr, bufPtrOf, bufferOf, byteLengthOf, bytesArg, cstring, describe, errno, ffi, isInt, isSafeInt, libcName } from "./libc.ts";
import { Errno } from "./errno.ts";
import { EINVAL } from "./zconsts_linux.ts";

/** Argument kinds, after Go's types. */
export type ArgKind =
  | "fd" // int fd: outside the C int range it is -1 (EBADF), never a wrap
  | "int" // C int: a Go int that C receives as int; RangeError outside [-2^31, 2^32)
  | "uint" // C unsigned int (uint32, mode_t)
  | "mask" // a uint32 of bits (IN_*): also any int32, as `A | B` with bit 31 set is in JavaScript; passed as its uint32
  | "id" // uid_t or gid_t where -1 leaves it unchanged (chown): [-1, 2^32); RangeError outside
  | "int64" // int64 (off_t, loff_t): a safe integer
  | "uintptr" // unsigned long, size_t, flags: a safe integer >= 0
  | "path" // string: NUL-terminated UTF-8; a NUL inside is EINVAL
  | "bytes" // []byte: a pointer and a length (two C arguments)
  | "buf" // a Uint8Array passed as a pointer only (a struct the caller sized)
  | "nullbuf"; // a Uint8Array or null, passed as a pointer (NULL for null)

/** Result kinds. */
export type RetKind =
  | "err" // C int, -1 on failure: Errno | null
  | "int" // C int, -1 on failure: [n, err]
  | "long" // C long or ssize_t, -1 on failure: [n, err]
  | "void"; // no result, no error (Sync)

type ArgType<K extends ArgKind> = K extends "path" ? string : K extends "bytes" | "buf" ? Uint8Array : K extends "nullbuf" ? Uint8Array | null : number;
type RetType<R extends RetKind> = R extends "err" ? Errno | null : R extends "void" ? void : [n: number, err: Errno | null];

/** The wrapper type a declaration derives. */
export type Wrapper<A extends readonly ArgKind[], R extends RetKind> = (...args: { [I in keyof A]: ArgType<A[I]> }) => RetType<R>;

/**
 * Where the call goes: a libc function by name, or a syscall by number: the
 * running architecture's (a generated SYS_* constant), or one per
 * architecture. -1 (a call the architecture lacks) gives ENOSYS.
 */
export type Target = string | number | { nr: { amd64: number; arm64: number } };

const I64 = 15 as const; // FFIType.i64_fast: int64 as a number below 2^53
const ffiArgs: Record<ArgKind, FFITypeOrString[]> = {
  fd: ["i32"], int: ["i32"], uint: ["u32"], mask: ["u32"], id: ["u32"], int64: ["i64"], uintptr: ["u64"],
  path: ["ptr"], bytes: ["ptr", "u64"], buf: ["ptr"], nullbuf: ["ptr"],
};
const ffiRet: Record<RetKind, FFITypeOrString> = { err: "i32", int: "i32", long: I64 as unknown as FFITypeOrString, void: "void" };

/**
 * Checks and converts one argument, and stores the C arguments it becomes
 * in out from index at (by index stores: no push or spread, which a
 * program's Array.prototype could turn into a call with fewer). Returns the
 * next index, or -1 for EINVAL (a NUL in a path). pathSlot picks cstring's
 * scratch buffer for a path (0 or 1; -1, a buffer of its own).
 */
function marshalInto(kind: ArgKind, v: unknown, name: string, out: unknown[], at: number, pathSlot: 0 | 1 | -1): number {
  switch (kind) {
    case "fd":
      if (typeof v !== "number" || !isInt(v)) throw new TypeError(`${name} must be an integer fd, got ${describe(v)}`);
      out[at] = v >= -0x80000000 && v <= 0x7fffffff ? v : -1;
      return at + 1;
    case "int":
    case "uint":
    case "mask": {
      if (typeof v !== "number" || !isInt(v)) throw new TypeError(`${name} must be an integer, got ${describe(v)}`);
      const lo = kind === "uint" ? 0 : -0x80000000;
      if (v < lo || v > 0xffffffff) throw new RangeError(`${name} out of range: ${v}`);
      out[at] = kind === "int" ? v | 0 : v >>> 0;
      return at + 1;
    }
    case "id":
      if (typeof v !== "number" || !isInt(v)) throw new TypeError(`${name} must be an integer, got ${describe(v)}`);
      if (v < -1 || v > 0xffffffff) throw new RangeError(`${name} out of range: ${v}`);
      out[at] = v >>> 0;
      return at + 1;
    case "int64":
    case "uintptr":
      if (typeof v !== "number" || !isInt(v)) throw new TypeError(`${name} must be an integer, got ${describe(v)}`);
      if (!isSafeInt(v) || (kind === "uintptr" && v < 0)) throw new RangeError(`${name} out of range: ${v}`);
      out[at] = v;
      return at + 1;
    case "path": {
      const c = cstring(v, pathSlot, name);
      if (c === null) return -1;
      out[at] = c;
      return at + 1;
    }
    case "bytes": {
      const b = bytesArg(name, v);
      const n = byteLengthOf(b);
      out[at] = bufPtrOf(b, n);
      out[at + 1] = n;
      return at + 2;
    }
    case "buf":
      out[at] = bufPtr(bytesArg(name, v));
      return at + 1;
    case "nullbuf":
      out[at] = v === null ? null : bufPtr(bytesArg(name, v));
      return at + 1;
  }
}

/** The C function with n arguments from c: a direct call for the usual counts (no varargs apply), Reflect.apply past them. */
function callN(fn: (...a: unknown[]) => number, c: unknown[], n: number): number {
  switch (n) {
    case 0: return fn();
    case 1: return fn(c[0]);
    case 2: return fn(c[0], c[1]);
    case 3: return fn(c[0], c[1], c[2]);
    case 4: return fn(c[0], c[1], c[2], c[3]);
    case 5: return fn(c[0], c[1], c[2], c[3], c[4]);
    case 6: return fn(c[0], c[1], c[2], c[3], c[4], c[5]);
    case 7: return fn(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    default: return apply(fn, undefined, c) as number;
  }
}

/**
 * Binds one C function, or syscall(2) (whose number the wrapper passes
 * first). The C signature is made by index loops, not flatMap or a spread: a
 * program may have replaced Array.prototype's methods or iterator before the
 * first call, and the trampoline must take what the declaration says.
 */
function bind(target: Target, args: readonly ArgKind[], ret: RetKind): (...a: unknown[]) => number {
  const F = ffi();
  const cargs: FFITypeOrString[] = typeof target === "string" ? [] : ["i64"];
  for (let i = 0; i < args.length; i++) {
    const k = ffiArgs[args[i]!];
    for (let j = 0; j < k.length; j++) cargs[cargs.length] = k[j]!;
  }
  const name = typeof target === "string" ? target : "syscall";
  const returns = typeof target === "string" ? ffiRet[ret] : (I64 as unknown as FFITypeOrString);
  const lib = F.dlopen(libcName(), { [name]: { args: cargs, returns } as FFIFunction });
  keep[keep.length] = lib;
  return lib.symbols[name] as unknown as (...a: unknown[]) => number;
}
/** Reflect.apply as the engine made it: it takes its list by index, with no iterator a program could replace (a spread uses one). */
const apply = Reflect.apply;
/** Libraries of bound wrappers, kept alive with their trampolines. */
const keep: unknown[] = [];

/**
 * Declares one plain call and returns its wrapper. `name` is Go's name, for
 * messages; `target` the C function (or `{ nr }`); `args` and `ret` its
 * kinds. The wrapper checks every argument before the call, and binds the
 * C function on its first call.
 */
export function sysCall<const A extends readonly ArgKind[], const R extends RetKind>(name: string, target: Target, args: A, ret: R): Wrapper<A, R> {
  let fn: ((...a: unknown[]) => number) | null = null;
  // For error messages; made on the first call, so that import makes none.
  let argNames: string[] | null = null;
  let paths = 0;
  for (let i = 0; i < args.length; i++) if (args[i] === "path") paths++;
  // A syscall's number, passed first; null for a libc function.
  const nr = typeof target === "string" ? null : typeof target === "number" ? target : ARCH === "arm64" ? target.nr.arm64 : target.nr.amd64;
  // Where each argument's C arguments start (after the syscall's number; a
  // byte slice takes two), and how many the call takes in all.
  const offsets: number[] = [];
  let ncargs = nr === null ? 0 : 1;
  for (let i = 0; i < args.length; i++) {
    offsets[i] = ncargs;
    ncargs += args[i] === "bytes" ? 2 : 1;
  }
  // A method, not a function expression: no constructor, as an arrow, but
  // with an arguments object, which the engine makes no array of when it is
  // only read by index (a rest parameter cost 5-10 % more a call).
  const wrapper = ({ w(): unknown {
    // As Go's compiler: exactly the declared arguments.
    // eslint-disable-next-line prefer-rest-params
    const given = arguments;
    if (given.length !== args.length) throw new TypeError(`${name} takes ${args.length} arguments, got ${given.length}`);
    if (argNames === null) {
      argNames = [];
      for (let i = 0; i < args.length; i++) argNames[i] = `${name} argument ${i + 1} (${args[i]})`;
    }
    // The C arguments, one array a call (a wrapper's own, kept between
    // calls, would keep the last caller's buffers alive); a literal, not
    // `new Array`, which would call a program's replacement of Array.
    const cargs: unknown[] = [];
    let at = 0;
    if (nr !== null) cargs[at++] = nr;
    if (paths === 0) {
      for (let i = 0; i < args.length; i++) at = marshalInto(args[i]!, given[i], argNames[i]!, cargs, at, 0);
    } else {
      // Paths last, encoded after every other argument is checked: no check
      // runs the caller's code now (bytesArg asks the engine, not the
      // object), but a check that did could call the package again and
      // refill the scratch buffer a path already holds. Each goes to its
      // own place: the offsets are the declaration's.
      for (let i = 0; i < args.length; i++) if (args[i] !== "path") marshalInto(args[i]!, given[i], argNames[i]!, cargs, offsets[i]!, 0);
      let slot: 0 | 1 | -1 = 0;
      let bad = false;
      for (let i = 0; i < args.length; i++) {
        if (args[i] !== "path") continue;
        if (marshalInto("path", given[i], argNames[i]!, cargs, offsets[i]!, slot) < 0) bad = true;
        slot = slot === 0 ? 1 : -1;
      }
      if (bad) return ret === "err" ? EINVAL : [-1, EINVAL];
    }
    fn ??= bind(target, args, ret);
    const r = callN(fn, cargs, ncargs);
    if (ret === "void") return undefined;
    const err = r === -1 ? Errno.of(errno()) : null;
    if (ret === "err") return err;
    return err === null ? [r, null] : [-1, err];
  } }).w;
  Object.defineProperty(wrapper, "name", { value: name });
  Object.defineProperty(wrapper, "length", { value: args.length });
  return wrapper as Wrapper<A, R>;
}

/** The address of a Uint8Array, for structs that hold pointers. */
export function addressOf(b: Uint8Array): number {
  // A small fresh Uint8Array keeps its bytes inline until its .buffer is
  // first asked for, which moves them: ask now, so the address stays valid.
  // The engine's getter: a `buffer` getter of the caller's (own or on a
  // prototype) would run here, after lengths were checked.
  void bufferOf(b);
  return ffi().ptr(b) as unknown as number;
}
export type { Pointer };
