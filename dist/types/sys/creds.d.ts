import type { Errno } from "../errno.js";
/** Go's `Setuid(uid int) (err error)`: setuid(2) on every thread (glibc's setuid). */
export declare const Setuid: import("../sysdef.js").Wrapper<readonly ["int"], "err">;
/** Go's `Setgid(gid int) (err error)`: setgid(2) on every thread (glibc's setgid). */
export declare const Setgid: import("../sysdef.js").Wrapper<readonly ["int"], "err">;
/** Go's `Setreuid(ruid, euid int) (err error)`: setreuid(2) on every thread; -1 leaves an id unchanged. */
export declare const Setreuid: import("../sysdef.js").Wrapper<readonly ["int", "int"], "err">;
/** Go's `Setregid(rgid, egid int) (err error)`: setregid(2) on every thread; -1 leaves an id unchanged. */
export declare const Setregid: import("../sysdef.js").Wrapper<readonly ["int", "int"], "err">;
/** Go's `Setresuid(ruid, euid, suid int) (err error)`: setresuid(2) on every thread; -1 leaves an id unchanged. */
export declare const Setresuid: import("../sysdef.js").Wrapper<readonly ["int", "int", "int"], "err">;
/** Go's `Setresgid(rgid, egid, sgid int) (err error)`: setresgid(2) on every thread; -1 leaves an id unchanged. */
export declare const Setresgid: import("../sysdef.js").Wrapper<readonly ["int", "int", "int"], "err">;
/**
 * Go's `Seteuid(euid int) (err error)`: setresuid(-1, euid, -1) on every
 * thread, as Go builds it (seteuid(2)). So `Seteuid(-1)` changes nothing
 * and returns null, as in Go without cgo; glibc's own seteuid(-1), which Go
 * calls when cgo is linked, would return EINVAL.
 */
export declare function Seteuid(euid: number): Errno | null;
/** Go's `Setegid(egid int) (err error)`: setresgid(-1, egid, -1) on every thread (see {@link Seteuid}). */
export declare function Setegid(egid: number): Errno | null;
/**
 * Go's `Setfsuid(uid int) (err error)`: setfsuid(2), the raw syscall as Go
 * makes it, on the calling thread only. The kernel returns the previous
 * fsuid and never an error, and changes nothing when the caller may not
 * make that change; so, as in Go, this always returns null: read
 * /proc/thread-self/status to see what happened.
 */
export declare const Setfsuid: import("../sysdef.js").Wrapper<readonly ["int"], "err">;
/** Go's `Setfsgid(gid int) (err error)`: setfsgid(2) on the calling thread; always null (see {@link Setfsuid}). */
export declare const Setfsgid: import("../sysdef.js").Wrapper<readonly ["int"], "err">;
/**
 * Go's `Setgroups(gids []int) (err error)`: setgroups(2) on every thread
 * (glibc's setgroups). An empty array, null or undefined (Go's nil) clears
 * the list. Each gid is a Go int as above (a hole or a non-integer throws
 * TypeError); more than 65536 (NGROUPS_MAX) is EINVAL, checked before any
 * element is read.
 */
export declare function Setgroups(gids: number[] | null): Errno | null;
