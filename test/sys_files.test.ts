/**
 * Tests for src/sys/files.ts against the real kernel: each export on its
 * success path (read back through node:fs, stat(1) or a second call), its
 * errno path, and bad input (wrong types, NaN, 2^31, 2^53, NUL in strings,
 * closed and huge fds) giving TypeError, RangeError or an Errno. Flock
 * contention between two open files, FcntlFlock against a lock a child
 * process holds, xattrs on the scratch file system and on tmpfs, bytes
 * moved by Sendfile, Splice and Tee, and a differential against Go's own
 * syscall package (scripts/oracle/files) when `go` is on PATH.
 */
import { describe, test, expect, beforeAll, afterAll } from "bun:test";
import * as fs from "node:fs";
import { join } from "node:path";
import {
  Errno, Stat_t, Timespec, Timeval,
  Openat, Creat, Mkdirat, Mknodat, Renameat, Unlinkat, Fchmodat, Fchownat, Chown, Truncate,
  Fdatasync, Sync, SyncFileRange, Fallocate, Flock, FcntlFlock, Flock_t,
  Statfs, Fstatfs, Statfs_t, Fsid, Ustat, Ustat_t, Utime, Utimbuf, Utimes, UtimesNano, Futimes, Futimesat,
  Getxattr, Setxattr, Listxattr, Removexattr, Sendfile, Splice, Tee, Getdents,
  Open, Close, Read, Write, Pipe2, Seek, Stat, Rmdir,
  AT_FDCWD, AT_SYMLINK_NOFOLLOW, AT_REMOVEDIR, SEEK_SET, SEEK_CUR,
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_DIRECTORY, O_CLOEXEC, O_NONBLOCK,
  S_IFIFO, S_IFREG, S_IFCHR, S_IFMT,
  LOCK_EX, LOCK_SH, LOCK_UN, LOCK_NB, F_GETLK, F_SETLK, F_RDLCK, F_WRLCK, F_UNLCK,
  EACCES, EAGAIN, EBADF, EEXIST, EINVAL, EISDIR, ENODATA, ENOENT, ENOSYS, ENOTDIR, EOPNOTSUPP, EOVERFLOW, EPERM, ERANGE, ESPIPE,
} from "../src/index.ts";
import { noFdLeak, scratchDir, isRoot } from "./helpers.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();
/** Passes a deliberately wrong value where the signature forbids it. */
const bad = (v: unknown) => v as never;
/** Calls a function with arguments its signature forbids (too few, too many). */
const loose = (f: unknown) => f as (...a: unknown[]) => unknown;
const CLOSED_FD = 1 << 20; // far above anything open
const BIG = [2 ** 31, 2 ** 32, 2 ** 53, -(2 ** 31) - 1];
/** Linux F_OFD_GETLK and F_OFD_SETLK (fcntl.h); Go's syscall has no names for them. */
const F_OFD_GETLK = 36, F_OFD_SETLK = 37;
/** splice.h, fs.h and falloc.h values, which Go's syscall does not name. */
const SPLICE_F_NONBLOCK = 2, UTIME_NOW = (1 << 30) - 1, UTIME_OMIT = (1 << 30) - 2, FALLOC_FL_KEEP_SIZE = 1, FALLOC_FL_PUNCH_HOLE = 2;
const XATTR_CREATE = 1, XATTR_REPLACE = 2;

/** The scratch directory (made before the tests, removed after) and a counter for fresh names in it. */
const scratch = { dir: "", cleanup: () => {}, seq: 0 };
/** A fresh, unused path in the scratch directory. */
const fresh = (name = "f") => join(scratch.dir, `${name}-${scratch.seq++}`);
beforeAll(() => {
  const { dir, cleanup } = scratchDir("bun-syscall-sysfiles-");
  Object.assign(scratch, { dir: fs.realpathSync(dir), cleanup });
  // Bun opens its spawnSync event fds on the first call and keeps them: open them before any fd-leak check.
  Bun.spawnSync([process.execPath, "--version"], { stdout: "ignore", stderr: "ignore" });
});
afterAll(() => scratch.cleanup());

/** A test wrapped in the fd-leak check. */
function t(name: string, fn: () => void | Promise<void>, timeout?: number) {
  test(name, () => noFdLeak(fn), timeout);
}
function mustOpen(path: string, mode: number, perm = 0o644): number {
  const [fd, err] = Open(path, mode | O_CLOEXEC, perm);
  expect(err).toBeNull();
  return fd;
}
/** A regular file with content; returns its path. */
function file(content = ""): string {
  const p = fresh("file");
  fs.writeFileSync(p, content);
  return p;
}
function pipe(flags = O_CLOEXEC): [number, number] {
  const p = [0, 0];
  expect(Pipe2(p, flags)).toBeNull();
  return [p[0]!, p[1]!];
}
function closeAll(...fds: number[]) {
  for (const fd of fds) expect(Close(fd)).toBeNull();
}
function readAll(fd: number, max = 4096): string {
  const b = new Uint8Array(max);
  const [n, err] = Read(fd, b);
  expect(err).toBeNull();
  return dec.decode(b.subarray(0, n));
}
const umask = process.umask();

// ---------------------------------------------------------------- the *at family

describe("Openat and Creat", () => {
  t("Openat opens and creates relative to a directory fd, with mode under the umask", () => {
    const d = fresh("d");
    fs.mkdirSync(d);
    const dfd = mustOpen(d, O_RDONLY | O_DIRECTORY);
    const [fd, err] = Openat(dfd, "new", O_CREAT | O_RDWR | O_CLOEXEC, 0o640);
    expect(err).toBeNull();
    expect(Write(fd, enc.encode("hi"))).toEqual([2, null]);
    expect(fs.readFileSync(join(d, "new"), "utf8")).toBe("hi");
    expect(fs.statSync(join(d, "new")).mode & 0o777).toBe(0o640 & ~umask);
    expect(Openat(dfd, "new", O_CREAT | O_EXCL | O_RDWR, 0o600)).toEqual([-1, EEXIST]);
    expect(Openat(dfd, "absent", O_RDONLY, 0)).toEqual([-1, ENOENT]);
    // An absolute path ignores dirfd; AT_FDCWD is the current directory.
    const [fd2, err2] = Openat(CLOSED_FD, join(d, "new"), O_RDONLY | O_CLOEXEC, 0);
    expect(err2).toBeNull();
    closeAll(fd, fd2, dfd);
  });

  t("Openat: errnos and bad input", () => {
    expect(Openat(AT_FDCWD, "/nonexistent/x", O_RDONLY, 0)).toEqual([-1, ENOENT]);
    expect(Openat(AT_FDCWD, "a\0b", O_RDONLY, 0)).toEqual([-1, EINVAL]);
    expect(Openat(CLOSED_FD, "relative", O_RDONLY, 0)).toEqual([-1, EBADF]);
    for (const fd of BIG) expect(Openat(fd, "relative", O_RDONLY, 0)).toEqual([-1, EBADF]);
    expect(() => Openat(bad("3"), "x", O_RDONLY, 0)).toThrow(TypeError);
    expect(() => Openat(AT_FDCWD, bad(1), O_RDONLY, 0)).toThrow(TypeError);
    expect(() => Openat(AT_FDCWD, "x", NaN, 0)).toThrow(TypeError);
    expect(() => Openat(AT_FDCWD, "x", 2 ** 53, 0)).toThrow(RangeError);
    expect(() => Openat(AT_FDCWD, "x", O_RDONLY, -1)).toThrow(RangeError);
    expect(() => Openat(AT_FDCWD, "x", O_RDONLY, 2 ** 32)).toThrow(RangeError);
    expect(() => loose(Openat)(AT_FDCWD, "x", O_RDONLY)).toThrow(TypeError);
  });

  t("Creat creates write-only and truncates", () => {
    const p = file("old content");
    const [fd, err] = Creat(p, 0o600);
    expect(err).toBeNull();
    expect(fs.statSync(p).size).toBe(0);
    expect(Read(fd, new Uint8Array(4))).toEqual([-1, EBADF]); // O_WRONLY
    expect(Write(fd, enc.encode("new"))).toEqual([3, null]);
    closeAll(fd);
    expect(fs.readFileSync(p, "utf8")).toBe("new");
    const q = fresh("creat");
    const [fd2, err2] = Creat(q, 0o604);
    expect(err2).toBeNull();
    expect(fs.statSync(q).mode & 0o777).toBe(0o604 & ~umask);
    closeAll(fd2);
    expect(Creat(join(scratch.dir, "absent", "x"), 0o644)).toEqual([-1, ENOENT]);
    expect(Creat("x\0", 0o644)).toEqual([-1, EINVAL]);
    expect(() => Creat(bad(null), 0o644)).toThrow(TypeError);
    expect(() => Creat(q, -1)).toThrow(RangeError);
  });
});

describe("Mkdirat, Mknodat, Renameat, Unlinkat", () => {
  t("Mkdirat makes a directory relative to a dirfd", () => {
    const d = fresh("d");
    fs.mkdirSync(d);
    const dfd = mustOpen(d, O_RDONLY | O_DIRECTORY);
    expect(Mkdirat(dfd, "sub", 0o750)).toBeNull();
    const st = fs.statSync(join(d, "sub"));
    expect(st.isDirectory()).toBe(true);
    expect(st.mode & 0o777).toBe(0o750 & ~umask);
    expect(Mkdirat(dfd, "sub", 0o750)).toBe(EEXIST);
    expect(Mkdirat(dfd, "absent/sub", 0o750)).toBe(ENOENT);
    expect(Mkdirat(dfd, "s\0b", 0o750)).toBe(EINVAL);
    expect(Mkdirat(CLOSED_FD, "sub2", 0o750)).toBe(EBADF);
    expect(Mkdirat(2 ** 53, "sub2", 0o750)).toBe(EBADF);
    expect(() => Mkdirat(dfd, "sub2", NaN)).toThrow(TypeError);
    expect(() => Mkdirat(dfd, "sub2", 2 ** 32)).toThrow(RangeError);
    expect(() => Mkdirat(bad(1n), "sub2", 0)).toThrow(TypeError);
    closeAll(dfd);
  });

  t("Mknodat makes a FIFO and a regular file; as root a character device", () => {
    const d = fresh("d");
    fs.mkdirSync(d);
    const dfd = mustOpen(d, O_RDONLY | O_DIRECTORY);
    expect(Mknodat(dfd, "fifo", S_IFIFO | 0o600, 0)).toBeNull();
    expect(fs.statSync(join(d, "fifo")).isFIFO()).toBe(true);
    expect(Mknodat(dfd, "reg", S_IFREG | 0o600, 0)).toBeNull();
    expect(fs.statSync(join(d, "reg")).isFile()).toBe(true);
    expect(Mknodat(dfd, "fifo", S_IFIFO | 0o600, 0)).toBe(EEXIST);
    if (isRoot) {
      const dev = (1 << 8) | 3; // /dev/null's 1:3, in the kernel's old encoding
      expect(Mknodat(dfd, "null", S_IFCHR | 0o600, dev)).toBeNull();
      const st = new Stat_t();
      expect(Stat(join(d, "null"), st)).toBeNull();
      expect(st.Mode & S_IFMT).toBe(S_IFCHR);
      expect(st.Rdev).toBe(BigInt(dev));
    } else {
      expect(Mknodat(dfd, "null", S_IFCHR | 0o600, (1 << 8) | 3)).toBe(EPERM);
    }
    expect(Mknodat(dfd, "n\0", S_IFIFO | 0o600, 0)).toBe(EINVAL);
    expect(Mknodat(CLOSED_FD, "x", S_IFIFO | 0o600, 0)).toBe(EBADF);
    expect(() => Mknodat(dfd, "x", S_IFIFO, 2 ** 53)).toThrow(RangeError);
    expect(Mknodat(dfd, "fifo2", S_IFIFO | 0o600, 2 ** 40)).toBeNull(); // dev is Go's int: the kernel takes 32 bits and a FIFO ignores them
    expect(() => Mknodat(dfd, "x", S_IFIFO, NaN)).toThrow(TypeError);
    expect(() => Mknodat(dfd, "x", -1, 0)).toThrow(RangeError);
    closeAll(dfd);
  });

  t("Renameat moves between directory fds", () => {
    const a = fresh("a"), b = fresh("b");
    fs.mkdirSync(a);
    fs.mkdirSync(b);
    fs.writeFileSync(join(a, "x"), "payload");
    const afd = mustOpen(a, O_RDONLY | O_DIRECTORY), bfd = mustOpen(b, O_RDONLY | O_DIRECTORY);
    expect(Renameat(afd, "x", bfd, "y")).toBeNull();
    expect(fs.existsSync(join(a, "x"))).toBe(false);
    expect(fs.readFileSync(join(b, "y"), "utf8")).toBe("payload");
    expect(Renameat(afd, "x", bfd, "z")).toBe(ENOENT);
    expect(Renameat(afd, "x", bfd, "z\0")).toBe(EINVAL);
    expect(Renameat(afd, "x\0", bfd, "z")).toBe(EINVAL);
    expect(Renameat(CLOSED_FD, "x", bfd, "z")).toBe(EBADF);
    expect(Renameat(afd, "x", 2 ** 31, "z")).toBe(EBADF);
    expect(() => Renameat(afd, "x", bfd, bad(undefined))).toThrow(TypeError);
    closeAll(afd, bfd);
  });

  t("Unlinkat removes a file, never a directory, and takes no flags (as Go's)", () => {
    const d = fresh("d");
    fs.mkdirSync(join(d, "sub"), { recursive: true });
    fs.writeFileSync(join(d, "x"), "");
    const dfd = mustOpen(d, O_RDONLY | O_DIRECTORY);
    expect(Unlinkat(dfd, "x")).toBeNull();
    expect(fs.existsSync(join(d, "x"))).toBe(false);
    expect(Unlinkat(dfd, "x")).toBe(ENOENT);
    expect(Unlinkat(dfd, "sub")).toBe(EISDIR);
    expect(Unlinkat(dfd, "x\0")).toBe(EINVAL);
    expect(Unlinkat(CLOSED_FD, "x")).toBe(EBADF);
    expect(() => loose(Unlinkat)(dfd, "sub", AT_REMOVEDIR)).toThrow(TypeError);
    expect(fs.existsSync(join(d, "sub"))).toBe(true);
    expect(() => Unlinkat(dfd, bad(0))).toThrow(TypeError);
    closeAll(dfd);
  });
});

describe("Fchmodat, Fchownat, Truncate", () => {
  t("Fchmodat changes the mode; AT_SYMLINK_NOFOLLOW is EOPNOTSUPP and leaves the target alone", () => {
    const p = file();
    fs.chmodSync(p, 0o600);
    const link = fresh("link");
    fs.symlinkSync(p, link);
    expect(Fchmodat(AT_FDCWD, p, 0o640, 0)).toBeNull();
    expect(fs.statSync(p).mode & 0o777).toBe(0o640);
    expect(Fchmodat(AT_FDCWD, link, 0o600, AT_SYMLINK_NOFOLLOW)).toBe(EOPNOTSUPP);
    expect(fs.statSync(p).mode & 0o777).toBe(0o640);
    expect(Fchmodat(AT_FDCWD, p, 0o600, 1)).toBe(EINVAL);
    expect(Fchmodat(AT_FDCWD, p, 0o600, AT_SYMLINK_NOFOLLOW | 0x1000)).toBe(EINVAL);
    expect(Fchmodat(AT_FDCWD, join(scratch.dir, "absent"), 0o600, 0)).toBe(ENOENT);
    expect(Fchmodat(AT_FDCWD, "p\0", 0o600, 0)).toBe(EINVAL);
    expect(Fchmodat(CLOSED_FD, "relative", 0o600, 0)).toBe(EBADF);
    // The types are checked on the flag paths too.
    expect(() => Fchmodat(bad("x"), p, 0o600, 1)).toThrow(TypeError);
    expect(() => Fchmodat(AT_FDCWD, bad(1), 0o600, AT_SYMLINK_NOFOLLOW)).toThrow(TypeError);
    expect(() => Fchmodat(AT_FDCWD, p, -1, 1)).toThrow(RangeError);
    expect(() => Fchmodat(AT_FDCWD, p, 0o600, NaN)).toThrow(TypeError);
    expect(() => Fchmodat(AT_FDCWD, p, 0o600, 2 ** 53)).toThrow(RangeError);
  });

  t("Fchownat changes owners (-1 keeps one); AT_SYMLINK_NOFOLLOW changes the link", () => {
    const p = file();
    const link = fresh("link");
    fs.symlinkSync(p, link);
    const me = fs.statSync(p);
    expect(Fchownat(AT_FDCWD, p, -1, -1, 0)).toBeNull();
    expect(Fchownat(AT_FDCWD, p, me.uid, me.gid, 0)).toBeNull();
    if (isRoot) {
      expect(Fchownat(AT_FDCWD, p, 1234, -1, 0)).toBeNull();
      expect([fs.statSync(p).uid, fs.statSync(p).gid]).toEqual([1234, me.gid]);
      expect(Fchownat(AT_FDCWD, link, 4321, 5678, AT_SYMLINK_NOFOLLOW)).toBeNull();
      expect([fs.lstatSync(link).uid, fs.lstatSync(link).gid]).toEqual([4321, 5678]);
      expect(fs.statSync(p).uid).toBe(1234);
    } else {
      expect(Fchownat(AT_FDCWD, p, me.uid + 1, -1, 0)).toBe(EPERM);
    }
    expect(Fchownat(AT_FDCWD, join(scratch.dir, "absent"), -1, -1, 0)).toBe(ENOENT);
    expect(Fchownat(AT_FDCWD, p, -1, -1, 0x4)).toBe(EINVAL);
    expect(Fchownat(AT_FDCWD, "\0", -1, -1, 0)).toBe(EINVAL);
    expect(Fchownat(CLOSED_FD, "rel", -1, -1, 0)).toBe(EBADF);
    expect(() => Fchownat(AT_FDCWD, p, 2 ** 32, -1, 0)).toThrow(RangeError);
    // Below -1, as Chown's: not wrapped onto an id (-(2^31) would be gid 2^31).
    expect(() => Fchownat(AT_FDCWD, p, -1, -(2 ** 31), 0)).toThrow(RangeError);
    expect(() => Fchownat(AT_FDCWD, p, -2, -1, 0)).toThrow(RangeError);
    expect(() => Chown(p, -1, -(2 ** 31))).toThrow(RangeError);
    expect(fs.statSync(p).gid).toBe(me.gid);
    expect(() => Fchownat(AT_FDCWD, p, bad("0"), -1, 0)).toThrow(TypeError);
  });

  t("Truncate extends and shrinks", () => {
    const p = file("0123456789");
    expect(Truncate(p, 4)).toBeNull();
    expect(fs.readFileSync(p, "utf8")).toBe("0123");
    expect(Truncate(p, 100000)).toBeNull();
    expect(fs.statSync(p).size).toBe(100000);
    expect(Truncate(scratch.dir, 0)).toBe(EISDIR);
    expect(Truncate(join(scratch.dir, "absent"), 0)).toBe(ENOENT);
    expect(Truncate(p, -1)).toBe(EINVAL);
    expect(Truncate("p\0", 0)).toBe(EINVAL);
    expect(() => Truncate(p, 2 ** 53)).toThrow(RangeError);
    expect(() => Truncate(p, 0.5)).toThrow(TypeError);
    expect(() => Truncate(p, bad(1n))).toThrow(TypeError);
  });
});

// ---------------------------------------------------------------- sync, space, locks

describe("Fdatasync, Sync, SyncFileRange, Fallocate", () => {
  t("the sync calls succeed on a file and fail on a pipe or a bad fd", () => {
    const fd = mustOpen(file("data"), O_RDWR);
    const [r, w] = pipe();
    expect(Fdatasync(fd)).toBeNull();
    expect(Sync()).toBeUndefined();
    expect(SyncFileRange(fd, 0, 0, 0)).toBeNull();
    expect(SyncFileRange(fd, 0, 4, 1 | 2 | 4)).toBeNull();
    expect(Fdatasync(w)).toBe(EINVAL);
    expect(SyncFileRange(w, 0, 0, 2)).toBe(ESPIPE);
    expect(SyncFileRange(fd, 0, 0, 8)).toBe(EINVAL);
    expect(SyncFileRange(fd, -1, 0, 2)).toBe(EINVAL);
    expect(Fdatasync(CLOSED_FD)).toBe(EBADF);
    expect(Fdatasync(2 ** 32)).toBe(EBADF);
    expect(SyncFileRange(CLOSED_FD, 0, 0, 2)).toBe(EBADF);
    expect(() => Fdatasync(bad("0"))).toThrow(TypeError);
    expect(() => SyncFileRange(fd, 2 ** 53, 0, 0)).toThrow(RangeError);
    expect(() => SyncFileRange(fd, 0, NaN, 0)).toThrow(TypeError);
    closeAll(fd, r, w);
  });

  t("Fallocate allocates (extending the file), KEEP_SIZE and PUNCH_HOLE; a pipe is ESPIPE", () => {
    const p = file();
    const fd = mustOpen(p, O_RDWR);
    expect(Fallocate(fd, 0, 0, 8192)).toBeNull();
    expect(fs.statSync(p).size).toBe(8192);
    expect(fs.statSync(p).blocks).toBeGreaterThanOrEqual(16);
    const keep = Fallocate(fd, FALLOC_FL_KEEP_SIZE, 8192, 65536);
    if (keep !== EOPNOTSUPP) {
      expect(keep).toBeNull();
      expect(fs.statSync(p).size).toBe(8192);
      expect(fs.statSync(p).blocks).toBeGreaterThanOrEqual(16 + 128);
      const blocks = fs.statSync(p).blocks;
      const punch = Fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 8192);
      if (punch !== EOPNOTSUPP) {
        expect(punch).toBeNull();
        expect(fs.statSync(p).size).toBe(8192);
        expect(fs.statSync(p).blocks).toBe(blocks - 16);
      }
    }
    const [r, w] = pipe();
    expect(Fallocate(w, 0, 0, 4096)).toBe(ESPIPE);
    expect(Fallocate(fd, 0, 0, 0)).toBe(EINVAL);
    expect(Fallocate(fd, 0, -1, 10)).toBe(EINVAL);
    expect(Fallocate(CLOSED_FD, 0, 0, 10)).toBe(EBADF);
    expect(() => Fallocate(fd, -1, 0, 10)).toThrow(RangeError);
    expect(() => Fallocate(fd, 0, 0, 2 ** 53)).toThrow(RangeError);
    expect(() => Fallocate(fd, 0, bad("0"), 10)).toThrow(TypeError);
    closeAll(fd, r, w);
  });
});

describe("Flock", () => {
  t("two open files of one path contend: LOCK_NB on the second is EWOULDBLOCK until the first unlocks", () => {
    const p = file();
    const a = mustOpen(p, O_RDWR), b = mustOpen(p, O_RDWR);
    expect(Flock(a, LOCK_EX)).toBeNull();
    expect(Flock(b, LOCK_EX | LOCK_NB)).toBe(EAGAIN); // EWOULDBLOCK is EAGAIN on Linux
    expect(Flock(b, LOCK_SH | LOCK_NB)).toBe(EAGAIN);
    expect(Flock(a, LOCK_UN)).toBeNull();
    expect(Flock(b, LOCK_SH | LOCK_NB)).toBeNull();
    expect(Flock(a, LOCK_SH | LOCK_NB)).toBeNull(); // shared locks share
    expect(Flock(a, LOCK_EX | LOCK_NB)).toBe(EAGAIN);
    closeAll(b); // closing the last fd of an open file releases its lock
    expect(Flock(a, LOCK_EX | LOCK_NB)).toBeNull();
    closeAll(a);
  });

  t("Flock: errnos and bad input", () => {
    const fd = mustOpen(file(), O_RDONLY);
    expect(Flock(fd, 0)).toBe(EINVAL);
    expect(Flock(CLOSED_FD, LOCK_EX)).toBe(EBADF);
    expect(Flock(-1, LOCK_EX)).toBe(EBADF);
    for (const f of BIG) expect(Flock(f, LOCK_EX | LOCK_NB)).toBe(EBADF);
    expect(() => Flock(fd, NaN)).toThrow(TypeError);
    expect(() => Flock(fd, 2 ** 32)).toThrow(RangeError);
    expect(() => Flock(bad(null), LOCK_EX)).toThrow(TypeError);
    closeAll(fd);
  });
});

describe("FcntlFlock", () => {
  t("F_GETLK sees a write lock that a child process holds, with its pid; F_SETLK conflicts", async () => {
    const p = file("0123456789abcdef");
    const child = Bun.spawn([process.execPath, join(import.meta.dir, "fixtures", "sys-files-lock.ts"), p, "4", "8"], {
      stdin: "pipe", stdout: "pipe", stderr: "inherit",
    });
    const kill = setTimeout(() => child.kill("SIGKILL"), 15000);
    try {
      let line = "";
      for await (const chunk of child.stdout) if ((line += dec.decode(chunk)).includes("\n")) break;
      expect(line).toBe(`locked ${child.pid}\n`);
      const fd = mustOpen(p, O_RDWR);
      const lk = Object.assign(new Flock_t(), { Type: F_RDLCK, Whence: SEEK_SET, Start: 0, Len: 0 });
      expect(FcntlFlock(fd, F_GETLK, lk)).toBeNull();
      expect({ ...lk }).toEqual({ Type: F_WRLCK, Whence: SEEK_SET, Start: 4, Len: 8, Pid: child.pid });
      // Outside the child's range nothing conflicts: Type comes back F_UNLCK.
      const free = Object.assign(new Flock_t(), { Type: F_WRLCK, Whence: SEEK_SET, Start: 12, Len: 4 });
      expect(FcntlFlock(fd, F_GETLK, free)).toBeNull();
      expect(free.Type).toBe(F_UNLCK);
      const take = Object.assign(new Flock_t(), { Type: F_WRLCK, Whence: SEEK_SET, Start: 0, Len: 5 });
      const e = FcntlFlock(fd, F_SETLK, take);
      expect(e === EAGAIN || e === EACCES).toBe(true);
      expect(FcntlFlock(fd, F_SETLK, free)).toBeNull(); // [12, 16) is free to take
      child.stdin.end();
      expect(await child.exited).toBe(0);
      const after = Object.assign(new Flock_t(), { Type: F_WRLCK, Whence: SEEK_SET, Start: 0, Len: 0 });
      expect(FcntlFlock(fd, F_GETLK, after)).toBeNull();
      expect(after.Type).toBe(F_UNLCK);
      closeAll(fd);
    } finally {
      clearTimeout(kill);
      child.kill("SIGKILL");
      await child.exited;
    }
  }, 20000);

  t("open file description locks conflict within one process (F_OFD_GETLK reports pid -1)", () => {
    const p = file("0123456789");
    const a = mustOpen(p, O_RDWR), b = mustOpen(p, O_RDWR);
    const lk = Object.assign(new Flock_t(), { Type: F_WRLCK, Whence: SEEK_SET, Start: 2, Len: 3 });
    expect(FcntlFlock(a, F_OFD_SETLK, lk)).toBeNull();
    const q = Object.assign(new Flock_t(), { Type: F_RDLCK, Whence: SEEK_SET, Start: 0, Len: 0 });
    expect(FcntlFlock(b, F_OFD_GETLK, q)).toBeNull();
    expect({ ...q }).toEqual({ Type: F_WRLCK, Whence: SEEK_SET, Start: 2, Len: 3, Pid: -1 });
    expect(FcntlFlock(b, F_OFD_SETLK, Object.assign(new Flock_t(), { Type: F_RDLCK, Start: 3, Len: 1 }))).toBe(EAGAIN);
    closeAll(a, b);
  });

  t("FcntlFlock: a Proxy lk whose get trap calls FcntlFlock again still takes the lock it asked for (it took the inner call's F_UNLCK)", () => {
    const p = file("0123456789");
    const a = mustOpen(p, O_RDWR), b = mustOpen(p, O_RDWR);
    let inner = false;
    const lk = new Proxy(Object.assign(new Flock_t(), { Type: F_WRLCK, Whence: SEEK_SET, Start: 2, Len: 3 }), {
      get(t, k, r) {
        if (k === "Len" && !inner) {
          inner = true;
          // Nothing conflicts with this query: the kernel answers F_UNLCK into the shared struct.
          expect(FcntlFlock(b, F_OFD_GETLK, Object.assign(new Flock_t(), { Type: F_RDLCK }))).toBeNull();
        }
        return Reflect.get(t, k, r);
      },
    });
    expect(FcntlFlock(a, F_OFD_SETLK, lk)).toBeNull();
    expect(inner).toBe(true);
    const q = Object.assign(new Flock_t(), { Type: F_RDLCK, Whence: SEEK_SET, Start: 0, Len: 0 });
    expect(FcntlFlock(b, F_OFD_GETLK, q)).toBeNull();
    expect({ ...q }).toEqual({ Type: F_WRLCK, Whence: SEEK_SET, Start: 2, Len: 3, Pid: -1 });
    closeAll(a, b);
  });

  t("FcntlFlock: errnos and bad input", () => {
    const ro = mustOpen(file("x"), O_RDONLY);
    const wr = (o: Partial<Flock_t> = {}) => Object.assign(new Flock_t(), { Type: F_WRLCK }, o);
    expect(FcntlFlock(ro, F_SETLK, wr())).toBe(EBADF); // a write lock needs a writable fd
    expect(FcntlFlock(ro, F_SETLK, wr({ Type: 99 }))).toBe(EINVAL);
    expect(FcntlFlock(ro, F_GETLK, wr({ Whence: 7 }))).toBe(EINVAL);
    expect(FcntlFlock(CLOSED_FD, F_GETLK, wr())).toBe(EBADF);
    expect(FcntlFlock(2 ** 32, F_GETLK, wr())).toBe(EBADF);
    expect(FcntlFlock(2 ** 53, F_GETLK, wr())).toBe(EBADF);
    expect(() => FcntlFlock(-1, F_GETLK, wr())).toThrow(RangeError); // no uintptr is negative
    expect(() => FcntlFlock(ro, F_GETLK, wr({ Type: 2 ** 15 }))).toThrow(RangeError);
    expect(() => FcntlFlock(ro, F_GETLK, wr({ Start: 2 ** 53 }))).toThrow(RangeError);
    expect(() => FcntlFlock(ro, F_GETLK, wr({ Len: NaN }))).toThrow(TypeError);
    expect(() => FcntlFlock(ro, F_GETLK, wr({ Pid: 2 ** 31 }))).toThrow(RangeError);
    expect(() => FcntlFlock(ro, F_GETLK, bad(null))).toThrow(TypeError);
    expect(() => FcntlFlock(ro, F_GETLK, Object.freeze(wr()))).toThrow(TypeError);
    expect(() => FcntlFlock(bad("3"), F_GETLK, wr())).toThrow(TypeError);
    expect(() => FcntlFlock(ro, bad(undefined), wr())).toThrow(TypeError);
    closeAll(ro);
  });
});

// ---------------------------------------------------------------- statfs, ustat

describe("Statfs, Fstatfs, Ustat", () => {
  /** stat -f's figures for a path: type (hex), block size, total blocks, total inodes, name length. */
  function statF(path: string): string[] | null {
    if (Bun.which("stat") === null) return null;
    const r = Bun.spawnSync(["stat", "-f", "-c", "%t %s %b %c %l", path], { stdout: "pipe", stderr: "pipe" });
    return r.exitCode === 0 ? r.stdout.toString().trim().split(" ") : null;
  }

  for (const path of ["/", "/proc"]) {
    t(`Statfs(${JSON.stringify(path)}) agrees with fs.statfsSync and stat -f`, () => {
      const st = new Statfs_t();
      expect(Statfs(path, st)).toBeNull();
      const node = fs.statfsSync(path, { bigint: true });
      expect(BigInt(st.Type)).toBe(node.type);
      expect(BigInt(st.Bsize)).toBe(node.bsize);
      expect(BigInt(st.Frsize)).toBe(node.frsize);
      expect(st.Blocks).toBe(node.blocks);
      expect(st.Files).toBe(node.files);
      expect(st.Bfree <= st.Blocks && st.Bavail <= st.Bfree && st.Ffree <= st.Files).toBe(true);
      expect(st.Fsid).toBeInstanceOf(Fsid);
      expect(st.Spare).toEqual([0, 0, 0, 0]);
      if (path === "/proc") expect(st.Type).toBe(0x9fa0); // PROC_SUPER_MAGIC
      const f = statF(path);
      if (f !== null) {
        expect(st.Type.toString(16)).toBe(f[0]!);
        expect([st.Bsize, st.Blocks, st.Files, st.Namelen].map(String)).toEqual(f.slice(1));
      }
    });
  }

  t("Fstatfs of an fd is Statfs of its path; tmpfs reports TMPFS_MAGIC", () => {
    const a = new Statfs_t(), b = new Statfs_t();
    const fd = mustOpen(scratch.dir, O_RDONLY | O_DIRECTORY);
    expect(Statfs(scratch.dir, a)).toBeNull();
    expect(Fstatfs(fd, b)).toBeNull();
    expect([b.Type, b.Bsize, b.Blocks, b.Files, b.Fsid.X__val, b.Namelen, b.Flags]).toEqual([a.Type, a.Bsize, a.Blocks, a.Files, a.Fsid.X__val, a.Namelen, a.Flags]);
    closeAll(fd);
    if (fs.existsSync("/dev/shm") && /\s\/dev\/shm tmpfs\s/.test(fs.readFileSync("/proc/self/mounts", "utf8"))) {
      expect(Statfs("/dev/shm", a)).toBeNull();
      expect(a.Type).toBe(0x01021994);
    }
  });

  t("Statfs: errnos and bad input", () => {
    const st = new Statfs_t();
    expect(Statfs(join(scratch.dir, "absent"), st)).toBe(ENOENT);
    expect(Statfs("/\0", st)).toBe(EINVAL);
    expect(Fstatfs(CLOSED_FD, st)).toBe(EBADF);
    expect(Fstatfs(2 ** 31, st)).toBe(EBADF);
    expect(() => Statfs("/", bad(null))).toThrow(TypeError);
    expect(() => Statfs("/", Object.freeze(new Statfs_t()))).toThrow(TypeError);
    expect(() => Statfs(bad(1), st)).toThrow(TypeError);
    expect(() => Fstatfs(bad(NaN), st)).toThrow(TypeError);
    // A plain object is filled in place too.
    const plain = {} as Statfs_t;
    expect(Statfs("/", plain)).toBeNull();
    expect(typeof plain.Blocks).toBe("bigint");
  });

  t(`Ustat: the file system of a device on amd64, ENOSYS on arm64 (running ${process.arch})`, () => {
    const u = new Ustat_t();
    const st = new Stat_t();
    expect(Stat(scratch.dir, st)).toBeNull();
    const r = Ustat(Number(st.Dev), u);
    if (process.arch === "arm64") {
      expect(r).toBe(ENOSYS);
      return;
    }
    expect(r).toBeNull();
    const fsst = new Statfs_t();
    expect(Statfs(scratch.dir, fsst)).toBeNull();
    // Free counts move while the machine runs: they agree to within a few percent.
    expect(Math.abs(u.Tfree - Number(fsst.Bfree))).toBeLessThan(Number(fsst.Blocks) / 20 + 1000);
    expect(typeof u.Tinode).toBe("bigint");
    expect(u.Fname).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Ustat(0, u)).toBe(EINVAL); // no file system on device 0:0
    expect(() => Ustat(NaN, u)).toThrow(TypeError);
    expect(() => Ustat(2 ** 53, u)).toThrow(RangeError);
    expect(() => Ustat(0, Object.freeze(new Ustat_t()))).toThrow(TypeError);
  });
});

// ---------------------------------------------------------------- times

describe("Utime, Utimes, UtimesNano, Futimes, Futimesat", () => {
  const ns = (p: string) => {
    const s = fs.statSync(p, { bigint: true });
    return [s.atimeNs, s.mtimeNs];
  };

  t("Utime sets whole seconds; null sets now", () => {
    const p = file();
    expect(Utime(p, { Actime: 1_000_000_000, Modtime: 1_234_567_890 })).toBeNull();
    expect(ns(p)).toEqual([1_000_000_000_000_000_000n, 1_234_567_890_000_000_000n]);
    expect(Utime(p, { Actime: -1, Modtime: 0 })).toBeNull();
    expect(ns(p)).toEqual([-1_000_000_000n, 0n]);
    const before = BigInt(Date.now() - 2000) * 1_000_000n;
    expect(Utime(p, null)).toBeNull();
    expect(ns(p)[1]! > before).toBe(true);
    expect(Utime(join(scratch.dir, "absent"), new Utimbuf())).toBe(ENOENT);
    expect(Utime("p\0", new Utimbuf())).toBe(EINVAL);
    expect(() => Utime(p, { Actime: 2 ** 53, Modtime: 0 })).toThrow(RangeError);
    expect(() => Utime(p, bad("now"))).toThrow(TypeError);
    expect(() => Utime(p, { Actime: NaN, Modtime: 0 })).toThrow(TypeError);
    expect(new Utimbuf()).toEqual({ Actime: 0, Modtime: 0 });
  });

  t("Utime: a Modtime getter that calls Utimes does not change the Actime set (it set the inner call's)", () => {
    const p = file(), other = file();
    const buf = {
      Actime: 1_000,
      get Modtime() {
        expect(Utimes(other, [new Timeval(5_555, 0), new Timeval(6_666, 0)])).toBeNull();
        return 2_000;
      },
    };
    expect(Utime(p, buf)).toBeNull();
    expect(ns(p)).toEqual([1_000_000_000_000n, 2_000_000_000_000n]);
    expect(ns(other)).toEqual([5_555_000_000_000n, 6_666_000_000_000n]);
  });

  t("Utimes sets microseconds; its length must be 2", () => {
    const p = file();
    expect(Utimes(p, [new Timeval(1_600_000_000, 123_456), new Timeval(1_700_000_000, 999_999)])).toBeNull();
    expect(ns(p)).toEqual([1_600_000_000_123_456_000n, 1_700_000_000_999_999_000n]);
    expect(Utimes(p, [{ Sec: 5, Usec: 1 }, { Sec: 6, Usec: 2 }])).toBeNull();
    expect(ns(p)).toEqual([5_000_001_000n, 6_000_002_000n]);
    expect(Utimes(p, [new Timeval()])).toBe(EINVAL);
    expect(Utimes(p, [new Timeval(), new Timeval(), new Timeval()])).toBe(EINVAL);
    expect(Utimes(p, null)).toBe(EINVAL);
    expect(Utimes(p, [new Timeval(0, 1_000_000), new Timeval()])).toBe(EINVAL);
    expect(Utimes(join(scratch.dir, "absent"), [new Timeval(), new Timeval()])).toBe(ENOENT);
    expect(Utimes("\0", [new Timeval(), new Timeval()])).toBe(EINVAL);
    expect(() => Utimes(p, bad([, new Timeval()]))).toThrow(TypeError);
    expect(() => Utimes(p, bad([{ Sec: "1", Usec: 0 }, new Timeval()]))).toThrow(TypeError);
    expect(() => Utimes(p, [{ Sec: 2 ** 53, Usec: 0 }, new Timeval()])).toThrow(RangeError);
    expect(() => Utimes(p, bad(new Timeval()))).toThrow(TypeError);
    expect(() => Utimes(bad(1), [new Timeval(), new Timeval()])).toThrow(TypeError);
  });

  t("UtimesNano sets nanoseconds; UTIME_OMIT and UTIME_NOW", () => {
    const p = file();
    expect(UtimesNano(p, [new Timespec(1_500_000_000, 123_456_789), new Timespec(1_500_000_001, 987_654_321)])).toBeNull();
    expect(ns(p)).toEqual([1_500_000_000_123_456_789n, 1_500_000_001_987_654_321n]);
    expect(UtimesNano(p, [new Timespec(0, UTIME_OMIT), new Timespec(7, 1)])).toBeNull();
    expect(ns(p)).toEqual([1_500_000_000_123_456_789n, 7_000_000_001n]);
    const before = BigInt(Date.now() - 2000) * 1_000_000n;
    expect(UtimesNano(p, [new Timespec(0, UTIME_NOW), new Timespec(0, UTIME_OMIT)])).toBeNull();
    expect(ns(p)[0]! > before && ns(p)[1] === 7_000_000_001n).toBe(true);
    expect(UtimesNano(p, [new Timespec()])).toBe(EINVAL);
    expect(UtimesNano(p, null)).toBe(EINVAL);
    expect(UtimesNano(p, [new Timespec(0, 1e9), new Timespec()])).toBe(EINVAL);
    expect(UtimesNano(join(scratch.dir, "absent"), [new Timespec(), new Timespec()])).toBe(ENOENT);
    expect(UtimesNano("a\0", [new Timespec(), new Timespec()])).toBe(EINVAL);
    expect(() => UtimesNano(p, bad([{ Sec: 0, Usec: 0 }, new Timespec()]))).toThrow(TypeError); // Nsec is missing
    expect(() => UtimesNano(p, bad("xx"))).toThrow(TypeError);
  });

  t("Futimes goes through /proc/self/fd (a closed fd is ENOENT, as in Go); Futimesat is relative to a dirfd", () => {
    const p = file();
    const fd = mustOpen(p, O_RDONLY);
    expect(Futimes(fd, [new Timeval(11, 1), new Timeval(22, 2)])).toBeNull();
    expect(ns(p)).toEqual([11_000_001_000n, 22_000_002_000n]);
    expect(Futimes(CLOSED_FD, [new Timeval(), new Timeval()])).toBe(ENOENT);
    expect(Futimes(2 ** 53, [new Timeval(), new Timeval()])).toBe(ENOENT);
    expect(Futimes(fd, [new Timeval()])).toBe(EINVAL);
    expect(() => Futimes(bad("1"), [new Timeval(), new Timeval()])).toThrow(TypeError);
    const d = fresh("d");
    fs.mkdirSync(d);
    fs.writeFileSync(join(d, "x"), "");
    const dfd = mustOpen(d, O_RDONLY | O_DIRECTORY);
    expect(Futimesat(dfd, "x", [new Timeval(33, 3), new Timeval(44, 4)])).toBeNull();
    expect(ns(join(d, "x"))).toEqual([33_000_003_000n, 44_000_004_000n]);
    expect(Futimesat(dfd, "absent", [new Timeval(), new Timeval()])).toBe(ENOENT);
    expect(Futimesat(CLOSED_FD, "x", [new Timeval(), new Timeval()])).toBe(EBADF);
    expect(Futimesat(dfd, "x", [])).toBe(EINVAL);
    expect(Futimesat(dfd, "x\0", [new Timeval(), new Timeval()])).toBe(EINVAL);
    expect(() => Futimesat(bad(null), "x", [new Timeval(), new Timeval()])).toThrow(TypeError);
    closeAll(fd, dfd);
  });

  t(`Utimes, Futimes and Futimesat with a Usec outside 0..999999, as go1.19's: EINVAL before the path is looked up on amd64 (raw utimes and futimesat), carried into Sec on arm64 (running ${process.arch})`, () => {
    const p = file();
    const absent = join(scratch.dir, "absent-usec");
    const d = fresh("usec");
    fs.mkdirSync(d);
    fs.writeFileSync(join(d, "x"), "");
    const dfd = mustOpen(d, O_RDONLY | O_DIRECTORY);
    const fd = mustOpen(p, O_RDONLY);
    try {
      if (process.arch === "arm64") {
        // Go's arm64 utimes: NsecToTimespec(TimevalToNsec(tv)), so 1_000_000 µs is one more second.
        expect(Utimes(absent, [new Timeval(1, 1_000_000), new Timeval(2, 0)])).toBe(ENOENT);
        expect(Utimes(p, [new Timeval(1, 1_000_000), new Timeval(2, -1)])).toBeNull();
        expect(ns(p)).toEqual([2_000_000_000n, 1_999_999_000n]);
        expect(Futimesat(dfd, "x", [new Timeval(5, 2_500_000), new Timeval(0, 0)])).toBeNull();
        expect(ns(join(d, "x"))).toEqual([7_500_000_000n, 0n]);
      } else {
        // (glibc's utimes and futimesat become utimensat, which looks the path up first: ENOENT here.)
        expect(Utimes(absent, [new Timeval(1, 1_000_000), new Timeval(2, 0)])).toBe(EINVAL);
        expect(Utimes(absent, [new Timeval(1, 0), new Timeval(2, -1)])).toBe(EINVAL);
        expect(Utimes(p, [new Timeval(1, 999_999_999), new Timeval(2, 0)])).toBe(EINVAL);
        expect(Futimes(CLOSED_FD, [new Timeval(1, -1), new Timeval(2, 0)])).toBe(EINVAL);
        expect(Futimes(fd, [new Timeval(1, 0), new Timeval(2, 1_000_000)])).toBe(EINVAL);
        expect(Futimesat(dfd, "absent", [new Timeval(1, 1_000_000), new Timeval(2, 0)])).toBe(EINVAL);
        expect(Futimesat(CLOSED_FD, "x", [new Timeval(1, -1), new Timeval(2, 0)])).toBe(EINVAL);
        expect(Futimesat(dfd, "x", [new Timeval(3, 999_999), new Timeval(4, 0)])).toBeNull();
        expect(ns(join(d, "x"))).toEqual([3_999_999_000n, 4_000_000_000n]);
      }
      expect(Utimes(absent, [new Timeval(1, 0), new Timeval(2, 0)])).toBe(ENOENT);
    } finally {
      closeAll(fd, dfd);
    }
  });
});

// ---------------------------------------------------------------- extended attributes

/** Why user xattrs cannot be set on a fresh file in dirPath, or null when they can. */
function xattrUnsupported(dirPath: string): string | null {
  if (!fs.existsSync(dirPath)) return `${dirPath} does not exist`;
  const probe = join(dirPath, `bun-syscall-xattr-probe-${process.pid}`);
  try {
    fs.writeFileSync(probe, "");
  } catch (e) {
    return `cannot write in ${dirPath}: ${(e as Error).message}`;
  }
  try {
    const err = Setxattr(probe, "user.probe", enc.encode("1"), 0);
    return err === null ? null : `the file system of ${dirPath} refuses user xattrs: ${err.message}`;
  } finally {
    fs.rmSync(probe, { force: true });
  }
}
const tmpRoot = fs.realpathSync(require("node:os").tmpdir());
const xattrDirs: [string, string | null][] = [[tmpRoot, xattrUnsupported(tmpRoot)], ["/dev/shm", xattrUnsupported("/dev/shm")]];

describe("Getxattr, Setxattr, Listxattr, Removexattr", () => {
  for (const [where, why] of xattrDirs) {
    test.skipIf(why !== null)(`set, get, list and remove a user xattr in ${where}${why ? ` [skipped: ${why}]` : ""}`, () => noFdLeak(() => {
      const p = join(where, `bun-syscall-xattr-${process.pid}-${scratch.seq++}`);
      fs.writeFileSync(p, "");
      try {
        const value = enc.encode("héllo\0bytes");
        expect(Setxattr(p, "user.test", value, 0)).toBeNull();
        expect(Getxattr(p, "user.test", new Uint8Array(0))).toEqual([value.length, null]); // the size
        const buf = new Uint8Array(64);
        expect(Getxattr(p, "user.test", buf)).toEqual([value.length, null]);
        expect(buf.subarray(0, value.length)).toEqual(value);
        expect(Getxattr(p, "user.test", new Uint8Array(3))).toEqual([-1, ERANGE]);
        expect(Setxattr(p, "user.test", value, XATTR_CREATE)).toBe(EEXIST);
        expect(Setxattr(p, "user.other", value, XATTR_REPLACE)).toBe(ENODATA);
        expect(Setxattr(p, "user.empty", new Uint8Array(0), XATTR_CREATE)).toBeNull();
        expect(Getxattr(p, "user.empty", buf)).toEqual([0, null]);
        const [size, lerr] = Listxattr(p, new Uint8Array(0));
        expect(lerr).toBeNull();
        const names = new Uint8Array(size);
        expect(Listxattr(p, names)).toEqual([size, null]);
        expect(dec.decode(names).split("\0").filter(Boolean).sort()).toEqual(["user.empty", "user.test"]);
        expect(Listxattr(p, new Uint8Array(1))).toEqual([-1, ERANGE]);
        expect(Removexattr(p, "user.test")).toBeNull();
        expect(Getxattr(p, "user.test", buf)).toEqual([-1, ENODATA]);
        expect(Removexattr(p, "user.test")).toBe(ENODATA);
      } finally {
        fs.rmSync(p, { force: true });
      }
    }));
  }

  t("xattrs: errnos and bad input", () => {
    const p = file();
    const absent = join(scratch.dir, "absent");
    expect(Getxattr(absent, "user.x", new Uint8Array(8))).toEqual([-1, ENOENT]);
    expect(Setxattr(absent, "user.x", new Uint8Array(1), 0)).toBe(ENOENT);
    expect(Listxattr(absent, new Uint8Array(8))).toEqual([-1, ENOENT]);
    expect(Removexattr(absent, "user.x")).toBe(ENOENT);
    expect(Getxattr(p, "user.a\0b", new Uint8Array(8))).toEqual([-1, EINVAL]);
    expect(Setxattr(p, "user.x", new Uint8Array(1), 0x100)).toBe(EINVAL);
    expect(Setxattr(p, "nonamespace", new Uint8Array(1), 0)).toBe(EOPNOTSUPP);
    expect(Setxattr("p\0", "user.x", new Uint8Array(1), 0)).toBe(EINVAL);
    expect(Removexattr(p, "user.\0")).toBe(EINVAL);
    expect(() => Getxattr(p, "user.x", bad([1, 2]))).toThrow(TypeError);
    expect(() => Getxattr(p, bad(1), new Uint8Array(1))).toThrow(TypeError);
    expect(() => Setxattr(p, "user.x", new Uint8Array(1), NaN)).toThrow(TypeError);
    expect(() => Setxattr(p, "user.x", new Uint8Array(1), 2 ** 32)).toThrow(RangeError);
    expect(() => Listxattr(bad(null), new Uint8Array(1))).toThrow(TypeError);
  });
});

// ---------------------------------------------------------------- in-kernel copies

// tmpfs takes offsets up to 2^63: the only common file system where one past 2^53 can be tried.
const shmReason = (() => {
  const st = new Statfs_t();
  if (Statfs("/dev/shm", st) !== null) return "no /dev/shm";
  return st.Type === 0x01021994 ? null : "/dev/shm is not tmpfs";
})();

describe("Sendfile, Splice, Tee", () => {
  test.skipIf(shmReason !== null)(`an offset the kernel moves past 2^53 (no exact number): the count and EOVERFLOW, the offset left as it was${shmReason ? ` (skip: ${shmReason})` : ""}`, () => noFdLeak(() => {
    const path = `/dev/shm/bun-syscall-offset-${process.pid}`;
    const [fd, err] = Open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600);
    expect(err).toBeNull();
    try {
      const [r, w] = pipe();
      expect(Write(w, new Uint8Array([1, 2, 3, 4]))).toEqual([4, null]);
      const top = Number.MAX_SAFE_INTEGER; // 2^53 - 1
      const woff = { value: top };
      expect(Splice(r, null, fd, woff, 4, 0)).toEqual([4, EOVERFLOW]);
      expect(woff.value).toBe(top);
      const [dn] = Open("/dev/null", O_WRONLY | O_CLOEXEC, 0);
      // Within range: written back; past it: not.
      const a = { value: top - 5 };
      expect(Sendfile(dn, fd, a, 3)).toEqual([3, null]);
      expect(a.value).toBe(top - 2);
      const b = { value: top - 1 };
      expect(Sendfile(dn, fd, b, 3)).toEqual([3, EOVERFLOW]);
      expect(b.value).toBe(top - 1);
      closeAll(r, w, dn);
    } finally {
      Close(fd);
      fs.rmSync(path, { force: true });
    }
  }));

  t("Sendfile from a file at an offset into a pipe, advancing the offset and not the file's", () => {
    const p = file("0123456789");
    const fd = mustOpen(p, O_RDONLY);
    const [r, w] = pipe();
    const off = { value: 3 };
    expect(Sendfile(w, fd, off, 4)).toEqual([4, null]);
    expect(off.value).toBe(7);
    expect(readAll(r)).toBe("3456");
    expect(Seek(fd, 0, SEEK_CUR)).toEqual([0, null]);
    // nil: from the file's own offset, which moves.
    expect(Sendfile(w, fd, null, 100)).toEqual([10, null]);
    expect(readAll(r)).toBe("0123456789");
    expect(Seek(fd, 0, SEEK_CUR)).toEqual([10, null]);
    // File to file.
    const q = fresh("copy");
    const out = mustOpen(q, O_WRONLY | O_CREAT, 0o600);
    expect(Sendfile(out, fd, { value: 0 }, 10)).toEqual([10, null]);
    expect(fs.readFileSync(q, "utf8")).toBe("0123456789");
    expect(Sendfile(out, fd, { value: 10 }, 10)).toEqual([0, null]); // at the end
    closeAll(fd, r, w, out);
  });

  t("Sendfile: errnos and bad input", () => {
    const fd = mustOpen(file("abc"), O_RDONLY);
    const [r, w] = pipe(O_CLOEXEC | O_NONBLOCK);
    const dfd = mustOpen(scratch.dir, O_RDONLY | O_DIRECTORY);
    expect(Sendfile(w, CLOSED_FD, null, 1)).toEqual([-1, EBADF]);
    expect(Sendfile(CLOSED_FD, fd, null, 1)).toEqual([-1, EBADF]);
    expect(Sendfile(2 ** 31, fd, null, 1)).toEqual([-1, EBADF]);
    expect(Sendfile(w, dfd, null, 1)).toEqual([-1, EINVAL]);
    expect(Sendfile(fd, fd, null, 1)).toEqual([-1, EBADF]); // out is read-only
    expect(Sendfile(w, fd, { value: -1 }, 1)).toEqual([-1, EINVAL]);
    const frozen = Object.freeze({ value: 0 });
    expect(() => Sendfile(w, fd, frozen, 1)).toThrow(TypeError);
    expect(() => Sendfile(w, fd, bad(5), 1)).toThrow(TypeError);
    expect(() => Sendfile(w, fd, bad({}), 1)).toThrow(TypeError);
    expect(() => Sendfile(w, fd, { value: 2 ** 53 }, 1)).toThrow(RangeError);
    expect(() => Sendfile(w, fd, null, NaN)).toThrow(TypeError);
    expect(() => Sendfile(bad("1"), fd, null, 1)).toThrow(TypeError);
    // What threw, threw before the call: nothing reached the pipe.
    expect(Read(r, new Uint8Array(1))).toEqual([-1, EAGAIN]);
    closeAll(fd, r, w, dfd);
  });

  t("Splice moves file bytes through a pipe into another file, with both offsets", () => {
    const src = file("hello, splice world");
    const dst = fresh("dst");
    const infd = mustOpen(src, O_RDONLY), outfd = mustOpen(dst, O_WRONLY | O_CREAT, 0o600);
    const [r, w] = pipe();
    const roff = { value: 7 };
    expect(Splice(infd, roff, w, null, 6, 0)).toEqual([6, null]);
    expect(roff.value).toBe(13);
    const woff = { value: 2 };
    expect(Splice(r, null, outfd, woff, 100, 0)).toEqual([6, null]);
    expect(woff.value).toBe(8);
    expect(fs.readFileSync(dst)).toEqual(Buffer.from("\0\0splice"));
    // Without offsets, the fds' own offsets are used and moved.
    expect(Splice(infd, null, w, null, 5, 0)).toEqual([5, null]);
    expect(Seek(infd, 0, SEEK_CUR)).toEqual([5, null]);
    expect(readAll(r)).toBe("hello");
    closeAll(infd, outfd, r, w);
  });

  t("Splice: errnos and bad input", () => {
    const a = mustOpen(file("abc"), O_RDONLY), b = mustOpen(file(), O_WRONLY);
    const [r, w] = pipe(O_CLOEXEC | O_NONBLOCK);
    expect(Splice(a, null, b, null, 3, 0)).toEqual([-1, EINVAL]); // neither is a pipe
    expect(Splice(r, { value: 0 }, b, null, 3, 0)).toEqual([-1, ESPIPE]); // a pipe takes no offset
    expect(Splice(r, null, b, null, 3, SPLICE_F_NONBLOCK)).toEqual([-1, EAGAIN]); // empty pipe
    expect(Splice(CLOSED_FD, null, w, null, 3, 0)).toEqual([-1, EBADF]);
    expect(Splice(a, null, 2 ** 53, null, 3, 0)).toEqual([-1, EBADF]);
    expect(() => Splice(a, bad("0"), w, null, 3, 0)).toThrow(TypeError);
    expect(() => Splice(a, null, w, { value: 0.5 }, 3, 0)).toThrow(TypeError);
    expect(() => Splice(a, null, w, null, 3, 2 ** 32)).toThrow(RangeError);
    expect(() => Splice(a, null, w, null, 2 ** 53, 0)).toThrow(RangeError);
    closeAll(a, b, r, w);
  });

  t("Tee copies a pipe's bytes into another pipe without consuming them", () => {
    const [ar, aw] = pipe(), [br, bw] = pipe(O_CLOEXEC | O_NONBLOCK);
    expect(Write(aw, enc.encode("tee bytes"))).toEqual([9, null]);
    expect(Tee(ar, bw, 100, 0)).toEqual([9, null]);
    expect(readAll(br)).toBe("tee bytes");
    expect(Tee(ar, bw, 3, 0)).toEqual([3, null]);
    expect(readAll(br)).toBe("tee");
    expect(readAll(ar)).toBe("tee bytes");
    expect(Tee(br, aw, 10, SPLICE_F_NONBLOCK)).toEqual([-1, EAGAIN]); // br is empty
    const f = mustOpen(file("x"), O_RDONLY);
    expect(Tee(f, bw, 1, 0)).toEqual([-1, EINVAL]);
    expect(Tee(ar, aw, 1, 0)).toEqual([-1, EINVAL]); // the same pipe
    expect(Tee(CLOSED_FD, bw, 1, 0)).toEqual([-1, EBADF]);
    expect(() => Tee(ar, bw, NaN, 0)).toThrow(TypeError);
    expect(() => Tee(ar, bw, 1, -(2 ** 31) - 1)).toThrow(RangeError);
    closeAll(ar, aw, br, bw, f);
  });
});

// ---------------------------------------------------------------- against Go

const goBin = Bun.which("go");
describe("against Go's syscall (scripts/oracle/files)", () => {
  test.skipIf(goBin === null)(`Statfs("/") and the Errno of bad calls are Go's${goBin === null ? " [skipped: `go` is not on PATH]" : ""}`, () => noFdLeak(() => {
    const d = fresh("oracle");
    fs.mkdirSync(join(d, "tree"), { recursive: true });
    fs.mkdirSync(join(d, "full"));
    fs.writeFileSync(join(d, "full", "a"), "");
    fs.writeFileSync(join(d, "file"), "");
    const r = Bun.spawnSync([goBin!, "run", "./files", d], {
      cwd: join(import.meta.dir, "..", "scripts", "oracle"), env: { ...process.env, GOFLAGS: "-mod=mod" }, stdout: "pipe", stderr: "pipe",
    });
    if (r.exitCode !== 0) throw new Error(`go run failed (${r.exitCode}): ${r.stderr.toString()}`);
    const go = JSON.parse(r.stdout.toString()) as { statfs: Record<string, unknown>; errno: Record<string, number> };

    const st = new Statfs_t();
    expect(Statfs("/", st)).toBeNull();
    expect({ Type: st.Type, Bsize: st.Bsize, Namelen: st.Namelen, Frsize: st.Frsize, Flags: st.Flags, Fsid: st.Fsid.X__val }).toEqual(go.statfs as never);

    const f = join(d, "file");
    const two = () => [new Timeval(), new Timeval()];
    const withPipe = (fn: (p: [number, number]) => Errno | null | undefined) => {
      const p = pipe();
      try {
        return fn(p);
      } finally {
        closeAll(...p);
      }
    };
    const withFd = (fn: (fd: number) => Errno | null) => {
      const fd = mustOpen(f, O_RDONLY);
      try {
        return fn(fd);
      } finally {
        closeAll(fd);
      }
    };
    const ours: Record<string, () => Errno | null | undefined> = {
      openat_missing: () => Openat(AT_FDCWD, join(d, "missing"), O_RDONLY, 0)[1],
      openat_notdir: () => Openat(AT_FDCWD, join(f, "x"), O_RDONLY, 0)[1],
      unlinkat_dir: () => Unlinkat(AT_FDCWD, join(d, "full")),
      // Go's syscall.Unlinkat has no flags; unlinkat(AT_REMOVEDIR) is Rmdir.
      unlinkat_removedir_full: () => Rmdir(join(d, "full")),
      rmdir_full: () => Rmdir(join(d, "full")),
      fallocate_pipe: () => withPipe(([, w]) => Fallocate(w, 0, 0, 4096)),
      fdatasync_pipe: () => withPipe(([, w]) => Fdatasync(w)),
      tee_same_pipe: () => withPipe(([r, w]) => Tee(r, w, 1, 0)[1]),
      mkdirat_exists: () => Mkdirat(AT_FDCWD, join(d, "full"), 0o755),
      renameat_missing: () => Renameat(AT_FDCWD, join(d, "missing"), AT_FDCWD, join(d, "x")),
      fchmodat_nofollow: () => Fchmodat(AT_FDCWD, f, 0o644, AT_SYMLINK_NOFOLLOW),
      fchmodat_badflags: () => Fchmodat(AT_FDCWD, f, 0o644, 1),
      truncate_dir: () => Truncate(join(d, "full"), 0),
      truncate_nul: () => Truncate(join(d, "fi\0le"), 0),
      utimes_one: () => Utimes(f, [new Timeval()]),
      utimesnano_nil: () => UtimesNano(f, null),
      futimes_closed: () => Futimes(CLOSED_FD, two()),
      getxattr_absent: () => Getxattr(f, "user.absent", new Uint8Array(0))[1],
      removexattr_absent: () => Removexattr(f, "user.absent"),
      flock_badfd: () => Flock(-1, LOCK_EX),
      statfs_missing: () => Statfs(join(d, "missing"), st),
      getdents_file: () => withFd((fd) => Getdents(fd, new Uint8Array(4096))[1]),
      fcntlflock_wrlck_rdonly: () => withFd((fd) => FcntlFlock(fd, F_SETLK, Object.assign(new Flock_t(), { Type: F_WRLCK }))),
      mknodat_exists: () => Mknodat(AT_FDCWD, f, S_IFIFO | 0o644, 0),
    };
    const got: Record<string, number> = {};
    for (const k of Object.keys(go.errno)) {
      const fn = ours[k];
      if (fn === undefined) throw new Error(`the oracle reports ${k}, which this test does not call`);
      got[k] = fn()?.errno ?? 0;
    }
    expect(got).toEqual(go.errno);
    expect(Object.keys(ours).sort()).toEqual(Object.keys(go.errno).sort());
  }), 60000);
});
