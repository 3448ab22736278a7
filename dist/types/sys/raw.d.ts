import { Errno } from "../errno.js";
/** A Go `uintptr` argument of the raw calls: see the module comment. */
export type SyscallArg = number | bigint | ArrayBufferView | null;
/** Go's `(r1, r2 uintptr, err Errno)`, err null on success, r2 always 0: see the module comment. */
export type SyscallResult = [r1: number | bigint, r2: number, err: Errno | null];
type A = SyscallArg;
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
export declare const Syscall: (trap: A, a1: A, a2: A, a3: A) => SyscallResult;
/** Go's `Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)`: {@link Syscall} with six arguments. */
export declare const Syscall6: (trap: A, a1: A, a2: A, a3: A, a4: A, a5: A, a6: A) => SyscallResult;
/**
 * Go's `RawSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno)`.
 * Go's RawSyscall differs from Syscall only in not telling its scheduler
 * that the goroutine may block; Bun has no such scheduler, so this is
 * {@link Syscall}.
 */
export declare const RawSyscall: (trap: A, a1: A, a2: A, a3: A) => SyscallResult;
/** Go's `RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)`: {@link Syscall6} (see {@link RawSyscall}). */
export declare const RawSyscall6: (trap: A, a1: A, a2: A, a3: A, a4: A, a5: A, a6: A) => SyscallResult;
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
export declare const AllThreadsSyscall: (trap: A, a1: A, a2: A, a3: A) => [r1: bigint, r2: bigint, err: Errno];
/** Go's `AllThreadsSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)`: `[2^64-1, 2^64-1, ENOTSUP]`, as {@link AllThreadsSyscall}. */
export declare const AllThreadsSyscall6: (trap: A, a1: A, a2: A, a3: A, a4: A, a5: A, a6: A) => [r1: bigint, r2: bigint, err: Errno];
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
export declare function LastErrno(): Errno | null;
export {};
