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
import { C, CWD_FD, byteLengthOf, errno, ffi, isA, requireLibc } from "./libc.ts";
import { Errno } from "./errno.ts";
import { EMFILE, ENFILE, ENOSYS, O_CLOEXEC, O_PATH } from "./zconsts_linux.ts";

/** Why the C halves cannot be compiled here: one sentence, for LastForkExecFailure's Cause. */
export class NativeUnavailable extends Error {
  override readonly name = "NativeUnavailable";
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
let failure: ForkExecFailure | null = null;
/** Records (or, with null, clears) this thread's last failure. */
export function setFailure(f: ForkExecFailure | null): void {
  failure = f;
}
/** This thread's last failure, or null. */
export function getFailure(): ForkExecFailure | null {
  return failure;
}

/**
 * Set once this process changes its root through the package (Chroot):
 * from then on nothing is compiled, because Bun would write its compiler's
 * headers into the new root. A root changed by other means (your own FFI)
 * cannot be seen cheaply: call {@link Prepare} before it.
 */
let rootChanged = false;
/** Called by the package's own root-changing calls, after they succeed. */
export function noteRootChanged(): void {
  rootChanged = true;
}

let unavailable: NativeUnavailable | null = null;

/** Turns what cc threw into the one sentence a user can act on. @internal */
export function causeOf(e: unknown): string {
  const err = e as { code?: unknown; message?: unknown };
  const msg = typeof err?.message === "string" ? err.message : String(e);
  if (err?.code === "ERR_FFI_CC_DISABLED") return "bun:ffi cc is disabled (--no-ffi-cc or --no-addons): run Bun without those flags to use ForkExec, Exec and Wait4Async";
  if (/mprotect|W\^X|MDWE|executable/i.test(msg)) return "bun:ffi cc cannot make code executable here (mprotect refused: a W^X policy such as PR_SET_MDWE or systemd's MemoryDenyWriteExecute)";
  if (/JIT/.test(msg)) return `bun:ffi is unavailable: ${msg.split("\n")[0]} (BUN_JSC_useJIT=0 turns the JIT off)`;
  // TinyCC's first line only counts the errors ("1 errors while compiling
  // /proc/self/fd/5"); the reasons are its "tcc: error:" lines after it
  // (a root without the C library's files after a chroot: "library 'c' not found").
  const reasons = msg.split("\n").slice(1).map((l) => l.trim()).filter((l) => l !== "");
  const hint = reasons.some((l) => /not found/.test(l)) ? " (the compiler's files or the C library are not in this root: after a chroot, call Prepare() first, in every thread that will need it)" : "";
  return `bun:ffi cc failed: ${reasons.length > 0 ? reasons.slice(0, 3).join("; ") : msg.split("\n")[0]}${hint}`;
}

/**
 * Compiles one C source (its text) with cc and returns the library, or
 * throws {@link NativeUnavailable} with the cause. A failure that no retry
 * can mend (cc disabled, no executable memory, a changed root) is
 * remembered.
 */
export function compile<S extends Record<string, FFIFunction>>(name: string, text: string, symbols: S): Library<S> {
  // A C half is useless where the C library cannot be called (nothing could
  // reap a child): the one Error that says so, thrown, as every libc call does.
  requireLibc();
  if (unavailable !== null) throw unavailable;
  if (rootChanged) {
    throw (unavailable = new NativeUnavailable(
      "the process changed its root directory after loading bun-syscall, and compiling now would write Bun's compiler headers into the new root: call Prepare() before Chroot",
    ));
  }
  const F = ffi();
  let fd = -1;
  let dir: string | null = null;
  try {
    let source: string | null = null;
    fd = memfd(name);
    // No fd left (EMFILE, ENFILE): the caller's Errno, as any call that needs one gives it, not "cannot compile".
    if (fd < 0 && (errno() === EMFILE.errno || errno() === ENFILE.errno)) throw Errno.of(errno());
    if (fd >= 0) {
      const bytes = new TextEncoder().encode(text);
      const n = byteLengthOf(bytes);
      if (C.write(fd, bytes, n) === n) {
        source = `/proc/self/fd/${fd}`;
        // No /proc mounted: fall back to a private file.
        if (!(require("node:fs") as typeof import("node:fs")).existsSync(source)) source = null;
      }
    }
    if (source === null) {
      const fs = require("node:fs") as typeof import("node:fs");
      const tmp = (require("node:os") as typeof import("node:os")).tmpdir();
      try {
        dir = fs.mkdtempSync(`${tmp}/bun-syscall-`);
        source = `${dir}/${name}`;
        fs.writeFileSync(source, text, { mode: 0o600 });
      } catch (e) {
        // Neither a memfd (memfd_create refused, or no /proc) nor the temporary directory: cc cannot be handed the source.
        const why = (e as { code?: unknown }).code ?? String(e);
        if (why === "EMFILE" || why === "ENFILE") throw why === "EMFILE" ? EMFILE : ENFILE;
        throw new NativeUnavailable(`cannot hand the C source to bun:ffi cc: no memfd (memfd_create refused, or /proc not mounted) and the temporary directory ${tmp} cannot be used (${String(why)}): set TMPDIR to a writable directory`);
      }
    }
    try {
      return F.cc({ source, symbols });
    } catch (e) {
      // The compiler opens several files at once (the source, headers, the
      // C library): out of fds, it says "not found". Said as EMFILE instead.
      if (fdsShort()) throw EMFILE;
      const cause = causeOf(e);
      const err = new NativeUnavailable(cause);
      if (/disabled|executable|JIT/.test(cause)) unavailable = err;
      throw err;
    }
  } finally {
    if (fd >= 0) C.close(fd);
    if (dir !== null) {
      try {
        (require("node:fs") as typeof import("node:fs")).rmSync(dir, { recursive: true, force: true });
      } catch {
        // Best effort (no fd left to remove it with): the error that matters is the one above.
      }
    }
  }
}

/** Whether this process cannot open the few fds the compiler needs at once (RLIMIT_NOFILE reached). */
function fdsShort(): boolean {
  const held: number[] = [];
  let short = false;
  const p = new TextEncoder().encode("/\0");
  for (let i = 0; i < 6; i++) {
    const fd = C.openat(CWD_FD, p, O_PATH | O_CLOEXEC, 0);
    if (fd < 0) {
      short = errno() === EMFILE.errno || errno() === ENFILE.errno;
      break;
    }
    held.push(fd);
  }
  for (const fd of held) C.close(fd);
  return short;
}

const MFD_CLOEXEC = 1;
/** An anonymous memory file, or -1 where the kernel, a filter or the C library refuses memfd_create. */
function memfd(name: string): number {
  try {
    const n = new TextEncoder().encode(`bun-syscall:${name}\0`);
    return C.memfd_create(n, MFD_CLOEXEC);
  } catch {
    return -1;
  }
}

/** The compilers of the package's C halves, registered by the modules that own them. */
export const preparers: (() => void)[] = [];

/** The Errno for a call that needs the C compiler where it cannot be used: ENOSYS, with the cause recorded. */
export function unavailableErr(e: NativeUnavailable): Errno {
  const err = ENOSYS;
  setFailure({ Step: "compile", Err: err, Cause: e.message });
  return err;
}

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
export function Prepare(): Errno | null {
  try {
    for (const p of preparers) p();
    return null;
  } catch (e) {
    if (isA(NativeUnavailable, e)) return unavailableErr(e as NativeUnavailable);
    // No fd left to compile with (EMFILE, ENFILE: compile throws the Errno):
    // returned, as every syscall failure is, not thrown; a later call compiles.
    if (isA(Errno, e)) {
      setFailure({ Step: "compile", Err: e as Errno });
      return e as Errno;
    }
    throw e;
  }
}
