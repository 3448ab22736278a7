/**
 * File calls: Open, Read, Write, Close, Seek, Pipe2, the Stat family, and
 * the directory and link calls, with Go's signatures and semantics.
 * @module
 */
import { C, CWD_FD, bindOptional, errno, fdArg, intArg, int64Arg, bytesArg, objArg, outArg, bufPtr, bufPtrOf, byteLengthOf, cstring, subview, sys } from "./libc.ts";
import { Errno, lastErr, check } from "./errno.ts";
import { SYS } from "./layout.ts";
import { Stat_t, decodeStat, newStatBuffer } from "./types.ts";
import { noteRootChanged } from "./native.ts";
import { O_LARGEFILE, F_GETFL, F_SETFL, F_SETFD, O_NONBLOCK, O_PATH, O_DIRECTORY, O_CLOEXEC, EINVAL, ENOENT, EACCES, ENOSYS, EPERM, EOVERFLOW, EBADF } from "./zconsts_linux.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, Uint32Array, Int32Array } = globalThis;


/** Standard input's fd, as Go's `syscall.Stdin`. */
export const Stdin = 0;
/** Standard output's fd, as Go's `syscall.Stdout`. */
export const Stdout = 1;
/** Standard error's fd, as Go's `syscall.Stderr`. */
export const Stderr = 2;

/** Go's `ImplementsGetwd`: Getwd is implemented (it is, with getcwd(2)). */
export const ImplementsGetwd = true;

/** The current directory, for the *at calls. */
export const AT_FDCWD: number = CWD_FD;
/** Fstatat, Faccessat: do not follow a final symlink. */
export const AT_SYMLINK_NOFOLLOW = 0x100;
/** Unlinkat: remove a directory. */
export const AT_REMOVEDIR = 0x200;
/** Faccessat: check with the effective ids, not the real ones. */
export const AT_EACCESS = 0x200;
/** Linkat: follow a final symlink. */
export const AT_SYMLINK_FOLLOW = 0x400;
/** Fstatat: do not automount a final component. */
export const AT_NO_AUTOMOUNT = 0x800;
/** Fstatat: an empty path means dirfd itself. */
export const AT_EMPTY_PATH = 0x1000;

/** Seek from the start of the file. */
export const SEEK_SET = 0;
/** Seek from the current offset. */
export const SEEK_CUR = 1;
/** Seek from the end of the file. */
export const SEEK_END = 2;



// ---------------------------------------------------------------- fds

/** Go's `Open(path, mode, perm) (fd int, err error)`: openat(AT_FDCWD, path, mode|O_LARGEFILE, perm). */
export function Open(path: string, mode: number, perm: number): [fd: number, err: Errno | null] {
  const p = cstring(path);
  const m = intArg("mode", mode);
  const pm = intArg("perm", perm, 0);
  if (p === null) return [-1, EINVAL];
  const fd = C.openat(AT_FDCWD, p, m | O_LARGEFILE, pm);
  return fd < 0 ? [-1, lastErr()] : [fd, null];
}

/** Go's `Close(fd) error`. */
export function Close(fd: number): Errno | null {
  const f = fdArg(fd);
  const r = C.close(f);
  // Linux frees the number whatever close(2) reports, but for EBADF.
  const err = r < 0 ? lastErr() : null;
  if (err !== EBADF) fdsGone(f, f);
  return err;
}

/**
 * Called when the package's own calls end the fds first..last (Close,
 * CloseRange, Dup2 and Dup3 onto a number): the event-loop waits on those
 * numbers hook in here and end at once. @internal
 */
export const fdClosedHooks: Array<(first: number, last: number) => void> = [];

/** Runs fdClosedHooks for first..last. @internal */
export function fdsGone(first: number, last: number): void {
  // An index loop: with Array.prototype's iterator replaced, for-of skipped the hooks (a PollAsync on a closed fd never ended).
  for (let i = 0; i < fdClosedHooks.length; i++) fdClosedHooks[i]!(first, last);
}

/** Go's `Read(fd, p) (n int, err error)`. At end of file it returns `[0, null]`. */
export function Read(fd: number, p: Uint8Array): [n: number, err: Errno | null] {
  const f = fdArg(fd);
  const b = bytesArg("p", p);
  const len = byteLengthOf(b);
  const n = C.read(f, bufPtrOf(b, len), len);
  return n < 0 ? [-1, lastErr()] : [n, null];
}

/** Go's `Write(fd, p) (n int, err error)`. */
export function Write(fd: number, p: Uint8Array): [n: number, err: Errno | null] {
  const f = fdArg(fd);
  const b = bytesArg("p", p);
  const len = byteLengthOf(b);
  const n = C.write(f, bufPtrOf(b, len), len);
  return n < 0 ? [-1, lastErr()] : [n, null];
}

/** Go's `Pread(fd, p, offset) (n int, err error)`: read at offset without moving the file offset. */
export function Pread(fd: number, p: Uint8Array, offset: number): [n: number, err: Errno | null] {
  const f = fdArg(fd);
  const b = bytesArg("p", p);
  const off = int64Arg("offset", offset);
  const len = byteLengthOf(b);
  const n = C.pread64(f, bufPtrOf(b, len), len, off);
  return n < 0 ? [-1, lastErr()] : [n, null];
}

/** Go's `Pwrite(fd, p, offset) (n int, err error)`: write at offset without moving the file offset. */
export function Pwrite(fd: number, p: Uint8Array, offset: number): [n: number, err: Errno | null] {
  const f = fdArg(fd);
  const b = bytesArg("p", p);
  const off = int64Arg("offset", offset);
  const len = byteLengthOf(b);
  const n = C.pwrite64(f, bufPtrOf(b, len), len, off);
  return n < 0 ? [-1, lastErr()] : [n, null];
}

/** Go's `Seek(fd, offset, whence) (off int64, err error)`. whence is SEEK_SET, SEEK_CUR or SEEK_END. A resulting offset past 2^53 is EOVERFLOW (no number holds it exactly). */
export function Seek(fd: number, offset: number, whence: number): [off: number, err: Errno | null] {
  const f = fdArg(fd);
  const off = int64Arg("offset", offset);
  const w = intArg("whence", whence);
  const r = C.lseek64(f, off, w) as number | bigint;
  if (r < 0) return [-1, lastErr()];
  // An offset past 2^53 (ext4 directories answer SEEK_END with 2^63-1) has
  // no exact number: EOVERFLOW, the kernel's word for an offset its caller
  // cannot hold, rather than a rounded one.
  return typeof r === "bigint" ? [-1, EOVERFLOW] : [r, null];
}

const pipeFds = new Int32Array(2);

/** Go's `Pipe2(p []int, flags) error`: p must have length 2 (EINVAL otherwise) and receives [read end, write end]. */
export function Pipe2(p: number[], flags: number): Errno | null {
  if (!Array.isArray(p)) throw new TypeError("p must be an array of length 2");
  const fl = intArg("flags", flags);
  if (p.length !== 2) return EINVAL;
  // Checked before the pipe exists, so that a frozen array cannot leak its fds.
  outArg("p", p, PIPE_FIELDS);
  if (C.pipe2(pipeFds, fl) < 0) return lastErr();
  const [r, w] = [pipeFds[0]!, pipeFds[1]!];
  try {
    p[0] = r;
    p[1] = w;
  } catch (e) {
    // An array that passed the check and still refused (a Proxy): no fd outlives the call.
    C.close(r);
    C.close(w);
    throw e;
  }
  return null;
}
const PIPE_FIELDS = ["0", "1"] as const;

/** Go's `Pipe(p []int) error`: Pipe2 with no flags. */
export function Pipe(p: number[]): Errno | null {
  return Pipe2(p, 0);
}

/** Go's `Dup(oldfd) (fd int, err error)`. */
export function Dup(oldfd: number): [fd: number, err: Errno | null] {
  const fd = C.dup(fdArg(oldfd));
  return fd < 0 ? [-1, lastErr()] : [fd, null];
}

/** Go's `Dup2(oldfd, newfd) error`. Equal fds are a no-op when oldfd is open (libc's dup2, dup3 underneath on arm64). */
export function Dup2(oldfd: number, newfd: number): Errno | null {
  const o = fdArg(oldfd), n = fdArg(newfd);
  const r = check(C.dup2(o, n));
  if (r === null && o !== n) fdsGone(n, n); // newfd's old file, if it had one, is closed
  return r;
}

/** Go's `Dup3(oldfd, newfd, flags) error`: flags may be O_CLOEXEC; equal fds give EINVAL. */
export function Dup3(oldfd: number, newfd: number, flags: number): Errno | null {
  const o = fdArg(oldfd), n = fdArg(newfd);
  const r = check(C.dup3(o, n, intArg("flags", flags)));
  if (r === null) fdsGone(n, n);
  return r;
}

/** Go's `CloseOnExec(fd)`: sets FD_CLOEXEC. Like Go's, it reports no error. */
export function CloseOnExec(fd: number): void {
  C.fcntl(fdArg(fd), F_SETFD, 1);
}

/** Go's `SetNonblock(fd, nonblocking) error`: sets or clears O_NONBLOCK (F_GETFL, then always F_SETFL, as Go's). */
export function SetNonblock(fd: number, nonblocking: boolean): Errno | null {
  const f = fdArg(fd);
  if (typeof nonblocking !== "boolean") throw new TypeError("nonblocking must be a boolean");
  const fl = C.fcntl(f, F_GETFL, 0);
  if (fl < 0) return lastErr();
  // F_SETFL even when the flag is already as asked, as Go's: it fails where the fd refuses it (EBADF for O_PATH).
  return check(C.fcntl(f, F_SETFL, nonblocking ? fl | O_NONBLOCK : fl & ~O_NONBLOCK));
}

/** Go's `Fsync(fd) error`. */
export function Fsync(fd: number): Errno | null {
  return check(C.fsync(fdArg(fd)));
}

/** Go's `Ftruncate(fd, length) error`. */
export function Ftruncate(fd: number, length: number): Errno | null {
  const f = fdArg(fd);
  return check(C.ftruncate64(f, int64Arg("length", length)));
}

/** Go's `Fchmod(fd, mode) error`. */
export function Fchmod(fd: number, mode: number): Errno | null {
  const f = fdArg(fd);
  return check(C.fchmod(f, intArg("mode", mode, 0)));
}

/**
 * Go's `Fchdir(fd) error`. On success Bun's own idea of the directory
 * (process.cwd(), which path.resolve uses) follows, as after Chdir.
 */
export function Fchdir(fd: number): Errno | null {
  const err = check(C.fchdir(fdArg(fd)));
  if (err === null) followCwd();
  return err;
}

/**
 * Tells Bun the directory the kernel now has: Bun caches process.cwd() from
 * its first call, and a chdir(2) it did not make leaves that stale (and
 * path.resolve with it). Bun can only be told by process.chdir, a second
 * chdir by the path getcwd(2) gives; the directory is held by an fd
 * meanwhile, and if that path now names another one (a mount over it, a
 * rename), the kernel's directory is put back with fchdir: the process is
 * always where Chdir or Fchdir put it, and only Bun's cache can be stale
 * (as it is when the path cannot be used at all: outside the root, gone).
 */
function followCwd(): void {
  const [wd, err] = Getwd();
  if (err !== null) return;
  // Bun is told every time, even when process.cwd() says wd already:
  // before its first call, process.cwd() reads the kernel's directory
  // afresh while path.resolve keeps the directory Bun started in, which
  // only process.chdir updates (a Chdir before any process.cwd() left
  // path.resolve on the old directory for good).
  const here = C.openat(AT_FDCWD, cstring(".", 0)!, O_PATH | O_DIRECTORY | O_CLOEXEC, 0);
  // No fd to hold the directory by (EMFILE): Bun is not told. Its chdir
  // by path could land elsewhere (a rename in between) with no fd to come
  // back by, and the process must stay where Chdir put it; only Bun's view
  // is stale then, as when the path cannot be used at all.
  if (here < 0) return;
  try {
    const was = new Stat_t(), now = new Stat_t();
    if (Fstat(here, was) !== null) return;
    try {
      process.chdir(wd);
    } catch {
      return;
    }
    if (Stat(".", now) !== null || now.Dev !== was.Dev || now.Ino !== was.Ino) C.fchdir(here);
  } finally {
    C.close(here); // the package's own fd: not Close, whose hooks would end waits on its number
  }
}

// ---------------------------------------------------------------- stat

/** The buffer for the kernel's struct stat (decodeStat reads it whole before writing the caller's Stat_t, whose setters may call Stat again). */
const statBuffer = newStatBuffer();
const statBytes = statBuffer.bytes;

function fillStat(r: number, st: Stat_t): Errno | null {
  if (r < 0) return lastErr();
  decodeStat(statBuffer, st);
  return null;
}

/** newfstatat(2) into statBytes: (dirfd, path, flags) -> 0 or -1 with errno set. */
type StatAt = (dirfd: number, path: Uint8Array, buf: Uint8Array, flags: number) => number;

/**
 * newfstatat(2) through syscall(2), for a C library with no fstatat
 * symbol. Exported for the test that checks it against the other.
 * @internal
 */
export const statAtSyscall: StatAt = (d, p, b, fl) => sys.sys_ippi(SYS.newfstatat, d, p, b, fl, 0, 0);

/**
 * The C library's fstatat(3) where it has one (glibc 2.33 and later, musl),
 * else newfstatat(2) through syscall(2). Both issue the same newfstatat on
 * amd64 and arm64 and fill the same struct (glibc's and musl's struct stat
 * there are the kernel's), but four int and pointer arguments cost bun:ffi
 * less than syscall(2)'s seven: 261-262 ns against 283-288 ns a call here,
 * against 455-465 ns for fs.statSync. Bound on the first Stat.
 */
let statAt: StatAt = (d, p, b, fl) => {
  const f = bindOptional("fstatat", { args: ["i32", "ptr", "ptr", "i32"], returns: "i32" }) as StatAt | null;
  statAt = f ?? statAtSyscall;
  return statAt(d, p, b, fl);
};

/** Go's `Fstatat(dirfd, path, stat, flags) error` (newfstatat). flags may hold AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH, AT_NO_AUTOMOUNT. */
export function Fstatat(dirfd: number, path: string, stat: Stat_t, flags: number): Errno | null {
  const d = fdArg(dirfd);
  const p = cstring(path);
  objArg("stat", stat);
  const fl = intArg("flags", flags);
  if (p === null) return EINVAL;
  return fillStat(statAt(d, p, statBytes, fl), stat);
}

/** Go's `Stat(path, stat) error`: follows symlinks. */
export function Stat(path: string, stat: Stat_t): Errno | null {
  const p = cstring(path);
  objArg("stat", stat);
  if (p === null) return EINVAL;
  return fillStat(statAt(AT_FDCWD, p, statBytes, 0), stat);
}

/** Go's `Lstat(path, stat) error`: describes a symlink itself. */
export function Lstat(path: string, stat: Stat_t): Errno | null {
  const p = cstring(path);
  objArg("stat", stat);
  if (p === null) return EINVAL;
  return fillStat(statAt(AT_FDCWD, p, statBytes, AT_SYMLINK_NOFOLLOW), stat);
}

/** Go's `Fstat(fd, stat) error`. */
export function Fstat(fd: number, stat: Stat_t): Errno | null {
  const f = fdArg(fd);
  objArg("stat", stat);
  return fillStat(sys.sys_ip(SYS.fstat, f, statBytes, 0, 0, 0, 0), stat);
}

// ---------------------------------------------------------------- paths

/** Go's `Chmod(path, mode) error`. */
export function Chmod(path: string, mode: number): Errno | null {
  const p = cstring(path);
  const m = intArg("mode", mode, 0);
  if (p === null) return EINVAL;
  return check(C.fchmodat(AT_FDCWD, p, m, 0));
}

/** Go's `Chdir(path) error`. On success Bun's process.cwd() (which path.resolve uses) follows it. */
export function Chdir(path: string): Errno | null {
  const p = cstring(path);
  if (p === null) return EINVAL;
  const err = check(C.chdir(p));
  if (err === null) followCwd();
  return err;
}

/**
 * Go's `Chroot(path) error`: chroot(2) for the whole process. Call
 * {@link Prepare} first if children are to be started afterwards: once the
 * root has changed the package compiles nothing (Bun would write its
 * compiler's headers into the new root), so ForkExec, Exec and Wait4Async
 * then work only if their C halves were compiled before.
 */
export function Chroot(path: string): Errno | null {
  const p = cstring(path);
  if (p === null) return EINVAL;
  const err = check(C.chroot(p));
  if (err === null) noteRootChanged();
  return err;
}

/** Go's `Mkdir(path, mode) error`. */
export function Mkdir(path: string, mode: number): Errno | null {
  const p = cstring(path);
  const m = intArg("mode", mode, 0);
  if (p === null) return EINVAL;
  return check(C.mkdirat(AT_FDCWD, p, m));
}

/** Go's `Rmdir(path) error`. */
export function Rmdir(path: string): Errno | null {
  const p = cstring(path);
  if (p === null) return EINVAL;
  return check(C.unlinkat(AT_FDCWD, p, AT_REMOVEDIR));
}

/** Go's `Unlink(path) error`. */
export function Unlink(path: string): Errno | null {
  const p = cstring(path);
  if (p === null) return EINVAL;
  return check(C.unlinkat(AT_FDCWD, p, 0));
}

/** Go's `Rename(oldpath, newpath) error`. */
export function Rename(oldpath: string, newpath: string): Errno | null {
  const a = cstring(oldpath, 0, "oldpath");
  const b = cstring(newpath, 1, "newpath");
  if (a === null || b === null) return EINVAL;
  return check(C.renameat(AT_FDCWD, a, AT_FDCWD, b));
}

/** Go's `Symlink(oldpath, newpath) error`: newpath becomes a link whose target is oldpath. */
export function Symlink(oldpath: string, newpath: string): Errno | null {
  const a = cstring(oldpath, 0, "oldpath");
  const b = cstring(newpath, 1, "newpath");
  if (a === null || b === null) return EINVAL;
  return check(C.symlinkat(a, AT_FDCWD, b));
}

/** Go's `Link(oldpath, newpath) error`: a hard link. */
export function Link(oldpath: string, newpath: string): Errno | null {
  const a = cstring(oldpath, 0, "oldpath");
  const b = cstring(newpath, 1, "newpath");
  if (a === null || b === null) return EINVAL;
  return check(C.linkat(AT_FDCWD, a, AT_FDCWD, b, 0));
}

/** Go's `Mknod(path, mode, dev) error`: mode holds the file type (S_IFIFO, S_IFCHR, ...) and permissions. */
export function Mknod(path: string, mode: number, dev: number): Errno | null {
  const p = cstring(path);
  const m = intArg("mode", mode, 0);
  const d = int64Arg("dev", dev);
  if (p === null) return EINVAL;
  // The raw syscall: glibc exports mknodat only since 2.33.
  return check(sys.sys_ip(SYS.mknodat, AT_FDCWD, p, m, d, 0, 0));
}

/** Go's `Mkfifo(path, mode) error`: Mknod with S_IFIFO. */
export function Mkfifo(path: string, mode: number): Errno | null {
  return Mknod(path, (intArg("mode", mode, 0) | 0o010000) >>> 0, 0); // >>> 0: Go's uint32, past 2^31 too
}

/** Go's `Chown(path, uid, gid) error`: follows symlinks; -1 leaves an id unchanged. */
export function Chown(path: string, uid: number, gid: number): Errno | null {
  return chownat(path, uid, gid, 0);
}

/** Go's `Lchown(path, uid, gid) error`: changes a symlink itself. */
export function Lchown(path: string, uid: number, gid: number): Errno | null {
  return chownat(path, uid, gid, AT_SYMLINK_NOFOLLOW);
}

function chownat(path: string, uid: number, gid: number, flags: number): Errno | null {
  const p = cstring(path);
  const u = intArg("uid", uid, -1) >>> 0;
  const g = intArg("gid", gid, -1) >>> 0;
  if (p === null) return EINVAL;
  return check(C.fchownat(AT_FDCWD, p, u, g, flags));
}

/** Go's `Fchown(fd, uid, gid) error`. */
export function Fchown(fd: number, uid: number, gid: number): Errno | null {
  const f = fdArg(fd);
  const u = intArg("uid", uid, -1) >>> 0;
  const g = intArg("gid", gid, -1) >>> 0;
  return check(C.fchown(f, u, g));
}

/** Go's `Access(path, mode) error`: Faccessat(AT_FDCWD, path, mode, 0). */
export function Access(path: string, mode: number): Errno | null {
  return Faccessat(AT_FDCWD, path, mode, 0);
}

/** Go's `Readlink(path, buf) (n int, err error)`: the target is written to buf, truncated to its length. */
export function Readlink(path: string, buf: Uint8Array): [n: number, err: Errno | null] {
  // buf first: its checks may run a caller's code (a Proxy in its prototype
  // chain) that calls the package, which refills the scratch buffer the
  // path is encoded into.
  const b = bytesArg("buf", buf);
  const p = cstring(path);
  if (p === null) return [-1, EINVAL];
  const len = byteLengthOf(b);
  const n = C.readlinkat(AT_FDCWD, p, bufPtrOf(b, len), len);
  return n < 0 ? [-1, lastErr()] : [n, null];
}

/** Go's `Umask(mask) (oldmask int)`: sets the file mode creation mask and returns the previous one. */
export function Umask(mask: number): number {
  return C.umask(intArg("mask", mask, 0) & 0o777);
}

/**
 * Go's `Getcwd(buf) (n int, err error)`: the raw getcwd(2). n counts the
 * terminating NUL. ERANGE when buf is too small.
 */
export function Getcwd(buf: Uint8Array): [n: number, err: Errno | null] {
  const b = bytesArg("buf", buf);
  const r = getcwdRaw(b);
  return r < 0 ? [-1, lastErr()] : [r, null];
}

/** PATH_MAX, the size of Getwd's buffer (a constant: Uint8Array.prototype's length getter can be shadowed). */
const CWD_LEN = 4096;
const cwdBuf = new Uint8Array(CWD_LEN);
// ignoreBOM: a leading U+FEFF is part of the name, as Go keeps its bytes.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** Go's `Getwd() (string, error)`: the current directory; ENOENT when it is unreachable (deleted, or outside a chroot). */
export function Getwd(): [wd: string, err: Errno | null] {
  const n = getcwdRaw(cwdBuf);
  if (n < 0) return ["", lastErr()];
  if (n < 1 || n > CWD_LEN || cwdBuf[n - 1] !== 0) return ["", EINVAL];
  // The kernel prefixes "(unreachable)" when the cwd is outside the process's root.
  if (cwdBuf[0] !== 0x2f) return ["", ENOENT];
  // subview, not cwdBuf.subarray: a shadowed subarray (or species) could hand the decoder other bytes.
  return [utf8.decode(subview(cwdBuf, 0, n - 1)), null];
}

function getcwdRaw(b: Uint8Array): number {
  return sys.sys_pi(SYS.getcwd, bufPtr(b), byteLengthOf(b), 0, 0, 0, 0);
}

// ---------------------------------------------------------------- access


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
export function Faccessat(dirfd: number, path: string, mode: number, flags: number): Errno | null {
  const d = fdArg(dirfd);
  const p = cstring(path);
  const m = intArg("mode", mode, 0);
  const fl = intArg("flags", flags);
  if (p === null) return EINVAL;
  if (fl === 0) return check(sys.sys_ip(SYS.faccessat, d, p, m, 0, 0, 0));
  if (sys.sys_ip(SYS.faccessat2, d, p, m, fl, 0, 0) === 0) return null;
  const e = errno();
  if (e !== ENOSYS.errno && e !== EPERM.errno) return Errno.of(e);
  return faccessatEmulated(d, path, m, fl);
}

/**
 * The userspace fallback of {@link Faccessat}, for kernels without
 * faccessat2. Exported for tests; prefer Faccessat.
 * @internal
 */
export function faccessatEmulated(dirfd: number, path: string, mode: number, flags: number): Errno | null {
  if ((flags & ~(AT_SYMLINK_NOFOLLOW | AT_EACCESS)) !== 0) return EINVAL;
  const st = new Stat_t();
  const err = Fstatat(dirfd, path, st, flags & AT_SYMLINK_NOFOLLOW);
  if (err) return err;
  mode &= 7;
  if (mode === 0) return null;
  const eff = (flags & AT_EACCESS) !== 0;
  const uid = eff ? C.geteuid() : C.getuid();
  if (uid === 0) {
    // Root may read and write anything, and execute what anybody may execute.
    if ((mode & 1) === 0 || (st.Mode & 0o111) !== 0) return null;
    return EACCES;
  }
  let granted: number;
  if (uid === st.Uid) granted = (st.Mode >> 6) & 7;
  else if ((eff ? C.getegid() : C.getgid()) === st.Gid || inGroups(st.Gid)) granted = (st.Mode >> 3) & 7;
  else granted = st.Mode & 7;
  return (granted & mode) === mode ? null : EACCES;
}

function inGroups(gid: number): boolean {
  const n = C.getgroups(0, null);
  if (n <= 0) return false;
  const gids = new Uint32Array(n);
  const got = C.getgroups(n, gids);
  for (let i = 0; i < got; i++) if (gids[i] === gid) return true;
  return false;
}
