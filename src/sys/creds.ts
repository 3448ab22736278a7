/**
 * Credentials: Go's Setuid, Setgid, Seteuid, Setegid, Setreuid, Setregid,
 * Setresuid, Setresgid, Setgroups, Setfsuid and Setfsgid (credentials(7),
 * setresuid(2), setgroups(2), setfsuid(2)).
 *
 * Linux keeps credentials per thread. Since Go 1.16 these calls change
 * every thread of the Go process; here they change every thread of the Bun
 * process, because they go through glibc's wrappers (setuid, setresuid,
 * setgroups, ...), which run the syscall on each thread glibc created
 * (signalling the others with SIGSETXID and waiting for them), as Go does
 * when cgo is linked. Bun's threads (JavaScript, Workers, the GC, the
 * thread pool, the I/O threads) are all glibc pthreads, so after a call
 * that returns null every task in /proc/self/task shows the new ids. A
 * thread made by other means (a raw clone of your own) would be missed.
 * When the calls fail, they fail on every thread alike; glibc aborts the
 * process if its threads ever disagree.
 *
 * Go's `int` ids: a number in [-2^31, 2^32) (RangeError outside), passed
 * as the kernel's 32-bit uid_t or gid_t, so -1 is 0xffffffff, which
 * means "leave it unchanged" to the re/res calls and is EINVAL elsewhere.
 *
 * Setfsuid and Setfsgid are per thread (in Go too): they change only the
 * calling thread.
 * @module
 */
import { sysCall } from "../sysdef.ts";
import { arrayArg, bufferOf, intArg } from "../libc.ts";
import type { Errno } from "../errno.ts";
import { EINVAL, SYS_SETFSGID, SYS_SETFSUID } from "../zconsts_linux.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, Uint32Array, DataView } = globalThis;


/** Go's `Setuid(uid int) (err error)`: setuid(2) on every thread (glibc's setuid). */
export const Setuid = sysCall("Setuid", "setuid", ["int"], "err");

/** Go's `Setgid(gid int) (err error)`: setgid(2) on every thread (glibc's setgid). */
export const Setgid = sysCall("Setgid", "setgid", ["int"], "err");

/** Go's `Setreuid(ruid, euid int) (err error)`: setreuid(2) on every thread; -1 leaves an id unchanged. */
export const Setreuid = sysCall("Setreuid", "setreuid", ["int", "int"], "err");

/** Go's `Setregid(rgid, egid int) (err error)`: setregid(2) on every thread; -1 leaves an id unchanged. */
export const Setregid = sysCall("Setregid", "setregid", ["int", "int"], "err");

/** Go's `Setresuid(ruid, euid, suid int) (err error)`: setresuid(2) on every thread; -1 leaves an id unchanged. */
export const Setresuid = sysCall("Setresuid", "setresuid", ["int", "int", "int"], "err");

/** Go's `Setresgid(rgid, egid, sgid int) (err error)`: setresgid(2) on every thread; -1 leaves an id unchanged. */
export const Setresgid = sysCall("Setresgid", "setresgid", ["int", "int", "int"], "err");

/**
 * Go's `Seteuid(euid int) (err error)`: setresuid(-1, euid, -1) on every
 * thread, as Go builds it (seteuid(2)). So `Seteuid(-1)` changes nothing
 * and returns null, as in Go without cgo; glibc's own seteuid(-1), which Go
 * calls when cgo is linked, would return EINVAL.
 */
export function Seteuid(euid: number): Errno | null {
  return Setresuid(-1, intArg("euid", euid), -1);
}

/** Go's `Setegid(egid int) (err error)`: setresgid(-1, egid, -1) on every thread (see {@link Seteuid}). */
export function Setegid(egid: number): Errno | null {
  return Setresgid(-1, intArg("egid", egid), -1);
}

/**
 * Go's `Setfsuid(uid int) (err error)`: setfsuid(2), the raw syscall as Go
 * makes it, on the calling thread only. The kernel returns the previous
 * fsuid and never an error, and changes nothing when the caller may not
 * make that change; so, as in Go, this always returns null: read
 * /proc/thread-self/status to see what happened.
 */
export const Setfsuid = sysCall("Setfsuid", SYS_SETFSUID, ["int"], "err");

/** Go's `Setfsgid(gid int) (err error)`: setfsgid(2) on the calling thread; always null (see {@link Setfsuid}). */
export const Setfsgid = sysCall("Setfsgid", SYS_SETFSGID, ["int"], "err");

const setgroups = sysCall("Setgroups", "setgroups", ["uintptr", "nullbuf"], "err");
/** setgroups(2)'s NGROUPS_MAX: a longer list is EINVAL. */
const NGROUPS_MAX = 65536;
const gidElem = (x: unknown, name: string) => intArg(name, x) >>> 0;

/**
 * Go's `Setgroups(gids []int) (err error)`: setgroups(2) on every thread
 * (glibc's setgroups). An empty array, null or undefined (Go's nil) clears
 * the list. Each gid is a Go int as above (a hole or a non-integer throws
 * TypeError); more than 65536 (NGROUPS_MAX) is EINVAL, checked before any
 * element is read.
 */
export function Setgroups(gids: number[] | null): Errno | null {
  const list = arrayArg("gids", gids, NGROUPS_MAX, gidElem);
  if (list === null) return EINVAL;
  if (list.length === 0) return setgroups(0, null);
  // Our own bytes: indexed stores into a Uint32Array (no method a program
  // can replace: with DataView.prototype.setUint32 a no-op, the groups set
  // were all 0, the root group), passed through the engine's `buffer`
  // getter (a Uint32Array's `buffer` is a prototype getter the caller can
  // shadow: setgroups(2) would then read 4 bytes a group past a smaller buffer).
  const u = new Uint32Array(list.length);
  for (let i = 0; i < list.length; i++) u[i] = list[i]!;
  return setgroups(list.length, new Uint8Array(bufferOf(u as unknown as Uint8Array)));
}
