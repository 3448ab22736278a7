import type { Errno } from "../errno.js";
/**
 * Go's `Mount(source, target, fstype string, flags uintptr, data string) (err error)`:
 * mount(2). An empty data passes NULL, as Go's does (some file systems
 * refuse an empty option string). A NUL inside any string is EINVAL.
 * Mounting into the mount namespace the Bun process started in changes the
 * machine's: do it in a process of its own namespace (see the module
 * comment), and make that namespace's mounts private first (`Mount("",
 * "/", "", MS_REC | MS_PRIVATE, "")`) unless they are to propagate back.
 */
export declare function Mount(source: string, target: string, fstype: string, flags: number, data: string): Errno | null;
/** Go's `Unmount(target string, flags int) (err error)`: umount2(2), with MNT_FORCE, MNT_DETACH, MNT_EXPIRE or UMOUNT_NOFOLLOW. */
export declare const Unmount: import("../sysdef.js").Wrapper<readonly ["path", "int"], "err">;
/**
 * Go's `PivotRoot(newroot, putold string) (err error)`: pivot_root(2), the
 * raw syscall (glibc has no wrapper). It moves the root of the calling
 * thread's mount namespace, and the root and working directory of every
 * process and thread there whose root or directory was the old root. Call
 * Prepare first if this process is to start children afterwards, as before
 * Chroot: once the root has changed the package compiles nothing.
 */
export declare function PivotRoot(newroot: string, putold: string): Errno | null;
/**
 * Go's `Unshare(flags int) (err error)`: unshare(2) for the calling thread,
 * which here is Bun's JavaScript thread (or a Worker's). Bun already runs
 * several threads, and unshare acts on the caller alone, so from Bun,
 * measured on Linux 6.x as root:
 *
 * - CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWNET, CLONE_NEWCGROUP:
 *   succeed, and move only this thread; Bun's other threads stay in the
 *   old namespaces, and so do the files they open or the sockets they make
 *   for Bun's own APIs. Mounts made after CLONE_NEWNS are seen by this
 *   thread and the children it starts.
 * - CLONE_NEWUSER: EINVAL (the kernel requires a single-threaded process),
 *   alone or with other flags.
 * - CLONE_NEWPID: succeeds, and applies to the children this thread
 *   starts next (the first becomes pid 1 of the new namespace, and when it
 *   exits the namespace takes no more). But the kernel then refuses this
 *   thread any new thread (CLONE_THREAD into another pid namespace is
 *   EINVAL): `new Worker` throws "Failed to spawn worker thread", and Bun
 *   aborts when it needs a thread of its own. Use ForkExec's Cloneflags.
 * - CLONE_NEWTIME: succeeds, and applies to the children this thread
 *   starts next (/proc/thread-self/ns/time_for_children); threads still
 *   work (Linux 6.x).
 * - CLONE_FS, CLONE_FILES, CLONE_SYSVSEM: succeed, and give this thread its
 *   own working directory and root, fd table, or semaphore undo list, apart
 *   from Bun's other threads: an fd opened afterwards by either side is not
 *   seen by the other.
 * - CLONE_THREAD, CLONE_SIGHAND, CLONE_VM: EINVAL in a multi-threaded
 *   process. Any bit unshare(2) does not know: EINVAL.
 *
 * Without CAP_SYS_ADMIN, the CLONE_NEW* flags other than CLONE_NEWUSER
 * are EPERM.
 */
export declare const Unshare: import("../sysdef.js").Wrapper<readonly ["int"], "err">;
/** Go's `Sethostname(p []byte) (err error)`: sethostname(2) of the calling thread's UTS namespace; more than 64 bytes is EINVAL. */
export declare const Sethostname: import("../sysdef.js").Wrapper<readonly ["bytes"], "err">;
/** Go's `Setdomainname(p []byte) (err error)`: setdomainname(2) of the calling thread's UTS namespace; more than 64 bytes is EINVAL. */
export declare const Setdomainname: import("../sysdef.js").Wrapper<readonly ["bytes"], "err">;
/**
 * Go's `syscall.Utsname`: six [65]int8 arrays, here Int8Arrays of 65
 * bytes, each a NUL-terminated string of UTF-8 bytes as the kernel wrote
 * it. Pass one to {@link Uname}: it is filled in place. To read a field as
 * a string:
 *
 * ```ts
 * const u = new Utsname();
 * Uname(u);
 * const str = (f: Int8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(f.buffer, f.byteOffset, f.indexOf(0)));
 * str(u.Release); // "6.1.0-18-amd64"
 * ```
 */
export declare class Utsname {
    /** The operating system: "Linux". */
    Sysname: Int8Array;
    /** The hostname, as Sethostname set it. */
    Nodename: Int8Array;
    /** The kernel release: "6.1.0-18-amd64". */
    Release: Int8Array;
    /** The kernel version: "#1 SMP PREEMPT_DYNAMIC ...". */
    Version: Int8Array;
    /** The machine: "x86_64" or "aarch64". */
    Machine: Int8Array;
    /** The NIS domain name, as Setdomainname set it ("(none)" by default). */
    Domainname: Int8Array;
}
/** %TypedArray%.prototype.set, which no subclass or own property overrides. */
/**
 * Go's `Uname(buf *Utsname) (err error)`: uname(2), of the calling
 * thread's UTS namespace. Each field of buf that is an Int8Array of 65 is
 * filled in place; any other value in a field is replaced by a new one.
 * A buf whose fields cannot be written throws TypeError, before the call.
 */
export declare function Uname(buf: Utsname): Errno | null;
/**
 * Go's `syscall.Sysinfo_t` (the kernel's `struct sysinfo`, the same
 * layout on amd64 and arm64): uptime, loads, memory and swap. The memory
 * sizes are in units of {@link Sysinfo_t.Unit} bytes. Go's uint64 fields
 * are bigints; Uptime (int64 seconds), Procs, Pad and Unit are numbers.
 * Go's padding fields (Pad_cgo_0, X_f, Pad_cgo_1) are left out. Pass one
 * to {@link Sysinfo}: it is filled in place.
 */
export declare class Sysinfo_t {
    /** Seconds since boot. */
    Uptime: number;
    /** The 1, 5 and 15 minute load averages, as fixed point with 16 fractional bits (divide by 65536). */
    Loads: bigint[];
    /** Total usable main memory, in Unit bytes. */
    Totalram: bigint;
    /** Available memory, in Unit bytes. */
    Freeram: bigint;
    /** Shared memory, in Unit bytes. */
    Sharedram: bigint;
    /** Memory used by buffers, in Unit bytes. */
    Bufferram: bigint;
    /** Total swap space, in Unit bytes. */
    Totalswap: bigint;
    /** Swap space still available, in Unit bytes. */
    Freeswap: bigint;
    /** Number of current processes (every thread counts). */
    Procs: number;
    /** Padding (the kernel's `pad`). */
    Pad: number;
    /** Total high memory, in Unit bytes (0 on 64-bit). */
    Totalhigh: bigint;
    /** Available high memory, in Unit bytes. */
    Freehigh: bigint;
    /** The memory unit size in bytes (Go's name for the kernel's mem_unit). */
    Unit: number;
}
/**
 * Go's `Sysinfo(info *Sysinfo_t) (err error)`: sysinfo(2). info is filled
 * in place (Loads in place when it is an array of 3); fields that cannot be
 * written throw TypeError, before the call.
 */
export declare function Sysinfo(info: Sysinfo_t): Errno | null;
