import { Errno } from "./errno.js";
import { Stat_t } from "./types.js";
/** Standard input's fd, as Go's `syscall.Stdin`. */
export declare const Stdin = 0;
/** Standard output's fd, as Go's `syscall.Stdout`. */
export declare const Stdout = 1;
/** Standard error's fd, as Go's `syscall.Stderr`. */
export declare const Stderr = 2;
/** Go's `ImplementsGetwd`: Getwd is implemented (it is, with getcwd(2)). */
export declare const ImplementsGetwd = true;
/** The current directory, for the *at calls. */
export declare const AT_FDCWD: number;
/** Fstatat, Faccessat: do not follow a final symlink. */
export declare const AT_SYMLINK_NOFOLLOW = 256;
/** Unlinkat: remove a directory. */
export declare const AT_REMOVEDIR = 512;
/** Faccessat: check with the effective ids, not the real ones. */
export declare const AT_EACCESS = 512;
/** Linkat: follow a final symlink. */
export declare const AT_SYMLINK_FOLLOW = 1024;
/** Fstatat: do not automount a final component. */
export declare const AT_NO_AUTOMOUNT = 2048;
/** Fstatat: an empty path means dirfd itself. */
export declare const AT_EMPTY_PATH = 4096;
/** Seek from the start of the file. */
export declare const SEEK_SET = 0;
/** Seek from the current offset. */
export declare const SEEK_CUR = 1;
/** Seek from the end of the file. */
export declare const SEEK_END = 2;
/** Go's `Open(path, mode, perm) (fd int, err error)`: openat(AT_FDCWD, path, mode|O_LARGEFILE, perm). */
export declare function Open(path: string, mode: number, perm: number): [fd: number, err: Errno | null];
/** Go's `Close(fd) error`. */
export declare function Close(fd: number): Errno | null;
/**
 * Called when the package's own calls end the fds first..last (Close,
 * CloseRange, Dup2 and Dup3 onto a number): the event-loop waits on those
 * numbers hook in here and end at once. @internal
 */
export declare const fdClosedHooks: Array<(first: number, last: number) => void>;
/** Runs fdClosedHooks for first..last. @internal */
export declare function fdsGone(first: number, last: number): void;
/** Go's `Read(fd, p) (n int, err error)`. At end of file it returns `[0, null]`. */
export declare function Read(fd: number, p: Uint8Array): [n: number, err: Errno | null];
/** Go's `Write(fd, p) (n int, err error)`. */
export declare function Write(fd: number, p: Uint8Array): [n: number, err: Errno | null];
/** Go's `Pread(fd, p, offset) (n int, err error)`: read at offset without moving the file offset. */
export declare function Pread(fd: number, p: Uint8Array, offset: number): [n: number, err: Errno | null];
/** Go's `Pwrite(fd, p, offset) (n int, err error)`: write at offset without moving the file offset. */
export declare function Pwrite(fd: number, p: Uint8Array, offset: number): [n: number, err: Errno | null];
/** Go's `Seek(fd, offset, whence) (off int64, err error)`. whence is SEEK_SET, SEEK_CUR or SEEK_END. A resulting offset past 2^53 is EOVERFLOW (no number holds it exactly). */
export declare function Seek(fd: number, offset: number, whence: number): [off: number, err: Errno | null];
/** Go's `Pipe2(p []int, flags) error`: p must have length 2 (EINVAL otherwise) and receives [read end, write end]. */
export declare function Pipe2(p: number[], flags: number): Errno | null;
/** Go's `Pipe(p []int) error`: Pipe2 with no flags. */
export declare function Pipe(p: number[]): Errno | null;
/** Go's `Dup(oldfd) (fd int, err error)`. */
export declare function Dup(oldfd: number): [fd: number, err: Errno | null];
/** Go's `Dup2(oldfd, newfd) error`. Equal fds are a no-op when oldfd is open (libc's dup2, dup3 underneath on arm64). */
export declare function Dup2(oldfd: number, newfd: number): Errno | null;
/** Go's `Dup3(oldfd, newfd, flags) error`: flags may be O_CLOEXEC; equal fds give EINVAL. */
export declare function Dup3(oldfd: number, newfd: number, flags: number): Errno | null;
/** Go's `CloseOnExec(fd)`: sets FD_CLOEXEC. Like Go's, it reports no error. */
export declare function CloseOnExec(fd: number): void;
/** Go's `SetNonblock(fd, nonblocking) error`: sets or clears O_NONBLOCK (F_GETFL, then always F_SETFL, as Go's). */
export declare function SetNonblock(fd: number, nonblocking: boolean): Errno | null;
/** Go's `Fsync(fd) error`. */
export declare function Fsync(fd: number): Errno | null;
/** Go's `Ftruncate(fd, length) error`. */
export declare function Ftruncate(fd: number, length: number): Errno | null;
/** Go's `Fchmod(fd, mode) error`. */
export declare function Fchmod(fd: number, mode: number): Errno | null;
/**
 * Go's `Fchdir(fd) error`. On success Bun's own idea of the directory
 * (process.cwd(), which path.resolve uses) follows, as after Chdir.
 */
export declare function Fchdir(fd: number): Errno | null;
/** newfstatat(2) into statBytes: (dirfd, path, flags) -> 0 or -1 with errno set. */
type StatAt = (dirfd: number, path: Uint8Array, buf: Uint8Array, flags: number) => number;
/**
 * newfstatat(2) through syscall(2), for a C library with no fstatat
 * symbol. Exported for the test that checks it against the other.
 * @internal
 */
export declare const statAtSyscall: StatAt;
/** Go's `Fstatat(dirfd, path, stat, flags) error` (newfstatat). flags may hold AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH, AT_NO_AUTOMOUNT. */
export declare function Fstatat(dirfd: number, path: string, stat: Stat_t, flags: number): Errno | null;
/** Go's `Stat(path, stat) error`: follows symlinks. */
export declare function Stat(path: string, stat: Stat_t): Errno | null;
/** Go's `Lstat(path, stat) error`: describes a symlink itself. */
export declare function Lstat(path: string, stat: Stat_t): Errno | null;
/** Go's `Fstat(fd, stat) error`. */
export declare function Fstat(fd: number, stat: Stat_t): Errno | null;
/** Go's `Chmod(path, mode) error`. */
export declare function Chmod(path: string, mode: number): Errno | null;
/** Go's `Chdir(path) error`. On success Bun's process.cwd() (which path.resolve uses) follows it. */
export declare function Chdir(path: string): Errno | null;
/**
 * Go's `Chroot(path) error`: chroot(2) for the whole process. Call
 * {@link Prepare} first if children are to be started afterwards: once the
 * root has changed the package compiles nothing (Bun would write its
 * compiler's headers into the new root), so ForkExec, Exec and Wait4Async
 * then work only if their C halves were compiled before.
 */
export declare function Chroot(path: string): Errno | null;
/** Go's `Mkdir(path, mode) error`. */
export declare function Mkdir(path: string, mode: number): Errno | null;
/** Go's `Rmdir(path) error`. */
export declare function Rmdir(path: string): Errno | null;
/** Go's `Unlink(path) error`. */
export declare function Unlink(path: string): Errno | null;
/** Go's `Rename(oldpath, newpath) error`. */
export declare function Rename(oldpath: string, newpath: string): Errno | null;
/** Go's `Symlink(oldpath, newpath) error`: newpath becomes a link whose target is oldpath. */
export declare function Symlink(oldpath: string, newpath: string): Errno | null;
/** Go's `Link(oldpath, newpath) error`: a hard link. */
export declare function Link(oldpath: string, newpath: string): Errno | null;
/** Go's `Mknod(path, mode, dev) error`: mode holds the file type (S_IFIFO, S_IFCHR, ...) and permissions. */
export declare function Mknod(path: string, mode: number, dev: number): Errno | null;
/** Go's `Mkfifo(path, mode) error`: Mknod with S_IFIFO. */
export declare function Mkfifo(path: string, mode: number): Errno | null;
/** Go's `Chown(path, uid, gid) error`: follows symlinks; -1 leaves an id unchanged. */
export declare function Chown(path: string, uid: number, gid: number): Errno | null;
/** Go's `Lchown(path, uid, gid) error`: changes a symlink itself. */
export declare function Lchown(path: string, uid: number, gid: number): Errno | null;
/** Go's `Fchown(fd, uid, gid) error`. */
export declare function Fchown(fd: number, uid: number, gid: number): Errno | null;
/** Go's `Access(path, mode) error`: Faccessat(AT_FDCWD, path, mode, 0). */
export declare function Access(path: string, mode: number): Errno | null;
/** Go's `Readlink(path, buf) (n int, err error)`: the target is written to buf, truncated to its length. */
export declare function Readlink(path: string, buf: Uint8Array): [n: number, err: Errno | null];
/** Go's `Umask(mask) (oldmask int)`: sets the file mode creation mask and returns the previous one. */
export declare function Umask(mask: number): number;
/**
 * Go's `Getcwd(buf) (n int, err error)`: the raw getcwd(2). n counts the
 * terminating NUL. ERANGE when buf is too small.
 */
export declare function Getcwd(buf: Uint8Array): [n: number, err: Errno | null];
/** Go's `Getwd() (string, error)`: the current directory; ENOENT when it is unreachable (deleted, or outside a chroot). */
export declare function Getwd(): [wd: string, err: Errno | null];
/**
 * Go's `Faccessat(dirfd, path, mode, flags) error`: can the caller access
 * path with mode (R_OK 4, W_OK 2, X_OK 1, F_OK 0)? flags may hold
 * AT_EACCESS (check with the effective ids) and AT_SYMLINK_NOFOLLOW.
 *
 * As Go 1.20 and later do, flags of 0 use faccessat(2); other flags use
 * faccessat2(2) (Linux 5.8), and where that is missing (ENOSYS) or refused
 * by a seccomp filter (EPERM), the check is emulated from Fstatat and the
 * process's ids. (go1.19 always emulates for flags: it refuses AT_EMPTY_PATH
 * with EINVAL and ignores mode bits above 7, where faccessat2 looks the
 * path up and refuses those bits with EINVAL.)
 */
export declare function Faccessat(dirfd: number, path: string, mode: number, flags: number): Errno | null;
/**
 * The userspace fallback of {@link Faccessat}, for kernels without
 * faccessat2. Exported for tests; prefer Faccessat.
 * @internal
 */
export declare function faccessatEmulated(dirfd: number, path: string, mode: number, flags: number): Errno | null;
export {};
