/**
 * Tests for src/sys/raw.ts: Syscall, Syscall6, RawSyscall, RawSyscall6
 * (arguments as numbers, bigints and pointers; results as Go's uintptr;
 * err null on success), AllThreadsSyscall (Go's cgo answer, ENOTSUP,
 * without a call), and LastErrno for symbols a program binds itself with
 * bun:ffi: under allocation and GC, on a Worker at the same time, and as
 * the first native read of a fresh process. Go's own Syscall results come
 * from scripts/oracle/mount when `go` is on PATH.
 */
import { describe, expect, test } from "bun:test";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { dlopen, toArrayBuffer, type Pointer } from "bun:ffi";
import {
  AllThreadsSyscall, AllThreadsSyscall6, Close, EAGAIN, EBADF, EEXIST, EFAULT, EINVAL, EISDIR, ENOENT, ENOTEMPTY, ENOTSUP,
  ENOSYS, ErrUnsupported, Errno, Getpid, LastErrno, O_CLOEXEC, O_NONBLOCK, Pipe2, RawSyscall, RawSyscall6, Read,
  SEEK_SET, SYS_CLOSE, SYS_FSTATAT, SYS_SYNC_FILE_RANGE2, SYS_GETCWD, SYS_GETPID, SYS_GETRESUID, SYS_GETTID, SYS_LSEEK, SYS_MEMFD_CREATE, SYS_PIPE2, SYS_READ, SYS_UNAME,
  SYS_WRITE, Syscall, Syscall6, Uname, Utsname, Getuid,
} from "../src/index.ts";
import { noFdLeak, scratchDir } from "./helpers.ts";
import { sysCall } from "../src/sysdef.ts";

const MINUS1 = 2n ** 64n - 1n;
const enc = (s: string) => new TextEncoder().encode(s);

function pipe(): [number, number] {
  const p = [-1, -1];
  const err = Pipe2(p, O_CLOEXEC | O_NONBLOCK);
  if (err !== null) throw err;
  return p as [number, number];
}

describe("Syscall, Syscall6, RawSyscall, RawSyscall6", () => {
  test("success: [r1, 0, null], r1 the kernel's result; all four entry points", () => {
    const pid = Getpid();
    expect(Syscall(SYS_GETPID, 0, 0, 0)).toEqual([pid, 0, null]);
    expect(RawSyscall(SYS_GETPID, 0, 0, 0)).toEqual([pid, 0, null]);
    expect(Syscall6(SYS_GETPID, 0, 0, 0, 0, 0, 0)).toEqual([pid, 0, null]);
    expect(RawSyscall6(SYS_GETPID, 0, 0, 0, 0, 0, 0)).toEqual([pid, 0, null]);
    expect(Syscall(SYS_GETTID, 0, 0, 0)[0]).toBe(pid); // the JavaScript thread is the main thread
  });

  test("failure: r1 is Go's ^uintptr(0) (2^64-1), r2 0, err the interned Errno; -1 wraps as uintptr(-1)", () => {
    expect(Syscall(SYS_CLOSE, -1, 0, 0)).toEqual([MINUS1, 0, EBADF]);
    expect(Syscall(SYS_CLOSE, -1, 0, 0)[2]).toBe(EBADF);
    expect(RawSyscall6(SYS_CLOSE, 2 ** 31, 0, 0, 0, 0, 0)).toEqual([MINUS1, 0, EBADF]);
    expect(Syscall(SYS_UNAME, null, 0, 0)).toEqual([MINUS1, 0, EFAULT]);
    expect(Syscall(MINUS1, 0, 0, 0)).toEqual([MINUS1, 0, ENOSYS]); // no such syscall
    // The -1 of a SYS_* constant the architecture lacks is that same call: ENOSYS, as the constant's doc says.
    const absent = process.arch === "x64" ? SYS_FSTATAT : SYS_SYNC_FILE_RANGE2; // -1 on this architecture: Go's tables lack them
    expect(absent).toBe(-1);
    expect(Syscall(absent, 0, 0, 0)).toEqual([MINUS1, 0, ENOSYS]);
  });

  test("pointers: typed arrays and DataViews pass the address of their first byte (a subarray's offset counts)", async () => {
    await noFdLeak(() => {
      const b = new Uint8Array(390);
      expect(Syscall(SYS_UNAME, b, 0, 0)).toEqual([0, 0, null]);
      const u = new Utsname();
      Uname(u);
      expect(Array.from(b.subarray(130, 195))).toEqual(Array.from(new Uint8Array(u.Release.buffer, u.Release.byteOffset, 65)));

      const cwd = new Uint8Array(4096);
      const [n, , err] = Syscall(SYS_GETCWD, cwd, cwd.length, 0);
      expect(err).toBeNull();
      expect(new TextDecoder().decode(cwd.subarray(0, (n as number) - 1))).toBe(process.cwd());

      const fds = new Int32Array(2);
      expect(Syscall(SYS_PIPE2, fds, O_CLOEXEC | O_NONBLOCK, 0)).toEqual([0, 0, null]);
      const [r, w] = [fds[0]!, fds[1]!];
      try {
        expect(Syscall(SYS_WRITE, w, enc("hello"), 5)).toEqual([5, 0, null]);
        expect(Syscall(SYS_WRITE, w, new Uint8Array(0), 0)).toEqual([0, 0, null]); // an empty view is a valid address
        const into = new Uint8Array(16);
        expect(Syscall(SYS_READ, r, into.subarray(3), 13)).toEqual([5, 0, null]);
        expect(new TextDecoder().decode(into.subarray(3, 8))).toBe("hello");
        expect(into[2]).toBe(0);
        expect(Syscall(SYS_WRITE, w, new DataView(enc("xyz").buffer, 1), 2)).toEqual([2, 0, null]);
        expect(Syscall(SYS_READ, r, into, 16)).toEqual([2, 0, null]);
        expect(new TextDecoder().decode(into.subarray(0, 2))).toBe("yz");
        expect(Syscall(SYS_READ, r, into, 16)).toEqual([MINUS1, 0, EAGAIN]);
      } finally {
        Close(r);
        Close(w);
      }
    });
  });

  test("pointers: no getter of the caller's runs while addresses are taken (a byteLength getter moving an earlier argument's bytes), and a detached view is an empty one", () => {
    const ruid = Getuid();
    // A small fresh typed array keeps its bytes inline until its .buffer is
    // asked for, which moves them: a getter on a later argument asking for
    // it, after a's address was taken, would have the kernel write where a
    // no longer is.
    const a = new Uint32Array(1);
    a[0] = 0xdeadbeef;
    const b = new Uint32Array(1);
    let ran = 0;
    Object.defineProperty(b, "byteLength", { get: () => (ran++, void a.buffer, 4) });
    const c = new Uint32Array(1);
    expect(Syscall(SYS_GETRESUID, a, b, c)).toEqual([0, 0, null]);
    expect(ran).toBe(0);
    expect([a[0], b[0], c[0]]).toEqual([ruid, expect.any(Number), expect.any(Number)]);
    // Detached views, one with an own byteLength that lies: the empty view's valid address, as Go's empty slice.
    const gone = new Uint8Array(390);
    gone.buffer.transfer();
    Object.defineProperty(gone, "byteLength", { value: 390 });
    const dv = new DataView(new ArrayBuffer(390));
    dv.buffer.transfer();
    expect(Syscall(SYS_WRITE, -1, gone, 0)).toEqual([MINUS1, 0, EBADF]);
    expect(Syscall(SYS_WRITE, -1, dv, 0)).toEqual([MINUS1, 0, EBADF]);
  });

  test("64-bit values: bigint arguments; results past 2^53 are exact bigints, below it numbers", async () => {
    await noFdLeak(() => {
      // Go 1.19's amd64 table has no SYS_MEMFD_CREATE (the generated constant is -1 there).
      const nr = process.arch === "x64" ? 319 : 279;
      const [fd, , err] = Syscall(nr, enc("bun-syscall-raw\0"), 0, 0);
      expect(err).toBeNull();
      expect(typeof fd).toBe("number");
      try {
        expect(Syscall(SYS_LSEEK, fd, 2n ** 60n, SEEK_SET)).toEqual([2n ** 60n, 0, null]);
        expect(Syscall(SYS_LSEEK, fd, 2 ** 53 - 1, SEEK_SET)).toEqual([2 ** 53 - 1, 0, null]);
        expect(Syscall(SYS_LSEEK, fd, 2n ** 63n - 1n, SEEK_SET)).toEqual([2n ** 63n - 1n, 0, null]);
        // A negative offset, as a number or as its uintptr bigint, is the same 64 bits.
        expect(Syscall(SYS_LSEEK, fd, -1, SEEK_SET)).toEqual([MINUS1, 0, EINVAL]);
        expect(Syscall(SYS_LSEEK, fd, MINUS1, SEEK_SET)).toEqual([MINUS1, 0, EINVAL]);
        expect(Syscall(SYS_LSEEK, fd, -(2n ** 63n), SEEK_SET)).toEqual([MINUS1, 0, EINVAL]);
        expect(Syscall(SYS_LSEEK, fd, 7n, SEEK_SET)).toEqual([7, 0, null]);
      } finally {
        Close(fd as number);
      }
    });
  });

  test("bad arguments throw TypeError or RangeError before any call", () => {
    const [r, w] = pipe();
    try {
      const any = (v: unknown) => v as never;
      for (const v of ["1", NaN, 1.5, true, undefined, {}, [1], Symbol("x"), () => 0]) {
        expect(() => Syscall(SYS_WRITE, w, any(v), 1)).toThrow(TypeError);
        expect(() => Syscall6(any(v), 0, 0, 0, 0, 0, 0)).toThrow(TypeError);
      }
      for (const v of [2 ** 53, -(2 ** 53), Infinity, 2n ** 64n, -(2n ** 63n) - 1n]) {
        expect(() => Syscall(SYS_WRITE, w, enc("x"), any(v))).toThrow(Infinity === v ? TypeError : RangeError);
      }
      expect(() => (Syscall as unknown as (...a: unknown[]) => unknown)(SYS_GETPID, 0, 0)).toThrow(TypeError);
      expect(() => (RawSyscall6 as unknown as (...a: unknown[]) => unknown)(SYS_GETPID, 0, 0, 0, 0, 0)).toThrow(TypeError);
      expect(() => (Syscall as unknown as (...a: unknown[]) => unknown)(SYS_WRITE, w, enc("x"), 1, 0)).toThrow(TypeError);
      expect([Syscall.length, Syscall6.length, RawSyscall.length, RawSyscall6.length, AllThreadsSyscall.length, AllThreadsSyscall6.length]).toEqual([4, 7, 4, 7, 4, 7]);
      // Nothing was written by the calls that threw.
      expect(Read(r, new Uint8Array(4))).toEqual([-1, EAGAIN]);
    } finally {
      Close(r);
      Close(w);
    }
  });
});

describe("AllThreadsSyscall", () => {
  test("is Go's cgo answer, [2^64-1, 2^64-1, ENOTSUP], and makes no call", () => {
    const [r, w] = pipe();
    try {
      expect(AllThreadsSyscall(SYS_WRITE, w, enc("x"), 1)).toEqual([MINUS1, MINUS1, ENOTSUP]);
      expect(AllThreadsSyscall6(SYS_WRITE, w, enc("x"), 1, 0, 0, 0)).toEqual([MINUS1, MINUS1, ENOTSUP]);
      expect(AllThreadsSyscall(SYS_WRITE, w, enc("x"), 1)[2].Is(ErrUnsupported)).toBe(true);
      expect(Read(r, new Uint8Array(4))).toEqual([-1, EAGAIN]);
      expect(() => AllThreadsSyscall(SYS_WRITE, w, "x" as never, 1)).toThrow(TypeError);
      expect(() => AllThreadsSyscall6(SYS_WRITE, w, enc("x"), 2 ** 53, 0, 0, 0)).toThrow(RangeError);
      expect(() => (AllThreadsSyscall as unknown as (...a: unknown[]) => unknown)(SYS_WRITE)).toThrow(TypeError);
    } finally {
      Close(r);
      Close(w);
    }
  });
});

// ------------------------------------------------------------ LastErrno

/** The loop run on both threads: the program's own bun:ffi bindings, failing with different errnos, under allocation and GC. */
const LOOP = `
export function loop(dlopen, root, iterations, LastErrno, want) {
  const { symbols: c } = dlopen("libc.so.6", {
    close: { args: ["i32"], returns: "i32" },
    rmdir: { args: ["ptr"], returns: "i32" },
    mkdir: { args: ["ptr", "u32"], returns: "i32" },
    read: { args: ["i32", "ptr", "u64"], returns: "i64" },
    open: { args: ["ptr", "i32"], returns: "i32" },
  });
  const z = (s) => new TextEncoder().encode(s + "\\0");
  const missing = z(root + "/missing/x"), existing = z(root + "/existing"), full = z(root + "/full");
  const dirfd = c.open(z(root), 0o200000);
  const buf = new Uint8Array(8);
  let bad = 0, first = [], junk = [];
  const seen = {};
  for (let i = 0; i < iterations; i++) {
    let r, w;
    switch (i % 5) {
      case 0: r = c.close(-1); w = want.EBADF; break;
      case 1: r = c.rmdir(missing); w = want.ENOENT; break;
      case 2: r = c.mkdir(existing, 0o755); w = want.EEXIST; break;
      case 3: r = c.rmdir(full); w = want.ENOTEMPTY; break;
      default: r = Number(c.read(dirfd, buf, 8)); w = want.EISDIR; break;
    }
    const got = LastErrno();
    seen[String(got)] = (seen[String(got)] ?? 0) + 1;
    if (r !== -1 || got !== w) { bad++; if (first.length < 5) first.push(i + ": " + r + " " + String(got)); }
    junk.push({ i, s: "s" + i, a: new Array(i & 15).fill(i) });
    if (junk.length > 2000) junk = [];
    if (i % 20000 === 19999) Bun.gc(false);
  }
  c.close(dirfd);
  return { bad, first, seen, start: 0 };
}`;

function loopRoot() {
  const s = scratchDir("bun-syscall-lasterrno-");
  mkdirSync(join(s.dir, "existing"));
  mkdirSync(join(s.dir, "full"));
  writeFileSync(join(s.dir, "full", "f"), "x");
  return s;
}

const ITERATIONS = 100_000;
const WANT = { EBADF, ENOENT, EEXIST, ENOTEMPTY, EISDIR };
const INDEX_URL = pathToFileURL(join(import.meta.dir, "..", "src", "index.ts")).href;

describe("LastErrno", () => {
  test("reads the calling thread's errno after the program's own bun:ffi call, null for 0", () => {
    const { symbols: c } = dlopen("libc.so.6", { close: { args: ["i32"], returns: "i32" }, __errno_location: { args: [], returns: "ptr" } });
    expect(c.close(-1)).toBe(-1);
    expect(LastErrno()).toBe(EBADF);
    // errno itself, through its address: 0 is null (Go's nil), any other value its Errno.
    const cell = new Int32Array(toArrayBuffer(c.__errno_location() as Pointer, 0, 4));
    cell[0] = 0;
    expect(LastErrno()).toBeNull();
    cell[0] = 2;
    expect(LastErrno()).toBe(ENOENT);
    cell[0] = 4000;
    expect(LastErrno()).toBe(Errno.of(4000));
  });

  test(`exact for ${ITERATIONS} failing calls of the program's own bindings under allocation and GC, here and on a Worker at once`, async () => {
    const main = loopRoot(), other = loopRoot();
    const mod = (await import(URL.createObjectURL(new Blob([LOOP], { type: "text/javascript" })))) as { loop: (...a: unknown[]) => { bad: number; first: string[]; seen: Record<string, number> } };
    const workerSrc = `
      import { LastErrno, EBADF, ENOENT, EEXIST, ENOTEMPTY, EISDIR } from ${JSON.stringify(INDEX_URL)};
      import { dlopen } from "bun:ffi";
      ${LOOP.replace("export function", "function")}
      onmessage = (ev) => {
        const start = Date.now();
        const r = loop(dlopen, ev.data.root, ev.data.iterations, LastErrno, { EBADF, ENOENT, EEXIST, ENOTEMPTY, EISDIR });
        postMessage({ ...r, start, end: Date.now() });
      };
      postMessage("ready");`;
    const worker = new Worker(URL.createObjectURL(new Blob([workerSrc], { type: "text/javascript" })));
    try {
      const messages: unknown[] = [];
      const errors: string[] = [];
      worker.onmessage = (ev: MessageEvent) => messages.push(ev.data);
      worker.onerror = (ev) => errors.push(String((ev as ErrorEvent).message));
      const next = async () => {
        for (let t = 0; messages.length === 0; t++) {
          if (errors.length > 0) throw new Error(`worker: ${errors.join("; ")}`);
          if (t > 2000) throw new Error("worker did not answer in 20 s");
          await Bun.sleep(10);
        }
        return messages.shift();
      };
      expect(await next()).toBe("ready");
      worker.postMessage({ root: other.dir, iterations: ITERATIONS });
      const start = Date.now();
      const mine = mod.loop(dlopen, main.dir, ITERATIONS, LastErrno, WANT);
      const end = Date.now();
      const theirs = (await next()) as { bad: number; first: string[]; seen: Record<string, number>; start: number; end: number };
      expect(mine.first).toEqual([]);
      expect(mine.bad).toBe(0);
      expect(theirs.first).toEqual([]);
      expect(theirs.bad).toBe(0);
      for (const r of [mine, theirs]) expect(Object.values(r.seen).sort()).toEqual(Array(5).fill(ITERATIONS / 5));
      expect(Math.min(end, theirs.end) - Math.max(start, theirs.start)).toBeGreaterThan(0); // they ran at the same time
    } finally {
      worker.terminate();
      main.cleanup();
      other.cleanup();
    }
  }, 60_000);

  test("exact as the first native read of a fresh process (nothing the package binds on first use clobbers errno)", () => {
    const code = `
      import { LastErrno } from ${JSON.stringify(INDEX_URL)};
      import { dlopen } from "bun:ffi";
      const { symbols: c } = dlopen("libc.so.6", { rmdir: { args: ["ptr"], returns: "i32" } });
      const r = c.rmdir(new TextEncoder().encode("/bun-syscall-missing/x\\0"));
      process.stdout.write(JSON.stringify([r, LastErrno()?.errno ?? null]));`;
    const r = Bun.spawnSync([process.execPath, "-e", code], { stdout: "pipe", stderr: "pipe", timeout: 20_000 });
    expect(r.stderr.toString()).toBe("");
    expect(JSON.parse(r.stdout.toString())).toEqual([-1, ENOENT.errno]);
  });
});

// ------------------------------------------------------------ Go

const goBin = Bun.which("go");
describe.skipIf(goBin === null)(`Go's Syscall agrees (scripts/oracle/mount)${goBin === null ? " [skipped: `go` is not on PATH]" : ""}`, () => {
  test("r1 and errno as Go's; Go's r2 is only the register's input handed back (a3 on amd64, a2 on arm64), ours 0", () => {
    const r = Bun.spawnSync([goBin!, "run", "./mount"], {
      cwd: join(import.meta.dir, "..", "scripts", "oracle"), stdout: "pipe", stderr: "pipe",
      env: { ...process.env, GOTOOLCHAIN: "local", GOFLAGS: "-mod=mod", GOCACHE: process.env.GOCACHE ?? join(process.env.TMPDIR ?? "/tmp", `go-cache-${process.getuid?.()}`) },
    });
    if (r.exitCode !== 0) throw new Error(`go run failed (${r.exitCode}): ${r.stderr.toString()}`);
    type Call = { r1: string; r2: string; errno: number };
    const go = JSON.parse(r.stdout.toString()) as { goarch: string; pid: number; syscall: { getpid: Call; closeBad: Call } };
    expect(go.syscall.getpid).toEqual({ r1: String(go.pid), r2: go.goarch === "arm64" ? "22" : "33", errno: 0 });
    expect(go.syscall.closeBad).toEqual({ r1: String(MINUS1), r2: "0", errno: EBADF.errno });
    const [r1, r2, err] = Syscall(SYS_CLOSE, MINUS1, 22, 33);
    expect([String(r1), String(r2), err?.errno]).toEqual([go.syscall.closeBad.r1, go.syscall.closeBad.r2, go.syscall.closeBad.errno]);
    expect(Syscall(SYS_GETPID, 11, 22, 33)).toEqual([Getpid(), 0, null]);
  }, 120_000);
});

describe("sysCall wrappers (src/sysdef.ts)", () => {
  test("a byte slice with a Proxy in its prototype chain (whose trap would call the package again) runs no trap, and a path argument holds", () => {
    const { dir, cleanup } = scratchDir();
    try {
      symlinkSync("AAAA", join(dir, "a"));
      symlinkSync("BBBB", join(dir, "b"));
      // A wrapper of the kind every `//sys` line makes: a path (in the
      // shared scratch buffer), then a byte slice.
      const readlink = sysCall("Readlink", "readlink", ["path", "bytes"], "long");
      const buf = new Uint8Array(16);
      let ran = 0;
      Object.setPrototypeOf(buf, new Proxy(Uint8Array.prototype, {
        getPrototypeOf(t) {
          ran++;
          readlink(join(dir, "b"), new Uint8Array(16)); // the same scratch slot, another path
          return Reflect.getPrototypeOf(t);
        },
      }));
      const [n, err] = readlink(join(dir, "a"), buf);
      // The checks ask the engine, not the object: no code of the caller's runs between them and the call.
      expect(ran).toBe(0);
      expect(err).toBeNull();
      expect(new TextDecoder().decode(new Uint8Array(buf.buffer, 0, n))).toBe("AAAA");
      // Two paths and a slice (Setxattr's shape): both paths are the ones given.
      const two = sysCall("T", "readlinkat", ["fd", "path", "bytes"], "long");
      expect(two(-100, join(dir, "a"), buf)[0]).toBe(4);
      expect(new TextDecoder().decode(new Uint8Array(buf.buffer, 0, 4))).toBe("AAAA");
      // A NUL in a path is still EINVAL, a wrong type still a TypeError.
      expect(readlink("a\0b", new Uint8Array(4))).toEqual([-1, EINVAL]);
      expect(() => readlink("a", "x" as unknown as Uint8Array)).toThrow(TypeError);
    } finally {
      cleanup();
    }
  });
});
