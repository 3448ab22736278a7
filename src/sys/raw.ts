/**
 * Raw system calls: Go's `Syscall`, `Syscall6`, `RawSyscall` and
 * `RawSyscall6` over glibc's syscall(2), and {@link LastErrno}, the
 * calling thread's errno for programs that bind their own symbols with
 * bun:ffi. The per-architecture `SYS_*` numbers are the generated
 * constants (`SYS_GETTID`, `SYS_PIVOT_ROOT`, ...).
 *
 * **Unsafe, as Go's are.** The kernel reads and writes through whatever
 * address a call is given, for as many bytes as the call's other arguments
 * say: nothing ties a pointer argument to its view's length, and no trap
 * number is refused. `Syscall(SYS_READ, fd, new Uint8Array(1), 1 << 20)`
 * overruns Bun's heap, and SYS_MUNMAP, SYS_MPROTECT, SYS_MREMAP, SYS_MMAP
 * with MAP_FIXED, SYS_EXIT_GROUP or SYS_CLONE act on the Bun process itself.
 * The README's promise that no input crashes or changes the process is
 * the package's wrappers' (Munmap, Mprotect and Madvise act only on what
 * Mmap returned), not these entry points'; only their argument checks
 * below hold. Prefer a wrapper where one exists.
 *
 * How Go's types are spelled here:
 *
 * - **Arguments** (Go's `uintptr`): a safe integer, where a negative one is
 *   the two's complement that Go's `uintptr(-1)` gives (`-1` is all 64 bits
 *   set); a bigint in [-2^63, 2^64) for a full 64-bit value; a typed array
 *   or DataView for a pointer, which passes the address of its first byte
 *   (an empty view passes a valid address of a zero-length buffer); null for
 *   a NULL pointer (Go's `uintptr(unsafe.Pointer(nil))`, 0). Anything else
 *   (a string, a boolean, NaN, a fraction, undefined) throws TypeError, an
 *   unsafe integer or a bigint out of range throws RangeError, before the
 *   call.
 * - **Results** (Go's `r1, r2 uintptr`): Go's exact unsigned value, as a
 *   number when it is below 2^53 (every fd, count, pid, id and user-space
 *   address) and as a bigint otherwise. On failure r1 is Go's
 *   `^uintptr(0)`, 2^64-1, so a bigint: check `err`, not r1. Go's
 *   `int(r1)` is `Number(r1)` here.
 * - **The error** (Go's `err Errno`): Go returns `Errno(0)` on success,
 *   which is not nil, and callers test `err != 0`. Here it is `null` on
 *   success and the interned Errno on failure, so Go's `err != 0` is
 *   `err !== null` and `if (err) throw err` works as it does for every
 *   other call of the package. (`Errno.of(0)`, Go's `Errno(0)`, still
 *   exists as a value, "errno 0", but no call returns it: an Error object
 *   would be truthy on success.)
 * @module
 */
import { bufPtr, byteLengthOf, C, describe, errno, ffi, invoke, isInt, isSafeInt, typedArrayTag } from "../libc.ts";
import { Errno, errnoErr } from "../errno.ts";
import { ENOTSUP } from "../zconsts_linux.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, DataView, ArrayBuffer } = globalThis;


const TWO64 = 1n << 64n;
const MIN_I64 = -(1n << 63n);
/** Go's `^uintptr(0)`, the r1 of a failed call. */
const MINUS1 = TWO64 - 1n;
const EMPTY = new Uint8Array(0);
/** ArrayBuffer.isView as the engine made it: a later reassignment of the global runs nothing here. */
const IS_VIEW = ArrayBuffer.isView;
/** DataView's own byteLength getter: no own property or prototype of the caller's overrides it (it throws once detached). */
const DV_LENGTH = Object.getOwnPropertyDescriptor(DataView.prototype, "byteLength")!.get! as (this: unknown) => number;
/**
 * BigInt's functions as the engine made them, with the integer checks
 * (isInt, isSafeInt) taken at load: a program may replace them later (with
 * Number.isInteger answering yes, Syscall(SYS_CLOSE, fd + 0.5) closed fd;
 * with BigInt.asIntN replaced, a bigint argument became another number).
 */
const asIntN = BigInt.asIntN, asUintN = BigInt.asUintN, toBigInt = BigInt;

/**
 * The true byte length of a view, by the engine's getters, 0 when detached
 * or out of bounds. No caller code runs here: a `byteLength` getter of the
 * caller's could otherwise move an earlier argument's bytes (asking a small
 * fresh typed array for its `.buffer` moves them), after its address was
 * taken, and the kernel would write to memory the array no longer uses.
 */
function viewLength(v: ArrayBufferView): number {
  if (typedArrayTag(v) !== undefined) return byteLengthOf(v as Uint8Array);
  try {
    return invoke(DV_LENGTH, v);
  } catch {
    return 0;
  }
}

/** Go's `uintptr` argument: a machine word for syscall(2)'s i64 arguments. Throws TypeError or RangeError. */
function word(v: unknown, name: string): number | bigint {
  if (typeof v === "number") {
    if (!isInt(v)) throw new TypeError(`${name} must be an integer, a bigint or a pointer (typed array), got ${describe(v)}`);
    if (!isSafeInt(v)) throw new RangeError(`${name} is not a safe integer (pass a bigint for a full 64-bit value): ${v}`);
    return v;
  }
  if (typeof v === "bigint") {
    if (v < MIN_I64 || v >= TWO64) throw new RangeError(`${name} does not fit in 64 bits: ${v}`);
    return asIntN(64, v);
  }
  if (v === null) return 0;
  if (IS_VIEW(v)) return ffi().ptr(viewLength(v) === 0 ? bufPtr(EMPTY) : (v as DataView)) as unknown as number;
  throw new TypeError(`${name} must be an integer, a bigint, a typed array or null, got ${describe(v)}`);
}

/** The kernel's result as Go's uintptr: a number below 2^53, a bigint above. */
function uintptr(r: number | bigint): number | bigint {
  if (typeof r === "bigint") return asUintN(64, r);
  return r >= 0 ? r : asUintN(64, toBigInt(r));
}

/** A Go `uintptr` argument of the raw calls: see the module comment. */
export type SyscallArg = number | bigint | ArrayBufferView | null;
/** Go's `(r1, r2 uintptr, err Errno)`, err null on success, r2 always 0: see the module comment. */
export type SyscallResult = [r1: number | bigint, r2: number, err: Errno | null];
/** AllThreadsSyscall's result: always Go's `minus1, minus1, ENOTSUP`. */
type NotSupported = [r1: bigint, r2: bigint, err: Errno];
type A = SyscallArg;

/** syscall(2) with n words checked; returns Go's (r1, r2, err). */
function raw(name: string, n: 3 | 6, given: ArrayLike<unknown>): SyscallResult {
  const w = words(name, n, given);
  const fn = C.syscall as unknown as (...a: (number | bigint)[]) => number | bigint;
  const r = fn(w[0]!, w[1]!, w[2]!, w[3]!, w[4]!, w[5]!, w[6]!);
  // glibc's syscall() returns -1 with errno set for the kernel's -4095..-1,
  // the range Go's assembly treats as an error.
  if (r === -1) return [MINUS1, 0, Errno.of(errno())];
  return [uintptr(r), 0, null];
}

/** The trap and n arguments, checked, padded with zeros to six: throws TypeError or RangeError. */
function words(name: string, n: 3 | 6, given: ArrayLike<unknown>): (number | bigint)[] {
  // As Go's compiler (and every sysCall wrapper): exactly the declared arguments.
  if (given.length !== n + 1) throw new TypeError(`${name} takes ${n + 1} arguments, got ${given.length}`);
  const w: (number | bigint)[] = [word(given[0], `${name} trap`), 0, 0, 0, 0, 0, 0];
  for (let i = 1; i <= n; i++) w[i] = word(given[i], `${name} a${i}`);
  return w;
}

/** An entry point named name taking a trap and n arguments, doing what run does with them. */
function entry<F>(name: string, n: 3 | 6, run: (name: string, n: 3 | 6, given: ArrayLike<unknown>) => unknown): F {
  const f = (...a: unknown[]) => run(name, n, a);
  Object.defineProperty(f, "name", { value: name });
  Object.defineProperty(f, "length", { value: n + 1 });
  return f as F;
}

/**
 * Go's `Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno)`:
 * syscall(2) with trap (a `SYS_*` number) and three arguments, on the
 * calling thread. Returns `[r1, r2, err]`, err null on success (Go's
 * `err != 0` is `err !== null`); see the module comment for how arguments
 * and results are spelled.
 *
 * r2 is always 0. Go's r2 is the register the kernel leaves beside the
 * result (rdx on amd64, x1 on arm64); no Linux syscall on these two
 * architectures returns a second value there, so Go's r2 is only that
 * register's input (a3 on amd64, a2 on arm64) handed back. glibc's
 * syscall() does not expose it.
 *
 * The package's own wrappers exist for the common calls; this is for the
 * rest. A call that blocks blocks Bun's thread, as a Go RawSyscall would.
 */
export const Syscall: (trap: A, a1: A, a2: A, a3: A) => SyscallResult = entry("Syscall", 3, raw);

/** Go's `Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)`: {@link Syscall} with six arguments. */
export const Syscall6: (trap: A, a1: A, a2: A, a3: A, a4: A, a5: A, a6: A) => SyscallResult = entry("Syscall6", 6, raw);

/**
 * Go's `RawSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno)`.
 * Go's RawSyscall differs from Syscall only in not telling its scheduler
 * that the goroutine may block; Bun has no such scheduler, so this is
 * {@link Syscall}.
 */
export const RawSyscall: (trap: A, a1: A, a2: A, a3: A) => SyscallResult = entry("RawSyscall", 3, raw);

/** Go's `RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)`: {@link Syscall6} (see {@link RawSyscall}). */
export const RawSyscall6: (trap: A, a1: A, a2: A, a3: A, a4: A, a5: A, a6: A) => SyscallResult = entry("RawSyscall6", 6, raw);

/** Checks the arguments as raw does, and makes no call: Go's answer under cgo. */
function notOnAllThreads(name: string, n: 3 | 6, given: ArrayLike<unknown>): NotSupported {
  words(name, n, given);
  return [MINUS1, MINUS1, ENOTSUP];
}

/**
 * Go's `AllThreadsSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno)`:
 * always `[2^64-1, 2^64-1, ENOTSUP]` (Go's `minus1, minus1, ENOTSUP`), after
 * checking the arguments as {@link Syscall} does, and without making the
 * call.
 *
 * Go runs the syscall on every thread of its runtime, but returns exactly
 * this when cgo is linked, because threads it did not start may exist. A
 * Bun process is always in that case: its threads belong to Bun,
 * JavaScriptCore and glibc, and there is no way to make each of them run a
 * syscall of ours. For the credentials, use Setuid, Setresuid, Setgroups
 * and the others, which go through glibc's wrappers: glibc runs them on
 * every thread it created (as Go with cgo does), and all of Bun's are.
 */
export const AllThreadsSyscall: (trap: A, a1: A, a2: A, a3: A) => [r1: bigint, r2: bigint, err: Errno] = entry("AllThreadsSyscall", 3, notOnAllThreads);

/** Go's `AllThreadsSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)`: `[2^64-1, 2^64-1, ENOTSUP]`, as {@link AllThreadsSyscall}. */
export const AllThreadsSyscall6: (trap: A, a1: A, a2: A, a3: A, a4: A, a5: A, a6: A) => [r1: bigint, r2: bigint, err: Errno] = entry("AllThreadsSyscall6", 6, notOnAllThreads);

/**
 * The calling thread's errno, as an Errno, or null when it is 0: for
 * programs that bind C functions of their own with bun:ffi (`dlopen`,
 * `cc`, `linkSymbols`), which has no errno API. Call it immediately after
 * the call that failed (by its own convention, usually a -1 result),
 * before any other native call, as C reads errno. Nothing Bun runs between
 * the call's return and this read changes errno (tested under allocation
 * and GC); each thread (each Worker) reads its own. Not in Go, whose
 * syscalls return their errno.
 *
 * ```ts
 * const { symbols } = dlopen("libc.so.6", { rmdir: { args: ["ptr"], returns: "i32" } });
 * if (symbols.rmdir(Buffer.from("/nonexistent\0")) === -1) console.log(LastErrno()); // no such file or directory
 * ```
 */
export function LastErrno(): Errno | null {
  return errnoErr(errno());
}

