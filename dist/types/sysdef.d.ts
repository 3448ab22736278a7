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
import type { Pointer } from "bun:ffi";
import { Errno } from "./errno.js";
/** Argument kinds, after Go's types. */
export type ArgKind = "fd" | "int" | "uint" | "mask" | "id" | "int64" | "uintptr" | "path" | "bytes" | "buf" | "nullbuf";
/** Result kinds. */
export type RetKind = "err" | "int" | "long" | "void";
type ArgType<K extends ArgKind> = K extends "path" ? string : K extends "bytes" | "buf" ? Uint8Array : K extends "nullbuf" ? Uint8Array | null : number;
type RetType<R extends RetKind> = R extends "err" ? Errno | null : R extends "void" ? void : [n: number, err: Errno | null];
/** The wrapper type a declaration derives. */
export type Wrapper<A extends readonly ArgKind[], R extends RetKind> = (...args: {
    [I in keyof A]: ArgType<A[I]>;
}) => RetType<R>;
/**
 * Where the call goes: a libc function by name, or a syscall by number: the
 * running architecture's (a generated SYS_* constant), or one per
 * architecture. -1 (a call the architecture lacks) gives ENOSYS.
 */
export type Target = string | number | {
    nr: {
        amd64: number;
        arm64: number;
    };
};
/**
 * Declares one plain call and returns its wrapper. `name` is Go's name, for
 * messages; `target` the C function (or `{ nr }`); `args` and `ret` its
 * kinds. The wrapper checks every argument before the call, and binds the
 * C function on its first call.
 */
export declare function sysCall<const A extends readonly ArgKind[], const R extends RetKind>(name: string, target: Target, args: A, ret: R): Wrapper<A, R>;
/** The address of a Uint8Array, for structs that hold pointers. */
export declare function addressOf(b: Uint8Array): number;
export type { Pointer };
