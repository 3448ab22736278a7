/**
 * Mounts, roots and names: Go's Mount, Unmount, PivotRoot, Unshare,
 * Sethostname, Setdomainname, Uname (with Utsname) and Sysinfo (with
 * Sysinfo_t): mount(2), umount2(2), pivot_root(2), unshare(2),
 * sethostname(2), setdomainname(2), uname(2), sysinfo(2). Chroot is in
 * the file calls.
 *
 * Namespaces belong to a thread, and a Bun process always has several
 * (JavaScript, the GC, the thread pool, I/O). Unshare, like Go's, changes
 * only the calling thread, and so do the mount-namespace, root and
 * hostname changes made inside what it unshared: see {@link Unshare}. To
 * give a whole process new namespaces, start it in them (ForkExec with
 * `Sys.Cloneflags` or `Sys.Unshareflags`): every thread it later makes is
 * born inside them.
 * @module
 */
import { sysCall } from "../sysdef.ts";
import { bufferOf, copyView, cstring, elementCountOf, setOf, int64Arg, outArg, typedArrayTag } from "../libc.ts";
import type { Errno } from "../errno.ts";
import { noteRootChanged } from "../native.ts";
import { EINVAL, SYS_PIVOT_ROOT } from "../zconsts_linux.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, Int8Array } = globalThis;


const mount = sysCall("Mount", "mount", ["buf", "buf", "buf", "uintptr", "nullbuf"], "err");

/**
 * Go's `Mount(source, target, fstype string, flags uintptr, data string) (err error)`:
 * mount(2). An empty data passes NULL, as Go's does (some file systems
 * refuse an empty option string). A NUL inside any string is EINVAL.
 * Mounting into the mount namespace the Bun process started in changes the
 * machine's: do it in a process of its own namespace (see the module
 * comment), and make that namespace's mounts private first (`Mount("",
 * "/", "", MS_REC | MS_PRIVATE, "")`) unless they are to propagate back.
 */
export function Mount(source: string, target: string, fstype: string, flags: number, data: string): Errno | null {
  // Buffers of this call's own (slot -1), not the two scratch path buffers:
  // the `instanceof Uint8Array` check of each pointer argument can run a
  // Uint8Array[Symbol.hasInstance] of the caller's, and a two-path call
  // made there (a failed Rename) rewrote them: the mount went on its path.
  const s = cstring(source, -1, "source");
  const t = cstring(target, -1, "target");
  const f = cstring(fstype, -1, "fstype");
  const d = cstring(data, -1, "data");
  // flags is checked before a NUL gives EINVAL, as every argument's type is.
  if (int64Arg("flags", flags) < 0) throw new RangeError(`flags out of range: ${flags}`);
  if (s === null || t === null || f === null || d === null) return EINVAL;
  return mount(s, t, f, flags, data === "" ? null : d);
}

/** Go's `Unmount(target string, flags int) (err error)`: umount2(2), with MNT_FORCE, MNT_DETACH, MNT_EXPIRE or UMOUNT_NOFOLLOW. */
export const Unmount = sysCall("Unmount", "umount2", ["path", "int"], "err");

const pivotRoot = sysCall("PivotRoot", SYS_PIVOT_ROOT, ["path", "path"], "err");

/**
 * Go's `PivotRoot(newroot, putold string) (err error)`: pivot_root(2), the
 * raw syscall (glibc has no wrapper). It moves the root of the calling
 * thread's mount namespace, and the root and working directory of every
 * process and thread there whose root or directory was the old root. Call
 * Prepare first if this process is to start children afterwards, as before
 * Chroot: once the root has changed the package compiles nothing.
 */
export function PivotRoot(newroot: string, putold: string): Errno | null {
  const err = pivotRoot(newroot, putold);
  if (err === null) noteRootChanged();
  return err;
}

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
export const Unshare = sysCall("Unshare", "unshare", ["int"], "err");

/** Go's `Sethostname(p []byte) (err error)`: sethostname(2) of the calling thread's UTS namespace; more than 64 bytes is EINVAL. */
export const Sethostname = sysCall("Sethostname", "sethostname", ["bytes"], "err");

/** Go's `Setdomainname(p []byte) (err error)`: setdomainname(2) of the calling thread's UTS namespace; more than 64 bytes is EINVAL. */
export const Setdomainname = sysCall("Setdomainname", "setdomainname", ["bytes"], "err");

/** The length of each field of `struct utsname` (Go's [65]int8). */
const UTS_LEN = 65;
const UTS_FIELDS = ["Sysname", "Nodename", "Release", "Version", "Machine", "Domainname"] as const;

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
export class Utsname {
  /** The operating system: "Linux". */
  Sysname: Int8Array = new Int8Array(UTS_LEN);
  /** The hostname, as Sethostname set it. */
  Nodename: Int8Array = new Int8Array(UTS_LEN);
  /** The kernel release: "6.1.0-18-amd64". */
  Release: Int8Array = new Int8Array(UTS_LEN);
  /** The kernel version: "#1 SMP PREEMPT_DYNAMIC ...". */
  Version: Int8Array = new Int8Array(UTS_LEN);
  /** The machine: "x86_64" or "aarch64". */
  Machine: Int8Array = new Int8Array(UTS_LEN);
  /** The NIS domain name, as Setdomainname set it ("(none)" by default). */
  Domainname: Int8Array = new Int8Array(UTS_LEN);
}

const uname = sysCall("Uname", "uname", ["buf"], "err");
let utsBuf: Uint8Array | null = null;
/** %TypedArray%.prototype.set, which no subclass or own property overrides. */

/**
 * Go's `Uname(buf *Utsname) (err error)`: uname(2), of the calling
 * thread's UTS namespace. Each field of buf that is an Int8Array of 65 is
 * filled in place; any other value in a field is replaced by a new one.
 * A buf whose fields cannot be written throws TypeError, before the call.
 */
export function Uname(buf: Utsname): Errno | null {
  outArg("buf", buf, UTS_FIELDS);
  const b = (utsBuf ??= new Uint8Array(UTS_LEN * UTS_FIELDS.length));
  const err = uname(b);
  if (err !== null) return err;
  // A copy: a getter or setter of buf's may call Uname again, which rewrites utsBuf.
  // Made by the constructors and the engine's getters, not b.slice() and got.buffer, which a
  // shadowed Uint8Array.prototype getter or slice could replace (a RangeError, or another buffer's bytes).
  const got = new Uint8Array(b);
  // An index loop, not forEach: with Array.prototype.forEach replaced, buf was left as it was and null returned.
  for (let i = 0; i < UTS_FIELDS.length; i++) {
    const k = UTS_FIELDS[i]!;
    const bytes = new Int8Array(bufferOf(got), i * UTS_LEN, UTS_LEN);
    const f: unknown = buf[k];
    // The engine's own length and set: an own or inherited `length` or `set` of f's cannot make it throw or lie.
    if (typedArrayTag(f) === "Int8Array" && elementCountOf(f as Int8Array) === UTS_LEN) setOf(f as Int8Array, bytes);
    else buf[k] = new Int8Array(bytes);
  }
  return null;
}

/**
 * Go's `syscall.Sysinfo_t` (the kernel's `struct sysinfo`, the same
 * layout on amd64 and arm64): uptime, loads, memory and swap. The memory
 * sizes are in units of {@link Sysinfo_t.Unit} bytes. Go's uint64 fields
 * are bigints; Uptime (int64 seconds), Procs, Pad and Unit are numbers.
 * Go's padding fields (Pad_cgo_0, X_f, Pad_cgo_1) are left out. Pass one
 * to {@link Sysinfo}: it is filled in place.
 */
export class Sysinfo_t {
  /** Seconds since boot. */
  Uptime = 0;
  /** The 1, 5 and 15 minute load averages, as fixed point with 16 fractional bits (divide by 65536). */
  Loads: bigint[] = [0n, 0n, 0n];
  /** Total usable main memory, in Unit bytes. */
  Totalram = 0n;
  /** Available memory, in Unit bytes. */
  Freeram = 0n;
  /** Shared memory, in Unit bytes. */
  Sharedram = 0n;
  /** Memory used by buffers, in Unit bytes. */
  Bufferram = 0n;
  /** Total swap space, in Unit bytes. */
  Totalswap = 0n;
  /** Swap space still available, in Unit bytes. */
  Freeswap = 0n;
  /** Number of current processes (every thread counts). */
  Procs = 0;
  /** Padding (the kernel's `pad`). */
  Pad = 0;
  /** Total high memory, in Unit bytes (0 on 64-bit). */
  Totalhigh = 0n;
  /** Available high memory, in Unit bytes. */
  Freehigh = 0n;
  /** The memory unit size in bytes (Go's name for the kernel's mem_unit). */
  Unit = 0;
}

/** Byte offsets in `struct sysinfo` (64-bit), as Go's ztypes_linux_{amd64,arm64}.go lay it out. */
const SYSINFO_LAYOUT = {
  size: 112, Uptime: 0, Loads: 8, Totalram: 32, Freeram: 40, Sharedram: 48, Bufferram: 56, Totalswap: 64,
  Freeswap: 72, Procs: 80, Pad: 82, Totalhigh: 88, Freehigh: 96, Unit: 104,
} as const;
const U64_FIELDS = ["Totalram", "Freeram", "Sharedram", "Bufferram", "Totalswap", "Freeswap", "Totalhigh", "Freehigh"] as const;
const SYSINFO_FIELDS: readonly string[] = ["Uptime", "Loads", ...U64_FIELDS, "Procs", "Pad", "Unit"];

const sysinfo = sysCall("Sysinfo", "sysinfo", ["buf"], "err");
let infoBuf: Uint8Array | null = null;

/**
 * Go's `Sysinfo(info *Sysinfo_t) (err error)`: sysinfo(2). info is filled
 * in place (Loads in place when it is an array of 3); fields that cannot be
 * written throw TypeError, before the call.
 */
export function Sysinfo(info: Sysinfo_t): Errno | null {
  outArg("info", info, SYSINFO_FIELDS);
  const loads: unknown = info.Loads;
  const inPlace = Array.isArray(loads) && loads.length === 3;
  if (inPlace) outArg("info.Loads", loads, ["0", "1", "2"]);
  const b = (infoBuf ??= new Uint8Array(SYSINFO_LAYOUT.size));
  const err = sysinfo(b);
  if (err !== null) return err;
  // A copy, read before anything is written: a Proxy's set trap may call Sysinfo again, which rewrites infoBuf.
  const dv = copyView(b);
  const L = SYSINFO_LAYOUT;
  info.Uptime = Number(dv.getBigInt64(L.Uptime, true));
  // No map or for-of: Array.prototype's map or iterator, replaced, would leave fields unwritten.
  const l = [dv.getBigUint64(L.Loads, true), dv.getBigUint64(L.Loads + 8, true), dv.getBigUint64(L.Loads + 16, true)];
  if (inPlace) for (let i = 0; i < 3; i++) (loads as bigint[])[i] = l[i]!;
  else info.Loads = l;
  for (let i = 0; i < U64_FIELDS.length; i++) info[U64_FIELDS[i]!] = dv.getBigUint64(L[U64_FIELDS[i]!], true);
  info.Procs = dv.getUint16(L.Procs, true);
  info.Pad = dv.getUint16(L.Pad, true);
  info.Unit = dv.getUint32(L.Unit, true);
  return null;
}
