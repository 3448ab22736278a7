/**
 * File calls beyond src/file.ts, after Go's syscall_linux.go: the *at
 * family (Openat, Mkdirat, Mknodat, Renameat, Unlinkat, Fchmodat,
 * Fchownat), Creat and Truncate, the sync calls, Fallocate, advisory locks
 * (Flock, FcntlFlock with Flock_t), Statfs and Fstatfs (Statfs_t, Fsid),
 * Ustat, the time setters (Utime, Utimes, UtimesNano, Futimes, Futimesat),
 * extended attributes, and the in-kernel copies Sendfile, Splice and Tee.
 *
 * The plain calls are one `sysCall` line each; what is hand-written here is
 * only the struct encoding and decoding, and the `*int64` offsets of
 * Sendfile and Splice. Go's `*int64` is a caller-owned `{ value: number }`
 * (or null for Go's nil): its value is read before the call and the
 * kernel's updated offset is written back into it afterwards, as the
 * kernel writes through Go's pointer.
 * @module
 */
import { sysCall } from "../sysdef.ts";
import { arrayArg, bufferOf, copyView, dataViewOf, describe, fdArg, initFields, int64Arg, intArg, isA, isInt, objArg, outArg } from "../libc.ts";
import { Errno } from "../errno.ts";
import { AT_FDCWD, AT_SYMLINK_NOFOLLOW } from "../file.ts";
import { ARCH } from "../layout.ts";
import { EINVAL, EOPNOTSUPP, EOVERFLOW, O_CREAT, O_LARGEFILE, O_TRUNC, O_WRONLY, SYS_FUTIMESAT, SYS_MKNODAT, SYS_USTAT, SYS_UTIMES } from "../zconsts_linux.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, Int8Array, Int16Array, Int32Array, BigInt64Array, DataView } = globalThis;


// ---------------------------------------------------------------- the *at family

const openat = sysCall("Openat", "openat", ["fd", "path", "int", "uint"], "int");

/**
 * Go's `Openat(dirfd int, path string, flags int, mode uint32) (fd int, err error)`:
 * openat(2), with O_LARGEFILE added to flags as Go adds it. A relative path
 * is taken from dirfd (AT_FDCWD for the current directory).
 */
export function Openat(dirfd: number, path: string, flags: number, mode: number): [fd: number, err: Errno | null] {
  return openat(dirfd, path, intArg("flags", flags) | O_LARGEFILE, mode);
}

/** Go's `Creat(path string, mode uint32) (fd int, err error)`: open(2) with O_CREAT|O_WRONLY|O_TRUNC. */
export function Creat(path: string, mode: number): [fd: number, err: Errno | null] {
  return openat(AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC | O_LARGEFILE, mode);
}

/** Go's `Mkdirat(dirfd int, path string, mode uint32) (err error)`: mkdirat(2). */
export const Mkdirat = sysCall("Mkdirat", "mkdirat", ["fd", "path", "uint"], "err");

/**
 * Go's `Mknodat(dirfd int, path string, mode uint32, dev int) (err error)`:
 * mknodat(2). mode holds the file type (S_IFIFO, S_IFCHR, S_IFBLK, S_IFREG,
 * S_IFSOCK) and the permission bits; dev is the device number of a device
 * file (Mkdev's encoding). The raw syscall, as Mknod in src/file.ts: glibc
 * exports mknodat only since 2.33.
 */
export const Mknodat = sysCall("Mknodat", SYS_MKNODAT, ["fd", "path", "uint", "int64"], "err");

/**
 * Go's `Renameat(olddirfd int, oldpath string, newdirfd int, newpath string) (err error)`:
 * renameat(2) (glibc's wrapper, which uses renameat2 where the kernel has no renameat).
 */
export const Renameat = sysCall("Renameat", "renameat", ["fd", "path", "fd", "path"], "err");

const unlinkat = sysCall("Unlinkat", "unlinkat", ["fd", "path", "int"], "err");

/**
 * Go's `Unlinkat(dirfd int, path string) error`: unlinkat(2) with flags 0,
 * which removes a file, never a directory (EISDIR). Go's syscall.Unlinkat
 * takes no flags (x/sys/unix's does): a third argument throws TypeError, as
 * Go's compiler refuses it, rather than being dropped. For a directory use
 * Rmdir (unlinkat with AT_REMOVEDIR from AT_FDCWD).
 */
export function Unlinkat(dirfd: number, path: string, ...noFlags: never[]): Errno | null {
  if (noFlags.length > 0) throw new TypeError("Unlinkat takes 2 arguments (dirfd, path), as Go's syscall.Unlinkat; it has no flags (use Rmdir for a directory)");
  return unlinkat(dirfd, path, 0);
}

const fchmodat = sysCall("Fchmodat", "fchmodat", ["fd", "path", "uint", "int"], "err");

/**
 * Go's `Fchmodat(dirfd int, path string, mode uint32, flags int) (err error)`:
 * fchmodat(2). As Go (and glibc) do, flags other than AT_SYMLINK_NOFOLLOW
 * give EINVAL, and AT_SYMLINK_NOFOLLOW gives EOPNOTSUPP: Linux cannot
 * change a symlink's own mode, and ignoring the flag would change its
 * target's.
 */
export function Fchmodat(dirfd: number, path: string, mode: number, flags: number): Errno | null {
  const fl = intArg("flags", flags);
  if ((fl & ~AT_SYMLINK_NOFOLLOW) !== 0 || (fl & AT_SYMLINK_NOFOLLOW) !== 0) {
    // The types are still Go's, checked as the call itself would check them.
    fdArg(dirfd);
    if (typeof path !== "string") throw new TypeError(`path must be a string, got ${describe(path)}`);
    intArg("mode", mode, 0);
    return (fl & ~AT_SYMLINK_NOFOLLOW) !== 0 ? EINVAL : EOPNOTSUPP;
  }
  return fchmodat(dirfd, path, mode, 0);
}

/**
 * Go's `Fchownat(dirfd int, path string, uid int, gid int, flags int) (err error)`:
 * fchownat(2). A uid or gid of -1 leaves it unchanged; one outside
 * [-1, 2^32) is a RangeError, as Chown's; flags may hold
 * AT_SYMLINK_NOFOLLOW and AT_EMPTY_PATH.
 */
export const Fchownat = sysCall("Fchownat", "fchownat", ["fd", "path", "id", "id", "int"], "err");

/** Go's `Truncate(path string, length int64) (err error)`: truncate(2). */
export const Truncate = sysCall("Truncate", "truncate", ["path", "int64"], "err");

// ---------------------------------------------------------------- sync, space, locks

/** Go's `Fdatasync(fd int) (err error)`: fdatasync(2). */
export const Fdatasync = sysCall("Fdatasync", "fdatasync", ["fd"], "err");

/** Go's `Sync()`: sync(2). It has no result. */
export const Sync = sysCall("Sync", "sync", [], "void");

/**
 * Go's `SyncFileRange(fd int, off int64, n int64, flags int) (err error)`:
 * sync_file_range(2); flags are SYNC_FILE_RANGE_WAIT_BEFORE (1), _WRITE (2)
 * and _WAIT_AFTER (4).
 */
export const SyncFileRange = sysCall("SyncFileRange", "sync_file_range", ["fd", "int64", "int64", "int"], "err");

/**
 * Go's `Fallocate(fd int, mode uint32, off int64, len int64) (err error)`:
 * fallocate(2). mode 0 allocates (and extends the file); the FALLOC_FL_*
 * bits punch holes, zero ranges and so on. A pipe gives ESPIPE.
 */
export const Fallocate = sysCall("Fallocate", "fallocate", ["fd", "uint", "int64", "int64"], "err");

/**
 * Go's `Flock(fd int, how int) (err error)`: flock(2). how is LOCK_SH,
 * LOCK_EX or LOCK_UN, with LOCK_NB for EWOULDBLOCK instead of waiting.
 * Without LOCK_NB a held lock blocks the calling thread, as in Go.
 */
export const Flock = sysCall("Flock", "flock", ["fd", "int"], "err");

/**
 * Go's `syscall.Flock_t`, the kernel's `struct flock` (the same layout on
 * amd64 and arm64; Go's padding fields are left out). Type is F_RDLCK,
 * F_WRLCK or F_UNLCK; Whence is SEEK_SET, SEEK_CUR or SEEK_END; Start and
 * Len give the range (Len 0: to the end of the file); F_GETLK fills in the
 * conflicting lock, with the Pid of its holder.
 */
export class Flock_t {
  /** Lock type: F_RDLCK, F_WRLCK or F_UNLCK (int16). */
  Type = 0;
  /** Where Start counts from: SEEK_SET, SEEK_CUR or SEEK_END (int16). */
  Whence = 0;
  /** Start of the range (int64). */
  Start = 0;
  /** Length of the range, 0 for "to the end" (int64). */
  Len = 0;
  /** The holder's pid, filled in by F_GETLK (-1 for an OFD lock; int32). */
  Pid = 0;
  /** A Flock_t with the fields init gives (Go's composite literal); the rest as above. */
  constructor(init?: Partial<Flock_t>) {
    initFields(this, init);
  }
}

const FLOCK_FIELDS = ["Type", "Whence", "Start", "Len", "Pid"] as const;
const flockBytes = new Uint8Array(32);
/**
 * BigInt and Number as the engine made them, and the views the structs are
 * written through by index: a program may replace the globals and
 * DataView.prototype's setters (a no-op setInt16 sent the F_UNLCK a previous
 * F_GETLK left for an F_WRLCK; a no-op setBigInt64 set the previous call's times).
 */
const toBigInt = BigInt, toNumber = Number;
/** 2^53-1: an int64 of the kernel's past it has no exact number. */
const MAX_SAFE_BIG = 9007199254740991n;
const flockI16 = new Int16Array(flockBytes.buffer), flockI32 = new Int32Array(flockBytes.buffer), flockI64 = new BigInt64Array(flockBytes.buffer);
const fcntlFlock = sysCall("FcntlFlock", "fcntl", ["fd", "int", "buf"], "int");

/**
 * Go's `FcntlFlock(fd uintptr, cmd int, lk *Flock_t) error`: fcntl(2) with
 * a record lock, for F_GETLK, F_SETLK and F_SETLKW (and the F_OFD_*
 * commands, numbers 36 to 38). lk is encoded before the call and, on
 * success, filled back from the kernel's struct (F_GETLK sets Type to
 * F_UNLCK when nothing conflicts). A negative fd throws RangeError (no
 * uintptr holds it); one past the C int range is EBADF. F_SETLKW waits,
 * blocking the calling thread, as in Go. A field outside its Go type
 * (Type and Whence int16, Start and Len int64, Pid int32) throws RangeError.
 * A lock F_GETLK reports whose Start or Len passes 2^53 (no exact number
 * holds it) gives EOVERFLOW and leaves lk as it was.
 */
export function FcntlFlock(fd: number, cmd: number, lk: Flock_t): Errno | null {
  if (isInt(fd) && fd < 0) throw new RangeError(`fd is a uintptr and cannot be negative: ${fd}`);
  outArg("lk", lk, FLOCK_FIELDS);
  // Every field read before the shared struct is written, and the kernel's
  // answer read out before any is written back: a Proxy's traps may call
  // FcntlFlock again, which rewrites flockBytes.
  const type = intArg("lk.Type", lk.Type, -0x8000, 0x7fff);
  const whence = intArg("lk.Whence", lk.Whence, -0x8000, 0x7fff);
  const start = int64Arg("lk.Start", lk.Start);
  const len = int64Arg("lk.Len", lk.Len);
  const pid = intArg("lk.Pid", lk.Pid, -0x80000000, 0x7fffffff);
  flockI16[0] = type;
  flockI16[1] = whence;
  flockI64[1] = toBigInt(start);
  flockI64[2] = toBigInt(len);
  flockI32[6] = pid;
  const [, err] = fcntlFlock(fd, cmd, flockBytes);
  if (err !== null) return err;
  // A conflicting lock's range past 2^53 (F_GETLK reports its absolute start, which SEEK_END or
  // SEEK_CUR can put there) has no exact number: EOVERFLOW, lk untouched, as Seek's (it was rounded).
  const s64 = flockI64[1]!, l64 = flockI64[2]!;
  if (s64 > MAX_SAFE_BIG || s64 < -MAX_SAFE_BIG || l64 > MAX_SAFE_BIG || l64 < -MAX_SAFE_BIG) return EOVERFLOW;
  // By index through the views, not DataView's getters, which can be replaced (and what F_GETLK
  // reports is what a caller sends back with F_SETLK).
  const got = [flockI16[0]!, flockI16[1]!, toNumber(s64), toNumber(l64), flockI32[6]!] as const;
  lk.Type = got[0];
  lk.Whence = got[1];
  lk.Start = got[2];
  lk.Len = got[3];
  lk.Pid = got[4];
  return null;
}

/** An int64 of a kernel struct as a number (exact below 2^53, which offsets and times stay under). */
function i64(v: DataView, off: number): number {
  return v.getInt32(off + 4, true) * 4294967296 + v.getUint32(off, true);
}

// ---------------------------------------------------------------- statfs, ustat

/** Go's `syscall.Fsid`: the file system id of a Statfs_t, two int32 words. */
export class Fsid {
  /** The two words of the kernel's `__kernel_fsid_t`. */
  X__val: [number, number] = [0, 0];
}

/**
 * Go's `syscall.Statfs_t`, the kernel's `struct statfs` (the same 120-byte
 * layout on amd64 and arm64). The uint64 counts (Blocks, Bfree, Bavail,
 * Files, Ffree) are bigints, since they can pass 2^53 (some file systems
 * report 2^64-1 for "unknown"); the rest are numbers.
 */
export class Statfs_t {
  /** The file system's magic number (EXT4_SUPER_MAGIC 0xef53, PROC_SUPER_MAGIC 0x9fa0, TMPFS_MAGIC 0x01021994). */
  Type = 0;
  /** Optimal transfer block size. */
  Bsize = 0;
  /** Total data blocks, in units of Frsize. */
  Blocks = 0n;
  /** Free blocks. */
  Bfree = 0n;
  /** Free blocks available to an unprivileged user. */
  Bavail = 0n;
  /** Total inodes. */
  Files = 0n;
  /** Free inodes. */
  Ffree = 0n;
  /** File system id. */
  Fsid: Fsid = new Fsid();
  /** Maximum length of a file name. */
  Namelen = 0;
  /** Fragment size (the unit of Blocks). */
  Frsize = 0;
  /** Mount flags (ST_RDONLY 1, ST_NOSUID 2, ST_NODEV 4, ST_NOEXEC 8, ...). */
  Flags = 0;
  /** Reserved words. */
  Spare: number[] = [0, 0, 0, 0];
}

const STATFS_FIELDS = ["Type", "Bsize", "Blocks", "Bfree", "Bavail", "Files", "Ffree", "Fsid", "Namelen", "Frsize", "Flags", "Spare"] as const;
const STATFS_COUNTS = ["Blocks", "Bfree", "Bavail", "Files", "Ffree"] as const;
const statfsBytes = new Uint8Array(120);
const statfs = sysCall("Statfs", "statfs", ["path", "buf"], "err");
const fstatfs = sysCall("Fstatfs", "fstatfs", ["fd", "buf"], "err");

/**
 * Checks buf before the call: its fields, and its Fsid's X__val when Fsid
 * is an Fsid to fill in place (so a frozen one throws before the call, not
 * half-way through filling buf). Returns that Fsid, or null for one to replace.
 */
function statfsOut(buf: Statfs_t): Fsid | null {
  outArg("buf", buf, STATFS_FIELDS);
  const f: unknown = buf.Fsid; // read once: a getter could answer differently the second time
  return isA(Fsid, f) ? outArg("buf.Fsid", f as Fsid, ["X__val"]) : null;
}

/** Fills buf from the kernel's struct statfs, after a successful call; returns err unchanged. */
function fillStatfs(err: Errno | null, buf: Statfs_t, f: Fsid | null): Errno | null {
  if (err !== null) return err;
  // A copy, read before anything is written: a Proxy's set trap may call Statfs again, which rewrites statfsBytes.
  const v = copyView(statfsBytes);
  buf.Type = i64(v, 0);
  buf.Bsize = i64(v, 8);
  for (let i = 0; i < STATFS_COUNTS.length; i++) buf[STATFS_COUNTS[i]!] = v.getBigUint64(16 + 8 * i, true);
  const fsid = f ?? (buf.Fsid = new Fsid());
  fsid.X__val = [v.getInt32(56, true), v.getInt32(60, true)];
  buf.Namelen = i64(v, 64);
  buf.Frsize = i64(v, 72);
  buf.Flags = i64(v, 80);
  buf.Spare = [i64(v, 88), i64(v, 96), i64(v, 104), i64(v, 112)];
  return null;
}

/** Go's `Statfs(path string, buf *Statfs_t) (err error)`: statfs(2); buf is filled in place. */
export function Statfs(path: string, buf: Statfs_t): Errno | null {
  const f = statfsOut(buf);
  return fillStatfs(statfs(path, statfsBytes), buf, f);
}

/** Go's `Fstatfs(fd int, buf *Statfs_t) (err error)`: fstatfs(2); buf is filled in place. */
export function Fstatfs(fd: number, buf: Statfs_t): Errno | null {
  const f = statfsOut(buf);
  return fillStatfs(fstatfs(fd, statfsBytes), buf, f);
}

/**
 * Go's `syscall.Ustat_t`, the kernel's `struct ustat` (Go's padding
 * fields are left out). Fname and Fpack are Go's `[6]int8`, as numbers.
 */
export class Ustat_t {
  /** Free blocks (int32). */
  Tfree = 0;
  /** Free inodes (uint64, a bigint). */
  Tinode = 0n;
  /** File system name (the kernel leaves it zero). */
  Fname: number[] = [0, 0, 0, 0, 0, 0];
  /** File system pack name (the kernel leaves it zero). */
  Fpack: number[] = [0, 0, 0, 0, 0, 0];
}

const USTAT_FIELDS = ["Tfree", "Tinode", "Fname", "Fpack"] as const;
const ustatBytes = new Uint8Array(32);
const ustat = sysCall("Ustat", SYS_USTAT, ["int64", "buf"], "err");

/**
 * Go's `Ustat(dev int, ubuf *Ustat_t) (err error)`: the obsolete ustat(2)
 * for the file system on device dev (Stat_t.Dev, truncated to 32 bits by
 * the kernel as by Go's). Go defines it on amd64 only; arm64 has no such
 * syscall, and here it returns ENOSYS there. The kernel answers EINVAL for
 * a device with no mounted file system.
 */
export function Ustat(dev: number, ubuf: Ustat_t): Errno | null {
  outArg("ubuf", ubuf, USTAT_FIELDS);
  ustatBytes.fill(0);
  const err = ustat(dev, ustatBytes);
  if (err !== null) return err;
  // A copy, read before anything is written: a Proxy's set trap may call Ustat again, which rewrites ustatBytes.
  const got = new Uint8Array(ustatBytes);
  const v = dataViewOf(got);
  ubuf.Tfree = v.getInt32(0, true);
  ubuf.Tinode = v.getBigUint64(8, true);
  // By index, not Array.from: Int8Array.prototype's iterator can be shadowed.
  const i8 = new Int8Array(bufferOf(got));
  ubuf.Fname = [i8[16]!, i8[17]!, i8[18]!, i8[19]!, i8[20]!, i8[21]!];
  ubuf.Fpack = [i8[22]!, i8[23]!, i8[24]!, i8[25]!, i8[26]!, i8[27]!];
  return null;
}

// ---------------------------------------------------------------- times

/** Go's `syscall.Utimbuf`: access and modification times in whole seconds, for Utime. */
export class Utimbuf {
  /** Access time, seconds since the epoch (int64). */
  Actime = 0;
  /** Modification time, seconds since the epoch (int64). */
  Modtime = 0;
  /** A Utimbuf with the fields init gives (Go's composite literal); the rest as above. */
  constructor(init?: Partial<Utimbuf>) {
    initFields(this, init);
  }
}

/** Two struct timevals or timespecs (16 bytes each), for the time setters. */
const timesWords = new BigInt64Array(4);
const timesBytes = new Uint8Array(timesWords.buffer);

/**
 * Encodes a Go `[]Timeval` or `[]Timespec` of length 2 into timesBytes:
 * each element's Sec and its `sub` field (Usec or Nsec), read once and
 * checked as int64. Returns false when the slice's length is not 2 (Go's
 * EINVAL); null or undefined is Go's nil slice, of length 0.
 */
function encodeTimes(name: string, tv: unknown, sub: "Usec" | "Nsec"): boolean {
  const pair = arrayArg(name, tv, 2, (x, n) => {
    objArg(n, x);
    const o = x as Record<string, unknown>;
    return [int64Arg(`${n}.Sec`, o.Sec), int64Arg(`${n}.${sub}`, o[sub])] as const;
  });
  if (pair === null || pair.length !== 2) return false;
  for (let i = 0; i < 2; i++) {
    timesWords[2 * i] = toBigInt(pair[i]![0]);
    timesWords[2 * i + 1] = toBigInt(pair[i]![1]);
  }
  return true;
}

const utime = sysCall("Utime", "utime", ["path", "nullbuf"], "err");
const utimensat = sysCall("UtimesNano", "utimensat", ["fd", "path", "buf", "int"], "err");
/**
 * Go's utimes and futimesat: on amd64 the raw syscalls, which refuse a Usec
 * outside 0..999999 with EINVAL before they look the path up (glibc's
 * wrappers become utimensat, which looks it up first: ENOENT for a missing
 * path); on arm64, which has neither, utimensat with each Timeval made a
 * Timespec through nanoseconds, as Go's syscall_linux_arm64.go does (so a
 * Usec of 1000000 carries into Sec there).
 */
const rawUtimes = ARCH === "arm64" ? null : sysCall("Utimes", SYS_UTIMES, ["path", "buf"], "err");
const rawFutimesat = ARCH === "arm64" ? null : sysCall("Futimesat", SYS_FUTIMESAT, ["fd", "path", "buf"], "err");
const utimes = (path: string, b: Uint8Array): Errno | null => (rawUtimes !== null ? rawUtimes(path, b) : utimensat(AT_FDCWD, path, timevalsAsTimespecs(b), 0));
const futimesat = (dirfd: number, path: string, b: Uint8Array): Errno | null =>
  rawFutimesat !== null ? rawFutimesat(dirfd, path, b) : utimensat(dirfd, path, timevalsAsTimespecs(b), 0);

/** Go's NsecToTimespec(TimevalToNsec(tv)) on both Timevals in b, in place: int64 nanoseconds, wrapping as Go's do. */
function timevalsAsTimespecs(b: Uint8Array): Uint8Array {
  const v = dataViewOf(b);
  for (let i = 0; i < 2; i++) {
    const ns = BigInt.asIntN(64, v.getBigInt64(16 * i, true) * 1_000_000_000n + v.getBigInt64(16 * i + 8, true) * 1000n);
    let sec = ns / 1_000_000_000n, nsec = ns % 1_000_000_000n;
    if (nsec < 0n) { nsec += 1_000_000_000n; sec--; }
    v.setBigInt64(16 * i, sec, true);
    v.setBigInt64(16 * i + 8, nsec, true);
  }
  return b;
}

/**
 * Go's `Utime(path string, buf *Utimbuf) error`: utime(2), whole seconds.
 * null (Go's nil pointer, which amd64's raw utime accepts) sets both times
 * to now.
 */
export function Utime(path: string, buf: Utimbuf | null): Errno | null {
  if (buf === null) return utime(path, null);
  objArg("buf", buf);
  // Both read before timesBytes is written: a getter may call Utimes, which writes it too.
  const actime = int64Arg("buf.Actime", buf.Actime);
  const modtime = int64Arg("buf.Modtime", buf.Modtime);
  timesWords[0] = toBigInt(actime);
  timesWords[1] = toBigInt(modtime);
  return utime(path, timesBytes);
}

/**
 * Go's `Utimes(path string, tv []Timeval) (err error)`: utimes(2), to the
 * microsecond: tv is [access, modification]. A slice whose length is not
 * 2 gives EINVAL, as Go's; a Usec outside 0..999999 gives EINVAL from the
 * kernel (amd64's utimes(2), before it looks path up, as Go's; on arm64 it
 * carries into Sec, as Go's).
 */
export function Utimes(path: string, tv: Timeval2): Errno | null {
  if (typeof path !== "string") throw new TypeError(`path must be a string, got ${describe(path)}`);
  if (!encodeTimes("tv", tv, "Usec")) return EINVAL;
  return utimes(path, timesBytes);
}

/**
 * Go's `UtimesNano(path string, ts []Timespec) (err error)`:
 * utimensat(AT_FDCWD, path, ts, 0), to the nanosecond: ts is [access,
 * modification]. A length other than 2 gives EINVAL, as Go's. An Nsec of
 * UTIME_NOW ((1<<30)-1) or UTIME_OMIT ((1<<30)-2) sets that time to now or
 * leaves it.
 */
export function UtimesNano(path: string, ts: Timespec2): Errno | null {
  if (typeof path !== "string") throw new TypeError(`path must be a string, got ${describe(path)}`);
  if (!encodeTimes("ts", ts, "Nsec")) return EINVAL;
  return utimensat(AT_FDCWD, path, timesBytes, 0);
}

/**
 * Go's `Futimesat(dirfd int, path string, tv []Timeval) (err error)`:
 * futimesat(2), Utimes relative to dirfd. A length other than 2 gives EINVAL.
 */
export function Futimesat(dirfd: number, path: string, tv: Timeval2): Errno | null {
  fdArg(dirfd);
  if (typeof path !== "string") throw new TypeError(`path must be a string, got ${describe(path)}`);
  if (!encodeTimes("tv", tv, "Usec")) return EINVAL;
  return futimesat(dirfd, path, timesBytes);
}

/**
 * Go's `Futimes(fd int, tv []Timeval) (err error)`: as Go (and glibc) do
 * on Linux, Utimes on "/proc/self/fd/<fd>". So a closed or invalid fd
 * gives ENOENT, not EBADF, as in Go, and /proc must be mounted.
 */
export function Futimes(fd: number, tv: Timeval2): Errno | null {
  return Utimes(`/proc/self/fd/${fdArg(fd)}`, tv);
}

/** Go's `[]Timeval` for the time setters: an array of two objects with Sec and Usec (Timevals), or null (length 0). */
type Timeval2 = readonly { Sec: number; Usec: number }[] | null;
/** Go's `[]Timespec` for UtimesNano: an array of two objects with Sec and Nsec (Timespecs), or null (length 0). */
type Timespec2 = readonly { Sec: number; Nsec: number }[] | null;

// ---------------------------------------------------------------- extended attributes

/**
 * Go's `Getxattr(path string, attr string, dest []byte) (sz int, err error)`:
 * getxattr(2). An empty dest asks for the value's size. ENODATA when the
 * attribute is absent, ERANGE when dest is too small, EOPNOTSUPP where the
 * file system has no xattrs.
 */
export const Getxattr = sysCall("Getxattr", "getxattr", ["path", "path", "bytes"], "long");

/**
 * Go's `Setxattr(path string, attr string, data []byte, flags int) (err error)`:
 * setxattr(2); flags 0, XATTR_CREATE (1: EEXIST if present) or
 * XATTR_REPLACE (2: ENODATA if absent).
 */
export const Setxattr = sysCall("Setxattr", "setxattr", ["path", "path", "bytes", "int"], "err");

/**
 * Go's `Listxattr(path string, dest []byte) (sz int, err error)`:
 * listxattr(2): the attribute names, each NUL-terminated. An empty dest
 * asks for the size.
 */
export const Listxattr = sysCall("Listxattr", "listxattr", ["path", "bytes"], "long");

/** Go's `Removexattr(path string, attr string) (err error)`: removexattr(2). */
export const Removexattr = sysCall("Removexattr", "removexattr", ["path", "path"], "err");

// ---------------------------------------------------------------- in-kernel copies

/**
 * Go's `*int64` offset of Sendfile and Splice: a caller-owned object whose
 * value the kernel reads and advances, or null for Go's nil (use and move
 * the fd's own offset).
 */
type Int64Ref = { value: number } | null;

const offsetWords = [new BigInt64Array(1), new BigInt64Array(1)] as const;
const offsetBytes = [new Uint8Array(offsetWords[0].buffer), new Uint8Array(offsetWords[1].buffer)] as const;
const VALUE = ["value"] as const;

/** Checks a Go `*int64` and reads its value once: the value, or null for nil. */
function offsetArg(name: string, ref: unknown): number | null {
  if (ref === null) return null;
  outArg(name, ref as object, VALUE);
  return int64Arg(`${name}.value`, (ref as { value: unknown }).value);
}

/**
 * Loads a value offsetArg read into offset buffer i: the buffer to pass, or
 * null for nil. Only once every value of a call has been read: a Proxy's
 * get trap may itself call Sendfile or Splice, which write these buffers.
 */
function offsetIn(v: number | null, i: 0 | 1): Uint8Array | null {
  if (v === null) return null;
  offsetWords[i][0] = toBigInt(v); // the engine's BigInt: a replaced one sent from another offset
  return offsetBytes[i];
}

/**
 * Writes the kernel's updated offset back through a Go `*int64`. One past
 * 2^53 has no exact number: it is not written, and the call's result gets
 * EOVERFLOW beside its count (the bytes did move), as Seek's does.
 */
function offsetOut(ref: Int64Ref, v: bigint): boolean {
  if (ref === null) return true;
  if (v > MAX_SAFE_BIG) return false;
  ref.value = toNumber(v);
  return true;
}
/** A result whose offset could not be written back: its count, and EOVERFLOW. */
const overflowed = (r: [number, Errno | null]): [number, Errno | null] => (r[1] === null ? [r[0], EOVERFLOW] : r);

const sendfile = sysCall("Sendfile", "sendfile", ["fd", "fd", "nullbuf", "int64"], "long");
const splice = sysCall("Splice", "splice", ["fd", "nullbuf", "fd", "nullbuf", "int64", "int"], "long");

/**
 * Go's `Sendfile(outfd int, infd int, offset *int64, count int) (written int, err error)`:
 * sendfile(2), up to count bytes from infd to outfd inside the kernel.
 * offset is `{ value }`, read from and advanced past the bytes sent (infd's
 * own offset is left alone), or null to read from infd's offset. An
 * offset moved past 2^53 (no exact number holds it) is not written back:
 * the result is the count with EOVERFLOW.
 */
export function Sendfile(outfd: number, infd: number, offset: Int64Ref, count: number): [written: number, err: Errno | null] {
  const off = offsetIn(offsetArg("offset", offset), 0);
  const r = sendfile(outfd, infd, off, count);
  return offsetOut(offset, offsetWords[0][0]!) ? r : overflowed(r);
}

/**
 * Go's `Splice(rfd int, roff *int64, wfd int, woff *int64, len int, flags int) (n int64, err error)`:
 * splice(2), moving up to len bytes between two fds of which one is a
 * pipe. roff and woff are `{ value }` offsets (advanced by the kernel) or
 * null; a pipe's must be null (ESPIPE otherwise). flags: SPLICE_F_MOVE 1,
 * SPLICE_F_NONBLOCK 2, SPLICE_F_MORE 4. An offset moved past 2^53 is
 * not written back: the count with EOVERFLOW, as Sendfile's.
 */
export function Splice(rfd: number, roff: Int64Ref, wfd: number, woff: Int64Ref, len: number, flags: number): [n: number, err: Errno | null] {
  // Both values read before either buffer is written, and both results read out before either is written back.
  const rv = offsetArg("roff", roff);
  const wv = offsetArg("woff", woff);
  const res = splice(rfd, offsetIn(rv, 0), wfd, offsetIn(wv, 1), len, flags);
  const rOut = offsetWords[0][0]!, wOut = offsetWords[1][0]!;
  const ok = offsetOut(roff, rOut);
  return offsetOut(woff, wOut) && ok ? res : overflowed(res);
}

/**
 * Go's `Tee(rfd int, wfd int, len int, flags int) (n int64, err error)`:
 * tee(2), duplicating up to len bytes from pipe rfd into pipe wfd without
 * consuming them. Both must be pipes (EINVAL otherwise).
 */
export const Tee = sysCall("Tee", "tee", ["fd", "fd", "int64", "int"], "long");
