/**
 * Go's syscall value types for Linux: Timespec, Timeval, Stat_t, Rlimit and
 * Rusage, and their decoding from the kernel's structs (see layout.ts).
 * @module
 */
import { STAT } from "./layout.ts";
import { int64Arg, describe, isA, outArg } from "./libc.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, Int32Array } = globalThis;


/** Go's `syscall.Timespec`: seconds and nanoseconds. */
export class Timespec {
  /** Seconds (int64; a number: ±2^53 s is beyond any clock). */
  Sec: number;
  /** Nanoseconds, 0..999999999. */
  Nsec: number;
  /** A Timespec of sec seconds and nsec nanoseconds (both default to 0). */
  constructor(sec = 0, nsec = 0) {
    this.Sec = int64Arg("Timespec sec", sec);
    this.Nsec = int64Arg("Timespec nsec", nsec);
  }
  /** Go's `Unix()`: `[sec, nsec]`. */
  Unix(): [sec: number, nsec: number] {
    return [this.Sec, this.Nsec];
  }
  /** Go's `Nano()`: the time in nanoseconds since the epoch, as a bigint (it passes 2^53); in int64, which wraps past it, as Go's does. */
  Nano(): bigint {
    return BigInt.asIntN(64, BigInt(int64Arg("Timespec.Sec", this.Sec)) * 1_000_000_000n + BigInt(int64Arg("Timespec.Nsec", this.Nsec)));
  }
}

/** Go's `syscall.Timeval`: seconds and microseconds. */
export class Timeval {
  /** Seconds. */
  Sec: number;
  /** Microseconds, 0..999999. */
  Usec: number;
  /** A Timeval of sec seconds and usec microseconds (both default to 0). */
  constructor(sec = 0, usec = 0) {
    this.Sec = int64Arg("Timeval sec", sec);
    this.Usec = int64Arg("Timeval usec", usec);
  }
  /** Go's `Unix()`: `[sec, nsec]` (a Usec past 2^53 / 1000, which no clock gives, makes an nsec that is the nearest number, not Go's exact int64). */
  Unix(): [sec: number, nsec: number] {
    return [int64Arg("Timeval.Sec", this.Sec), int64Arg("Timeval.Usec", this.Usec) * 1000];
  }
  /** Go's `Nano()`: the time in nanoseconds, as a bigint; in int64, which wraps past it, as Go's does. */
  Nano(): bigint {
    return BigInt.asIntN(64, BigInt(int64Arg("Timeval.Sec", this.Sec)) * 1_000_000_000n + BigInt(int64Arg("Timeval.Usec", this.Usec)) * 1000n);
  }
}

/** An int64 count of nanoseconds: a bigint in the int64 range. */
function nsecArg(nsec: unknown): bigint {
  // Nanoseconds pass 2^53 within 105 days: a bigint, as DESIGN.md maps such int64s; a number is a TypeError.
  if (typeof nsec !== "bigint") throw new TypeError(`nsec must be a bigint, got ${describe(nsec)}`);
  if (nsec < -(1n << 63n) || nsec >= 1n << 63n) throw new RangeError("nsec out of the int64 range");
  return nsec;
}

/** Go's `NsecToTimespec`: a Timespec from nanoseconds. */
export function NsecToTimespec(nsec: bigint): Timespec {
  nsec = nsecArg(nsec);
  let sec = nsec / 1_000_000_000n;
  let rem = nsec % 1_000_000_000n;
  if (rem < 0n) {
    rem += 1_000_000_000n;
    sec -= 1n;
  }
  return new Timespec(Number(sec), Number(rem));
}

/**
 * Go's `NsecToTimeval`: a Timeval from nanoseconds (rounded up to whole
 * microseconds, as Go does). Go adds the 999 ns in int64, which wraps for
 * the top 999 values (within 999 ns of 2^63): so does this, so that every
 * int64 gives Go's Timeval.
 */
export function NsecToTimeval(nsec: bigint): Timeval {
  nsec = nsecArg(nsec);
  const usecTotal = BigInt.asIntN(64, nsec + 999n) / 1000n; // round up, in int64, as Go's NsecToTimeval
  let sec = usecTotal / 1_000_000n;
  let usec = usecTotal % 1_000_000n;
  if (usec < 0n) {
    usec += 1_000_000n;
    sec -= 1n;
  }
  return new Timeval(Number(sec), Number(usec));
}

/**
 * Go's `syscall.Stat_t` for Linux: the kernel's `struct stat`. Dev, Ino and
 * Rdev are bigints (they can pass 2^53); the other fields are numbers. The
 * padding fields of Go's struct are left out. Pass one to Stat, Lstat, Fstat
 * or Fstatat: it is filled in place.
 */
export class Stat_t {
  /** Device holding the file. */
  Dev = 0n;
  /** Inode number. */
  Ino = 0n;
  /** Number of hard links (u64 on amd64, u32 on arm64). */
  Nlink = 0;
  /** File type and mode bits (S_IF*, permission bits). */
  Mode = 0;
  /** Owner's user id. */
  Uid = 0;
  /** Owner's group id. */
  Gid = 0;
  /** Device number, for a device file. */
  Rdev = 0n;
  /** Size in bytes. */
  Size = 0;
  /** Preferred I/O block size. */
  Blksize = 0;
  /** Number of 512-byte blocks allocated. */
  Blocks = 0;
  /** Last access time. */
  Atim: Timespec = new Timespec();
  /** Last modification time. */
  Mtim: Timespec = new Timespec();
  /** Last status change time. */
  Ctim: Timespec = new Timespec();
}

/** Go's `syscall.Rlimit`: the soft (Cur) and hard (Max) limits, as bigints so RLIM_INFINITY (2^64-1) survives. */
export class Rlimit {
  /** Soft limit. */
  Cur: bigint;
  /** Hard limit. */
  Max: bigint;
  /** An Rlimit of cur and max (both default to 0n). */
  constructor(cur = 0n, max = 0n) {
    if (typeof cur !== "bigint" || typeof max !== "bigint") throw new TypeError(`Rlimit takes bigints, got ${describe(cur)}, ${describe(max)}`);
    if (cur < 0n || max < 0n || cur >= 1n << 64n || max >= 1n << 64n) throw new RangeError("Rlimit's Cur and Max are uint64: [0, 2^64-1]");
    this.Cur = cur;
    this.Max = max;
  }
}

/** Go's `syscall.Rusage`: resource usage, as Wait4 and Getrusage fill it. */
export class Rusage {
  /** User CPU time. */
  Utime: Timeval = new Timeval();
  /** System CPU time. */
  Stime: Timeval = new Timeval();
  /** Maximum resident set size, in KiB. */
  Maxrss = 0;
  /** Unused on Linux. */
  Ixrss = 0;
  /** Unused on Linux. */
  Idrss = 0;
  /** Unused on Linux. */
  Isrss = 0;
  /** Page reclaims (soft page faults). */
  Minflt = 0;
  /** Page faults needing I/O. */
  Majflt = 0;
  /** Unused on Linux. */
  Nswap = 0;
  /** Block input operations. */
  Inblock = 0;
  /** Block output operations. */
  Oublock = 0;
  /** Unused on Linux. */
  Msgsnd = 0;
  /** Unused on Linux. */
  Msgrcv = 0;
  /** Unused on Linux. */
  Nsignals = 0;
  /** Voluntary context switches. */
  Nvcsw = 0;
  /** Involuntary context switches. */
  Nivcsw = 0;
}

/** Views of a buffer that receives a kernel `struct stat`. */
export interface StatBuffer {
  /** The bytes, for the syscall. */
  bytes: Uint8Array;
  /** 32-bit words, signed (an unsigned word is `w >>> 0`). */
  i32: Int32Array;
}

/** A new buffer for one `struct stat` of this architecture, with its view. */
export function newStatBuffer(): StatBuffer {
  const bytes = new Uint8Array(STAT.size);
  return { bytes, i32: new Int32Array(bytes.buffer) };
}

// The 32-bit word of each field of this architecture's struct stat.
const W_DEV = STAT.dev >> 2, W_INO = STAT.ino >> 2, W_NLINK = STAT.nlink >> 2, W_MODE = STAT.mode >> 2;
const W_UID = STAT.uid >> 2, W_GID = STAT.gid >> 2, W_RDEV = STAT.rdev >> 2, W_SIZE = STAT.fsize >> 2;
const W_BLKSIZE = STAT.blksize >> 2, W_BLOCKS = STAT.blocks >> 2, W_ATIM = STAT.atim >> 2, W_MTIM = STAT.mtim >> 2, W_CTIM = STAT.ctim >> 2;
const NLINK64 = STAT.nlinkSize === 8, BLKSIZE64 = STAT.blksizeSize === 8;
const TWO32 = 4294967296;
// The words and the bigint last made for Dev, Ino and Rdev: a file's Dev and
// Rdev, or a Stat of the same file again, make no new BigInt.
let devLo = 0, devHi = 0, dev = 0n, inoLo = 0, inoHi = 0, ino = 0n, rdevLo = 0, rdevHi = 0, rdev = 0n;

/**
 * Fills a Stat_t from a kernel `struct stat`. Only Dev, Ino and Rdev become
 * bigints; the rest is read as 32-bit words, which costs far less than a
 * BigInt per field. Every field is read out of b before the first write to
 * st: a setter of st's (or a Proxy's trap) may call Stat again, which
 * rewrites b, and st still gets this call's answer whole.
 *
 * One function with no helpers, reading one Int32Array (unsigned words as
 * `>>> 0`): with the 64-bit reads, the bigint memos and the Timespecs each
 * in a small function (and the memos in arrays), Stat cost about a tenth
 * more (measured: 30-40 ns of 350); a second, Uint32Array view of the same
 * words cost another 3-6 ns a call.
 */
export function decodeStat(b: StatBuffer, st: Stat_t): void {
  const w = b.i32;
  let lo = w[W_DEV]!, hi = w[W_DEV + 1]!;
  if (lo !== devLo || hi !== devHi) (devLo = lo), (devHi = hi), (dev = (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
  lo = w[W_INO]!;
  hi = w[W_INO + 1]!;
  if (lo !== inoLo || hi !== inoHi) (inoLo = lo), (inoHi = hi), (ino = (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
  lo = w[W_RDEV]!;
  hi = w[W_RDEV + 1]!;
  if (lo !== rdevLo || hi !== rdevHi) (rdevLo = lo), (rdevHi = hi), (rdev = (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
  const Dev = dev, Ino = ino, Rdev = rdev;
  const Nlink = NLINK64 ? (w[W_NLINK + 1]! >>> 0) * TWO32 + (w[W_NLINK]! >>> 0) : w[W_NLINK]! >>> 0;
  const Mode = w[W_MODE]! >>> 0, Uid = w[W_UID]! >>> 0, Gid = w[W_GID]! >>> 0;
  const Size = w[W_SIZE + 1]! * TWO32 + (w[W_SIZE]! >>> 0);
  const Blksize = BLKSIZE64 ? w[W_BLKSIZE + 1]! * TWO32 + (w[W_BLKSIZE]! >>> 0) : w[W_BLKSIZE]!;
  const Blocks = w[W_BLOCKS + 1]! * TWO32 + (w[W_BLOCKS]! >>> 0);
  const aSec = w[W_ATIM + 1]! * TWO32 + (w[W_ATIM]! >>> 0), aNsec = w[W_ATIM + 2]! >>> 0;
  const mSec = w[W_MTIM + 1]! * TWO32 + (w[W_MTIM]! >>> 0), mNsec = w[W_MTIM + 2]! >>> 0;
  const cSec = w[W_CTIM + 1]! * TWO32 + (w[W_CTIM]! >>> 0), cNsec = w[W_CTIM + 2]! >>> 0;
  st.Dev = Dev;
  st.Ino = Ino;
  st.Nlink = Nlink;
  st.Mode = Mode;
  st.Uid = Uid;
  st.Gid = Gid;
  st.Rdev = Rdev;
  st.Size = Size;
  st.Blksize = Blksize;
  st.Blocks = Blocks;
  // Filled in place when they are Timespecs, as Go's struct holds them.
  let t = st.Atim;
  if (!isA(Timespec, t)) st.Atim = t = new Timespec();
  t.Sec = aSec;
  t.Nsec = aNsec;
  t = st.Mtim;
  if (!isA(Timespec, t)) st.Mtim = t = new Timespec();
  t.Sec = mSec;
  t.Nsec = mNsec;
  t = st.Ctim;
  if (!isA(Timespec, t)) st.Ctim = t = new Timespec();
  t.Sec = cSec;
  t.Nsec = cNsec;
}

function timevalAt(dv: DataView, off: number, into: Timeval | undefined): Timeval {
  const t = isA(Timeval, into) ? (into as Timeval) : new Timeval();
  t.Sec = Number(dv.getBigInt64(off, true));
  t.Usec = Number(dv.getBigInt64(off + 8, true));
  return t;
}

const RUSAGE_LONGS = ["Maxrss", "Ixrss", "Idrss", "Isrss", "Minflt", "Majflt", "Nswap", "Inblock", "Oublock", "Msgsnd", "Msgrcv", "Nsignals", "Nvcsw", "Nivcsw"] as const;
const RUSAGE_FIELDS: readonly string[] = ["Utime", "Stime", ...RUSAGE_LONGS];
const TIMEVAL_FIELDS = ["Sec", "Usec"] as const;

/**
 * Checks, before a call that cannot be undone (a reap), that every field
 * decodeRusage writes can be written: those of ru, and those of its Utime
 * and Stime Timevals, which are filled in place. Throws TypeError.
 */
export function rusageOut(name: string, ru: Rusage): void {
  outArg(name, ru, RUSAGE_FIELDS);
  for (const k of ["Utime", "Stime"] as const) {
    const t: unknown = ru[k];
    if (isA(Timeval, t)) outArg(`${name}.${k}`, t, TIMEVAL_FIELDS);
  }
}

/** Fills an Rusage from a kernel `struct rusage` in dv (Utime and Stime in place when they are Timevals). */
export function decodeRusage(dv: DataView, ru: Rusage): void {
  ru.Utime = timevalAt(dv, 0, ru.Utime);
  ru.Stime = timevalAt(dv, 16, ru.Stime);
  for (let i = 0; i < RUSAGE_LONGS.length; i++) ru[RUSAGE_LONGS[i]!] = Number(dv.getBigInt64(32 + 8 * i, true));
}

/** Copies every field of one Rusage into another, Utime and Stime in place as decodeRusage fills them. */
export function copyRusage(from: Rusage, to: Rusage): void {
  for (const k of RUSAGE_LONGS) to[k] = from[k];
  for (const k of ["Utime", "Stime"] as const) {
    const t: unknown = to[k];
    if (isA(Timeval, t)) {
      (t as Timeval).Sec = from[k].Sec;
      (t as Timeval).Usec = from[k].Usec;
    } else {
      to[k] = from[k];
    }
  }
}
