import { Errno } from "../errno.js";
import { Rlimit } from "../types.js";
/** capget/capset header version 1 (32-bit sets: one CapUserData), as x/sys/unix's LINUX_CAPABILITY_VERSION_1. */
export declare const LINUX_CAPABILITY_VERSION_1 = 429392688;
/** capget/capset header version 2 (deprecated; 64-bit sets: two CapUserData), as x/sys/unix's LINUX_CAPABILITY_VERSION_2. */
export declare const LINUX_CAPABILITY_VERSION_2 = 537333798;
/** capget/capset header version 3 (64-bit sets: two CapUserData, low words first), as x/sys/unix's LINUX_CAPABILITY_VERSION_3. */
export declare const LINUX_CAPABILITY_VERSION_3 = 537396514;
/** memfd_create(2) flag: the fd is close-on-exec, as x/sys/unix's MFD_CLOEXEC. */
export declare const MFD_CLOEXEC = 1;
/** memfd_create(2) flag: the file accepts seals (fcntl F_ADD_SEALS), as x/sys/unix's MFD_ALLOW_SEALING. */
export declare const MFD_ALLOW_SEALING = 2;
/** memfd_create(2) flag: back the file with huge pages, as x/sys/unix's MFD_HUGETLB. */
export declare const MFD_HUGETLB = 4;
/** memfd_create(2) flag (Linux 6.3): not executable, sealed so for good, as x/sys/unix's MFD_NOEXEC_SEAL. */
export declare const MFD_NOEXEC_SEAL = 8;
/** memfd_create(2) flag (Linux 6.3): executable, as x/sys/unix's MFD_EXEC. */
export declare const MFD_EXEC = 16;
/** close_range(2) flag: unshare the fd table first, as x/sys/unix's CLOSE_RANGE_UNSHARE. */
export declare const CLOSE_RANGE_UNSHARE = 2;
/** close_range(2) flag: set close-on-exec instead of closing, as x/sys/unix's CLOSE_RANGE_CLOEXEC. */
export declare const CLOSE_RANGE_CLOEXEC = 4;
/** openat2(2) resolve flag: no crossing of mount points, as x/sys/unix's RESOLVE_NO_XDEV. */
export declare const RESOLVE_NO_XDEV = 1;
/** openat2(2) resolve flag: no magic links (/proc/PID/fd/N), as x/sys/unix's RESOLVE_NO_MAGICLINKS. */
export declare const RESOLVE_NO_MAGICLINKS = 2;
/** openat2(2) resolve flag: no symbolic links at all (ELOOP), as x/sys/unix's RESOLVE_NO_SYMLINKS. */
export declare const RESOLVE_NO_SYMLINKS = 4;
/** openat2(2) resolve flag: the path must stay beneath dirfd (EXDEV), as x/sys/unix's RESOLVE_BENEATH. */
export declare const RESOLVE_BENEATH = 8;
/** openat2(2) resolve flag: resolve as if dirfd were the root, as x/sys/unix's RESOLVE_IN_ROOT. */
export declare const RESOLVE_IN_ROOT = 16;
/** The size of struct open_how that Openat2 passes, as x/sys/unix's SizeofOpenHow. */
export declare const SizeofOpenHow = 24;
/** ioctl(2) request: get a termios2 (a whole {@link Termios}, speeds included), as x/sys/unix's TCGETS2. */
export declare const TCGETS2 = 2150388778;
/** ioctl(2) request: set a termios2 (a whole {@link Termios}, speeds included), as x/sys/unix's TCSETS2. */
export declare const TCSETS2 = 1076646955;
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
export declare const Setns: import("../sysdef.js").Wrapper<readonly ["fd", "int"], "err">;
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
export declare function FcntlInt(fd: number, cmd: number, arg: number): [value: number, err: Errno | null];
/**
 * Go's (x/sys/unix) `Prctl(option int, arg2, arg3, arg4, arg5 uintptr) (err error)`:
 * prctl(2). Only the error comes back, as in Go: use {@link PrctlRetInt}
 * for the PR_GET_* options that return their answer. Arguments that are
 * addresses (PR_SET_NAME, PR_GET_NAME) are raw addresses, `ptr(buf)` of
 * bun:ffi, exactly as unsafe as Go's uintptr(unsafe.Pointer(...)).
 */
export declare const Prctl: import("../sysdef.js").Wrapper<readonly ["int", "uintptr", "uintptr", "uintptr", "uintptr"], "err">;
/**
 * Go's (x/sys/unix) `PrctlRetInt(option int, arg2, arg3, arg4, arg5 uintptr) (int, error)`:
 * prctl(2) returning its non-negative result (PR_GET_DUMPABLE,
 * PR_GET_NO_NEW_PRIVS, PR_CAPBSET_READ, ...). On failure the number is -1
 * (x/sys/unix gives 0).
 */
export declare const PrctlRetInt: import("../sysdef.js").Wrapper<readonly ["int", "uintptr", "uintptr", "uintptr", "uintptr"], "long">;
/**
 * Go's (x/sys/unix) `Prlimit(pid, resource int, newlimit, old *Rlimit) error`:
 * prlimit(2), the limits of any process (pid 0 is this one). newlimit, when
 * not null, is set (Cur and Max bigints, or safe integers, in [0, 2^64-1]);
 * old, when not null, is filled in place with the limit before the change.
 * Setting RLIMIT_NOFILE of this process clears {@link SetChildRlimitNofile},
 * as Setrlimit does (Go's syscall.prlimit does the same).
 */
export declare function Prlimit(pid: number, resource: number, newlimit: Rlimit | null, old: Rlimit | null): Errno | null;
/** Go's (x/sys/unix) `CapUserHeader`: the header of capget(2) and capset(2). */
export declare class CapUserHeader {
    /** LINUX_CAPABILITY_VERSION_1, _2 or _3; the kernel writes its preferred version here when it refuses this one (EINVAL). */
    Version: number;
    /** The thread whose sets Capget reads (0: the caller); Capset accepts only 0 or the caller. */
    Pid: number;
    /** A header of version and pid (both default to 0). */
    constructor(
    /** LINUX_CAPABILITY_VERSION_1, _2 or _3; the kernel writes its preferred version here when it refuses this one (EINVAL). */
    Version?: number, 
    /** The thread whose sets Capget reads (0: the caller); Capset accepts only 0 or the caller. */
    Pid?: number);
}
/** Go's (x/sys/unix) `CapUserData`: one 32-bit word of each capability set (version 3 uses two: bits 0-31, then 32-63). */
export declare class CapUserData {
    /** Effective set. */
    Effective: number;
    /** Permitted set. */
    Permitted: number;
    /** Inheritable set. */
    Inheritable: number;
    /** A CapUserData of the three words (default 0). */
    constructor(
    /** Effective set. */
    Effective?: number, 
    /** Permitted set. */
    Permitted?: number, 
    /** Inheritable set. */
    Inheritable?: number);
}
/**
 * Go's (x/sys/unix) `Capget(hdr *CapUserHeader, data *CapUserData) (err error)`:
 * capget(2). Fills data in place: pass `[new CapUserData(), new CapUserData()]`
 * with LINUX_CAPABILITY_VERSION_3 (the 64-bit sets, low words first), one
 * CapUserData with version 1. On EINVAL for an unknown version,
 * hdr.Version is set to the kernel's preferred one.
 */
export declare function Capget(hdr: CapUserHeader | null, data: CapUserData | CapUserData[] | null): Errno | null;
/**
 * Go's (x/sys/unix) `Capset(hdr *CapUserHeader, data *CapUserData) (err error)`:
 * capset(2), sets the calling thread's capability sets from data (shaped as
 * for {@link Capget}). Capabilities are per thread: from Bun this changes
 * only the JavaScript thread, not Bun's other threads.
 */
export declare function Capset(hdr: CapUserHeader | null, data: CapUserData | CapUserData[] | null): Errno | null;
/**
 * Go's (x/sys/unix) `MemfdCreate(name string, flags int) (fd int, err error)`:
 * memfd_create(2), an anonymous memory file (MFD_CLOEXEC, MFD_ALLOW_SEALING,
 * ...). name is only a label (/proc/PID/fd shows `/memfd:name`); a name
 * past 249 bytes is EINVAL, as is a NUL in it.
 */
export declare const MemfdCreate: import("../sysdef.js").Wrapper<readonly ["path", "int"], "int">;
/**
 * Go's (x/sys/unix) `CloseRange(first uint, last uint, flags uint) (err error)`:
 * close_range(2) (Linux 5.9), closes (or with CLOSE_RANGE_CLOEXEC marks)
 * the fds first..last. The bounds are the kernel's unsigned int: up to
 * 0xffffffff (all fds), RangeError past it.
 */
export declare function CloseRange(first: number, last: number, flags: number): Errno | null;
/**
 * Go's (x/sys/unix) `PidfdGetfd(pidfd int, targetfd int, flags int) (fd int, err error)`:
 * pidfd_getfd(2) (Linux 5.6), a duplicate in this process of fd targetfd
 * of the process pidfd refers to (it needs ptrace access to that process;
 * the new fd is close-on-exec; flags must be 0).
 */
export declare const PidfdGetfd: import("../sysdef.js").Wrapper<readonly ["fd", "fd", "int"], "int">;
/** Go's (x/sys/unix) `OpenHow`: struct open_how of openat2(2). Fields are uint64 in Go; safe integers here (every bit the kernel accepts fits). */
export declare class OpenHow {
    /** O_* flags (the kernel refuses unknown bits with EINVAL). */
    Flags: number;
    /** Mode for O_CREAT or O_TMPFILE; must be 0 otherwise (EINVAL). */
    Mode: number;
    /** RESOLVE_* flags. */
    Resolve: number;
    /** An OpenHow of flags, mode and resolve (default 0). */
    constructor(
    /** O_* flags (the kernel refuses unknown bits with EINVAL). */
    Flags?: number, 
    /** Mode for O_CREAT or O_TMPFILE; must be 0 otherwise (EINVAL). */
    Mode?: number, 
    /** RESOLVE_* flags. */
    Resolve?: number);
}
/**
 * Go's (x/sys/unix) `Openat2(dirfd int, path string, how *OpenHow) (fd int, err error)`:
 * openat2(2) (Linux 5.6), openat with RESOLVE_* restrictions on how the
 * path is resolved: RESOLVE_BENEATH refuses an escape from dirfd (EXDEV),
 * RESOLVE_NO_SYMLINKS any symbolic link (ELOOP). Unlike Openat, unknown
 * flag bits and a mode without O_CREAT are EINVAL.
 */
export declare function Openat2(dirfd: number, path: string, how: OpenHow | null): [fd: number, err: Errno | null];
/** Go's (x/sys/unix) `Winsize`: struct winsize of TIOCGWINSZ and TIOCSWINSZ. */
export declare class Winsize {
    /** Rows, in characters. */
    Row: number;
    /** Columns, in characters. */
    Col: number;
    /** Width, in pixels (unused by the kernel). */
    Xpixel: number;
    /** Height, in pixels (unused by the kernel). */
    Ypixel: number;
    /** A Winsize with the fields init gives (Go's composite literal); the rest as above. */
    constructor(init?: Partial<Winsize>);
}
/**
 * Go's (x/sys/unix) `Termios`: the kernel's struct termios2 (44 bytes:
 * Iflag, Oflag, Cflag, Lflag, Line, Cc [19]uint8, Ispeed, Ospeed), the
 * layout of x/sys/unix and of TCGETS2. TCGETS and TCSETS move its first
 * 36 bytes, so after TCGETS the speeds read 0; TCGETS2 fills them. (Go's
 * own syscall.Termios is glibc's struct instead, with 32 Cc bytes; this
 * package has x/sys/unix's, the one its ioctls take.)
 */
export declare class Termios {
    /** Input modes (ICRNL, IXON, ...). */
    Iflag: number;
    /** Output modes (OPOST, ...). */
    Oflag: number;
    /** Control modes (CS8, CREAD, baud bits, ...). */
    Cflag: number;
    /** Local modes (ECHO, ICANON, ISIG, ...). */
    Lflag: number;
    /** Line discipline. */
    Line: number;
    /** Control characters, indexed by VINTR (0) ... VMIN (6), VTIME (5) ...: exactly 19 bytes. */
    Cc: Uint8Array;
    /** Input speed (termios2; TCGETS leaves it 0). */
    Ispeed: number;
    /** Output speed (termios2; TCGETS leaves it 0). */
    Ospeed: number;
    /** A Termios with the fields init gives (Go's composite literal); the rest as above. */
    constructor(init?: Partial<Termios>);
}
/**
 * Go's (x/sys/unix) `IoctlSetInt(fd int, req uint, value int) error`:
 * ioctl(2) with value itself as the argument (TIOCSCTTY's 0 or 1,
 * TCFLSH's queue selector). A request that takes a pointer reads
 * value as an address, as in Go.
 */
export declare const IoctlSetInt: import("../sysdef.js").Wrapper<readonly ["fd", "uint", "int64"], "err">;
/**
 * Go's (x/sys/unix) `IoctlSetPointerInt(fd int, req uint, value int) error`:
 * ioctl(2) with a pointer to value as a C int (TIOCSPTLCK, TIOCSPGRP).
 * value is in [-2^31, 2^32), as for any C int argument of the package
 * (RangeError past it: Go would truncate it to 32 bits).
 */
export declare function IoctlSetPointerInt(fd: number, req: number, value: number): Errno | null;
/**
 * Go's (x/sys/unix) `IoctlGetInt(fd int, req uint) (int, error)`: ioctl(2)
 * with a pointer to a zeroed Go int (8 bytes), which is returned
 * (TIOCGPTN, TIOCGPGRP, FIONREAD). A request that writes a 4-byte C int
 * leaves the upper half 0, as in Go: -1 reads as 4294967295. 0 on failure,
 * as in Go.
 */
export declare function IoctlGetInt(fd: number, req: number): [value: number, err: Errno | null];
/**
 * Go's (x/sys/unix) `IoctlGetWinsize(fd int, req uint) (*Winsize, error)`:
 * ioctl(2) TIOCGWINSZ, a terminal's size. A new Winsize either way (zero on
 * failure, as Go's).
 */
export declare function IoctlGetWinsize(fd: number, req: number): [value: Winsize, err: Errno | null];
/**
 * Go's (x/sys/unix) `IoctlSetWinsize(fd int, req uint, value *Winsize) error`:
 * ioctl(2) TIOCSWINSZ, sets a terminal's size (the foreground process group
 * gets SIGWINCH). Fields are uint16 (RangeError past them); null passes
 * NULL (EFAULT).
 */
export declare function IoctlSetWinsize(fd: number, req: number, value: Winsize | null): Errno | null;
/**
 * Go's (x/sys/unix) `IoctlGetTermios(fd int, req uint) (*Termios, error)`:
 * ioctl(2) TCGETS (or TCGETS2, which fills the speeds too), a terminal's
 * modes. A new Termios either way (zero on failure, as Go's).
 */
export declare function IoctlGetTermios(fd: number, req: number): [value: Termios, err: Errno | null];
/**
 * Go's (x/sys/unix) `IoctlSetTermios(fd int, req uint, value *Termios) error`:
 * ioctl(2) TCSETS, TCSETSW, TCSETSF (or TCSETS2), sets a terminal's modes.
 * Flags and speeds are uint32, Line a uint8, Cc 19 bytes (TypeError or
 * RangeError otherwise); null passes NULL (EFAULT).
 */
export declare function IoctlSetTermios(fd: number, req: number, value: Termios | null): Errno | null;
