/** Go's `syscall.Timespec`: seconds and nanoseconds. */
export declare class Timespec {
    /** Seconds (int64; a number: ±2^53 s is beyond any clock). */
    Sec: number;
    /** Nanoseconds, 0..999999999. */
    Nsec: number;
    /** A Timespec of sec seconds and nsec nanoseconds (both default to 0). */
    constructor(sec?: number, nsec?: number);
    /** Go's `Unix()`: `[sec, nsec]`. */
    Unix(): [sec: number, nsec: number];
    /** Go's `Nano()`: the time in nanoseconds since the epoch, as a bigint (it passes 2^53); in int64, which wraps past it, as Go's does. */
    Nano(): bigint;
}
/** Go's `syscall.Timeval`: seconds and microseconds. */
export declare class Timeval {
    /** Seconds. */
    Sec: number;
    /** Microseconds, 0..999999. */
    Usec: number;
    /** A Timeval of sec seconds and usec microseconds (both default to 0). */
    constructor(sec?: number, usec?: number);
    /** Go's `Unix()`: `[sec, nsec]` (a Usec past 2^53 / 1000, which no clock gives, makes an nsec that is the nearest number, not Go's exact int64). */
    Unix(): [sec: number, nsec: number];
    /** Go's `Nano()`: the time in nanoseconds, as a bigint; in int64, which wraps past it, as Go's does. */
    Nano(): bigint;
}
/** Go's `NsecToTimespec`: a Timespec from nanoseconds. */
export declare function NsecToTimespec(nsec: bigint): Timespec;
/**
 * Go's `NsecToTimeval`: a Timeval from nanoseconds (rounded up to whole
 * microseconds, as Go does). Go adds the 999 ns in int64, which wraps for
 * the top 999 values (within 999 ns of 2^63): so does this, so that every
 * int64 gives Go's Timeval.
 */
export declare function NsecToTimeval(nsec: bigint): Timeval;
/**
 * Go's `syscall.Stat_t` for Linux: the kernel's `struct stat`. Dev, Ino and
 * Rdev are bigints (they can pass 2^53); the other fields are numbers. The
 * padding fields of Go's struct are left out. Pass one to Stat, Lstat, Fstat
 * or Fstatat: it is filled in place.
 */
export declare class Stat_t {
    /** Device holding the file. */
    Dev: bigint;
    /** Inode number. */
    Ino: bigint;
    /** Number of hard links (u64 on amd64, u32 on arm64). */
    Nlink: number;
    /** File type and mode bits (S_IF*, permission bits). */
    Mode: number;
    /** Owner's user id. */
    Uid: number;
    /** Owner's group id. */
    Gid: number;
    /** Device number, for a device file. */
    Rdev: bigint;
    /** Size in bytes. */
    Size: number;
    /** Preferred I/O block size. */
    Blksize: number;
    /** Number of 512-byte blocks allocated. */
    Blocks: number;
    /** Last access time. */
    Atim: Timespec;
    /** Last modification time. */
    Mtim: Timespec;
    /** Last status change time. */
    Ctim: Timespec;
}
/** Go's `syscall.Rlimit`: the soft (Cur) and hard (Max) limits, as bigints so RLIM_INFINITY (2^64-1) survives. */
export declare class Rlimit {
    /** Soft limit. */
    Cur: bigint;
    /** Hard limit. */
    Max: bigint;
    /** An Rlimit of cur and max (both default to 0n). */
    constructor(cur?: bigint, max?: bigint);
}
/** Go's `syscall.Rusage`: resource usage, as Wait4 and Getrusage fill it. */
export declare class Rusage {
    /** User CPU time. */
    Utime: Timeval;
    /** System CPU time. */
    Stime: Timeval;
    /** Maximum resident set size, in KiB. */
    Maxrss: number;
    /** Unused on Linux. */
    Ixrss: number;
    /** Unused on Linux. */
    Idrss: number;
    /** Unused on Linux. */
    Isrss: number;
    /** Page reclaims (soft page faults). */
    Minflt: number;
    /** Page faults needing I/O. */
    Majflt: number;
    /** Unused on Linux. */
    Nswap: number;
    /** Block input operations. */
    Inblock: number;
    /** Block output operations. */
    Oublock: number;
    /** Unused on Linux. */
    Msgsnd: number;
    /** Unused on Linux. */
    Msgrcv: number;
    /** Unused on Linux. */
    Nsignals: number;
    /** Voluntary context switches. */
    Nvcsw: number;
    /** Involuntary context switches. */
    Nivcsw: number;
}
/** Views of a buffer that receives a kernel `struct stat`. */
export interface StatBuffer {
    /** The bytes, for the syscall. */
    bytes: Uint8Array;
    /** 32-bit words, signed (an unsigned word is `w >>> 0`). */
    i32: Int32Array;
}
/** A new buffer for one `struct stat` of this architecture, with its view. */
export declare function newStatBuffer(): StatBuffer;
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
export declare function decodeStat(b: StatBuffer, st: Stat_t): void;
/**
 * Checks, before a call that cannot be undone (a reap), that every field
 * decodeRusage writes can be written: those of ru, and those of its Utime
 * and Stime Timevals, which are filled in place. Throws TypeError.
 */
export declare function rusageOut(name: string, ru: Rusage): void;
/** Fills an Rusage from a kernel `struct rusage` in dv (Utime and Stime in place when they are Timevals). */
export declare function decodeRusage(dv: DataView, ru: Rusage): void;
/** Copies every field of one Rusage into another, Utime and Stime in place as decodeRusage fills them. */
export declare function copyRusage(from: Rusage, to: Rusage): void;
