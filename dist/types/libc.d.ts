/**
 * The one place the C library is opened. Every symbol's signature is in the
 * table below; errno is captured here; strings, fds and buffers are checked
 * and marshalled here. Nothing else in the package calls dlopen.
 * @module
 */
import type { FFIFunction, FFIType, Library, Pointer } from "bun:ffi";
type FFI = typeof import("bun:ffi");
/**
 * bun:ffi, loaded on the first native call rather than at import: loading
 * it and binding symbols costs milliseconds that a program importing the
 * package for its constants should not pay.
 */
export declare function ffi(): FFI;
/**
 * Number.isInteger and Number.isSafeInteger as the engine made them: every
 * argument check of the package uses these, and one a program replaced
 * later must not let 1.5 through as fd 1.
 */
export declare const isInt: (number: unknown) => boolean, isSafeInt: (number: unknown) => boolean;
/** f called with this = self and args, by the engine's Reflect.apply (its result typed as the caller says: f is an engine method the caller knows). */
export declare function invoke<R = any>(f: Function, self: unknown, ...args: unknown[]): R;
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
export declare function isA(C: Function, v: unknown): boolean;
/** openat(2)'s "relative to the current directory" (file.ts exports it as Go's AT_FDCWD). */
export declare const CWD_FD = -100;
declare const table: {
    readonly __errno_location: {
        readonly args: readonly [];
        readonly returns: "ptr";
    };
    readonly syscall: {
        readonly args: readonly ["i64", "i64", "i64", "i64", "i64", "i64", "i64"];
        readonly returns: FFIType.i64_fast;
    };
    readonly openat: {
        readonly args: readonly ["i32", "ptr", "i32", "u32"];
        readonly returns: "i32";
    };
    readonly close: {
        readonly args: readonly ["i32"];
        readonly returns: "i32";
    };
    readonly read: {
        readonly args: readonly ["i32", "ptr", "u64"];
        readonly returns: FFIType.i64_fast;
    };
    readonly write: {
        readonly args: readonly ["i32", "ptr", "u64"];
        readonly returns: FFIType.i64_fast;
    };
    readonly pread64: {
        readonly args: readonly ["i32", "ptr", "u64", "i64"];
        readonly returns: FFIType.i64_fast;
    };
    readonly pwrite64: {
        readonly args: readonly ["i32", "ptr", "u64", "i64"];
        readonly returns: FFIType.i64_fast;
    };
    readonly lseek64: {
        readonly args: readonly ["i32", "i64", "i32"];
        readonly returns: FFIType.i64_fast;
    };
    readonly pipe2: {
        readonly args: readonly ["ptr", "i32"];
        readonly returns: "i32";
    };
    readonly dup: {
        readonly args: readonly ["i32"];
        readonly returns: "i32";
    };
    readonly dup2: {
        readonly args: readonly ["i32", "i32"];
        readonly returns: "i32";
    };
    readonly dup3: {
        readonly args: readonly ["i32", "i32", "i32"];
        readonly returns: "i32";
    };
    readonly fcntl: {
        readonly args: readonly ["i32", "i32", "i64"];
        readonly returns: "i32";
    };
    readonly fchmod: {
        readonly args: readonly ["i32", "u32"];
        readonly returns: "i32";
    };
    readonly fchmodat: {
        readonly args: readonly ["i32", "ptr", "u32", "i32"];
        readonly returns: "i32";
    };
    readonly fchdir: {
        readonly args: readonly ["i32"];
        readonly returns: "i32";
    };
    readonly chdir: {
        readonly args: readonly ["ptr"];
        readonly returns: "i32";
    };
    readonly mkdirat: {
        readonly args: readonly ["i32", "ptr", "u32"];
        readonly returns: "i32";
    };
    readonly unlinkat: {
        readonly args: readonly ["i32", "ptr", "i32"];
        readonly returns: "i32";
    };
    readonly renameat: {
        readonly args: readonly ["i32", "ptr", "i32", "ptr"];
        readonly returns: "i32";
    };
    readonly symlinkat: {
        readonly args: readonly ["ptr", "i32", "ptr"];
        readonly returns: "i32";
    };
    readonly linkat: {
        readonly args: readonly ["i32", "ptr", "i32", "ptr", "i32"];
        readonly returns: "i32";
    };
    readonly fchownat: {
        readonly args: readonly ["i32", "ptr", "u32", "u32", "i32"];
        readonly returns: "i32";
    };
    readonly fchown: {
        readonly args: readonly ["i32", "u32", "u32"];
        readonly returns: "i32";
    };
    readonly getrusage: {
        readonly args: readonly ["i32", "ptr"];
        readonly returns: "i32";
    };
    readonly readlinkat: {
        readonly args: readonly ["i32", "ptr", "ptr", "u64"];
        readonly returns: FFIType.i64_fast;
    };
    readonly ftruncate64: {
        readonly args: readonly ["i32", "i64"];
        readonly returns: "i32";
    };
    readonly fsync: {
        readonly args: readonly ["i32"];
        readonly returns: "i32";
    };
    readonly umask: {
        readonly args: readonly ["u32"];
        readonly returns: "u32";
    };
    readonly getpid: {
        readonly args: readonly [];
        readonly returns: "i32";
    };
    readonly getppid: {
        readonly args: readonly [];
        readonly returns: "i32";
    };
    readonly getuid: {
        readonly args: readonly [];
        readonly returns: "u32";
    };
    readonly geteuid: {
        readonly args: readonly [];
        readonly returns: "u32";
    };
    readonly getgid: {
        readonly args: readonly [];
        readonly returns: "u32";
    };
    readonly getegid: {
        readonly args: readonly [];
        readonly returns: "u32";
    };
    readonly getgroups: {
        readonly args: readonly ["i32", "ptr"];
        readonly returns: "i32";
    };
    readonly getpgid: {
        readonly args: readonly ["i32"];
        readonly returns: "i32";
    };
    readonly setpgid: {
        readonly args: readonly ["i32", "i32"];
        readonly returns: "i32";
    };
    readonly setsid: {
        readonly args: readonly [];
        readonly returns: "i32";
    };
    readonly kill: {
        readonly args: readonly ["i32", "i32"];
        readonly returns: "i32";
    };
    readonly getpagesize: {
        readonly args: readonly [];
        readonly returns: "i32";
    };
    readonly getrlimit64: {
        readonly args: readonly ["i32", "ptr"];
        readonly returns: "i32";
    };
    readonly setrlimit64: {
        readonly args: readonly ["i32", "ptr"];
        readonly returns: "i32";
    };
    readonly setenv: {
        readonly args: readonly ["ptr", "ptr", "i32"];
        readonly returns: "i32";
    };
    readonly unsetenv: {
        readonly args: readonly ["ptr"];
        readonly returns: "i32";
    };
    readonly clearenv: {
        readonly args: readonly [];
        readonly returns: "i32";
    };
    readonly getenv: {
        readonly args: readonly ["ptr"];
        readonly returns: "ptr";
    };
    readonly ptrace: {
        readonly args: readonly ["i64", "i32", "ptr", "ptr"];
        readonly returns: FFIType.i64_fast;
    };
    readonly wait4: {
        readonly args: readonly ["i32", "ptr", "i32", "ptr"];
        readonly returns: "i32";
    };
    readonly epoll_ctl: {
        readonly args: readonly ["i32", "i32", "i32", "ptr"];
        readonly returns: "i32";
    };
    readonly epoll_wait: {
        readonly args: readonly ["i32", "ptr", "i32", "i32"];
        readonly returns: "i32";
    };
    readonly _exit: {
        readonly args: readonly ["i32"];
        readonly returns: "void";
    };
    readonly memfd_create: {
        readonly args: readonly ["ptr", "u32"];
        readonly returns: "i32";
    };
    readonly chroot: {
        readonly args: readonly ["ptr"];
        readonly returns: "i32";
    };
};
/** The name the C library was opened by (glibc's or musl's), for bindings of other signatures. */
export declare function libcName(): string;
/** Throws the one Error that says why, when the C library cannot be called from this process. */
export declare function requireLibc(): void;
/** Narrows the i64_fast results, typed number | bigint, to number: they are byte counts, offsets and syscall results. */
type Numeric<T> = {
    [K in keyof T]: T[K] extends (...a: infer A) => infer R ? (...a: A) => ([R] extends [number | bigint] ? number : R) : T[K];
};
type Symbols = Numeric<Library<typeof table>["symbols"]>;
/**
 * The libc functions, each bound on first use: bun:ffi compiles a
 * trampoline per symbol, and binding all of them would cost milliseconds
 * at import.
 */
export declare const C: Symbols;
/**
 * Binds a libc function that some C libraries lack, or returns null when
 * the opened one has no such symbol (glibc before 2.33 has no `fstatat`,
 * only `__fxstatat`): the caller falls back to syscall(2). Throws what
 * requireLibc throws when no C library can be called at all.
 */
export declare function bindOptional(name: string, fn: Omit<FFIFunction, "ptr">): ((...a: never[]) => unknown) | null;
/** The raw address of a libc function, for callers that bind it again with another signature. */
export declare function symbolAddress(name: keyof typeof table): Pointer;
/**
 * syscall(2), bound again with the argument kinds the package uses, so that
 * no call site pays for ptr(): a pointer argument takes a typed array.
 */
declare const sysTable: {
    /** (nr, int, ptr, ptr, int, i64, i64) */
    readonly sys_ippi: {
        readonly args: readonly ["i64", "i64", "ptr", "ptr", "i64", "i64", "i64"];
        readonly returns: FFIType.i64_fast;
    };
    /** (nr, ptr, int, i64, i64, i64, i64) */
    readonly sys_pi: {
        readonly args: readonly ["i64", "ptr", "i64", "i64", "i64", "i64", "i64"];
        readonly returns: FFIType.i64_fast;
    };
    /** (nr, int, ptr, i64, i64, i64, i64) */
    readonly sys_ip: {
        readonly args: readonly ["i64", "i64", "ptr", "i64", "i64", "i64", "i64"];
        readonly returns: FFIType.i64_fast;
    };
};
type SysSymbols = Numeric<Library<{
    [K in keyof typeof sysTable]: (typeof sysTable)[K] & {
        ptr: Pointer;
    };
}>["symbols"]>;
/** syscall(2) bound with pointer arguments where the name says: sys.sys_ippi(nr, int, ptr, ptr, ...), sys_pi, sys_ip. */
export declare const sys: SysSymbols;
/** The calling thread's errno. Call it immediately after the failing libc call. */
export declare function errno(): number;
/**
 * Checks a file descriptor argument. A non-integer throws TypeError; an
 * integer outside the C int range becomes -1, which the kernel rejects with
 * EBADF, instead of wrapping around onto a real descriptor.
 */
export declare function fdArg(fd: unknown): number;
/** Checks an integer argument (flags, modes, pids). Throws TypeError or RangeError. */
export declare function intArg(name: string, v: unknown, min?: number, max?: number): number;
/** Checks a uint64 argument: a bigint, or a safe integer number, in [0, 2^64-1]. Throws TypeError or RangeError. */
export declare function u64Arg(name: string, v: unknown): bigint;
/** Checks an int64 argument carried as a number (offsets, sizes): it must be a safe integer. */
export declare function int64Arg(name: string, v: unknown): number;
/** Checks a byte-slice argument. */
export declare function bytesArg(name: string, v: unknown): Uint8Array;
/** A typed array's real type name ("Uint8Array", ...), by the engine's own @@toStringTag getter: undefined for anything else, a Proxy of one included (it never throws). */
export declare function typedArrayTag(v: unknown): unknown;
/** The true byte length of a Uint8Array, by the engine's own getter: no own property, prototype swap or subclass changes it (0 once detached). */
export declare function byteLengthOf(u: Uint8Array): number;
/**
 * A DataView over exactly u's bytes, made with the engine's getters (an
 * own `buffer`, `byteOffset` or `byteLength` on u, or one defined on its
 * prototype, changes nothing); an empty one for no bytes (a detached buffer too).
 */
export declare function dataViewOf(u: Uint8Array): DataView;
/** The element count of a typed array, by the engine's own getter (throws TypeError for anything that is not one; 0 once detached). */
export declare function elementCountOf(v: ArrayBufferView): number;
/** The ArrayBuffer under a Uint8Array, by the engine's own getter (an own `buffer` property cannot change it). */
export declare function bufferOf(u: Uint8Array): ArrayBufferLike;
/**
 * A plain view of bytes [start, end) of u, made with the engine's getters:
 * not `u.subarray`, which an own property or a species constructor could
 * replace by a view of any length. The caller keeps end within byteLengthOf(u).
 */
export declare function subview(u: Uint8Array, start: number, end: number): Uint8Array;
/** Typed arrays the package fills and copies with the engine's own methods. */
type Typed = Uint8Array | Int8Array | Uint32Array | BigInt64Array | BigUint64Array;
/** Fills u[start, end) (all of u by default) with v, by the engine's fill, not one a program put on a prototype. */
export declare function fillOf(u: Typed, v: number | bigint, start?: number, end?: number): void;
/** Copies src into dst at element index at, by the engine's set, not one a program put on a prototype. */
export declare function setOf<T extends Typed>(dst: T, src: T, at?: number): void;
/** A DataView over a copy of u's bytes, made by the constructor and the engine's getters (for decoding a shared buffer before any caller code runs). */
export declare function copyView(u: Uint8Array): DataView;
/**
 * Go's composite literal for a struct class: each field obj has that init
 * holds as its own property (read once) is copied; the rest stay as the
 * class made them. undefined or null is no init; anything else but an
 * object is a TypeError. The fields are checked where a call uses them.
 */
export declare function initFields<T extends object>(obj: T, init: unknown): void;
/** Checks that an out-parameter is an object. */
export declare function objArg<T>(name: string, v: T): T;
/**
 * A short description of a value for an error message. It never converts
 * an object to a string (an array of 2^32-1 holes would take a minute) and
 * never throws (a Proxy or a getter may).
 */
export declare function describe(v: unknown): string;
/**
 * An array's length, read once and never converted (a Proxy's length may
 * be an object, which a conversion would turn into a string of billions of
 * commas): a whole number from 0 to top, or TypeError.
 */
export declare function lengthArg(name: string, v: unknown[], top?: number): number;
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
export declare function arrayArg<T>(name: string, v: unknown, max: number, each: (x: unknown, name: string) => T, prev?: readonly T[]): T[] | null;
/** An element check whose `ok` says, without a name, that an element is taken as it is; the check itself throws for the rest. */
export type ElemCheck<T> = ((x: unknown, name: string) => T) & {
    ok: (x: unknown) => boolean;
};
/** Makes an {@link ElemCheck} from its predicate and the check that throws. */
export declare function elemCheck<T>(ok: (x: unknown) => boolean, check: (x: unknown, name: string) => T): ElemCheck<T>;
/** An element check for {@link arrayArg}: a string. */
export declare const strElem: ElemCheck<string>;
/**
 * Checks that the properties `keys` of the out-parameter v can be written
 * (own writable data properties, or absent on an extensible object), so
 * that a call which then makes a resource (fds, a reaped child) cannot
 * lose it to a frozen object or a setter. Throws TypeError otherwise.
 */
export declare function outArg<T>(name: string, v: T, keys: readonly string[]): T;
/** The pointer argument for a byte slice: empty slices pass a valid one-byte buffer with length 0. */
export declare function bufPtr(b: Uint8Array): Uint8Array;
/** bufPtr for a b whose byte length n the caller has read already (one engine getter call fewer on a hot path). */
export declare function bufPtrOf(b: Uint8Array, n: number): Uint8Array;
/** Whether s contains sub (the engine's String.prototype.includes). */
export declare function strHas(s: string, sub: string): boolean;
/** Whether s is well-formed UTF-16, so has UTF-8 (the engine's String.prototype.isWellFormed). */
export declare function wellFormed(s: string): boolean;
/** Whether no C string can carry s as it is: a NUL would cut it short, and a lone surrogate has no UTF-8 (it would become U+FFFD, another name). */
export declare function notCString(s: string): boolean;
/** s as UTF-8 bytes (the engine's TextEncoder.prototype.encode). */
export declare function utf8(s: string): Uint8Array;
/** Encodes s into buf (the engine's encodeInto); returns the bytes written. */
export declare function utf8Into(s: string, buf: Uint8Array): number;
/**
 * Marshals a string to a NUL-terminated UTF-8 buffer for one synchronous
 * libc call, as Go's BytePtrFromString does. Returns null when the string
 * holds a NUL (the caller returns EINVAL). Throws TypeError for a non-string.
 *
 * `slot` 0 or 1 reuses a per-thread scratch buffer, so the common case
 * allocates nothing; the buffer is valid until the next call with that slot.
 * `slot` -1 allocates a buffer the caller may keep.
 */
export declare function cstring(s: unknown, slot?: 0 | 1 | -1, name?: string): Uint8Array | null;
export {};
