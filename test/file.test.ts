/**
 * Tests for src/file.ts against the real kernel: every export on its success
 * path, its errno path and bad input (NUL in a path, closed/negative/huge fds,
 * wrong types). The Stat family is checked field by field against node:fs.
 */
import { describe, test, expect, beforeAll, afterAll } from "bun:test";
import * as fs from "node:fs";
import { join, resolve } from "node:path";
import {
  Errno, Stat_t,
  AT_FDCWD, AT_SYMLINK_NOFOLLOW, AT_EACCESS, AT_EMPTY_PATH, SEEK_SET, SEEK_CUR, SEEK_END,
  Stdin, Stdout, Stderr,
  Open, Close, Read, Write, Pread, Pwrite, Seek, Pipe, Pipe2, Dup, Dup2, Dup3, CloseOnExec, SetNonblock,
  Fsync, Ftruncate, Fchmod, Fchdir, Fstatat, Stat, Lstat, Fstat, Chmod, Chdir, Mkdir, Rmdir, Unlink,
  Rename, Symlink, Readlink, Link, Mknod, Mkfifo, Chown, Lchown, Fchown, Access, Umask, Getcwd, Getwd, Faccessat,
  EACCES, EAGAIN, EBADF, EEXIST, EINVAL, EISDIR, ENOENT, ENOTDIR, ENOTEMPTY, ERANGE, ESPIPE,
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_DIRECTORY, O_CLOEXEC, O_NONBLOCK, O_NOFOLLOW,
  S_IFMT, S_IFREG, S_IFDIR, S_IFLNK, S_IFCHR, S_IFIFO,
} from "../src/index.ts";
import { faccessatEmulated, statAtSyscall } from "../src/file.ts";
import { bindOptional, errno } from "../src/libc.ts";
import { newStatBuffer } from "../src/types.ts";
import { STAT } from "../src/layout.ts";
import { noFdLeak, scratchDir, isRoot } from "./helpers.ts";

const F_OK = 0, X_OK = 1, W_OK = 2, R_OK = 4;
/** Linux O_PATH (the same on amd64 and arm64). Not taken from the package: see the report on zerrors_linux.ts. */
const O_PATH = 0o10000000;
const enc = new TextEncoder();
const dec = new TextDecoder();

/** Passes a deliberately wrong value where the signature forbids it. */
const bad = (v: unknown) => v as never;

let dir = "";
let cleanup = () => {};
let seq = 0;
/** A fresh, unused path in the scratch directory. */
const fresh = (name = "f") => join(dir, `${name}-${seq++}`);

beforeAll(() => {
  const s = scratchDir("bun-syscall-file-");
  dir = fs.realpathSync(s.dir);
  cleanup = s.cleanup;
});
afterAll(() => cleanup());

/** A test wrapped in the fd-leak check. */
function t(name: string, fn: () => void | Promise<void>) {
  test(name, () => noFdLeak(fn));
}

type Result = Errno | null | void | readonly [unknown, Errno | null];
/** The error of a result, whether a bare Errno or a Go-style tuple. */
function errOf(r: Result): Errno | null | undefined {
  if (Array.isArray(r)) return r[1] as Errno | null;
  return r as Errno | null | undefined;
}

function mustOpen(path: string, mode: number, perm = 0o644): number {
  const [fd, err] = Open(path, mode, perm);
  expect(err).toBeNull();
  expect(Number.isInteger(fd) && fd >= 0).toBe(true);
  return fd;
}
function mustClose(fd: number) {
  expect(Close(fd)).toBeNull();
}
/** A regular file with content, opened O_RDWR. */
function tempFile(content = "", perm = 0o644): { path: string; fd: number } {
  const path = fresh("file");
  fs.writeFileSync(path, content);
  fs.chmodSync(path, perm);
  return { path, fd: mustOpen(path, O_RDWR) };
}
/** The cwd as the kernel has it (Bun may cache process.cwd() across a chdir it did not make). */
function kernelCwd(): string {
  return fs.readlinkSync("/proc/self/cwd");
}
function isOpen(fd: number): boolean {
  try {
    fs.readlinkSync(`/proc/self/fd/${fd}`);
    return true;
  } catch {
    return false;
  }
}
/** The file status flags of fd from /proc/self/fdinfo (O_CLOEXEC appears when FD_CLOEXEC is set). */
function fdFlags(fd: number): number {
  const m = /^flags:\s+([0-7]+)$/m.exec(fs.readFileSync(`/proc/self/fdinfo/${fd}`, "utf8"));
  if (!m) throw new Error(`no flags in fdinfo of ${fd}`);
  return parseInt(m[1]!, 8);
}
function cloexec(fd: number): boolean {
  return (fdFlags(fd) & O_CLOEXEC) !== 0;
}
/** An fd number that was open and is closed now (high, so nothing reuses it meanwhile). */
function closedFd(): number {
  const HIGH = 977;
  const fd = mustOpen("/dev/null", O_RDONLY);
  expect(Dup2(fd, HIGH)).toBeNull();
  mustClose(fd);
  mustClose(HIGH);
  expect(isOpen(HIGH)).toBe(false);
  return HIGH;
}
function bytes(s: string): Uint8Array {
  return enc.encode(s);
}
function readAll(path: string): string {
  return fs.readFileSync(path, "latin1");
}

const wrongFds: unknown[] = ["3", NaN, 1.5, null, undefined, 3n, {}, Infinity, -Infinity, true];
const wrongPaths: unknown[] = [123, null, undefined, Buffer.from("x"), {}, ["a"], 1n, Symbol("p")];
const wrongBufs: unknown[] = [new ArrayBuffer(4), new Uint16Array(4), new Int8Array(4), new Uint8ClampedArray(4), new DataView(new ArrayBuffer(4)), "abcd", [1, 2, 3], null, undefined, 4];

// ---------------------------------------------------------------- bad input, every function

describe("bad fds: closed, -1, 2**31 and wrapping values give EBADF; wrong types throw", () => {
  /**
   * Each entry calls one function with fd in the position under test. victim
   * is a live fd the call must not touch when the bad fd would wrap onto it.
   */
  type FdCall = (fd: number, victim: number) => Result;
  const calls: Record<string, FdCall> = {
    Close: (fd) => Close(fd),
    Read: (fd) => Read(fd, new Uint8Array(4)),
    Write: (fd) => Write(fd, bytes("XXXX")),
    Pread: (fd) => Pread(fd, new Uint8Array(4), 0),
    Pwrite: (fd) => Pwrite(fd, bytes("XXXX"), 0),
    Seek: (fd) => Seek(fd, 2, SEEK_SET),
    Dup: (fd) => Dup(fd),
    "Dup2 oldfd": (fd, v) => Dup2(fd, v),
    "Dup3 oldfd": (fd, v) => Dup3(fd, v, 0),
    SetNonblock: (fd) => SetNonblock(fd, true),
    Fsync: (fd) => Fsync(fd),
    Ftruncate: (fd) => Ftruncate(fd, 0),
    Fchmod: (fd) => Fchmod(fd, 0o600),
    Fchdir: (fd) => Fchdir(fd),
    Fstat: (fd) => Fstat(fd, new Stat_t()),
    Fstatat: (fd) => Fstatat(fd, "relative", new Stat_t(), 0),
    Fchown: (fd) => Fchown(fd, 65534, 65534),
    Faccessat: (fd) => Faccessat(fd, "relative", F_OK, 0),
    "Faccessat AT_EACCESS": (fd) => Faccessat(fd, "relative", F_OK, AT_EACCESS),
    faccessatEmulated: (fd) => faccessatEmulated(fd, "relative", R_OK, 0),
  };
  /** Calls where fd is the target (newfd): a closed fd is a valid target there. */
  const newfdCalls: Record<string, FdCall> = {
    "Dup2 newfd": (fd, v) => Dup2(v, fd),
    "Dup3 newfd": (fd, v) => Dup3(v, fd, 0),
  };

  function victimState(v: { path: string; fd: number }) {
    const st = fs.statSync(v.path);
    return { open: isOpen(v.fd), flags: fdFlags(v.fd), content: readAll(v.path), mode: st.mode, uid: st.uid, cwd: kernelCwd(), offset: Seek(v.fd, 0, SEEK_CUR)[0] };
  }

  for (const [name, call] of Object.entries({ ...calls, ...newfdCalls })) {
    const isNewfd = name in newfdCalls;
    t(`${name}: EBADF for bad fds, and a value past int32 does not wrap onto a real fd`, () => {
      const victim = tempFile("keep", 0o640);
      try {
        const before = victimState(victim);
        const bads = [-1, 2 ** 31, 2 ** 31 + victim.fd, 2 ** 32 + victim.fd, -(2 ** 32) + victim.fd, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER];
        if (!isNewfd) bads.push(closedFd());
        for (const fd of bads) {
          expect({ fd, err: errOf(call(fd, victim.fd)) }).toEqual({ fd, err: EBADF });
          expect(errOf(call(fd, victim.fd))).toBe(EBADF);
        }
        expect(victimState(victim)).toEqual(before);
      } finally {
        mustClose(victim.fd);
      }
    });
    t(`${name}: wrong fd types throw TypeError`, () => {
      const victim = tempFile("keep");
      try {
        for (const fd of wrongFds) expect(() => call(bad(fd), victim.fd)).toThrow(TypeError);
      } finally {
        mustClose(victim.fd);
      }
    });
  }

  t("CloseOnExec: bad fds are ignored (no error result, as Go), wrapping values leave the real fd alone", () => {
    const victim = tempFile("keep");
    try {
      expect(cloexec(victim.fd)).toBe(false);
      for (const fd of [-1, 2 ** 31, 2 ** 32 + victim.fd, -(2 ** 32) + victim.fd, closedFd()]) expect(CloseOnExec(fd)).toBeUndefined();
      expect(cloexec(victim.fd)).toBe(false);
      for (const fd of wrongFds) expect(() => CloseOnExec(bad(fd))).toThrow(TypeError);
    } finally {
      mustClose(victim.fd);
    }
  });

  t("Dup2/Dup3: a wrapping newfd does not replace the real fd", () => {
    const a = tempFile("aaaa");
    const b = tempFile("bbbb");
    try {
      for (const newfd of [2 ** 32 + b.fd, -(2 ** 32) + b.fd]) {
        expect(Dup2(a.fd, newfd)).toBe(EBADF);
        expect(Dup3(a.fd, newfd, 0)).toBe(EBADF);
      }
      const buf = new Uint8Array(4);
      expect(Pread(b.fd, buf, 0)).toEqual([4, null]);
      expect(dec.decode(buf)).toBe("bbbb");
    } finally {
      mustClose(a.fd);
      mustClose(b.fd);
    }
  });
});

describe("bad paths: NUL gives EINVAL without touching the prefix; wrong types throw", () => {
  type PathCall = (p: string) => Result;
  let victim = "";
  let other = "";
  const calls: Record<string, PathCall> = {
    Open: (p) => Open(p, O_RDWR | O_CREAT | O_TRUNC, 0o644),
    "Open O_EXCL": (p) => Open(p, O_RDWR | O_CREAT | O_EXCL, 0o644),
    Stat: (p) => Stat(p, new Stat_t()),
    Lstat: (p) => Lstat(p, new Stat_t()),
    Fstatat: (p) => Fstatat(AT_FDCWD, p, new Stat_t(), 0),
    Chmod: (p) => Chmod(p, 0o777),
    Chdir: (p) => Chdir(p),
    Mkdir: (p) => Mkdir(p, 0o755),
    Rmdir: (p) => Rmdir(p),
    Unlink: (p) => Unlink(p),
    "Rename oldpath": (p) => Rename(p, other),
    "Rename newpath": (p) => Rename(other, p),
    "Symlink oldpath": (p) => Symlink(p, fresh("sl")),
    "Symlink newpath": (p) => Symlink("target", p),
    "Link oldpath": (p) => Link(p, fresh("ln")),
    "Link newpath": (p) => Link(other, p),
    Mknod: (p) => Mknod(p, S_IFIFO | 0o600, 0),
    Mkfifo: (p) => Mkfifo(p, 0o600),
    Chown: (p) => Chown(p, 65534, 65534),
    Lchown: (p) => Lchown(p, 65534, 65534),
    Access: (p) => Access(p, F_OK),
    Readlink: (p) => Readlink(p, new Uint8Array(64)),
    Faccessat: (p) => Faccessat(AT_FDCWD, p, F_OK, 0),
    "Faccessat AT_EACCESS": (p) => Faccessat(AT_FDCWD, p, F_OK, AT_EACCESS),
    "Faccessat AT_SYMLINK_NOFOLLOW": (p) => Faccessat(AT_FDCWD, p, F_OK, AT_SYMLINK_NOFOLLOW),
    faccessatEmulated: (p) => faccessatEmulated(AT_FDCWD, p, R_OK, 0),
  };

  function snapshot() {
    const st = fs.lstatSync(victim);
    const ost = fs.lstatSync(other);
    return { names: fs.readdirSync(dir).sort(), mode: st.mode, uid: st.uid, ino: st.ino, size: st.size, other: [ost.ino, ost.nlink, ost.mode], cwd: kernelCwd() };
  }

  for (const [name, call] of Object.entries(calls)) {
    t(`${name}: a NUL in the path is EINVAL and acts on nothing`, () => {
      victim = fresh("victim");
      other = fresh("other");
      fs.writeFileSync(victim, "victim");
      fs.writeFileSync(other, "other");
      // Every candidate is truncated at the NUL to something that exists or would be created.
      const before = snapshot();
      for (const p of [`${victim}\0`, `${victim}\0junk`, `${join(dir, "new-name")}\0x`, "\0", `${other}\0/`]) {
        expect({ p, err: errOf(call(p)) }).toEqual({ p, err: EINVAL });
      }
      expect(snapshot()).toEqual(before);
      fs.unlinkSync(victim);
      fs.unlinkSync(other);
    });
    t(`${name}: a non-string path throws TypeError`, () => {
      victim = fresh("victim");
      other = fresh("other");
      fs.writeFileSync(victim, "victim");
      fs.writeFileSync(other, "other");
      const before = snapshot();
      for (const p of wrongPaths) expect(() => call(bad(p))).toThrow(TypeError);
      expect(snapshot()).toEqual(before);
      fs.unlinkSync(victim);
      fs.unlinkSync(other);
    });
  }

  t("faccessatEmulated, Fstatat: NUL path with a real dirfd is EINVAL", () => {
    const d = mustOpen(dir, O_RDONLY | O_DIRECTORY);
    try {
      expect(faccessatEmulated(d, "a\0b", F_OK, 0)).toBe(EINVAL);
      expect(Fstatat(d, "a\0b", new Stat_t(), 0)).toBe(EINVAL);
      expect(Faccessat(d, "a\0b", F_OK, AT_EACCESS)).toBe(EINVAL);
    } finally {
      mustClose(d);
    }
  });
});

describe("bad buffers and other arguments throw", () => {
  t("a non-Uint8Array buffer throws TypeError (Read, Write, Pread, Pwrite, Readlink, Getcwd)", () => {
    const f = tempFile("data");
    try {
      for (const b of wrongBufs) {
        expect(() => Read(f.fd, bad(b))).toThrow(TypeError);
        expect(() => Write(f.fd, bad(b))).toThrow(TypeError);
        expect(() => Pread(f.fd, bad(b), 0)).toThrow(TypeError);
        expect(() => Pwrite(f.fd, bad(b), 0)).toThrow(TypeError);
        expect(() => Readlink(f.path, bad(b))).toThrow(TypeError);
        expect(() => Getcwd(bad(b))).toThrow(TypeError);
      }
      expect(readAll(f.path)).toBe("data");
    } finally {
      mustClose(f.fd);
    }
  });

  t("a Stat_t that is not an object throws TypeError", () => {
    const fd = mustOpen("/dev/null", O_RDONLY);
    try {
      for (const s of [null, undefined, 5, "st"]) {
        expect(() => Stat("/", bad(s))).toThrow(TypeError);
        expect(() => Lstat("/", bad(s))).toThrow(TypeError);
        expect(() => Fstat(fd, bad(s))).toThrow(TypeError);
        expect(() => Fstatat(AT_FDCWD, "/", bad(s), 0)).toThrow(TypeError);
      }
    } finally {
      mustClose(fd);
    }
  });

  t("integer arguments: wrong types throw TypeError, out-of-range throws RangeError", () => {
    const f = tempFile("data");
    const p = fresh("x");
    try {
      for (const v of ["1", NaN, 1.5, null, undefined, 1n]) {
        expect(() => Open(f.path, bad(v), 0)).toThrow(TypeError);
        expect(() => Open(f.path, O_RDONLY, bad(v))).toThrow(TypeError);
        expect(() => Seek(f.fd, bad(v), SEEK_SET)).toThrow(TypeError);
        expect(() => Seek(f.fd, 0, bad(v))).toThrow(TypeError);
        expect(() => Pread(f.fd, new Uint8Array(1), bad(v))).toThrow(TypeError);
        expect(() => Pwrite(f.fd, new Uint8Array(1), bad(v))).toThrow(TypeError);
        expect(() => Ftruncate(f.fd, bad(v))).toThrow(TypeError);
        expect(() => Fchmod(f.fd, bad(v))).toThrow(TypeError);
        expect(() => Chmod(f.path, bad(v))).toThrow(TypeError);
        expect(() => Mkdir(p, bad(v))).toThrow(TypeError);
        expect(() => Mknod(p, bad(v), 0)).toThrow(TypeError);
        expect(() => Mknod(p, S_IFIFO | 0o600, bad(v))).toThrow(TypeError);
        expect(() => Mkfifo(p, bad(v))).toThrow(TypeError);
        expect(() => Chown(f.path, bad(v), 0)).toThrow(TypeError);
        expect(() => Lchown(f.path, 0, bad(v))).toThrow(TypeError);
        expect(() => Fchown(f.fd, bad(v), 0)).toThrow(TypeError);
        expect(() => Umask(bad(v))).toThrow(TypeError);
        expect(() => Dup3(f.fd, 900, bad(v))).toThrow(TypeError);
        expect(() => Pipe2([0, 0], bad(v))).toThrow(TypeError);
        expect(() => Access(f.path, bad(v))).toThrow(TypeError);
        expect(() => Faccessat(AT_FDCWD, f.path, bad(v), 0)).toThrow(TypeError);
        expect(() => Faccessat(AT_FDCWD, f.path, F_OK, bad(v))).toThrow(TypeError);
        expect(() => Fstatat(AT_FDCWD, f.path, new Stat_t(), bad(v))).toThrow(TypeError);
      }
      for (const v of [2 ** 53, -(2 ** 53), 2 ** 64]) {
        expect(() => Seek(f.fd, v, SEEK_SET)).toThrow(RangeError);
        expect(() => Pread(f.fd, new Uint8Array(1), v)).toThrow(RangeError);
        expect(() => Pwrite(f.fd, new Uint8Array(1), v)).toThrow(RangeError);
        expect(() => Ftruncate(f.fd, v)).toThrow(RangeError);
      }
      expect(() => Chmod(f.path, -1)).toThrow(RangeError);
      expect(() => Fchmod(f.fd, -1)).toThrow(RangeError);
      expect(() => Mkdir(p, -1)).toThrow(RangeError);
      expect(() => Open(p, O_CREAT | O_RDWR, -1)).toThrow(RangeError);
      expect(() => Umask(-1)).toThrow(RangeError);
      expect(() => Chown(f.path, -2, 0)).toThrow(RangeError);
      expect(() => Fchown(f.fd, 0, 2 ** 32)).toThrow(RangeError);
      expect(() => SetNonblock(f.fd, bad(1))).toThrow(TypeError);
      expect(() => SetNonblock(f.fd, bad("true"))).toThrow(TypeError);
      for (const a of ["ab", null, undefined, new Int32Array(2), { length: 2 }]) {
        expect(() => Pipe(bad(a))).toThrow(TypeError);
        expect(() => Pipe2(bad(a), 0)).toThrow(TypeError);
      }
      // Nothing was created and the file is intact.
      expect(fs.existsSync(p)).toBe(false);
      expect(readAll(f.path)).toBe("data");
      expect(fs.statSync(f.path).mode & 0o7777).toBe(0o644);
    } finally {
      mustClose(f.fd);
    }
  });
});

// ---------------------------------------------------------------- fds

describe("Open, Close", () => {
  t("Open returns [fd, null]; the fd names the file; Close closes it; a second Close is EBADF", () => {
    const path = fresh("open");
    const r = Open(path, O_RDWR | O_CREAT | O_EXCL, 0o600);
    expect(r[1]).toBeNull();
    const fd = r[0];
    expect(Number.isInteger(fd) && fd > Stderr).toBe(true);
    expect(fs.readlinkSync(`/proc/self/fd/${fd}`)).toBe(path);
    expect(fdFlags(fd) & 3).toBe(O_RDWR);
    expect(cloexec(fd)).toBe(false);
    expect(Close(fd)).toBeNull();
    expect(isOpen(fd)).toBe(false);
    expect(Close(fd)).toBe(EBADF);
    expect(fs.statSync(path).isFile()).toBe(true);
  });

  t("perm is masked by the umask; O_CLOEXEC sets FD_CLOEXEC", () => {
    const old = Umask(0o027);
    try {
      const path = fresh("perm");
      const fd = mustOpen(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o777);
      expect(cloexec(fd)).toBe(true);
      expect(fdFlags(fd) & 3).toBe(O_WRONLY);
      mustClose(fd);
      expect(fs.statSync(path).mode & 0o7777).toBe(0o750);
    } finally {
      expect(Umask(old)).toBe(0o027);
    }
  });

  t("O_CREAT|O_EXCL on an existing file is EEXIST; a missing file is ENOENT; O_DIRECTORY on a file is ENOTDIR; a directory for writing is EISDIR", () => {
    const f = tempFile("x");
    mustClose(f.fd);
    expect(Open(f.path, O_RDWR | O_CREAT | O_EXCL, 0o644)).toEqual([-1, EEXIST]);
    expect(Open(f.path, O_RDWR | O_CREAT | O_EXCL, 0o644)[1]).toBe(EEXIST);
    expect(Open(join(dir, "missing"), O_RDONLY, 0)[1]).toBe(ENOENT);
    expect(Open(join(dir, "missing", "deeper"), O_RDWR | O_CREAT, 0o644)[1]).toBe(ENOENT);
    expect(Open(f.path, O_RDONLY | O_DIRECTORY, 0)).toEqual([-1, ENOTDIR]);
    expect(Open(dir, O_WRONLY, 0)).toEqual([-1, EISDIR]);
    expect(Open(`${f.path}/x`, O_RDONLY, 0)[1]).toBe(ENOTDIR);
  });

  t("Stdin, Stdout, Stderr are 0, 1, 2", () => {
    expect([Stdin, Stdout, Stderr]).toEqual([0, 1, 2]);
  });
});

describe("Read, Write, Pread, Pwrite, Seek", () => {
  t("Write then Read round-trips; Read at EOF is [0, null]", () => {
    const f = tempFile("");
    try {
      expect(Write(f.fd, bytes("hello, world"))).toEqual([12, null]);
      expect(readAll(f.path)).toBe("hello, world");
      expect(Seek(f.fd, 0, SEEK_SET)).toEqual([0, null]);
      const buf = new Uint8Array(64);
      expect(Read(f.fd, buf)).toEqual([12, null]);
      expect(dec.decode(buf.subarray(0, 12))).toBe("hello, world");
      expect(buf[12]).toBe(0);
      expect(Read(f.fd, buf)).toEqual([0, null]);
      expect(Read(f.fd, buf)).toEqual([0, null]);
    } finally {
      mustClose(f.fd);
    }
  });

  t("zero-length buffers read and write nothing and do not move the offset", () => {
    const f = tempFile("abc");
    try {
      expect(Read(f.fd, new Uint8Array(0))).toEqual([0, null]);
      expect(Write(f.fd, new Uint8Array(0))).toEqual([0, null]);
      expect(Pread(f.fd, new Uint8Array(0), 1)).toEqual([0, null]);
      expect(Pwrite(f.fd, new Uint8Array(0), 1)).toEqual([0, null]);
      expect(Read(f.fd, new Uint8Array(8).subarray(8))).toEqual([0, null]);
      expect(Seek(f.fd, 0, SEEK_CUR)).toEqual([0, null]);
      expect(readAll(f.path)).toBe("abc");
      // An empty slice is still checked against the fd.
      expect(Write(closedFd(), new Uint8Array(0))[1]).toBe(EBADF);
    } finally {
      mustClose(f.fd);
    }
  });

  t("a subarray with a non-zero byteOffset reads into and writes from the right bytes", () => {
    const f = tempFile("0123456789");
    try {
      const backing = new Uint8Array(16).fill(0xaa);
      const sub = backing.subarray(5, 9);
      expect(sub.byteOffset).toBe(5);
      expect(Read(f.fd, sub)).toEqual([4, null]);
      expect([...backing]).toEqual([0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0x30, 0x31, 0x32, 0x33, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa]);

      const src = bytes("abcdefghij");
      expect(Seek(f.fd, 0, SEEK_SET)).toEqual([0, null]);
      expect(Write(f.fd, src.subarray(3, 6))).toEqual([3, null]);
      expect(readAll(f.path)).toBe("def3456789");

      backing.fill(0xaa);
      expect(Pread(f.fd, backing.subarray(10, 13), 6)).toEqual([3, null]);
      expect([...backing.subarray(9, 14)]).toEqual([0xaa, 0x36, 0x37, 0x38, 0xaa]);

      expect(Pwrite(f.fd, src.subarray(7, 10), 1)).toEqual([3, null]);
      expect(readAll(f.path)).toBe("dhij456789");

      // A Buffer from Node's pool has a non-zero byteOffset too.
      const pooled = Buffer.from("XY");
      expect(Pwrite(f.fd, pooled, 8)).toEqual([2, null]);
      expect(readAll(f.path)).toBe("dhij4567XY");
      const out = Buffer.alloc(3);
      expect(Pread(f.fd, out, 0)).toEqual([3, null]);
      expect(out.toString()).toBe("dhi");
    } finally {
      mustClose(f.fd);
    }
  });

  t("Read/Write errno paths: EBADF for the wrong access mode, EISDIR on a directory, EAGAIN on an empty non-blocking pipe", () => {
    const path = fresh("ro");
    fs.writeFileSync(path, "data");
    const ro = mustOpen(path, O_RDONLY);
    const wo = mustOpen(path, O_WRONLY);
    const d = mustOpen(dir, O_RDONLY | O_DIRECTORY);
    const p = [-1, -1];
    expect(Pipe2(p, O_NONBLOCK)).toBeNull();
    try {
      expect(Write(ro, bytes("x"))).toEqual([-1, EBADF]);
      expect(Read(wo, new Uint8Array(4))).toEqual([-1, EBADF]);
      expect(Pwrite(ro, bytes("x"), 0)).toEqual([-1, EBADF]);
      expect(Pread(wo, new Uint8Array(4), 0)).toEqual([-1, EBADF]);
      expect(Read(d, new Uint8Array(4))).toEqual([-1, EISDIR]);
      expect(Pread(d, new Uint8Array(4), 0)).toEqual([-1, EISDIR]);
      expect(Read(p[0]!, new Uint8Array(4))).toEqual([-1, EAGAIN]);
      expect(readAll(path)).toBe("data");
    } finally {
      for (const fd of [ro, wo, d, p[0]!, p[1]!]) mustClose(fd);
    }
  });

  t("Pread/Pwrite leave the file offset alone; offsets past 2**32 work; EINVAL for a negative offset, ESPIPE on a pipe; EOF is [0, null]", () => {
    const f = tempFile("abcdef");
    const p = [-1, -1];
    expect(Pipe(p)).toBeNull();
    try {
      expect(Seek(f.fd, 2, SEEK_SET)).toEqual([2, null]);
      expect(Pwrite(f.fd, bytes("XY"), 4)).toEqual([2, null]);
      const b = new Uint8Array(3);
      expect(Pread(f.fd, b, 3)).toEqual([3, null]);
      expect(dec.decode(b)).toBe("dXY");
      expect(Seek(f.fd, 0, SEEK_CUR)).toEqual([2, null]);
      expect(Pread(f.fd, b, 6)).toEqual([0, null]);
      expect(Pread(f.fd, b, 1000)).toEqual([0, null]);

      const far = 2 ** 33 + 5;
      expect(Pwrite(f.fd, bytes("far"), far)).toEqual([3, null]);
      const st = new Stat_t();
      expect(Fstat(f.fd, st)).toBeNull();
      expect(st.Size).toBe(far + 3);
      expect(Pread(f.fd, b, far)).toEqual([3, null]);
      expect(dec.decode(b)).toBe("far");
      expect(Seek(f.fd, 0, SEEK_CUR)).toEqual([2, null]);

      expect(Pread(f.fd, b, -1)).toEqual([-1, EINVAL]);
      expect(Pwrite(f.fd, b, -1)).toEqual([-1, EINVAL]);
      expect(Pread(p[0]!, b, 0)).toEqual([-1, ESPIPE]);
      expect(Pwrite(p[1]!, b, 0)).toEqual([-1, ESPIPE]);
    } finally {
      mustClose(f.fd);
      mustClose(p[0]!);
      mustClose(p[1]!);
    }
  });

  t("Seek with SEEK_SET, SEEK_CUR, SEEK_END; EINVAL for a negative result or a bad whence; ESPIPE on a pipe", () => {
    const f = tempFile("0123456789");
    const p = [-1, -1];
    expect(Pipe(p)).toBeNull();
    try {
      expect([SEEK_SET, SEEK_CUR, SEEK_END]).toEqual([0, 1, 2]);
      expect(Seek(f.fd, 3, SEEK_SET)).toEqual([3, null]);
      expect(Seek(f.fd, 2, SEEK_CUR)).toEqual([5, null]);
      const b = new Uint8Array(2);
      expect(Read(f.fd, b)).toEqual([2, null]);
      expect(dec.decode(b)).toBe("56");
      expect(Seek(f.fd, -3, SEEK_CUR)).toEqual([4, null]);
      expect(Seek(f.fd, -1, SEEK_END)).toEqual([9, null]);
      expect(Read(f.fd, b)).toEqual([1, null]);
      expect(b[0]).toBe(0x39);
      expect(Seek(f.fd, 0, SEEK_END)).toEqual([10, null]);
      expect(Seek(f.fd, 2 ** 40, SEEK_SET)).toEqual([2 ** 40, null]);
      expect(Seek(f.fd, 1, SEEK_CUR)).toEqual([2 ** 40 + 1, null]);
      expect(Seek(f.fd, 4, SEEK_SET)).toEqual([4, null]);

      expect(Seek(f.fd, -1, SEEK_SET)).toEqual([-1, EINVAL]);
      expect(Seek(f.fd, -5, SEEK_CUR)).toEqual([-1, EINVAL]);
      expect(Seek(f.fd, -11, SEEK_END)).toEqual([-1, EINVAL]);
      expect(Seek(f.fd, 0, 99)).toEqual([-1, EINVAL]);
      expect(Seek(f.fd, 0, -1)).toEqual([-1, EINVAL]);
      expect(Seek(f.fd, 0, SEEK_CUR)).toEqual([4, null]);
      for (const w of [SEEK_SET, SEEK_CUR, SEEK_END]) {
        expect(Seek(p[0]!, 0, w)).toEqual([-1, ESPIPE]);
        expect(Seek(p[1]!, 0, w)).toEqual([-1, ESPIPE]);
      }
    } finally {
      mustClose(f.fd);
      mustClose(p[0]!);
      mustClose(p[1]!);
    }
  });
});

describe("Pipe, Pipe2", () => {
  t("Pipe fills the array in place with [read end, write end]; data flows; no FD_CLOEXEC", () => {
    const p = [-7, -7];
    const same = p;
    expect(Pipe(p)).toBeNull();
    expect(p).toBe(same);
    expect(p.length).toBe(2);
    const [r, w] = p as [number, number];
    let wOpen = true;
    try {
      expect(r).not.toBe(w);
      expect(fs.readlinkSync(`/proc/self/fd/${r}`)).toMatch(/^pipe:\[\d+\]$/);
      expect(fs.readlinkSync(`/proc/self/fd/${r}`)).toBe(fs.readlinkSync(`/proc/self/fd/${w}`));
      expect(fdFlags(r) & 3).toBe(O_RDONLY);
      expect(fdFlags(w) & 3).toBe(O_WRONLY);
      expect(cloexec(r) || cloexec(w)).toBe(false);
      expect(Write(w, bytes("ping"))).toEqual([4, null]);
      const b = new Uint8Array(8);
      expect(Read(r, b)).toEqual([4, null]);
      expect(dec.decode(b.subarray(0, 4))).toBe("ping");
      mustClose(w);
      wOpen = false;
      expect(Read(r, b)).toEqual([0, null]);
    } finally {
      mustClose(r);
      if (wOpen) mustClose(w);
    }
  });

  t("Pipe2(O_CLOEXEC) sets FD_CLOEXEC on both ends; O_NONBLOCK sets O_NONBLOCK", () => {
    const p = [0, 0];
    expect(Pipe2(p, O_CLOEXEC)).toBeNull();
    try {
      expect(cloexec(p[0]!)).toBe(true);
      expect(cloexec(p[1]!)).toBe(true);
      expect(fdFlags(p[0]!) & O_NONBLOCK).toBe(0);
    } finally {
      mustClose(p[0]!);
      mustClose(p[1]!);
    }
    expect(Pipe2(p, O_NONBLOCK | O_CLOEXEC)).toBeNull();
    try {
      expect(fdFlags(p[0]!) & O_NONBLOCK).toBe(O_NONBLOCK);
      expect(fdFlags(p[1]!) & O_NONBLOCK).toBe(O_NONBLOCK);
      expect(cloexec(p[0]!)).toBe(true);
    } finally {
      mustClose(p[0]!);
      mustClose(p[1]!);
    }
  });

  t("a wrong length is EINVAL and opens nothing; bad flags are EINVAL and leave the array alone", () => {
    for (const a of [[], [0], [0, 0, 0]]) {
      const copy = [...a];
      expect(Pipe(a)).toBe(EINVAL);
      expect(Pipe2(a, O_CLOEXEC)).toBe(EINVAL);
      expect(a).toEqual(copy);
    }
    const p = [-5, -6];
    expect(Pipe2(p, 0x7fff0000)).toBe(EINVAL);
    expect(Pipe2(p, O_RDWR)).toBe(EINVAL);
    expect(p).toEqual([-5, -6]);
  });
});

describe("Dup, Dup2, Dup3", () => {
  t("Dup returns a new fd sharing the file offset, without FD_CLOEXEC", () => {
    const path = fresh("dup");
    fs.writeFileSync(path, "abcdef");
    const fd = mustOpen(path, O_RDWR | O_CLOEXEC);
    const [d, err] = Dup(fd);
    expect(err).toBeNull();
    try {
      expect(d).not.toBe(fd);
      expect(fs.readlinkSync(`/proc/self/fd/${d}`)).toBe(path);
      expect(cloexec(d)).toBe(false);
      expect(Seek(fd, 4, SEEK_SET)).toEqual([4, null]);
      expect(Seek(d, 0, SEEK_CUR)).toEqual([4, null]);
    } finally {
      mustClose(d);
      mustClose(fd);
    }
    expect(Dup(fd)).toEqual([-1, EBADF]);
  });

  t("Dup2 replaces newfd and clears FD_CLOEXEC; equal open fds are a no-op; a closed oldfd is EBADF and leaves newfd open", () => {
    const a = tempFile("aaaa");
    const b = tempFile("bbbb");
    try {
      CloseOnExec(b.fd);
      expect(cloexec(b.fd)).toBe(true);
      expect(Dup2(a.fd, b.fd)).toBeNull();
      expect(fs.readlinkSync(`/proc/self/fd/${b.fd}`)).toBe(a.path);
      expect(cloexec(b.fd)).toBe(false);
      expect(Dup2(a.fd, a.fd)).toBeNull();
      expect(isOpen(a.fd)).toBe(true);
      const c = closedFd();
      expect(Dup2(c, c)).toBe(EBADF);
      expect(Dup2(c, b.fd)).toBe(EBADF);
      expect(fs.readlinkSync(`/proc/self/fd/${b.fd}`)).toBe(a.path);
      // A closed newfd is a fine target.
      expect(Dup2(a.fd, c)).toBeNull();
      expect(fs.readlinkSync(`/proc/self/fd/${c}`)).toBe(a.path);
      mustClose(c);
    } finally {
      mustClose(a.fd);
      mustClose(b.fd);
    }
  });

  t("Dup3 honours O_CLOEXEC; equal fds are EINVAL; bad flags are EINVAL", () => {
    const a = tempFile("aaaa");
    const b = tempFile("bbbb");
    try {
      expect(Dup3(a.fd, b.fd, O_CLOEXEC)).toBeNull();
      expect(fs.readlinkSync(`/proc/self/fd/${b.fd}`)).toBe(a.path);
      expect(cloexec(b.fd)).toBe(true);
      expect(Dup3(a.fd, b.fd, 0)).toBeNull();
      expect(cloexec(b.fd)).toBe(false);
      expect(Dup3(a.fd, a.fd, 0)).toBe(EINVAL);
      expect(Dup3(a.fd, a.fd, O_CLOEXEC)).toBe(EINVAL);
      expect(Dup3(a.fd, b.fd, O_NONBLOCK)).toBe(EINVAL);
      expect(isOpen(a.fd)).toBe(true);
    } finally {
      mustClose(a.fd);
      mustClose(b.fd);
    }
  });
});

describe("CloseOnExec, SetNonblock", () => {
  t("CloseOnExec sets FD_CLOEXEC and returns nothing", () => {
    const fd = mustOpen("/dev/null", O_RDONLY);
    try {
      expect(cloexec(fd)).toBe(false);
      expect(CloseOnExec(fd)).toBeUndefined();
      expect(cloexec(fd)).toBe(true);
      CloseOnExec(fd);
      expect(cloexec(fd)).toBe(true);
    } finally {
      mustClose(fd);
    }
  });

  t("SetNonblock sets and clears O_NONBLOCK (seen in fdinfo and as EAGAIN); other flags survive", () => {
    const p = [0, 0];
    expect(Pipe2(p, O_CLOEXEC)).toBeNull();
    const [r, w] = p as [number, number];
    try {
      expect(fdFlags(r) & O_NONBLOCK).toBe(0);
      expect(SetNonblock(r, true)).toBeNull();
      expect(fdFlags(r) & O_NONBLOCK).toBe(O_NONBLOCK);
      expect(cloexec(r)).toBe(true);
      expect(Read(r, new Uint8Array(1))).toEqual([-1, EAGAIN]);
      expect(SetNonblock(r, true)).toBeNull();
      expect(fdFlags(r) & O_NONBLOCK).toBe(O_NONBLOCK);
      expect(SetNonblock(r, false)).toBeNull();
      expect(fdFlags(r) & O_NONBLOCK).toBe(0);
      expect(fdFlags(r) & 3).toBe(O_RDONLY);
      expect(SetNonblock(r, false)).toBeNull();
      expect(fdFlags(w) & O_NONBLOCK).toBe(0);
    } finally {
      mustClose(r);
      mustClose(w);
    }
    expect(SetNonblock(r, true)).toBe(EBADF);
  });

  t("SetNonblock always calls F_SETFL, as Go's: an O_PATH fd (F_GETFL works, F_SETFL is EBADF) fails even when the flag is already as asked", () => {
    const fd = mustOpen("/dev/null", O_PATH | O_CLOEXEC);
    try {
      expect(fdFlags(fd) & O_NONBLOCK).toBe(0);
      expect(SetNonblock(fd, false)).toBe(EBADF);
      expect(SetNonblock(fd, true)).toBe(EBADF);
    } finally {
      mustClose(fd);
    }
  });
});

describe("Fsync, Ftruncate, Fchmod, Chmod", () => {
  t("Fsync succeeds on a file, is EINVAL on a pipe, EBADF on a closed fd", () => {
    const f = tempFile("sync me");
    const p = [0, 0];
    expect(Pipe(p)).toBeNull();
    try {
      expect(Fsync(f.fd)).toBeNull();
      expect(Fsync(p[0]!)).toBe(EINVAL);
    } finally {
      mustClose(f.fd);
      mustClose(p[0]!);
      mustClose(p[1]!);
    }
    expect(Fsync(f.fd)).toBe(EBADF);
  });

  t("Ftruncate shrinks and grows; EINVAL for a negative length or a read-only fd or a pipe", () => {
    const f = tempFile("0123456789");
    const ro = mustOpen(f.path, O_RDONLY);
    const p = [0, 0];
    expect(Pipe(p)).toBeNull();
    try {
      expect(Ftruncate(f.fd, 4)).toBeNull();
      expect(readAll(f.path)).toBe("0123");
      expect(Ftruncate(f.fd, 6)).toBeNull();
      expect(readAll(f.path)).toBe("0123\0\0");
      expect(Ftruncate(f.fd, 2 ** 33)).toBeNull();
      expect(fs.statSync(f.path).size).toBe(2 ** 33);
      expect(Ftruncate(f.fd, 0)).toBeNull();
      expect(fs.statSync(f.path).size).toBe(0);
      expect(Ftruncate(f.fd, -1)).toBe(EINVAL);
      expect(Ftruncate(ro, 1)).toBe(EINVAL);
      expect(Ftruncate(p[1]!, 0)).toBe(EINVAL);
      expect(fs.statSync(f.path).size).toBe(0);
    } finally {
      for (const fd of [f.fd, ro, p[0]!, p[1]!]) mustClose(fd);
    }
  });

  t("Fchmod and Chmod set the mode bits (node:fs agrees); ENOENT, ENOTDIR, EBADF on an O_PATH fd", () => {
    const f = tempFile("m", 0o644);
    try {
      expect(Fchmod(f.fd, 0o600)).toBeNull();
      expect(fs.statSync(f.path).mode & 0o7777).toBe(0o600);
      expect(Fchmod(f.fd, 0o4751)).toBeNull();
      expect(fs.statSync(f.path).mode & 0o7777).toBe(0o4751);
      expect(Chmod(f.path, 0o640)).toBeNull();
      expect(fs.statSync(f.path).mode & 0o7777).toBe(0o640);
      expect(Chmod(f.path, 0o1777)).toBeNull();
      expect(fs.statSync(f.path).mode & 0o7777).toBe(0o1777);
      // Chmod follows a symlink.
      const link = fresh("chmodlink");
      fs.symlinkSync(f.path, link);
      expect(Chmod(link, 0o604)).toBeNull();
      expect(fs.statSync(f.path).mode & 0o7777).toBe(0o604);
      expect(Chmod(join(dir, "missing"), 0o644)).toBe(ENOENT);
      expect(Chmod(`${f.path}/sub`, 0o644)).toBe(ENOTDIR);
      const opath = mustOpen(f.path, O_PATH);
      try {
        expect(Fchmod(opath, 0o600)).toBe(EBADF);
      } finally {
        mustClose(opath);
      }
      expect(fs.statSync(f.path).mode & 0o7777).toBe(0o604);
    } finally {
      mustClose(f.fd);
    }
  });
});

// ---------------------------------------------------------------- cwd

describe("Chdir, Fchdir, Getcwd, Getwd", () => {
  let orig = "";
  beforeAll(() => {
    orig = process.cwd();
  });
  afterAll(() => process.chdir(orig));

  t("Chdir changes the process's directory; Getwd and Getcwd report it", () => {
    const d = fresh("cwd-é");
    fs.mkdirSync(d);
    fs.writeFileSync(join(d, "marker"), "here");
    try {
      process.cwd(); // Bun caches it from here on
      expect(Chdir(d)).toBeNull();
      expect(kernelCwd()).toBe(d);
      // Bun's own view follows: process.cwd() and what path.resolve makes of a relative path.
      expect([process.cwd(), resolve("marker")]).toEqual([d, join(d, "marker")]);
      const [m, merr] = Open("marker", O_RDONLY, 0);
      expect(merr).toBeNull();
      mustClose(m);
      expect(Getwd()).toEqual([d, null]);
      const buf = new Uint8Array(4096).fill(0xff);
      const want = Buffer.from(d);
      const [n, err] = Getcwd(buf);
      expect(err).toBeNull();
      expect(n).toBe(want.length + 1);
      expect(Buffer.from(buf.subarray(0, n - 1)).equals(want)).toBe(true);
      expect(buf[n - 1]).toBe(0);
      expect(buf[n]).toBe(0xff);
      // Relative Chdir.
      fs.mkdirSync(join(d, "sub"));
      expect(Chdir("sub")).toBeNull();
      expect(Getwd()).toEqual([join(d, "sub"), null]);
      expect(Chdir("..")).toBeNull();
      expect(Getwd()).toEqual([d, null]);
    } finally {
      process.chdir(orig);
    }
    expect(Getwd()).toEqual([orig, null]);
  });

  t("Getwd equals process.cwd(); Getcwd into a subarray writes at its offset", () => {
    expect(Getwd()).toEqual([process.cwd(), null]);
    const backing = new Uint8Array(4200).fill(0xee);
    const sub = backing.subarray(7);
    const [n, err] = Getcwd(sub);
    expect(err).toBeNull();
    const want = Buffer.from(process.cwd());
    expect(n).toBe(want.length + 1);
    expect(backing[6]).toBe(0xee);
    expect(Buffer.from(backing.subarray(7, 7 + want.length)).equals(want)).toBe(true);
    expect(backing[7 + want.length]).toBe(0);
  });

  t("Getcwd is ERANGE for a buffer too small (the NUL counts), or empty", () => {
    const cwd = Buffer.from(process.cwd());
    expect(Getcwd(new Uint8Array(cwd.length))).toEqual([-1, ERANGE]);
    expect(Getcwd(new Uint8Array(1))).toEqual([-1, ERANGE]);
    expect(Getcwd(new Uint8Array(0))).toEqual([-1, ERANGE]);
    expect(Getcwd(new Uint8Array(cwd.length + 1))).toEqual([cwd.length + 1, null]);
  });

  t("Getwd and Getcwd are ENOENT once the current directory is removed", () => {
    const d = fresh("gone");
    fs.mkdirSync(d);
    try {
      expect(Chdir(d)).toBeNull();
      expect(Rmdir(d)).toBeNull();
      expect(Getwd()).toEqual(["", ENOENT]);
      expect(Getcwd(new Uint8Array(4096))).toEqual([-1, ENOENT]);
    } finally {
      process.chdir(orig);
    }
    expect(Getwd()).toEqual([orig, null]);
  });

  t("Chdir errno paths: ENOENT, ENOTDIR; the cwd is unchanged", () => {
    const f = tempFile("x");
    mustClose(f.fd);
    expect(Chdir(join(dir, "missing"))).toBe(ENOENT);
    expect(Chdir(f.path)).toBe(ENOTDIR);
    expect(Chdir("")).toBe(ENOENT);
    expect(kernelCwd()).toBe(orig);
  });

  const overmountReason = !isRoot ? "needs root to mount in a new mount namespace" : Bun.spawnSync(["unshare", "-m", "true"]).exitCode === 0 ? null : "unshare -m is not available";
  test.skipIf(overmountReason !== null)(`Fchdir into a directory whose path a mount has since covered: the process is in the fd's directory (telling Bun by path does not move it)${overmountReason ? ` [skipped: ${overmountReason}]` : ""}`, () => {
    const d = fresh("overmount");
    fs.mkdirSync(join(d, "x", "a"), { recursive: true });
    fs.writeFileSync(join(d, "x", "a", "ORIGINAL"), "");
    const src = join(import.meta.dir, "..", "src", "index.ts");
    const script = `import * as S from ${JSON.stringify(src)};
      import * as fs from "node:fs";
      import { execSync } from "node:child_process";
      process.cwd();
      const [fd] = S.Open(${JSON.stringify(join(d, "x", "a"))}, S.O_RDONLY | S.O_DIRECTORY, 0);
      execSync("mount -t tmpfs none ${join(d, "x")} && mkdir ${join(d, "x", "a")} && touch ${join(d, "x", "a", "IMPOSTOR")}");
      const err = S.Fchdir(fd);
      console.log(JSON.stringify({ err, here: fs.readdirSync(".") }));`;
    const r = Bun.spawnSync(["unshare", "-m", "--propagation", "private", process.execPath, "-e", script], { stdout: "pipe", stderr: "pipe", timeout: 20000 });
    expect(r.stderr.toString()).toBe("");
    expect(JSON.parse(r.stdout.toString())).toEqual({ err: null, here: ["ORIGINAL"] });
  });

  t("Fchdir moves to an open directory; ENOTDIR on a file fd", () => {
    const d = fresh("fchdir");
    fs.mkdirSync(d);
    const dfd = mustOpen(d, O_RDONLY | O_DIRECTORY);
    const f = tempFile("x");
    try {
      process.cwd();
      expect(Fchdir(dfd)).toBeNull();
      expect(kernelCwd()).toBe(d);
      expect(Getwd()).toEqual([d, null]);
      expect(process.cwd()).toBe(d);
      expect(Fchdir(f.fd)).toBe(ENOTDIR);
      expect(Getwd()).toEqual([d, null]);
    } finally {
      process.chdir(orig);
      mustClose(dfd);
      mustClose(f.fd);
    }
  });
});

// ---------------------------------------------------------------- stat

describe("Stat, Lstat, Fstat, Fstatat agree with node:fs field by field", () => {
  function ours(st: Stat_t) {
    return {
      dev: st.Dev, ino: st.Ino, mode: BigInt(st.Mode), nlink: BigInt(st.Nlink), uid: BigInt(st.Uid), gid: BigInt(st.Gid),
      rdev: st.Rdev, size: BigInt(st.Size), blksize: BigInt(st.Blksize), blocks: BigInt(st.Blocks),
      atimeNs: st.Atim.Nano(), mtimeNs: st.Mtim.Nano(), ctimeNs: st.Ctim.Nano(),
    };
  }
  function theirs(s: fs.BigIntStats) {
    return {
      dev: s.dev, ino: s.ino, mode: s.mode, nlink: s.nlink, uid: s.uid, gid: s.gid,
      rdev: s.rdev, size: s.size, blksize: s.blksize, blocks: s.blocks,
      atimeNs: s.atimeNs, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs,
    };
  }
  /** Runs ours between two node:fs stats and compares once those two agree (guards a concurrent atime update). */
  function agree(call: (st: Stat_t) => Errno | null, ref: () => fs.BigIntStats, type: number) {
    for (let i = 0; ; i++) {
      const before = theirs(ref());
      const st = new Stat_t();
      expect(call(st)).toBeNull();
      const after = theirs(ref());
      if (Bun.deepEquals(before, after) || i === 4) {
        expect(typeof st.Dev).toBe("bigint");
        expect(typeof st.Ino).toBe("bigint");
        expect(typeof st.Rdev).toBe("bigint");
        for (const ts of [st.Atim, st.Mtim, st.Ctim]) {
          expect(Number.isInteger(ts.Sec) && Number.isInteger(ts.Nsec)).toBe(true);
          expect(ts.Nsec >= 0 && ts.Nsec < 1e9).toBe(true);
        }
        expect(st.Mode & S_IFMT).toBe(type);
        expect(ours(st)).toEqual(before);
        return st;
      }
    }
  }

  let file = "", sdir = "", link = "", fifo = "";
  beforeAll(() => {
    sdir = fresh("statdir");
    fs.mkdirSync(sdir);
    file = join(sdir, "file");
    fs.writeFileSync(file, "x".repeat(10000));
    link = join(sdir, "link");
    fs.symlinkSync("file", link);
    fifo = join(sdir, "fifo");
    expect(Mkfifo(fifo, 0o640)).toBeNull();
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });

  const kinds = () => [
    { name: "regular file", path: file, type: S_IFREG, ltype: S_IFREG },
    { name: "directory", path: sdir, type: S_IFDIR, ltype: S_IFDIR },
    { name: "symlink", path: link, type: S_IFREG, ltype: S_IFLNK },
    { name: "/dev/null", path: "/dev/null", type: S_IFCHR, ltype: S_IFCHR },
    { name: "FIFO", path: fifo, type: S_IFIFO, ltype: S_IFIFO },
  ];

  t("the kinds under test have the expected types", () => {
    expect(kinds().map((k) => k.ltype)).toEqual([S_IFREG, S_IFDIR, S_IFLNK, S_IFCHR, S_IFIFO]);
  });

  for (const kindName of ["regular file", "directory", "symlink", "/dev/null", "FIFO"]) {
    t(`${kindName}: Stat = statSync, Lstat = lstatSync`, () => {
      const k = kinds().find((x) => x.name === kindName)!;
      agree((st) => Stat(k.path, st), () => fs.statSync(k.path, { bigint: true }), k.type);
      const l = agree((st) => Lstat(k.path, st), () => fs.lstatSync(k.path, { bigint: true }), k.ltype);
      if (k.ltype === S_IFLNK) expect(l.Size).toBe(4); // "file"
      if (k.path === "/dev/null") expect(l.Rdev).toBe(259n); // makedev(1, 3)
    });

    t(`${kindName}: Fstat = statSync (O_PATH|O_NOFOLLOW fd of a symlink = lstatSync)`, () => {
      const k = kinds().find((x) => x.name === kindName)!;
      const mode = k.ltype === S_IFLNK ? O_PATH | O_NOFOLLOW : k.ltype === S_IFIFO ? O_RDONLY | O_NONBLOCK : O_RDONLY;
      const fd = mustOpen(k.path, mode | O_CLOEXEC);
      try {
        const ref = k.ltype === S_IFLNK ? () => fs.lstatSync(k.path, { bigint: true }) : () => fs.statSync(k.path, { bigint: true });
        agree((st) => Fstat(fd, st), ref, k.ltype);
        if (k.ltype === S_IFLNK) {
          // The followed fd describes the target.
          const fd2 = mustOpen(k.path, O_RDONLY);
          try {
            agree((st) => Fstat(fd2, st), () => fs.statSync(k.path, { bigint: true }), S_IFREG);
          } finally {
            mustClose(fd2);
          }
        }
        // Fstatat with AT_EMPTY_PATH describes the fd itself.
        agree((st) => Fstatat(fd, "", st, AT_EMPTY_PATH), ref, k.ltype);
      } finally {
        mustClose(fd);
      }
    });

    t(`${kindName}: Fstatat with a dirfd and with AT_FDCWD, following and not following`, () => {
      const k = kinds().find((x) => x.name === kindName)!;
      const parent = k.path === "/dev/null" ? "/dev" : sdir;
      const base = k.path === sdir ? "." : k.path.slice(parent.length + 1);
      const dfd = mustOpen(parent, O_RDONLY | O_DIRECTORY);
      try {
        agree((st) => Fstatat(dfd, base, st, 0), () => fs.statSync(k.path, { bigint: true }), k.type);
        agree((st) => Fstatat(dfd, base, st, AT_SYMLINK_NOFOLLOW), () => fs.lstatSync(k.path, { bigint: true }), k.ltype);
        agree((st) => Fstatat(AT_FDCWD, k.path, st, 0), () => fs.statSync(k.path, { bigint: true }), k.type);
        agree((st) => Fstatat(AT_FDCWD, k.path, st, AT_SYMLINK_NOFOLLOW), () => fs.lstatSync(k.path, { bigint: true }), k.ltype);
        // A bad dirfd is ignored for an absolute path, as openat does.
        agree((st) => Fstatat(-1, k.path, st, 0), () => fs.statSync(k.path, { bigint: true }), k.type);
      } finally {
        mustClose(dfd);
      }
    });
  }

  t("a Stat_t reused for another file is overwritten in every field", () => {
    const st = new Stat_t();
    expect(Stat("/dev/null", st)).toBeNull();
    expect(Stat(file, st)).toBeNull();
    const s = fs.statSync(file, { bigint: true });
    expect(ours(st)).toEqual(theirs(s));
    expect(st.Rdev).toBe(0n);
  });

  t("errno paths: ENOENT (also through a dangling symlink), ENOTDIR, EBADF for a relative path on a closed dirfd, EINVAL for bad flags", () => {
    const st = new Stat_t();
    const dangling = join(sdir, "dangling");
    fs.symlinkSync("nowhere", dangling);
    expect(Stat(join(sdir, "missing"), st)).toBe(ENOENT);
    expect(Lstat(join(sdir, "missing"), st)).toBe(ENOENT);
    expect(Stat(`${file}/x`, st)).toBe(ENOTDIR);
    expect(Stat(dangling, st)).toBe(ENOENT);
    expect(Lstat(dangling, st)).toBeNull();
    expect(st.Mode & S_IFMT).toBe(S_IFLNK);
    expect(Stat("", st)).toBe(ENOENT);
    expect(Fstatat(AT_FDCWD, join(sdir, "missing"), st, 0)).toBe(ENOENT);
    expect(Fstatat(AT_FDCWD, dangling, st, 0)).toBe(ENOENT);
    expect(Fstatat(AT_FDCWD, dangling, st, AT_SYMLINK_NOFOLLOW)).toBeNull();
    expect(Fstatat(AT_FDCWD, file, st, 0x1)).toBe(EINVAL);
    const fd = mustOpen(file, O_RDONLY);
    try {
      expect(Fstatat(fd, "x", st, 0)).toBe(ENOTDIR);
      expect(Fstatat(fd, "", st, 0)).toBe(ENOENT);
    } finally {
      mustClose(fd);
    }
    expect(Fstatat(closedFd(), "file", st, 0)).toBe(EBADF);
    expect(Fstat(closedFd(), st)).toBe(EBADF);
    fs.unlinkSync(dangling);
  });
});

describe("Stat decodes words with the top bit set", () => {
  // The kernel's struct is read as signed 32-bit words: an unsigned field
  // (Mode, Uid, Gid, the low word of Size or a time) whose top bit is set
  // must not come out negative, and a time before 1970 must.
  const big = 2 ** 40 + 2 ** 31 + 5; // its low word has bit 31 set
  t("Size past 2^40 with bit 31 of its low word set, and a time before 1970, and one past 2038", () => {
    const f = fresh("topbit");
    fs.writeFileSync(f, "");
    fs.truncateSync(f, big);
    fs.utimesSync(f, new Date(Date.UTC(1950, 0, 1, 0, 0, 1, 500)), new Date(Date.UTC(2100, 0, 1)));
    const st = new Stat_t();
    expect(Stat(f, st)).toBeNull();
    const want = fs.statSync(f, { bigint: true });
    expect(st.Size).toBe(big);
    expect(BigInt(st.Size)).toBe(want.size);
    expect(st.Atim.Sec).toBe(Date.UTC(1950, 0, 1, 0, 0, 1) / 1000);
    expect(st.Atim.Nsec).toBe(500_000_000);
    expect(st.Atim.Nano()).toBe(want.atimeNs);
    // 2100 is past a 32-bit time: a file system that stores 32 bits (ext4 with
    // 128-byte inodes) clamps it, and Stat must say what the kernel says.
    expect(st.Mtim.Sec).toBe(Number(want.mtimeNs / 1_000_000_000n));
    expect(st.Mtim.Nano()).toBe(want.mtimeNs);
    expect(st.Blocks).toBe(Number(want.blocks));
    fs.unlinkSync(f);
  });
  test.skipIf(!isRoot)(`Uid and Gid of 2^31 and more${isRoot ? "" : " [skipped: chown to another uid needs root]"}`, () => noFdLeak(() => {
    const f = fresh("topbit-ids");
    fs.writeFileSync(f, "x");
    fs.chownSync(f, 3_000_000_000, 4_294_967_294);
    const st = new Stat_t();
    expect(Lstat(f, st)).toBeNull();
    expect(st.Uid).toBe(3_000_000_000);
    expect(st.Gid).toBe(4_294_967_294);
    fs.unlinkSync(f);
  }));
});

describe("the two ways Stat can reach newfstatat: libc's fstatat and syscall(2)", () => {
  // Stat calls the C library's fstatat(3) where it has the symbol and
  // syscall(2) where it does not (glibc < 2.33): both must fill the same
  // struct and fail with the same errno, on this machine's C library.
  const fstatat = bindOptional("fstatat", { args: ["i32", "ptr", "ptr", "i32"], returns: "i32" }) as
    | ((d: number, p: Uint8Array, b: Uint8Array, fl: number) => number)
    | null;
  const z = (s: string) => new TextEncoder().encode(`${s}\0`);
  test.skipIf(fstatat === null)(`the same bytes for a file, a symlink with and without AT_SYMLINK_NOFOLLOW, and the same errno${fstatat === null ? " [skipped: this C library has no fstatat symbol]" : ""}`, () => noFdLeak(() => {
    const file = fresh("both");
    fs.writeFileSync(file, "12345");
    const link = `${file}.lnk`;
    fs.symlinkSync(file, link);
    try {
      for (const [path, flags] of [[file, 0], [link, 0], [link, AT_SYMLINK_NOFOLLOW]] as const) {
        const a = newStatBuffer(), b = newStatBuffer();
        expect(fstatat!(AT_FDCWD, z(path), a.bytes, flags)).toBe(0);
        expect(statAtSyscall(AT_FDCWD, z(path), b.bytes, flags)).toBe(0);
        expect([...a.bytes.subarray(0, STAT.size)]).toEqual([...b.bytes.subarray(0, STAT.size)]);
      }
      const l = newStatBuffer(), f = newStatBuffer();
      fstatat!(AT_FDCWD, z(link), l.bytes, AT_SYMLINK_NOFOLLOW);
      fstatat!(AT_FDCWD, z(file), f.bytes, 0);
      expect([...l.bytes]).not.toEqual([...f.bytes]);
      for (const [path, flags, want] of [[`${file}.missing`, 0, ENOENT], [file, 0x1, EINVAL], [`${file}/x`, 0, ENOTDIR]] as const) {
        const x = newStatBuffer();
        expect(fstatat!(AT_FDCWD, z(path), x.bytes, flags)).toBe(-1);
        expect(errno()).toBe(Number(want));
        expect(statAtSyscall(AT_FDCWD, z(path), x.bytes, flags)).toBe(-1);
        expect(errno()).toBe(Number(want));
      }
    } finally {
      fs.unlinkSync(link);
    }
  }));
  t("bindOptional gives null for a symbol the C library lacks, and a working function for one it has", () => {
    expect(bindOptional("bun_syscall_no_such_symbol", { args: [], returns: "i32" })).toBeNull();
    const getpid = bindOptional("getpid", { args: [], returns: "i32" }) as () => number;
    expect(getpid()).toBe(process.pid);
  });
});

describe("Stat re-entered from the Stat_t being filled", () => {
  t("a setter of st that calls Stat on another file does not mix that file's fields into st (Size came from the inner call)", () => {
    const big = fresh("big"), small = fresh("small");
    fs.writeFileSync(big, "x".repeat(5000));
    fs.writeFileSync(small, "y");
    const st = new Stat_t();
    let uid = -1;
    let inner: Stat_t | null = null;
    Object.defineProperty(st, "Uid", {
      get: () => uid,
      set(v: number) {
        uid = v;
        inner = new Stat_t();
        expect(Stat(small, inner)).toBeNull();
      },
    });
    expect(Stat(big, st)).toBeNull();
    expect(inner!.Size).toBe(1);
    const want = fs.statSync(big, { bigint: true });
    expect(st.Size).toBe(5000);
    expect(st.Ino).toBe(want.ino);
    expect(st.Mtim.Nano()).toBe(want.mtimeNs);
    // The inner call filled its own from a buffer of its own, and the next plain call still works.
    const again = new Stat_t();
    expect(Stat(small, again)).toBeNull();
    expect(again.Size).toBe(1);
  });

  t("Atim, Mtim and Ctim are filled in place: an accessor on them whose setter throws is never set (the fuzzer's seed 29506 took it for invalid input)", () => {
    const f = fresh("times");
    fs.writeFileSync(f, "t");
    fs.utimesSync(f, 1000.25, 2000.5);
    const st = new Stat_t();
    const kept = { Atim: st.Atim, Mtim: st.Mtim, Ctim: st.Ctim };
    for (const k of ["Atim", "Mtim", "Ctim"] as const) {
      Object.defineProperty(st, k, { get: () => kept[k], set: () => { throw new Error(`${k} set`); } });
    }
    expect(Stat(f, st)).toBeNull();
    const want = fs.statSync(f, { bigint: true });
    expect(kept.Atim.Nano()).toBe(want.atimeNs);
    expect(kept.Mtim.Nano()).toBe(want.mtimeNs);
    expect(kept.Ctim.Nano()).toBe(want.ctimeNs);
    expect(kept.Mtim.Sec).toBe(2000);
    // A field holding no Timespec is replaced, so there the setter runs and its throw reaches the caller.
    const other = new Stat_t();
    Object.defineProperty(other, "Ctim", { get: () => 7, set: () => { throw new Error("Ctim set"); } });
    expect(() => Stat(f, other)).toThrow("Ctim set");
  });
});

// ---------------------------------------------------------------- names

describe("Mkdir, Rmdir, Unlink, Rename", () => {
  t("Mkdir creates a directory with mode & ~umask; EEXIST, ENOENT, ENOTDIR", () => {
    const old = Umask(0o022);
    try {
      const d = fresh("mkdir");
      expect(Mkdir(d, 0o775)).toBeNull();
      const s = fs.statSync(d);
      expect(s.isDirectory()).toBe(true);
      expect(s.mode & 0o7777).toBe(0o755);
      expect(Mkdir(d, 0o755)).toBe(EEXIST);
      expect(Mkdir(join(dir, "missing", "x"), 0o755)).toBe(ENOENT);
      const f = tempFile("x");
      mustClose(f.fd);
      expect(Mkdir(`${f.path}/x`, 0o755)).toBe(ENOTDIR);
      expect(Mkdir(f.path, 0o755)).toBe(EEXIST);
    } finally {
      Umask(old);
    }
  });

  t("Rmdir removes an empty directory; ENOTEMPTY, ENOENT, ENOTDIR", () => {
    const d = fresh("rmdir");
    fs.mkdirSync(d);
    fs.writeFileSync(join(d, "child"), "");
    expect(Rmdir(d)).toBe(ENOTEMPTY);
    expect(fs.existsSync(d)).toBe(true);
    fs.unlinkSync(join(d, "child"));
    expect(Rmdir(d)).toBeNull();
    expect(fs.existsSync(d)).toBe(false);
    expect(Rmdir(d)).toBe(ENOENT);
    const f = tempFile("x");
    mustClose(f.fd);
    expect(Rmdir(f.path)).toBe(ENOTDIR);
    expect(fs.existsSync(f.path)).toBe(true);
  });

  t("Unlink removes a file (an open fd keeps it readable); ENOENT, EISDIR", () => {
    const f = tempFile("still here");
    try {
      expect(Unlink(f.path)).toBeNull();
      expect(fs.existsSync(f.path)).toBe(false);
      const b = new Uint8Array(10);
      expect(Pread(f.fd, b, 0)).toEqual([10, null]);
      expect(dec.decode(b)).toBe("still here");
      expect(Unlink(f.path)).toBe(ENOENT);
      const d = fresh("unlinkdir");
      fs.mkdirSync(d);
      expect(Unlink(d)).toBe(EISDIR);
      expect(fs.existsSync(d)).toBe(true);
      // Unlink removes a symlink, not its target.
      const target = tempFile("t");
      mustClose(target.fd);
      const l = fresh("unlinklink");
      fs.symlinkSync(target.path, l);
      expect(Unlink(l)).toBeNull();
      expect(fs.existsSync(target.path)).toBe(true);
    } finally {
      mustClose(f.fd);
    }
  });

  t("Rename moves a file and replaces the target; ENOENT, ENOTEMPTY, EISDIR, ENOTDIR", () => {
    const a = tempFile("A");
    const b = tempFile("B");
    mustClose(a.fd);
    mustClose(b.fd);
    const ino = fs.statSync(a.path).ino;
    expect(Rename(a.path, b.path)).toBeNull();
    expect(fs.existsSync(a.path)).toBe(false);
    expect(readAll(b.path)).toBe("A");
    expect(fs.statSync(b.path).ino).toBe(ino);
    expect(Rename(a.path, join(dir, "whatever"))).toBe(ENOENT);
    const d1 = fresh("rd1"), d2 = fresh("rd2");
    fs.mkdirSync(d1);
    fs.mkdirSync(d2);
    fs.writeFileSync(join(d2, "x"), "");
    expect(Rename(d1, d2)).toBe(ENOTEMPTY);
    expect(Rename(b.path, d1)).toBe(EISDIR);
    expect(Rename(d1, b.path)).toBe(ENOTDIR);
    expect(Rename(b.path, join(dir, "missing", "x"))).toBe(ENOENT);
    expect(readAll(b.path)).toBe("A");
  });
});

describe("Symlink, Readlink, Link", () => {
  t("Readlink: a buf with a Proxy in its prototype chain (whose trap would call Readlink on another link) runs no trap and reads the link asked for", () => {
    const a = fresh("rl-a"), b = fresh("rl-b");
    expect(Symlink("AAAA", a)).toBeNull();
    expect(Symlink("BBBB", b)).toBeNull();
    const buf = new Uint8Array(16);
    let ran = 0;
    Object.setPrototypeOf(buf, new Proxy(Uint8Array.prototype, {
      getPrototypeOf(target) {
        ran++;
        Readlink(b, new Uint8Array(16)); // refills the scratch buffer a path is encoded into
        return Reflect.getPrototypeOf(target);
      },
    }));
    const [n, err] = Readlink(a, buf);
    // The checks ask the engine, not the object: no code of the caller's runs between them and the call.
    expect(ran).toBe(0);
    expect(err).toBeNull();
    expect(Buffer.from(new Uint8Array(buf.buffer, 0, n)).toString()).toBe("AAAA");
  });

  t("Symlink makes newpath point at oldpath; Readlink reads it back; EEXIST, ENOENT", () => {
    const l = fresh("sym");
    expect(Symlink("some/target ✓", l)).toBeNull();
    expect(fs.readlinkSync(l)).toBe("some/target ✓");
    const buf = new Uint8Array(64).fill(0xcc);
    const want = Buffer.from("some/target ✓");
    const [n, err] = Readlink(l, buf);
    expect(err).toBeNull();
    expect(n).toBe(want.length);
    expect(Buffer.from(buf.subarray(0, n)).equals(want)).toBe(true);
    expect(buf[n]).toBe(0xcc); // no NUL appended
    expect(Symlink("other", l)).toBe(EEXIST);
    expect(Symlink("x", join(dir, "missing", "l"))).toBe(ENOENT);
    expect(fs.readlinkSync(l)).toBe("some/target ✓");
  });

  t("Readlink truncates to the buffer, writes at a subarray's offset; EINVAL on a non-link or an empty buffer; ENOENT", () => {
    const l = fresh("sym");
    fs.symlinkSync("0123456789", l);
    const b = new Uint8Array(4);
    expect(Readlink(l, b)).toEqual([4, null]);
    expect(dec.decode(b)).toBe("0123");
    const backing = new Uint8Array(20).fill(0xcc);
    expect(Readlink(l, backing.subarray(5, 15))).toEqual([10, null]);
    expect(backing[4]).toBe(0xcc);
    expect(dec.decode(backing.subarray(5, 15))).toBe("0123456789");
    expect(backing[15]).toBe(0xcc);
    expect(Readlink(l, new Uint8Array(0))).toEqual([-1, EINVAL]);
    const f = tempFile("x");
    mustClose(f.fd);
    expect(Readlink(f.path, new Uint8Array(16))).toEqual([-1, EINVAL]);
    expect(Readlink(join(dir, "missing"), new Uint8Array(16))).toEqual([-1, ENOENT]);
  });

  t("Link makes a hard link (same inode, nlink 2); EEXIST, ENOENT, and links a symlink itself", () => {
    const f = tempFile("hard");
    mustClose(f.fd);
    const l = fresh("hard");
    expect(Link(f.path, l)).toBeNull();
    const a = fs.statSync(f.path), b = fs.statSync(l);
    expect(b.ino).toBe(a.ino);
    expect(a.nlink).toBe(2);
    expect(Link(f.path, l)).toBe(EEXIST);
    expect(Link(join(dir, "missing"), fresh("x"))).toBe(ENOENT);
    // Go's Link does not follow a final symlink (linkat flags 0).
    const s = fresh("symsrc");
    fs.symlinkSync(f.path, s);
    const l2 = fresh("hardsym");
    expect(Link(s, l2)).toBeNull();
    expect(fs.lstatSync(l2).isSymbolicLink()).toBe(true);
    expect(fs.lstatSync(l2).ino).toBe(fs.lstatSync(s).ino);
  });
});

describe("Mknod, Mkfifo", () => {
  const hasMknod = (() => {
    const m = /^CapEff:\s+([0-9a-f]+)$/m.exec(fs.readFileSync("/proc/self/status", "utf8"));
    return m ? (BigInt(`0x${m[1]}`) & (1n << 27n)) !== 0n : false;
  })();

  t("Mkfifo makes a FIFO with mode & ~umask; EEXIST; ENOENT", () => {
    const old = Umask(0o022);
    try {
      const p = fresh("fifo");
      expect(Mkfifo(p, 0o666)).toBeNull();
      const s = fs.lstatSync(p);
      expect(s.isFIFO()).toBe(true);
      expect(s.mode & 0o7777).toBe(0o644);
      expect(Mkfifo(p, 0o600)).toBe(EEXIST);
      expect(Mkfifo(join(dir, "missing", "f"), 0o600)).toBe(ENOENT);
      // mode is Go's uint32: bit 31 set (which mknodat's mode_t drops) is a FIFO like any other, as Go's Mkfifo makes it.
      const high = fresh("fifo-high");
      expect(Mkfifo(high, 0x800001a4)).toBeNull();
      expect(fs.lstatSync(high).isFIFO()).toBe(true);
      expect(fs.lstatSync(high).mode & 0o7777).toBe(0o644);
      // A FIFO really is one: data passes through it.
      const r = mustOpen(p, O_RDONLY | O_NONBLOCK);
      const w = mustOpen(p, O_WRONLY);
      try {
        expect(Write(w, bytes("fifo"))).toEqual([4, null]);
        const b = new Uint8Array(8);
        expect(Read(r, b)).toEqual([4, null]);
        expect(dec.decode(b.subarray(0, 4))).toBe("fifo");
      } finally {
        mustClose(r);
        mustClose(w);
      }
    } finally {
      Umask(old);
    }
  });

  t("Mknod makes a FIFO and a regular file; EEXIST, ENOENT", () => {
    const p = fresh("nodfifo");
    expect(Mknod(p, S_IFIFO | 0o600, 0)).toBeNull();
    expect(fs.lstatSync(p).isFIFO()).toBe(true);
    expect(Mknod(p, S_IFIFO | 0o600, 0)).toBe(EEXIST);
    const r = fresh("nodreg");
    expect(Mknod(r, S_IFREG | 0o600, 0)).toBeNull();
    expect(fs.lstatSync(r).isFile()).toBe(true);
    expect(fs.lstatSync(r).size).toBe(0);
    expect(Mknod(join(dir, "missing", "n"), S_IFIFO | 0o600, 0)).toBe(ENOENT);
  });

  test.skipIf(!hasMknod)(`Mknod makes a character device with the given dev${hasMknod ? "" : " [skipped: needs CAP_MKNOD]"}`, () =>
    noFdLeak(() => {
      const p = fresh("chr");
      const dev = (1 << 8) | 3; // makedev(1, 3): /dev/null
      expect(Mknod(p, S_IFCHR | 0o600, dev)).toBeNull();
      const s = fs.lstatSync(p, { bigint: true });
      expect(s.isCharacterDevice()).toBe(true);
      expect(s.rdev).toBe(BigInt(dev));
      const st = new Stat_t();
      expect(Lstat(p, st)).toBeNull();
      expect(st.Rdev).toBe(259n);
      expect(st.Mode).toBe(S_IFCHR | 0o600);
    }),
  );
});

describe.skipIf(!isRoot)(`Chown, Lchown, Fchown (as root)${isRoot ? "" : " [skipped: needs root]"}`, () => {
  t("Chown follows symlinks; -1 leaves an id unchanged; ENOENT", () => {
    const f = tempFile("own");
    mustClose(f.fd);
    expect(Chown(f.path, 65534, 65533)).toBeNull();
    expect([fs.statSync(f.path).uid, fs.statSync(f.path).gid]).toEqual([65534, 65533]);
    expect(Chown(f.path, -1, 0)).toBeNull();
    expect([fs.statSync(f.path).uid, fs.statSync(f.path).gid]).toEqual([65534, 0]);
    expect(Chown(f.path, 0, -1)).toBeNull();
    expect([fs.statSync(f.path).uid, fs.statSync(f.path).gid]).toEqual([0, 0]);
    const l = fresh("ownlink");
    fs.symlinkSync(f.path, l);
    expect(Chown(l, 1234, 5678)).toBeNull();
    expect([fs.statSync(f.path).uid, fs.statSync(f.path).gid]).toEqual([1234, 5678]);
    expect(fs.lstatSync(l).uid).toBe(0);
    // Ids past 2**31 pass as unsigned.
    expect(Chown(f.path, 0xfffffffe - 1, -1)).toBeNull();
    expect(fs.statSync(f.path).uid).toBe(0xfffffffe - 1);
    expect(Chown(join(dir, "missing"), 0, 0)).toBe(ENOENT);
    expect(Chown(`${f.path}/x`, 0, 0)).toBe(ENOTDIR);
  });

  t("Lchown changes the symlink itself, not its target; ENOENT", () => {
    const f = tempFile("own");
    mustClose(f.fd);
    const l = fresh("lownlink");
    fs.symlinkSync(f.path, l);
    expect(Lchown(l, 4321, 8765)).toBeNull();
    expect([fs.lstatSync(l).uid, fs.lstatSync(l).gid]).toEqual([4321, 8765]);
    expect([fs.statSync(f.path).uid, fs.statSync(f.path).gid]).toEqual([0, 0]);
    expect(Lchown(l, -1, 1)).toBeNull();
    expect([fs.lstatSync(l).uid, fs.lstatSync(l).gid]).toEqual([4321, 1]);
    expect(Lchown(join(dir, "missing"), 0, 0)).toBe(ENOENT);
  });

  t("Fchown changes an open file; -1 leaves an id; EBADF on an O_PATH fd", () => {
    const f = tempFile("own");
    try {
      expect(Fchown(f.fd, 65534, 65534)).toBeNull();
      expect([fs.statSync(f.path).uid, fs.statSync(f.path).gid]).toEqual([65534, 65534]);
      expect(Fchown(f.fd, -1, 7)).toBeNull();
      expect([fs.statSync(f.path).uid, fs.statSync(f.path).gid]).toEqual([65534, 7]);
      const opath = mustOpen(f.path, O_PATH);
      try {
        expect(Fchown(opath, 0, 0)).toBe(EBADF);
      } finally {
        mustClose(opath);
      }
      expect(fs.statSync(f.path).uid).toBe(65534);
    } finally {
      mustClose(f.fd);
    }
  });
});

describe("Umask", () => {
  t("Umask sets the mask and returns the previous one; it is masked to 0o777", () => {
    const orig = Umask(0o077);
    try {
      expect(Umask(0o022)).toBe(0o077);
      expect(Umask(0o7777)).toBe(0o022);
      expect(Umask(0o027)).toBe(0o777);
      const p = fresh("umask");
      const fd = mustOpen(p, O_CREAT | O_WRONLY, 0o666);
      mustClose(fd);
      expect(fs.statSync(p).mode & 0o777).toBe(0o640);
      expect(Umask(0)).toBe(0o027);
    } finally {
      Umask(orig);
    }
    expect(Umask(orig)).toBe(orig);
  });
});

// ---------------------------------------------------------------- access

describe("Access, Faccessat, faccessatEmulated", () => {
  let f644 = "", f744 = "", f000 = "", f010 = "", sub = "", dangling = "", linkTo644 = "";
  beforeAll(() => {
    sub = fresh("access");
    fs.mkdirSync(sub, { mode: 0o755 });
    const mk = (name: string, mode: number) => {
      const p = join(sub, name);
      fs.writeFileSync(p, "#!/bin/sh\n");
      fs.chmodSync(p, mode);
      return p;
    };
    f644 = mk("f644", 0o644);
    f744 = mk("f744", 0o744);
    f000 = mk("f000", 0o000);
    f010 = mk("f010", 0o010);
    dangling = join(sub, "dangling");
    fs.symlinkSync("nowhere", dangling);
    linkTo644 = join(sub, "link644");
    fs.symlinkSync("f644", linkTo644);
  });

  test.skipIf(!isRoot)(`as root: read and write anything; execute only where some x bit is set${isRoot ? "" : " [skipped: needs root]"}`, () =>
    noFdLeak(() => {
      for (const fn of [
        (p: string, m: number) => Access(p, m),
        (p: string, m: number) => Faccessat(AT_FDCWD, p, m, 0),
        (p: string, m: number) => Faccessat(AT_FDCWD, p, m, AT_EACCESS),
        (p: string, m: number) => faccessatEmulated(AT_FDCWD, p, m, 0),
        (p: string, m: number) => faccessatEmulated(AT_FDCWD, p, m, AT_EACCESS),
      ]) {
        expect(fn(f644, F_OK)).toBeNull();
        expect(fn(f644, R_OK | W_OK)).toBeNull();
        expect(fn(f644, X_OK)).toBe(EACCES);
        expect(fn(f644, R_OK | X_OK)).toBe(EACCES);
        expect(fn(f744, X_OK)).toBeNull();
        expect(fn(f744, R_OK | W_OK | X_OK)).toBeNull();
        expect(fn(f000, R_OK | W_OK)).toBeNull();
        expect(fn(f000, X_OK)).toBe(EACCES);
        expect(fn(f010, X_OK)).toBeNull();
        expect(fn(sub, X_OK)).toBeNull();
        expect(fn(join(sub, "missing"), F_OK)).toBe(ENOENT);
        expect(fn(dangling, F_OK)).toBe(ENOENT);
        expect(fn(linkTo644, X_OK)).toBe(EACCES);
        expect(fn(`${f644}/x`, F_OK)).toBe(ENOTDIR);
      }
    }),
  );

  t("AT_SYMLINK_NOFOLLOW checks the link itself (a dangling link exists; a link's own mode is 0777)", () => {
    for (const fn of [
      (p: string, m: number, fl: number) => Faccessat(AT_FDCWD, p, m, fl),
      (p: string, m: number, fl: number) => faccessatEmulated(AT_FDCWD, p, m, fl),
    ]) {
      expect(fn(dangling, F_OK, AT_SYMLINK_NOFOLLOW)).toBeNull();
      expect(fn(dangling, F_OK, 0)).toBe(ENOENT);
      expect(fn(dangling, F_OK, AT_SYMLINK_NOFOLLOW | AT_EACCESS)).toBeNull();
      expect(fn(linkTo644, X_OK, AT_SYMLINK_NOFOLLOW)).toBeNull();
      expect(fn(linkTo644, X_OK, 0)).toBe(isRoot ? EACCES : fn(f644, X_OK, 0));
    }
  });

  t("a dirfd resolves relative paths; EBADF for a closed dirfd, ENOTDIR for a file dirfd", () => {
    const d = mustOpen(sub, O_RDONLY | O_DIRECTORY);
    const f = mustOpen(f644, O_RDONLY);
    try {
      for (const fl of [0, AT_EACCESS, AT_SYMLINK_NOFOLLOW]) {
        expect(Faccessat(d, "f644", R_OK, fl)).toBeNull();
        expect(faccessatEmulated(d, "f644", R_OK, fl)).toBeNull();
        expect(Faccessat(d, "missing", F_OK, fl)).toBe(ENOENT);
        expect(faccessatEmulated(d, "missing", F_OK, fl)).toBe(ENOENT);
        expect(Faccessat(f, "x", F_OK, fl)).toBe(ENOTDIR);
        expect(faccessatEmulated(f, "x", F_OK, fl)).toBe(ENOTDIR);
        const c = closedFd();
        expect(Faccessat(c, "f644", F_OK, fl)).toBe(EBADF);
        expect(faccessatEmulated(c, "f644", F_OK, fl)).toBe(EBADF);
      }
      if (isRoot) expect(Faccessat(d, "f644", X_OK, AT_EACCESS)).toBe(EACCES);
    } finally {
      mustClose(d);
      mustClose(f);
    }
  });

  t("unknown flags are EINVAL; a bad mode is EINVAL from the kernel", () => {
    expect(Faccessat(AT_FDCWD, f644, F_OK, 0x1)).toBe(EINVAL);
    expect(Faccessat(AT_FDCWD, f644, F_OK, AT_EACCESS | 0x4000)).toBe(EINVAL);
    expect(faccessatEmulated(AT_FDCWD, f644, F_OK, 0x1)).toBe(EINVAL);
    expect(faccessatEmulated(AT_FDCWD, f644, F_OK, AT_EMPTY_PATH)).toBe(EINVAL);
    expect(faccessatEmulated(AT_FDCWD, join(sub, "missing"), F_OK, 0x1)).toBe(EINVAL);
    expect(Access(f644, 8)).toBe(EINVAL);
    expect(Faccessat(AT_FDCWD, f644, 8, AT_EACCESS)).toBe(EINVAL);
    // The emulation keeps only the low three bits, as Go's does.
    expect(faccessatEmulated(AT_FDCWD, f644, 8, 0)).toBeNull();
  });

  // The non-root branches of faccessatEmulated run in a child Bun process
  // under other ids; its answers must match the kernel's faccessat there.
  const bunPath = process.execPath;
  // Bun opens its event loop's fds (epoll, eventfd) lazily on the first spawn:
  // open them here, so the fd-leak check sees only what the tests open.
  beforeAll(() => {
    expect(Bun.spawnSync(["/bin/true"]).exitCode).toBe(0);
  });
  const hasSetpriv = fs.existsSync("/usr/bin/setpriv");
  const srcFile = join(import.meta.dir, "..", "src", "file.ts");

  type Case = [name: string, mode: number, flags: number];
  const childScript = `
    const { faccessatEmulated, Faccessat } = await import(process.argv[2]);
    const cases = JSON.parse(process.argv[3]);
    const dir = process.argv[4];
    const out = cases.map(([name, mode, flags]) => {
      const p = dir + "/" + name;
      return [faccessatEmulated(-100, p, mode, flags)?.errno ?? 0, Faccessat(-100, p, mode, flags)?.errno ?? 0];
    });
    const status = require("node:fs").readFileSync("/proc/self/status", "utf8");
    const ids = (k) => status.match(new RegExp("^" + k + ":[ \\t]*(.*)$", "m"))[1].trim().split(/\\s+/).filter(Boolean).map(Number);
    console.log(JSON.stringify({ uid: ids("Uid"), gid: ids("Gid"), groups: ids("Groups"), out }));
  `;

  async function runChild(prefix: string[], opts: { uid?: number; gid?: number }, cases: Case[], cdir: string) {
    const script = join(cdir, "probe.mjs");
    fs.writeFileSync(script, childScript);
    fs.chmodSync(script, 0o644);
    // The child writes into files we open and close ourselves: Bun closes
    // its own stdio pipes asynchronously, which the fd-leak check would see.
    const outPath = join(cdir, "stdout"), errPath = join(cdir, "stderr");
    const out = mustOpen(outPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644);
    const err = mustOpen(errPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644);
    let code: number | null;
    try {
      const proc = Bun.spawnSync([...prefix, bunPath, script, srcFile, JSON.stringify(cases), cdir], {
        ...opts, stdin: "ignore", stdout: out, stderr: err,
        // A home that does not exist, inside this test's own directory: a
        // child running as root makes $HOME/.bun, and with HOME=/nonexistent
        // it made /nonexistent, the path other tests use as a missing one.
        env: { ...process.env, HOME: join(cdir, "no-home") },
      });
      code = proc.exitCode;
    } finally {
      mustClose(out);
      mustClose(err);
    }
    if (code !== 0) throw new Error(`child failed (${code}): ${fs.readFileSync(errPath, "utf8")}`);
    return JSON.parse(fs.readFileSync(outPath, "utf8")) as { uid: number[]; gid: number[]; groups: number[]; out: [number, number][] };
  }

  /** Files for the non-root checks: [name, uid, gid, mode]. 65534 is the child's id; 100 its supplementary group. */
  const files: [string, number, number, number][] = [
    ["own600", 65534, 0, 0o600],
    ["own070", 65534, 65534, 0o070], // owner class wins though the group may read
    ["own100", 65534, 0, 0o100],
    ["grp040", 0, 65534, 0o040],
    ["grp407", 0, 65534, 0o407], // group class wins though others may
    ["sup040", 0, 100, 0o040], // group via supplementary groups only
    ["sup020", 0, 100, 0o020],
    ["oth004", 0, 0, 0o004],
    ["oth003", 0, 0, 0o003],
    ["none000", 0, 0, 0o000],
    ["root600", 0, 0, 0o600],
    ["root711", 0, 0, 0o711],
  ];
  function makeChildDir(): string {
    const cdir = fresh("child");
    fs.mkdirSync(cdir);
    fs.chmodSync(cdir, 0o755);
    fs.chmodSync(dir, 0o755); // mkdtemp made it 0700
    for (const [name, uid, gid, mode] of files) {
      const p = join(cdir, name);
      fs.writeFileSync(p, "x");
      fs.chownSync(p, uid, gid);
      fs.chmodSync(p, mode);
    }
    fs.symlinkSync("none000", join(cdir, "link"));
    return cdir;
  }
  function allCases(): Case[] {
    const out: Case[] = [];
    for (const [name] of [...files, ["link"]] as [string][]) {
      for (const mode of [F_OK, R_OK, W_OK, X_OK, R_OK | W_OK, R_OK | X_OK, W_OK | X_OK, R_OK | W_OK | X_OK]) {
        for (const flags of [0, AT_EACCESS, AT_SYMLINK_NOFOLLOW, AT_EACCESS | AT_SYMLINK_NOFOLLOW]) out.push([name, mode, flags]);
      }
    }
    return out;
  }
  const E = EACCES.errno;
  /** What a non-root process with uid/gid 65534 and supplementary group 100 may do, without ACLs. */
  const expected: [name: string, mode: number, err: number][] = [
    ["own600", R_OK | W_OK, 0], ["own600", X_OK, E], ["own070", R_OK, E], ["own070", F_OK, 0], ["own100", X_OK, 0], ["own100", R_OK, E],
    ["grp040", R_OK, 0], ["grp040", W_OK, E], ["grp407", R_OK, E], ["grp407", W_OK, E], ["grp407", X_OK, E], ["grp407", F_OK, 0],
    ["oth004", R_OK, 0], ["oth004", W_OK, E], ["oth003", W_OK | X_OK, 0], ["oth003", R_OK, E],
    ["none000", R_OK, E], ["none000", F_OK, 0], ["root600", R_OK, E], ["root711", X_OK, 0], ["root711", R_OK, E],
  ];

  test.skipIf(!isRoot || !hasSetpriv)(
    `non-root (setpriv uid/gid 65534, groups 100): the emulation matches the kernel on every owner/group/other/supplementary case${!isRoot || !hasSetpriv ? " [skipped: needs root and setpriv]" : ""}`,
    () =>
      noFdLeak(async () => {
        const cdir = makeChildDir();
        const cases = allCases();
        const r = await runChild(["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--groups=100", "--"], {}, cases, cdir);
        expect(r.uid).toEqual([65534, 65534, 65534, 65534]);
        expect(r.gid).toEqual([65534, 65534, 65534, 65534]);
        expect(r.groups).toEqual([100]);
        expect(r.out.length).toBe(cases.length);
        // Emulation == kernel, case by case.
        const mismatches = cases.map((c, i) => ({ c, got: r.out[i]! })).filter(({ got }) => got[0] !== got[1]);
        expect(mismatches).toEqual([]);
        for (const [name, mode, err] of expected) {
          const i = cases.findIndex(([n, m, f]) => n === name && m === mode && f === 0);
          expect(i).toBeGreaterThanOrEqual(0);
          expect({ name, mode, err: r.out[i]![0] }).toEqual({ name, mode, err });
        }
        expect(r.out[cases.findIndex(([n, m, f]) => n === "sup040" && m === R_OK && f === 0)]).toEqual([0, 0]);
        expect(r.out[cases.findIndex(([n, m, f]) => n === "sup020" && m === W_OK && f === AT_EACCESS)]).toEqual([0, 0]);
        // The link (0777 itself) to none000.
        expect(r.out[cases.findIndex(([n, m, f]) => n === "link" && m === R_OK && f === 0)]).toEqual([E, E]);
        expect(r.out[cases.findIndex(([n, m, f]) => n === "link" && m === R_OK && f === AT_SYMLINK_NOFOLLOW)]).toEqual([0, 0]);
      }),
  );

  test.skipIf(!isRoot || !hasSetpriv)(
    `real ids 65534, effective ids 0 (setpriv): AT_EACCESS checks the effective ids, no flag the real ones${!isRoot || !hasSetpriv ? " [skipped: needs root and setpriv]" : ""}`,
    () =>
      noFdLeak(async () => {
        const cdir = makeChildDir();
        const cases = allCases();
        const r = await runChild(["/usr/bin/setpriv", "--ruid=65534", "--euid=0", "--rgid=65534", "--egid=0", "--groups=100", "--"], {}, cases, cdir);
        expect(r.uid.slice(0, 2)).toEqual([65534, 0]);
        expect(r.gid.slice(0, 2)).toEqual([65534, 0]);
        const mismatches = cases.map((c, i) => ({ c, got: r.out[i]! })).filter(({ got }) => got[0] !== got[1]);
        expect(mismatches).toEqual([]);
        const at = (n: string, m: number, f: number) => r.out[cases.findIndex(([a, b, c]) => a === n && b === m && c === f)]![0];
        expect(at("root600", R_OK | W_OK, 0)).toBe(E); // real uid 65534: others bits
        expect(at("root600", R_OK | W_OK, AT_EACCESS)).toBe(0); // effective uid 0: root
        expect(at("none000", X_OK, AT_EACCESS)).toBe(E); // root still needs an x bit
        expect(at("root711", X_OK, AT_EACCESS)).toBe(0);
        expect(at("own600", R_OK, 0)).toBe(0);
      }),
  );

  test.skipIf(!isRoot)(`non-root via Bun.spawn uid/gid 65534 (no supplementary groups): the emulation matches the kernel${isRoot ? "" : " [skipped: needs root to start a process as uid 65534]"}`, () =>
    noFdLeak(async () => {
      const cdir = makeChildDir();
      const cases = allCases();
      const r = await runChild([], { uid: 65534, gid: 65534 }, cases, cdir);
      expect(r.uid[0]).toBe(65534);
      expect(r.groups).toEqual([]);
      const mismatches = cases.map((c, i) => ({ c, got: r.out[i]! })).filter(({ got }) => got[0] !== got[1]);
      expect(mismatches).toEqual([]);
      // Without group 100, sup040 falls to the others bits.
      expect(r.out[cases.findIndex(([n, m, f]) => n === "sup040" && m === R_OK && f === 0)]).toEqual([E, E]);
    }),
  );
});
