/**
 * The 27 CLONE_* flags of clone(2) and clone3(2), as Go's syscall exports
 * them (Go 1.20 added the newest). Values fit a number: the largest is 2^33.
 * @module
 */

/** Share the address space (Go: CLONE_VM). */
export const CLONE_VM = 0x100;
/** Share filesystem information (root, cwd, umask). */
export const CLONE_FS = 0x200;
/** Share the file descriptor table. */
export const CLONE_FILES = 0x400;
/** Share signal handlers. */
export const CLONE_SIGHAND = 0x800;
/** Return a pidfd for the child (Linux 5.2). */
export const CLONE_PIDFD = 0x1000;
/** Continue tracing the child if the parent is traced. */
export const CLONE_PTRACE = 0x2000;
/** The parent sleeps until the child execs or exits. */
export const CLONE_VFORK = 0x4000;
/** The child's parent is the caller's parent. */
export const CLONE_PARENT = 0x8000;
/** Same thread group (a thread). */
export const CLONE_THREAD = 0x10000;
/** New mount namespace. */
export const CLONE_NEWNS = 0x20000;
/** Share System V semaphore undo values. */
export const CLONE_SYSVSEM = 0x40000;
/** Set the TLS descriptor. */
export const CLONE_SETTLS = 0x80000;
/** Store the child's tid in the parent's memory. */
export const CLONE_PARENT_SETTID = 0x100000;
/** Clear the child's tid in child memory at exit. */
export const CLONE_CHILD_CLEARTID = 0x200000;
/** Ignored (historical). */
export const CLONE_DETACHED = 0x400000;
/** A tracer cannot force CLONE_PTRACE on the child. */
export const CLONE_UNTRACED = 0x800000;
/** Store the child's tid in child memory. */
export const CLONE_CHILD_SETTID = 0x1000000;
/** New cgroup namespace. */
export const CLONE_NEWCGROUP = 0x2000000;
/** New UTS namespace (hostname). */
export const CLONE_NEWUTS = 0x4000000;
/** New IPC namespace. */
export const CLONE_NEWIPC = 0x8000000;
/** New user namespace. */
export const CLONE_NEWUSER = 0x10000000;
/** New PID namespace. */
export const CLONE_NEWPID = 0x20000000;
/** New network namespace. */
export const CLONE_NEWNET = 0x40000000;
/** Share an I/O context. */
export const CLONE_IO = 0x80000000;
/** Reset all signal handlers to default in the child (clone3 only, Linux 5.5). */
export const CLONE_CLEAR_SIGHAND = 0x100000000;
/** Start the child in the cgroup given by a cgroup fd (clone3 only, Linux 5.7). */
export const CLONE_INTO_CGROUP = 0x200000000;
/** New time namespace (Linux 5.6; with clone3 or unshare). */
export const CLONE_NEWTIME = 0x80;
