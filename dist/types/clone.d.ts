/**
 * The 27 CLONE_* flags of clone(2) and clone3(2), as Go's syscall exports
 * them (Go 1.20 added the newest). Values fit a number: the largest is 2^33.
 * @module
 */
/** Share the address space (Go: CLONE_VM). */
export declare const CLONE_VM = 256;
/** Share filesystem information (root, cwd, umask). */
export declare const CLONE_FS = 512;
/** Share the file descriptor table. */
export declare const CLONE_FILES = 1024;
/** Share signal handlers. */
export declare const CLONE_SIGHAND = 2048;
/** Return a pidfd for the child (Linux 5.2). */
export declare const CLONE_PIDFD = 4096;
/** Continue tracing the child if the parent is traced. */
export declare const CLONE_PTRACE = 8192;
/** The parent sleeps until the child execs or exits. */
export declare const CLONE_VFORK = 16384;
/** The child's parent is the caller's parent. */
export declare const CLONE_PARENT = 32768;
/** Same thread group (a thread). */
export declare const CLONE_THREAD = 65536;
/** New mount namespace. */
export declare const CLONE_NEWNS = 131072;
/** Share System V semaphore undo values. */
export declare const CLONE_SYSVSEM = 262144;
/** Set the TLS descriptor. */
export declare const CLONE_SETTLS = 524288;
/** Store the child's tid in the parent's memory. */
export declare const CLONE_PARENT_SETTID = 1048576;
/** Clear the child's tid in child memory at exit. */
export declare const CLONE_CHILD_CLEARTID = 2097152;
/** Ignored (historical). */
export declare const CLONE_DETACHED = 4194304;
/** A tracer cannot force CLONE_PTRACE on the child. */
export declare const CLONE_UNTRACED = 8388608;
/** Store the child's tid in child memory. */
export declare const CLONE_CHILD_SETTID = 16777216;
/** New cgroup namespace. */
export declare const CLONE_NEWCGROUP = 33554432;
/** New UTS namespace (hostname). */
export declare const CLONE_NEWUTS = 67108864;
/** New IPC namespace. */
export declare const CLONE_NEWIPC = 134217728;
/** New user namespace. */
export declare const CLONE_NEWUSER = 268435456;
/** New PID namespace. */
export declare const CLONE_NEWPID = 536870912;
/** New network namespace. */
export declare const CLONE_NEWNET = 1073741824;
/** Share an I/O context. */
export declare const CLONE_IO = 2147483648;
/** Reset all signal handlers to default in the child (clone3 only, Linux 5.5). */
export declare const CLONE_CLEAR_SIGHAND = 4294967296;
/** Start the child in the cgroup given by a cgroup fd (clone3 only, Linux 5.7). */
export declare const CLONE_INTO_CGROUP = 8589934592;
/** New time namespace (Linux 5.6; with clone3 or unshare). */
export declare const CLONE_NEWTIME = 128;
