/**
 * The calls of golang.org/x/sys/unix that a Bun program needs and Go's
 * `syscall` lacks: namespaces (Setns), prctl, prlimit, capabilities
 * (Capget, Capset), memfd_create, close_range, openat2, pidfd_getfd, and
 * the terminal ioctls (IoctlGetInt, IoctlSetPointerInt, IoctlGetWinsize,
 * IoctlSetTermios, ...) with x/sys/unix's Winsize and Termios.
 *
 * Names, signatures and struct layouts are x/sys/unix's (syscall_linux.go,
 * ioctl_unsigned.go, ztypes_linux.go; amd64 and arm64 agree on every
 * layout here). Plain calls are one {@link sysCall} line each; the
 * hand-written parts only encode and decode structs, through the field
 * checks at the top of this file.
 *
 * Two choices differ from Go, both to keep a wrong number from reaching the
 * kernel as a different one: an ioctl request and CloseRange's bounds are
 * Go `uint`s, but the kernel reads them as 32-bit `unsigned int`, so values
 * of 2^32 and above throw RangeError instead of being truncated (all of
 * CloseRange's range is `0xffffffff`, or `~0 >>> 0`). And every ioctl that
 * passes a pointer passes one to a buffer of the package's own large enough
 * for any request number (16 KiB), so a request that writes more than the
 * Go type holds (TCGETS2 into a Winsize) cannot write past it. The request
 * number is still the caller's, as in Go: one whose argument is a struct
 * holding a pointer (SIOCGIFCONF's ifconf, given as a Termios) makes the
 * kernel take the struct's bytes as an address, exactly as unsafe as Go's.
 * Use each helper with the requests its type is for.
 * @module
 */
import { EINVAL, SYS_IOCTL, SYS_PRCTL, SYS_PRLIMIT64 } from "../zconsts_linux.ts";
import { sysCall } from "../sysdef.ts";
import { describe, elementCountOf, fdArg, fillOf, initFields, int64Arg, intArg, isSafeInt, objArg, outArg, subview, typedArrayTag, u64Arg } from "../libc.ts";
import { Errno } from "../errno.ts";
import { Rlimit } from "../types.ts";
import { Getpid, rlimitHooks } from "../process.ts";
import { fdsGone } from "../file.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, Uint16Array, Uint32Array, Int32Array, BigInt64Array, BigUint64Array, DataView } = globalThis;


// ------------------------------------------------------------------ constants missing from Go's syscall

/** capget/capset header version 1 (32-bit sets: one CapUserData), as x/sys/unix's LINUX_CAPABILITY_VERSION_1. */
export const LINUX_CAPABILITY_VERSION_1 = 0x19980330;
/** capget/capset header version 2 (deprecated; 64-bit sets: two CapUserData), as x/sys/unix's LINUX_CAPABILITY_VERSION_2. */
export const LINUX_CAPABILITY_VERSION_2 = 0x20071026;
/** capget/capset header version 3 (64-bit sets: two CapUserData, low words first), as x/sys/unix's LINUX_CAPABILITY_VERSION_3. */
export const LINUX_CAPABILITY_VERSION_3 = 0x20080522;

/** memfd_create(2) flag: the fd is close-on-exec, as x/sys/unix's MFD_CLOEXEC. */
export const MFD_CLOEXEC = 0x1;
/** memfd_create(2) flag: the file accepts seals (fcntl F_ADD_SEALS), as x/sys/unix's MFD_ALLOW_SEALING. */
export const MFD_ALLOW_SEALING = 0x2;
/** memfd_create(2) flag: back the file with huge pages, as x/sys/unix's MFD_HUGETLB. */
export const MFD_HUGETLB = 0x4;
/** memfd_create(2) flag (Linux 6.3): not executable, sealed so for good, as x/sys/unix's MFD_NOEXEC_SEAL. */
export const MFD_NOEXEC_SEAL = 0x8;
/** memfd_create(2) flag (Linux 6.3): executable, as x/sys/unix's MFD_EXEC. */
export const MFD_EXEC = 0x10;

/** close_range(2) flag: unshare the fd table first, as x/sys/unix's CLOSE_RANGE_UNSHARE. */
export const CLOSE_RANGE_UNSHARE = 0x2;
/** close_range(2) flag: set close-on-exec instead of closing, as x/sys/unix's CLOSE_RANGE_CLOEXEC. */
export const CLOSE_RANGE_CLOEXEC = 0x4;

/** openat2(2) resolve flag: no crossing of mount points, as x/sys/unix's RESOLVE_NO_XDEV. */
export const RESOLVE_NO_XDEV = 0x1;
/** openat2(2) resolve flag: no magic links (/proc/PID/fd/N), as x/sys/unix's RESOLVE_NO_MAGICLINKS. */
export const RESOLVE_NO_MAGICLINKS = 0x2;
/** openat2(2) resolve flag: no symbolic links at all (ELOOP), as x/sys/unix's RESOLVE_NO_SYMLINKS. */
export const RESOLVE_NO_SYMLINKS = 0x4;
/** openat2(2) resolve flag: the path must stay beneath dirfd (EXDEV), as x/sys/unix's RESOLVE_BENEATH. */
export const RESOLVE_BENEATH = 0x8;
/** openat2(2) resolve flag: resolve as if dirfd were the root, as x/sys/unix's RESOLVE_IN_ROOT. */
export const RESOLVE_IN_ROOT = 0x10;
/** The size of struct open_how that Openat2 passes, as x/sys/unix's SizeofOpenHow. */
export const SizeofOpenHow = 0x18;

/** ioctl(2) request: get a termios2 (a whole {@link Termios}, speeds included), as x/sys/unix's TCGETS2. */
export const TCGETS2 = 0x802c542a;
/** ioctl(2) request: set a termios2 (a whole {@link Termios}, speeds included), as x/sys/unix's TCSETS2. */
export const TCSETS2 = 0x402c542b;

// ------------------------------------------------------------------ struct fields

const U8 = 0xff;
const U16 = 0xffff;
const U32 = 0xffffffff;

/** A struct pointer argument: an object, or null for Go's nil (the kernel then sees NULL). */
function ptrArg<T>(name: string, v: T | null): T | null {
  return v === null ? null : objArg(name, v);
}

// ------------------------------------------------------------------ Setns, Prctl, Prlimit

/**
 * Go's (x/sys/unix) `Setns(fd int, nstype int) (err error)`: setns(2),
 * moves the calling thread into the namespace fd (a /proc/PID/ns/* file or
 * a pidfd) refers to; nstype is 0 or the matching CLONE_NEW* (EINVAL for
 * another).
 *
 * Namespaces are per thread, and from Bun the calling thread is the
 * JavaScript thread, never Bun's other threads (its thread pool does
 * async file I/O and DNS in the old namespaces). Measured from Bun: UTS,
 * IPC, net and PID (for later children: ForkExec's children are
 * born in it) join; mount (CLONE_NEWNS) and user (CLONE_NEWUSER) return
 * EINVAL, because the kernel allows those only in a process whose fs state
 * no other thread shares and a single-threaded one, and Bun always has
 * threads. Use ForkExec's Cloneflags or Unshareflags for those.
 */
export const Setns = sysCall("Setns", "setns", ["fd", "int"], "err");

/**
 * Go's (x/sys/unix) `FcntlInt(fd uintptr, cmd, arg int) (int, error)`:
 * fcntl(2) with an integer argument and result: F_GETFD, F_SETFD, F_GETFL,
 * F_SETFL, F_DUPFD_CLOEXEC, F_GETPIPE_SZ, F_SETPIPE_SZ and the like. A
 * pipe made larger with F_SETPIPE_SZ (up to /proc/sys/fs/pipe-max-size)
 * lets a reader take more per read: Bun.spawn's own stdout is a socket
 * pair with a larger buffer than a pipe's default 64 KiB. The argument is
 * passed as a full machine word, as Go's uintptr(arg).
 *
 * Beyond Go: the commands whose argument is a pointer (F_GETLK, F_SETLK,
 * F_SETLKW and their F_OFD_ forms, F_GETOWN_EX, F_SETOWN_EX, F_GETOWNER_UIDS
 * and the read/write hints) are EINVAL, since the kernel would read and
 * write memory at the number given; use FcntlFlock for locks.
 */
export function FcntlInt(fd: number, cmd: number, arg: number): [value: number, err: Errno | null] {
  // As Go's compiler, and as the sysCall wrappers: exactly three arguments.
  if (arguments.length !== 3) throw new TypeError(`FcntlInt takes 3 arguments, got ${arguments.length}`);
  if (typeof cmd === "number" && pointerFcntl(cmd)) {
    fdArg(fd);
    int64Arg("arg", arg);
    return [-1, EINVAL];
  }
  return fcntlInt(fd, cmd, arg);
}
const fcntlInt = sysCall("FcntlInt", "fcntl", ["fd", "int", "int64"], "int");
/**
 * Whether an fcntl(2) command's third argument is a pointer (include/uapi/linux/fcntl.h,
 * asm-generic/fcntl.h). A switch, not a Set: with Set.prototype.has replaced to
 * answer false, F_GETOWNER_UIDS reached the kernel, which wrote at the number given.
 */
function pointerFcntl(cmd: number): boolean {
  switch (cmd) {
    case 5: case 6: case 7: // F_GETLK, F_SETLK, F_SETLKW (struct flock)
    case 36: case 37: case 38: // F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW
    case 15: case 16: case 17: // F_SETOWN_EX, F_GETOWN_EX (struct f_owner_ex), F_GETOWNER_UIDS (uid_t[2])
    case 1035: case 1036: case 1037: case 1038: // F_GET_RW_HINT, F_SET_RW_HINT, F_GET_FILE_RW_HINT, F_SET_FILE_RW_HINT (u64 *)
      return true;
  }
  return false;
}

/**
 * Go's (x/sys/unix) `Prctl(option int, arg2, arg3, arg4, arg5 uintptr) (err error)`:
 * prctl(2). Only the error comes back, as in Go: use {@link PrctlRetInt}
 * for the PR_GET_* options that return their answer. Arguments that are
 * addresses (PR_SET_NAME, PR_GET_NAME) are raw addresses, `ptr(buf)` of
 * bun:ffi, exactly as unsafe as Go's uintptr(unsafe.Pointer(...)).
 */
export const Prctl = sysCall("Prctl", SYS_PRCTL, ["int", "uintptr", "uintptr", "uintptr", "uintptr"], "err");

/**
 * Go's (x/sys/unix) `PrctlRetInt(option int, arg2, arg3, arg4, arg5 uintptr) (int, error)`:
 * prctl(2) returning its non-negative result (PR_GET_DUMPABLE,
 * PR_GET_NO_NEW_PRIVS, PR_CAPBSET_READ, ...). On failure the number is -1
 * (x/sys/unix gives 0).
 */
export const PrctlRetInt = sysCall("PrctlRetInt", SYS_PRCTL, ["int", "uintptr", "uintptr", "uintptr", "uintptr"], "long");

const prlimit64 = sysCall("Prlimit", SYS_PRLIMIT64, ["int", "int", "nullbuf", "nullbuf"], "err");
const rlimNew = new BigUint64Array(2);
const rlimOld = new BigUint64Array(2);
const rlimNewBytes = new Uint8Array(rlimNew.buffer);
const rlimOldBytes = new Uint8Array(rlimOld.buffer);

/**
 * Go's (x/sys/unix) `Prlimit(pid, resource int, newlimit, old *Rlimit) error`:
 * prlimit(2), the limits of any process (pid 0 is this one). newlimit, when
 * not null, is set (Cur and Max bigints, or safe integers, in [0, 2^64-1]);
 * old, when not null, is filled in place with the limit before the change.
 * Setting RLIMIT_NOFILE of this process clears {@link SetChildRlimitNofile},
 * as Setrlimit does (Go's syscall.prlimit does the same).
 */
export function Prlimit(pid: number, resource: number, newlimit: Rlimit | null, old: Rlimit | null): Errno | null {
  const nl = ptrArg("newlimit", newlimit);
  const ol = old === null ? null : outArg("old", old, ["Cur", "Max"]);
  // Both read before the shared buffer is written: a getter may call Prlimit, which writes it too.
  const set = nl === null ? null : new Rlimit(u64Arg("newlimit.Cur", nl.Cur), u64Arg("newlimit.Max", nl.Max));
  if (set !== null) {
    rlimNew[0] = set.Cur;
    rlimNew[1] = set.Max;
  }
  const err = prlimit64(pid, resource, set === null ? null : rlimNewBytes, ol === null ? null : rlimOldBytes);
  if (err !== null) return err;
  const cur = rlimOld[0]!, max = rlimOld[1]!;
  // The hooks see what was set, not the caller's object (whose getters could say otherwise).
  // An index loop: with Array.prototype's iterator replaced, for-of skipped ForkExec's hook (as Setrlimit's did).
  // Before old is written: a Proxy's set trap that threw there left the limit set and
  // SetChildRlimitNofile's saved one in force, so children got the stale limit.
  if (set !== null && (pid === 0 || pid === Getpid())) for (let i = 0; i < rlimitHooks.length; i++) rlimitHooks[i]!(resource, set);
  if (ol !== null) {
    ol.Cur = cur;
    ol.Max = max;
  }
  return null;
}

// ------------------------------------------------------------------ Capget, Capset

/** Go's (x/sys/unix) `CapUserHeader`: the header of capget(2) and capset(2). */
export class CapUserHeader {
  /** A header of version and pid (both default to 0). */
  constructor(
    /** LINUX_CAPABILITY_VERSION_1, _2 or _3; the kernel writes its preferred version here when it refuses this one (EINVAL). */
    public Version = 0,
    /** The thread whose sets Capget reads (0: the caller); Capset accepts only 0 or the caller. */
    public Pid = 0,
  ) {}
}

/** Go's (x/sys/unix) `CapUserData`: one 32-bit word of each capability set (version 3 uses two: bits 0-31, then 32-63). */
export class CapUserData {
  /** A CapUserData of the three words (default 0). */
  constructor(
    /** Effective set. */
    public Effective = 0,
    /** Permitted set. */
    public Permitted = 0,
    /** Inheritable set. */
    public Inheritable = 0,
  ) {}
}

const capget = sysCall("Capget", "capget", ["nullbuf", "nullbuf"], "err");
const capset = sysCall("Capset", "capset", ["nullbuf", "nullbuf"], "err");
// Written and read by index through these word views, never through DataView.prototype's methods or
// Array.prototype's (map, flatMap, forEach, from, slice), which a program can replace: with forEach a
// no-op, Capset passed zeros and dropped every capability.
const capHdrWords = new Uint32Array(2);
const capHdr = new Uint8Array(capHdrWords.buffer);
const capWords = new Uint32Array(6);
const capData = new Uint8Array(capWords.buffer);
const CAP_KEYS = ["Effective", "Permitted", "Inheritable"] as const;

/**
 * The CapUserData objects a Capget or Capset call uses: Go's `*CapUserData`
 * points at the first of an array the kernel reads or writes one (version 1)
 * or two (versions 2 and 3) of. Here data is an array (its first two
 * elements are used; an empty one is Go's index-out-of-range panic, a
 * RangeError), a single CapUserData (it is element 0; a second word the
 * kernel writes is dropped, and the one it reads is 0), or null (NULL: with
 * a valid version, Capget only checks it).
 */
function capElems(data: CapUserData | CapUserData[] | null, write: boolean): CapUserData[] | null {
  if (data === null) return null;
  const check = (v: unknown, name: string) => (write ? outArg(name, v as CapUserData, CAP_KEYS) : objArg(name, v as CapUserData));
  if (!Array.isArray(data)) return [check(data, "data")];
  const len: unknown = data.length;
  if (typeof len !== "number" || !isSafeInt(len)) throw new TypeError("data has an invalid length");
  if (len === 0) throw new RangeError("data is empty: Capget and Capset need at least one CapUserData");
  const out: CapUserData[] = [];
  for (let i = 0; i < (len < 2 ? len : 2); i++) out[i] = check(data[i], `data[${i}]`);
  return out;
}

/**
 * Encodes hdr (and data, for Capset) into the scratch buffers, makes the
 * call, writes hdr.Version back. Returns the call's error and the kernel's
 * version and data words, read out of the scratch buffers at once. Every
 * field of the caller's is read before the buffers are written, and the
 * answer is read out before anything is written back: a getter (or a
 * Proxy's trap) may call Capget or Capset, which rewrite them.
 */
function capCall(call: typeof capget, hdr: CapUserHeader | null, elems: CapUserData[] | null, encodeData: boolean): [err: Errno | null, version: number, words: number[]] {
  const h = hdr === null ? null : [intArg("hdr.Version", hdr.Version, 0, U32), intArg("hdr.Pid", hdr.Pid) | 0] as const;
  const data: number[] = [];
  if (encodeData && elems !== null) {
    for (let i = 0; i < elems.length; i++) for (let j = 0; j < 3; j++) data[i * 3 + j] = intArg(`data[${i}].${CAP_KEYS[j]}`, elems[i]![CAP_KEYS[j]!], 0, U32);
  }
  if (h !== null) {
    capHdrWords[0] = h[0];
    capHdrWords[1] = h[1];
  }
  fillOf(capData, 0); // a second struct the kernel reads must be 0, not a previous call's words
  for (let i = 0; i < data.length; i++) capWords[i] = data[i]!;
  const err = call(hdr === null ? null : capHdr, elems === null ? null : capData);
  const version = capHdrWords[0]!;
  const words: number[] = [];
  for (let i = 0; i < 6; i++) words[i] = capWords[i]!;
  if (hdr !== null) hdr.Version = version;
  return [err, version, words];
}

/**
 * Go's (x/sys/unix) `Capget(hdr *CapUserHeader, data *CapUserData) (err error)`:
 * capget(2). Fills data in place: pass `[new CapUserData(), new CapUserData()]`
 * with LINUX_CAPABILITY_VERSION_3 (the 64-bit sets, low words first), one
 * CapUserData with version 1. On EINVAL for an unknown version,
 * hdr.Version is set to the kernel's preferred one.
 */
export function Capget(hdr: CapUserHeader | null, data: CapUserData | CapUserData[] | null): Errno | null {
  const h = hdr === null ? null : outArg("hdr", hdr, ["Version"]);
  const elems = capElems(data, true);
  const [err, version, words] = capCall(capget, h, elems, false);
  if (err !== null || elems === null) return err;
  const n = version === LINUX_CAPABILITY_VERSION_1 ? 1 : 2;
  for (let i = 0; i < n && i < elems.length; i++) for (let j = 0; j < 3; j++) elems[i]![CAP_KEYS[j]!] = words[i * 3 + j]!;
  return null;
}

/**
 * Go's (x/sys/unix) `Capset(hdr *CapUserHeader, data *CapUserData) (err error)`:
 * capset(2), sets the calling thread's capability sets from data (shaped as
 * for {@link Capget}). Capabilities are per thread: from Bun this changes
 * only the JavaScript thread, not Bun's other threads.
 */
export function Capset(hdr: CapUserHeader | null, data: CapUserData | CapUserData[] | null): Errno | null {
  const h = hdr === null ? null : outArg("hdr", hdr, ["Version"]);
  return capCall(capset, h, capElems(data, false), true)[0];
}

// ------------------------------------------------------------------ fds: memfd, close_range, pidfd_getfd, openat2

/**
 * Go's (x/sys/unix) `MemfdCreate(name string, flags int) (fd int, err error)`:
 * memfd_create(2), an anonymous memory file (MFD_CLOEXEC, MFD_ALLOW_SEALING,
 * ...). name is only a label (/proc/PID/fd shows `/memfd:name`); a name
 * past 249 bytes is EINVAL, as is a NUL in it.
 */
export const MemfdCreate = sysCall("MemfdCreate", "memfd_create", ["path", "int"], "int");

/**
 * Go's (x/sys/unix) `CloseRange(first uint, last uint, flags uint) (err error)`:
 * close_range(2) (Linux 5.9), closes (or with CLOSE_RANGE_CLOEXEC marks)
 * the fds first..last. The bounds are the kernel's unsigned int: up to
 * 0xffffffff (all fds), RangeError past it.
 */
export function CloseRange(first: number, last: number, flags: number): Errno | null {
  const err = closeRange(first, last, flags);
  // Unless it only marked them close-on-exec, the numbers' files are gone.
  if (err === null && (flags & CLOSE_RANGE_CLOEXEC) === 0 && first <= last) fdsGone(first, Math.min(last, 0x7fffffff));
  return err;
}
const closeRange = sysCall("CloseRange", { nr: { amd64: 436, arm64: 436 } }, ["uint", "uint", "uint"], "err");

/**
 * Go's (x/sys/unix) `PidfdGetfd(pidfd int, targetfd int, flags int) (fd int, err error)`:
 * pidfd_getfd(2) (Linux 5.6), a duplicate in this process of fd targetfd
 * of the process pidfd refers to (it needs ptrace access to that process;
 * the new fd is close-on-exec; flags must be 0).
 */
export const PidfdGetfd = sysCall("PidfdGetfd", { nr: { amd64: 438, arm64: 438 } }, ["fd", "fd", "int"], "int");

/** Go's (x/sys/unix) `OpenHow`: struct open_how of openat2(2). Fields are uint64 in Go; safe integers here (every bit the kernel accepts fits). */
export class OpenHow {
  /** An OpenHow of flags, mode and resolve (default 0). */
  constructor(
    /** O_* flags (the kernel refuses unknown bits with EINVAL). */
    public Flags = 0,
    /** Mode for O_CREAT or O_TMPFILE; must be 0 otherwise (EINVAL). */
    public Mode = 0,
    /** RESOLVE_* flags. */
    public Resolve = 0,
  ) {}
}

const openat2 = sysCall("Openat2", { nr: { amd64: 437, arm64: 437 } }, ["fd", "path", "nullbuf", "uintptr"], "int");
const howWords = new BigUint64Array(3);
const howBuf = new Uint8Array(howWords.buffer);
const HOW_KEYS = ["Flags", "Mode", "Resolve"] as const;
/** BigInt as the engine made it: a program may replace the global (BigInt returning 0n dropped RESOLVE_BENEATH). */
const toBigInt = BigInt;

/**
 * Go's (x/sys/unix) `Openat2(dirfd int, path string, how *OpenHow) (fd int, err error)`:
 * openat2(2) (Linux 5.6), openat with RESOLVE_* restrictions on how the
 * path is resolved: RESOLVE_BENEATH refuses an escape from dirfd (EXDEV),
 * RESOLVE_NO_SYMLINKS any symbolic link (ELOOP). Unlike Openat, unknown
 * flag bits and a mode without O_CREAT are EINVAL.
 */
export function Openat2(dirfd: number, path: string, how: OpenHow | null): [fd: number, err: Errno | null] {
  const h = ptrArg("how", how);
  // All three read before howBuf is written: a getter may call Openat2, which writes it too.
  // Index loops and stores, not map, forEach or DataView's setters: with any of them replaced,
  // the kernel got another call's (or no) RESOLVE_* flags, and ../ escaped a RESOLVE_BENEATH.
  if (h !== null) {
    const fields: number[] = [];
    for (let i = 0; i < 3; i++) fields[i] = intArg(`how.${HOW_KEYS[i]}`, h[HOW_KEYS[i]!], 0, Number.MAX_SAFE_INTEGER);
    for (let i = 0; i < 3; i++) howWords[i] = toBigInt(fields[i]!);
  }
  return openat2(dirfd, path, h === null ? null : howBuf, SizeofOpenHow);
}

// ------------------------------------------------------------------ terminal ioctls

/** Go's (x/sys/unix) `Winsize`: struct winsize of TIOCGWINSZ and TIOCSWINSZ. */
export class Winsize {
  /** Rows, in characters. */
  Row = 0;
  /** Columns, in characters. */
  Col = 0;
  /** Width, in pixels (unused by the kernel). */
  Xpixel = 0;
  /** Height, in pixels (unused by the kernel). */
  Ypixel = 0;
  /** A Winsize with the fields init gives (Go's composite literal); the rest as above. */
  constructor(init?: Partial<Winsize>) {
    initFields(this, init);
  }
}

/** The number of control characters in {@link Termios}.Cc: the kernel's NCCS. */
const NCCS = 19;

/**
 * Go's (x/sys/unix) `Termios`: the kernel's struct termios2 (44 bytes:
 * Iflag, Oflag, Cflag, Lflag, Line, Cc [19]uint8, Ispeed, Ospeed), the
 * layout of x/sys/unix and of TCGETS2. TCGETS and TCSETS move its first
 * 36 bytes, so after TCGETS the speeds read 0; TCGETS2 fills them. (Go's
 * own syscall.Termios is glibc's struct instead, with 32 Cc bytes; this
 * package has x/sys/unix's, the one its ioctls take.)
 */
export class Termios {
  /** Input modes (ICRNL, IXON, ...). */
  Iflag = 0;
  /** Output modes (OPOST, ...). */
  Oflag = 0;
  /** Control modes (CS8, CREAD, baud bits, ...). */
  Cflag = 0;
  /** Local modes (ECHO, ICANON, ISIG, ...). */
  Lflag = 0;
  /** Line discipline. */
  Line = 0;
  /** Control characters, indexed by VINTR (0) ... VMIN (6), VTIME (5) ...: exactly 19 bytes. */
  Cc: Uint8Array = new Uint8Array(NCCS);
  /** Input speed (termios2; TCGETS leaves it 0). */
  Ispeed = 0;
  /** Output speed (termios2; TCGETS leaves it 0). */
  Ospeed = 0;
  /** A Termios with the fields init gives (Go's composite literal); the rest as above. */
  constructor(init?: Partial<Termios>) {
    initFields(this, init);
  }
}

/** Struct layouts: Winsize's four uint16 fields; Termios's uint32 and uint8 fields at their offsets (Cc at 17). */
const WINSIZE_KEYS = ["Row", "Col", "Xpixel", "Ypixel"] as const;
const TERMIOS_U32 = [["Iflag", 0], ["Oflag", 4], ["Cflag", 8], ["Lflag", 12], ["Ispeed", 36], ["Ospeed", 40]] as const;
const TERMIOS_CC = 17;

/**
 * Where every pointer ioctl points: 16 KiB, the most an ioctl number can
 * encode (14 size bits), and more than any legacy tty request moves. It is
 * zeroed before each call, as Go zeroes the value it passes.
 */
const ioBuf = new Uint8Array(16384);
/**
 * ioBuf is written and read through these views, by index: DataView.prototype's
 * methods and Array.prototype's (iterator, map, forEach) can be replaced (a
 * no-op setter set a 0x0 Winsize; an empty iterator made IoctlGetTermios
 * report zero modes, which a get-modify-set then sent to the terminal).
 */
const ioU16 = new Uint16Array(ioBuf.buffer), ioI32 = new Int32Array(ioBuf.buffer), ioU32 = new Uint32Array(ioBuf.buffer), ioI64 = new BigInt64Array(ioBuf.buffer);
/** Number as the engine made it (a program may replace the global). */
const toNumber = Number;
const ioctlPtr = sysCall("ioctl", SYS_IOCTL, ["fd", "uint", "nullbuf"], "err");

/** One pointer ioctl through {@link ioBuf}: encode (after the zeroing) writes the argument; null passes NULL. */
function ioctlBuf(fd: number, req: number, encode: (() => void) | null): Errno | null {
  fillOf(ioBuf, 0); // the engine's fill: a replaced one would leave the last call's bytes
  if (encode !== null) encode();
  return ioctlPtr(fd, req, ioBuf);
}

/**
 * Go's (x/sys/unix) `IoctlSetInt(fd int, req uint, value int) error`:
 * ioctl(2) with value itself as the argument (TIOCSCTTY's 0 or 1,
 * TCFLSH's queue selector). A request that takes a pointer reads
 * value as an address, as in Go.
 */
export const IoctlSetInt = sysCall("IoctlSetInt", SYS_IOCTL, ["fd", "uint", "int64"], "err");

/**
 * Go's (x/sys/unix) `IoctlSetPointerInt(fd int, req uint, value int) error`:
 * ioctl(2) with a pointer to value as a C int (TIOCSPTLCK, TIOCSPGRP).
 * value is in [-2^31, 2^32), as for any C int argument of the package
 * (RangeError past it: Go would truncate it to 32 bits).
 */
export function IoctlSetPointerInt(fd: number, req: number, value: number): Errno | null {
  const v = (intArg("value", value) | 0);
  return ioctlBuf(fd, req, () => (ioI32[0] = v));
}

/**
 * Go's (x/sys/unix) `IoctlGetInt(fd int, req uint) (int, error)`: ioctl(2)
 * with a pointer to a zeroed Go int (8 bytes), which is returned
 * (TIOCGPTN, TIOCGPGRP, FIONREAD). A request that writes a 4-byte C int
 * leaves the upper half 0, as in Go: -1 reads as 4294967295. 0 on failure,
 * as in Go.
 */
export function IoctlGetInt(fd: number, req: number): [value: number, err: Errno | null] {
  const err = ioctlBuf(fd, req, null);
  return err === null ? [toNumber(ioI64[0]!), null] : [0, err];
}

/**
 * Go's (x/sys/unix) `IoctlGetWinsize(fd int, req uint) (*Winsize, error)`:
 * ioctl(2) TIOCGWINSZ, a terminal's size. A new Winsize either way (zero on
 * failure, as Go's).
 */
export function IoctlGetWinsize(fd: number, req: number): [value: Winsize, err: Errno | null] {
  const ws = new Winsize();
  const err = ioctlBuf(fd, req, null);
  if (err === null) for (let i = 0; i < 4; i++) ws[WINSIZE_KEYS[i]!] = ioU16[i]!;
  return [ws, err];
}

/**
 * Go's (x/sys/unix) `IoctlSetWinsize(fd int, req uint, value *Winsize) error`:
 * ioctl(2) TIOCSWINSZ, sets a terminal's size (the foreground process group
 * gets SIGWINCH). Fields are uint16 (RangeError past them); null passes
 * NULL (EFAULT).
 */
export function IoctlSetWinsize(fd: number, req: number, value: Winsize | null): Errno | null {
  const v = ptrArg("value", value);
  if (v === null) return ioctlPtr(fd, req, null);
  // Index loops, not map and forEach: replaced ones set a 0x0 size.
  const fields: number[] = [];
  for (let i = 0; i < 4; i++) fields[i] = intArg(`value.${WINSIZE_KEYS[i]}`, v[WINSIZE_KEYS[i]!], 0, U16);
  return ioctlBuf(fd, req, () => {
    for (let i = 0; i < 4; i++) ioU16[i] = fields[i]!;
  });
}

/**
 * Go's (x/sys/unix) `IoctlGetTermios(fd int, req uint) (*Termios, error)`:
 * ioctl(2) TCGETS (or TCGETS2, which fills the speeds too), a terminal's
 * modes. A new Termios either way (zero on failure, as Go's).
 */
export function IoctlGetTermios(fd: number, req: number): [value: Termios, err: Errno | null] {
  const t = new Termios();
  const err = ioctlBuf(fd, req, null);
  if (err === null) {
    for (let i = 0; i < TERMIOS_U32.length; i++) t[TERMIOS_U32[i]![0]] = ioU32[TERMIOS_U32[i]![1] / 4]!;
    t.Line = ioBuf[16]!;
    t.Cc = new Uint8Array(subview(ioBuf, TERMIOS_CC, TERMIOS_CC + NCCS)); // not ioBuf.slice, which can be shadowed
  }
  return [t, err];
}

/** Checks Termios.Cc: a Uint8Array or array of exactly 19 integers in [0, 255] (Go's [19]uint8). */
function ccArg(v: unknown): number[] {
  const u8 = typedArrayTag(v) === "Uint8Array";
  if (!u8 && !Array.isArray(v)) throw new TypeError(`value.Cc must be a Uint8Array of ${NCCS} bytes, got ${describe(v)}`);
  // A Uint8Array's length by the engine's getter: a shadowed one must not refuse a true 19-byte Cc.
  const len: unknown = u8 ? elementCountOf(v as Uint8Array) : (v as unknown[]).length;
  if (len !== NCCS) throw new TypeError(`value.Cc must hold exactly ${NCCS} bytes, got ${describe(len)}`);
  const cc: number[] = [];
  for (let i = 0; i < NCCS; i++) cc[i] = intArg(`value.Cc[${i}]`, (v as ArrayLike<unknown>)[i], 0, U8); // not Array.from, which can be replaced
  return cc;
}

/**
 * Go's (x/sys/unix) `IoctlSetTermios(fd int, req uint, value *Termios) error`:
 * ioctl(2) TCSETS, TCSETSW, TCSETSF (or TCSETS2), sets a terminal's modes.
 * Flags and speeds are uint32, Line a uint8, Cc 19 bytes (TypeError or
 * RangeError otherwise); null passes NULL (EFAULT).
 */
export function IoctlSetTermios(fd: number, req: number, value: Termios | null): Errno | null {
  const v = ptrArg("value", value);
  if (v === null) return ioctlPtr(fd, req, null);
  // Index loops and stores into ioBuf's views, not map, for-of, forEach or DataView's setters:
  // with any of them replaced, TCSETS set a terminal's modes to zeros.
  const u32: number[] = [];
  for (let i = 0; i < TERMIOS_U32.length; i++) u32[i] = intArg(`value.${TERMIOS_U32[i]![0]}`, v[TERMIOS_U32[i]![0]], 0, U32);
  const line = intArg("value.Line", v.Line, 0, U8);
  const cc = ccArg(v.Cc);
  return ioctlBuf(fd, req, () => {
    for (let i = 0; i < u32.length; i++) ioU32[TERMIOS_U32[i]![1] / 4] = u32[i]!;
    ioBuf[16] = line;
    for (let i = 0; i < NCCS; i++) ioBuf[TERMIOS_CC + i] = cc[i]!;
  });
}
