import { Errno } from "../errno.js";
/**
 * Go's `Openat(dirfd int, path string, flags int, mode uint32) (fd int, err error)`:
 * openat(2), with O_LARGEFILE added to flags as Go adds it. A relative path
 * is taken from dirfd (AT_FDCWD for the current directory).
 */
export declare function Openat(dirfd: number, path: string, flags: number, mode: number): [fd: number, err: Errno | null];
/** Go's `Creat(path string, mode uint32) (fd int, err error)`: open(2) with O_CREAT|O_WRONLY|O_TRUNC. */
export declare function Creat(path: string, mode: number): [fd: number, err: Errno | null];
/** Go's `Mkdirat(dirfd int, path string, mode uint32) (err error)`: mkdirat(2). */
export declare const Mkdirat: import("../sysdef.js").Wrapper<readonly ["fd", "path", "uint"], "err">;
/**
 * Go's `Mknodat(dirfd int, path string, mode uint32, dev int) (err error)`:
 * mknodat(2). mode holds the file type (S_IFIFO, S_IFCHR, S_IFBLK, S_IFREG,
 * S_IFSOCK) and the permission bits; dev is the device number of a device
 * file (Mkdev's encoding). The raw syscall, as Mknod in src/file.ts: glibc
 * exports mknodat only since 2.33.
 */
export declare const Mknodat: import("../sysdef.js").Wrapper<readonly ["fd", "path", "uint", "int64"], "err">;
/**
 * Go's `Renameat(olddirfd int, oldpath string, newdirfd int, newpath string) (err error)`:
 * renameat(2) (glibc's wrapper, which uses renameat2 where the kernel has no renameat).
 */
export declare const Renameat: import("../sysdef.js").Wrapper<readonly ["fd", "path", "fd", "path"], "err">;
/**
 * Go's `Unlinkat(dirfd int, path string) error`: unlinkat(2) with flags 0,
 * which removes a file, never a directory (EISDIR). Go's syscall.Unlinkat
 * takes no flags (x/sys/unix's does): a third argument throws TypeError, as
 * Go's compiler refuses it, rather than being dropped. For a directory use
 * Rmdir (unlinkat with AT_REMOVEDIR from AT_FDCWD).
 */
export declare function Unlinkat(dirfd: number, path: string, ...noFlags: never[]): Errno | null;
/**
 * Go's `Fchmodat(dirfd int, path string, mode uint32, flags int) (err error)`:
 * fchmodat(2). As Go (and glibc) do, flags other than AT_SYMLINK_NOFOLLOW
 * give EINVAL, and AT_SYMLINK_NOFOLLOW gives EOPNOTSUPP: Linux cannot
 * change a symlink's own mode, and ignoring the flag would change its
 * target's.
 */
export declare function Fchmodat(dirfd: number, path: string, mode: number, flags: number): Errno | null;
/**
 * Go's `Fchownat(dirfd int, path string, uid int, gid int, flags int) (err error)`:
 * fchownat(2). A uid or gid of -1 leaves it unchanged; one outside
 * [-1, 2^32) is a RangeError, as Chown's; flags may hold
 * AT_SYMLINK_NOFOLLOW and AT_EMPTY_PATH.
 */
export declare const Fchownat: import("../sysdef.js").Wrapper<readonly ["fd", "path", "id", "id", "int"], "err">;
/** Go's `Truncate(path string, length int64) (err error)`: truncate(2). */
export declare const Truncate: import("../sysdef.js").Wrapper<readonly ["path", "int64"], "err">;
/** Go's `Fdatasync(fd int) (err error)`: fdatasync(2). */
export declare const Fdatasync: import("../sysdef.js").Wrapper<readonly ["fd"], "err">;
/** Go's `Sync()`: sync(2). It has no result. */
export declare const Sync: import("../sysdef.js").Wrapper<readonly [], "void">;
/**
 * Go's `SyncFileRange(fd int, off int64, n int64, flags int) (err error)`:
 * sync_file_range(2); flags are SYNC_FILE_RANGE_WAIT_BEFORE (1), _WRITE (2)
 * and _WAIT_AFTER (4).
 */
export declare const SyncFileRange: import("../sysdef.js").Wrapper<readonly ["fd", "int64", "int64", "int"], "err">;
/**
 * Go's `Fallocate(fd int, mode uint32, off int64, len int64) (err error)`:
 * fallocate(2). mode 0 allocates (and extends the file); the FALLOC_FL_*
 * bits punch holes, zero ranges and so on. A pipe gives ESPIPE.
 */
export declare const Fallocate: import("../sysdef.js").Wrapper<readonly ["fd", "uint", "int64", "int64"], "err">;
/**
 * Go's `Flock(fd int, how int) (err error)`: flock(2). how is LOCK_SH,
 * LOCK_EX or LOCK_UN, with LOCK_NB for EWOULDBLOCK instead of waiting.
 * Without LOCK_NB a held lock blocks the calling thread, as in Go.
 */
export declare const Flock: import("../sysdef.js").Wrapper<readonly ["fd", "int"], "err">;
/**
 * Go's `syscall.Flock_t`, the kernel's `struct flock` (the same layout on
 * amd64 and arm64; Go's padding fields are left out). Type is F_RDLCK,
 * F_WRLCK or F_UNLCK; Whence is SEEK_SET, SEEK_CUR or SEEK_END; Start and
 * Len give the range (Len 0: to the end of the file); F_GETLK fills in the
 * conflicting lock, with the Pid of its holder.
 */
export declare class Flock_t {
    /** Lock type: F_RDLCK, F_WRLCK or F_UNLCK (int16). */
    Type: number;
    /** Where Start counts from: SEEK_SET, SEEK_CUR or SEEK_END (int16). */
    Whence: number;
    /** Start of the range (int64). */
    Start: number;
    /** Length of the range, 0 for "to the end" (int64). */
    Len: number;
    /** The holder's pid, filled in by F_GETLK (-1 for an OFD lock; int32). */
    Pid: number;
    /** A Flock_t with the fields init gives (Go's composite literal); the rest as above. */
    constructor(init?: Partial<Flock_t>);
}
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
export declare function FcntlFlock(fd: number, cmd: number, lk: Flock_t): Errno | null;
/** Go's `syscall.Fsid`: the file system id of a Statfs_t, two int32 words. */
export declare class Fsid {
    /** The two words of the kernel's `__kernel_fsid_t`. */
    X__val: [number, number];
}
/**
 * Go's `syscall.Statfs_t`, the kernel's `struct statfs` (the same 120-byte
 * layout on amd64 and arm64). The uint64 counts (Blocks, Bfree, Bavail,
 * Files, Ffree) are bigints, since they can pass 2^53 (some file systems
 * report 2^64-1 for "unknown"); the rest are numbers.
 */
export declare class Statfs_t {
    /** The file system's magic number (EXT4_SUPER_MAGIC 0xef53, PROC_SUPER_MAGIC 0x9fa0, TMPFS_MAGIC 0x01021994). */
    Type: number;
    /** Optimal transfer block size. */
    Bsize: number;
    /** Total data blocks, in units of Frsize. */
    Blocks: bigint;
    /** Free blocks. */
    Bfree: bigint;
    /** Free blocks available to an unprivileged user. */
    Bavail: bigint;
    /** Total inodes. */
    Files: bigint;
    /** Free inodes. */
    Ffree: bigint;
    /** File system id. */
    Fsid: Fsid;
    /** Maximum length of a file name. */
    Namelen: number;
    /** Fragment size (the unit of Blocks). */
    Frsize: number;
    /** Mount flags (ST_RDONLY 1, ST_NOSUID 2, ST_NODEV 4, ST_NOEXEC 8, ...). */
    Flags: number;
    /** Reserved words. */
    Spare: number[];
}
/** Go's `Statfs(path string, buf *Statfs_t) (err error)`: statfs(2); buf is filled in place. */
export declare function Statfs(path: string, buf: Statfs_t): Errno | null;
/** Go's `Fstatfs(fd int, buf *Statfs_t) (err error)`: fstatfs(2); buf is filled in place. */
export declare function Fstatfs(fd: number, buf: Statfs_t): Errno | null;
/**
 * Go's `syscall.Ustat_t`, the kernel's `struct ustat` (Go's padding
 * fields are left out). Fname and Fpack are Go's `[6]int8`, as numbers.
 */
export declare class Ustat_t {
    /** Free blocks (int32). */
    Tfree: number;
    /** Free inodes (uint64, a bigint). */
    Tinode: bigint;
    /** File system name (the kernel leaves it zero). */
    Fname: number[];
    /** File system pack name (the kernel leaves it zero). */
    Fpack: number[];
}
/**
 * Go's `Ustat(dev int, ubuf *Ustat_t) (err error)`: the obsolete ustat(2)
 * for the file system on device dev (Stat_t.Dev, truncated to 32 bits by
 * the kernel as by Go's). Go defines it on amd64 only; arm64 has no such
 * syscall, and here it returns ENOSYS there. The kernel answers EINVAL for
 * a device with no mounted file system.
 */
export declare function Ustat(dev: number, ubuf: Ustat_t): Errno | null;
/** Go's `syscall.Utimbuf`: access and modification times in whole seconds, for Utime. */
export declare class Utimbuf {
    /** Access time, seconds since the epoch (int64). */
    Actime: number;
    /** Modification time, seconds since the epoch (int64). */
    Modtime: number;
    /** A Utimbuf with the fields init gives (Go's composite literal); the rest as above. */
    constructor(init?: Partial<Utimbuf>);
}
/**
 * Go's `Utime(path string, buf *Utimbuf) error`: utime(2), whole seconds.
 * null (Go's nil pointer, which amd64's raw utime accepts) sets both times
 * to now.
 */
export declare function Utime(path: string, buf: Utimbuf | null): Errno | null;
/**
 * Go's `Utimes(path string, tv []Timeval) (err error)`: utimes(2), to the
 * microsecond: tv is [access, modification]. A slice whose length is not
 * 2 gives EINVAL, as Go's; a Usec outside 0..999999 gives EINVAL from the
 * kernel (amd64's utimes(2), before it looks path up, as Go's; on arm64 it
 * carries into Sec, as Go's).
 */
export declare function Utimes(path: string, tv: Timeval2): Errno | null;
/**
 * Go's `UtimesNano(path string, ts []Timespec) (err error)`:
 * utimensat(AT_FDCWD, path, ts, 0), to the nanosecond: ts is [access,
 * modification]. A length other than 2 gives EINVAL, as Go's. An Nsec of
 * UTIME_NOW ((1<<30)-1) or UTIME_OMIT ((1<<30)-2) sets that time to now or
 * leaves it.
 */
export declare function UtimesNano(path: string, ts: Timespec2): Errno | null;
/**
 * Go's `Futimesat(dirfd int, path string, tv []Timeval) (err error)`:
 * futimesat(2), Utimes relative to dirfd. A length other than 2 gives EINVAL.
 */
export declare function Futimesat(dirfd: number, path: string, tv: Timeval2): Errno | null;
/**
 * Go's `Futimes(fd int, tv []Timeval) (err error)`: as Go (and glibc) do
 * on Linux, Utimes on "/proc/self/fd/<fd>". So a closed or invalid fd
 * gives ENOENT, not EBADF, as in Go, and /proc must be mounted.
 */
export declare function Futimes(fd: number, tv: Timeval2): Errno | null;
/** Go's `[]Timeval` for the time setters: an array of two objects with Sec and Usec (Timevals), or null (length 0). */
type Timeval2 = readonly {
    Sec: number;
    Usec: number;
}[] | null;
/** Go's `[]Timespec` for UtimesNano: an array of two objects with Sec and Nsec (Timespecs), or null (length 0). */
type Timespec2 = readonly {
    Sec: number;
    Nsec: number;
}[] | null;
/**
 * Go's `Getxattr(path string, attr string, dest []byte) (sz int, err error)`:
 * getxattr(2). An empty dest asks for the value's size. ENODATA when the
 * attribute is absent, ERANGE when dest is too small, EOPNOTSUPP where the
 * file system has no xattrs.
 */
export declare const Getxattr: import("../sysdef.js").Wrapper<readonly ["path", "path", "bytes"], "long">;
/**
 * Go's `Setxattr(path string, attr string, data []byte, flags int) (err error)`:
 * setxattr(2); flags 0, XATTR_CREATE (1: EEXIST if present) or
 * XATTR_REPLACE (2: ENODATA if absent).
 */
export declare const Setxattr: import("../sysdef.js").Wrapper<readonly ["path", "path", "bytes", "int"], "err">;
/**
 * Go's `Listxattr(path string, dest []byte) (sz int, err error)`:
 * listxattr(2): the attribute names, each NUL-terminated. An empty dest
 * asks for the size.
 */
export declare const Listxattr: import("../sysdef.js").Wrapper<readonly ["path", "bytes"], "long">;
/** Go's `Removexattr(path string, attr string) (err error)`: removexattr(2). */
export declare const Removexattr: import("../sysdef.js").Wrapper<readonly ["path", "path"], "err">;
/**
 * Go's `*int64` offset of Sendfile and Splice: a caller-owned object whose
 * value the kernel reads and advances, or null for Go's nil (use and move
 * the fd's own offset).
 */
type Int64Ref = {
    value: number;
} | null;
/**
 * Go's `Sendfile(outfd int, infd int, offset *int64, count int) (written int, err error)`:
 * sendfile(2), up to count bytes from infd to outfd inside the kernel.
 * offset is `{ value }`, read from and advanced past the bytes sent (infd's
 * own offset is left alone), or null to read from infd's offset. An
 * offset moved past 2^53 (no exact number holds it) is not written back:
 * the result is the count with EOVERFLOW.
 */
export declare function Sendfile(outfd: number, infd: number, offset: Int64Ref, count: number): [written: number, err: Errno | null];
/**
 * Go's `Splice(rfd int, roff *int64, wfd int, woff *int64, len int, flags int) (n int64, err error)`:
 * splice(2), moving up to len bytes between two fds of which one is a
 * pipe. roff and woff are `{ value }` offsets (advanced by the kernel) or
 * null; a pipe's must be null (ESPIPE otherwise). flags: SPLICE_F_MOVE 1,
 * SPLICE_F_NONBLOCK 2, SPLICE_F_MORE 4. An offset moved past 2^53 is
 * not written back: the count with EOVERFLOW, as Sendfile's.
 */
export declare function Splice(rfd: number, roff: Int64Ref, wfd: number, woff: Int64Ref, len: number, flags: number): [n: number, err: Errno | null];
/**
 * Go's `Tee(rfd int, wfd int, len int, flags int) (n int64, err error)`:
 * tee(2), duplicating up to len bytes from pipe rfd into pipe wfd without
 * consuming them. Both must be pipes (EINVAL otherwise).
 */
export declare const Tee: import("../sysdef.js").Wrapper<readonly ["fd", "fd", "int64", "int"], "long">;
export {};
