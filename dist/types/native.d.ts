/**
 * The C halves (exec/child.c, waiter.c), compiled by bun:ffi's cc however
 * the package was loaded: from node_modules, from a bundle moved elsewhere,
 * inside a `bun build --compile` executable, or after the process has
 * changed its root.
 *
 * The C text travels inside the JavaScript (a text import, which Bun's
 * bundler inlines as a string), so no .c file has to exist beside the
 * module. cc reads its source from a path, so the text is handed to it as
 * an anonymous memory file (memfd_create(2), read back through
 * /proc/self/fd): nothing is written to any filesystem. Where that path
 * cannot be read (no /proc), a private file in a fresh 0700 directory under
 * the temporary directory is used and removed at once. Bun itself writes
 * its compiler's headers to `$TMPDIR/bun-cc-UID` on every compile; that is
 * why nothing is compiled once the process has changed its root: see
 * {@link Prepare}.
 * @module
 */
import type { FFIFunction, Library } from "bun:ffi";
import { Errno } from "./errno.js";
/** Why the C halves cannot be compiled here: one sentence, for LastForkExecFailure's Cause. */
export declare class NativeUnavailable extends Error {
    readonly name = "NativeUnavailable";
}
/**
 * Go's `ForkExecFailure`-style record of where the last ForkExec, Exec (or
 * a compile they needed) failed. Kept here so that every module that
 * compiles C can set it.
 */
export interface ForkExecFailure {
    /** The step: "chdir", "setuid", "execve", "dup", "clone", "compile", ... */
    Step: string;
    /** The same value the call returned: the interned Errno, or one of Go's two Setctty errors. */
    Err: Errno | Error;
    /** For step "compile": why the C compiler cannot be used here, in one sentence. */
    Cause?: string;
}
/** Records (or, with null, clears) this thread's last failure. */
export declare function setFailure(f: ForkExecFailure | null): void;
/** This thread's last failure, or null. */
export declare function getFailure(): ForkExecFailure | null;
/** Called by the package's own root-changing calls, after they succeed. */
export declare function noteRootChanged(): void;
/** Turns what cc threw into the one sentence a user can act on. @internal */
export declare function causeOf(e: unknown): string;
/**
 * Compiles one C source (its text) with cc and returns the library, or
 * throws {@link NativeUnavailable} with the cause. A failure that no retry
 * can mend (cc disabled, no executable memory, a changed root) is
 * remembered.
 */
export declare function compile<S extends Record<string, FFIFunction>>(name: string, text: string, symbols: S): Library<S>;
/** The compilers of the package's C halves, registered by the modules that own them. */
export declare const preparers: (() => void)[];
/** The Errno for a call that needs the C compiler where it cannot be used: ENOSYS, with the cause recorded. */
export declare function unavailableErr(e: NativeUnavailable): Errno;
/**
 * Compiles and loads, now, everything the package would otherwise compile
 * on first use (the ForkExec and Exec child path and the Wait4Async
 * waiter), for the calling JavaScript thread. Call it before the process
 * changes its root (Chroot, or pivot_root and chroot(2) by any other
 * means): afterwards the package compiles nothing, so nothing of it or of
 * Bun's compiler is written into the new root, and ForkExec, Exec and
 * Wait4Async work there. It is idempotent and cheap once done (a few
 * property reads). Returns null, or ENOSYS where the C compiler cannot be
 * used here (`bun --no-ffi-cc`, a W^X policy), with the cause in
 * {@link getFailure LastForkExecFailure}().Cause, or EMFILE (ENFILE) when
 * no fd is left to compile with (a later call compiles). Each Worker compiles
 * its own copy: call it in each Worker that will spawn after a chroot.
 */
export declare function Prepare(): Errno | null;
