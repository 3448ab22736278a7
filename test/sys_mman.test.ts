/**
 * Tests for src/sys/mman.ts: Mmap and Munmap (with Go's table of active
 * mappings), Mprotect, Madvise, Mlock, Munlock, Mlockall and Munlockall,
 * against the real kernel. What would touch memory after Munmap, and
 * Mlockall, run in a child Bun (fixtures/sys-mman-child.ts), which must
 * exit 0 rather than die of SIGSEGV.
 */
import { describe, expect, test } from "bun:test";
import { ptr } from "bun:ffi";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  Close, Getpagesize, EACCES, EBADF, EINVAL, ENODEV, ENOMEM, EOVERFLOW, EPERM, MADV_DONTNEED, MADV_WILLNEED, MAP_ANONYMOUS, MAP_FIXED,
  MAP_NORESERVE, MAP_PRIVATE, MAP_SHARED, MCL_CURRENT, MCL_FUTURE, Madvise, Mlock, Mlockall, Mmap, Mprotect, Munlock,
  Munlockall, Munmap, O_CLOEXEC, O_RDONLY, O_RDWR, O_WRONLY, Open, PROT_NONE, PROT_READ, PROT_WRITE, Pipe2, Pread,
  Pwrite,
} from "../src/index.ts";
import { hasCap, isRoot, noFdLeak, scratchDir } from "./helpers.ts";

const PAGE = Getpagesize();
const bad = <T>(v: unknown) => v as T;

/** The permissions column of /proc/self/maps for the mapping that starts at b. */
function permsOf(b: Uint8Array): string | null {
  const addr = Number(ptr(b));
  const line = readFileSync("/proc/self/maps", "utf8").split("\n").find((l) => parseInt(l.split("-")[0]!, 16) === addr);
  return line?.split(" ")[1] ?? null;
}

/** A scratch file holding text (padded to size), opened with flags; cleaned up after fn. */
async function withFile(text: string, size: number, flags: number, fn: (fd: number, path: string) => void | Promise<void>): Promise<void> {
  const { dir, cleanup } = scratchDir();
  const path = join(dir, "f");
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode(text));
  writeFileSync(path, bytes);
  const [fd, err] = Open(path, flags | O_CLOEXEC, 0);
  expect(err).toBeNull();
  try {
    await fn(fd, path);
  } finally {
    Close(fd);
    cleanup();
  }
}

/** An anonymous private read-write mapping of n bytes. */
function anon(n: number): Uint8Array {
  const [m, err] = Mmap(-1, 0, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS);
  expect(err).toBeNull();
  expect(m.length).toBe(n);
  return m;
}

describe("Mmap, Munmap", () => {
  test("a file mapped read-only reads the file; Munmap, then Munmap again is EINVAL, as Go's", async () => {
    await noFdLeak(() => withFile("hello, mapped world", PAGE, O_RDONLY, (fd) => {
      const [m, err] = Mmap(fd, 0, 19, PROT_READ, MAP_SHARED);
      expect(err).toBeNull();
      expect(m).toBeInstanceOf(Uint8Array);
      expect(m.length).toBe(19);
      expect(new TextDecoder().decode(m)).toBe("hello, mapped world");
      expect(permsOf(m)).toBe("r--s");
      expect(Munmap(m)).toBeNull();
      expect(m.length).toBe(0); // detached: no view can reach the old range
      expect(Munmap(m)).toBe(EINVAL);
    }));
  });

  test("writes through MAP_SHARED reach the file; through MAP_PRIVATE they do not; an offset maps from there", async () => {
    await withFile("", 2 * PAGE, O_RDWR, (fd) => {
      const [shared] = Mmap(fd, 0, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED);
      shared.set(new TextEncoder().encode("written through"), 0);
      const back = new Uint8Array(15);
      expect(Pread(fd, back, 0)).toEqual([15, null]);
      expect(new TextDecoder().decode(back)).toBe("written through");
      const [priv] = Mmap(fd, 0, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE);
      expect(priv[0]).toBe("w".charCodeAt(0));
      priv[0] = 0x21;
      expect(Pread(fd, back.subarray(0, 1), 0)).toEqual([1, null]);
      expect(back[0]).toBe("w".charCodeAt(0));
      expect(Pwrite(fd, Uint8Array.of(0x41), PAGE)).toEqual([1, null]);
      const [second, err] = Mmap(fd, PAGE, PAGE, PROT_READ, MAP_SHARED);
      expect(err).toBeNull();
      expect(second[0]).toBe(0x41);
      for (const m of [shared, priv, second]) expect(Munmap(m)).toBeNull();
    });
  });

  test("an anonymous mapping is zeroed, any length (the last page is whole)", () => {
    const m = anon(PAGE + 10);
    expect(m.every((b) => b === 0)).toBe(true);
    m[PAGE + 9] = 9;
    expect(m[PAGE + 9]).toBe(9);
    expect(permsOf(m)).toBe("rw-p");
    expect(Munmap(m)).toBeNull();
  });

  test("Munmap of anything Mmap did not return is EINVAL: a heap Uint8Array, a part, an empty slice", () => {
    const m = anon(2 * PAGE);
    try {
      expect(Munmap(new Uint8Array(PAGE))).toBe(EINVAL);
      expect(Munmap(new Uint8Array(0))).toBe(EINVAL);
      expect(Munmap(m.subarray(0, PAGE))).toBe(EINVAL); // Go: len != cap
      expect(Munmap(m.subarray(PAGE))).toBe(EINVAL); // not the first byte
      expect(m[0]).toBe(0); // still mapped
    } finally {
      // Another view of all of it is the same mapping, as Go's b[:len(b)].
      expect(Munmap(new Uint8Array(m.buffer))).toBeNull();
    }
  });

  test("errno paths: EINVAL (length <= 0, MAP_FIXED, no sharing type, unaligned offset), EOVERFLOW, EBADF, EACCES, ENODEV, ENOMEM", async () => {
    const E0 = new Uint8Array(0);
    expect(Mmap(-1, 0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS)).toEqual([E0, EINVAL]);
    expect(Mmap(-1, 0, -1, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS)).toEqual([E0, EINVAL]);
    expect(Mmap(-1, 0, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED)).toEqual([E0, EINVAL]);
    expect(Mmap(-1, 0, PAGE, PROT_READ, MAP_ANONYMOUS)).toEqual([E0, EINVAL]);
    expect(Mmap(-1, 0, PAGE, PROT_READ, MAP_PRIVATE)).toEqual([E0, EBADF]);
    expect(Mmap(2 ** 31, 0, PAGE, PROT_READ, MAP_PRIVATE)).toEqual([E0, EBADF]);
    // Past what Bun can view (4 GiB): nothing is mapped.
    expect(Mmap(-1, 0, 2 ** 32 + PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE)).toEqual([E0, ENOMEM]);
    await noFdLeak(async () => {
      await withFile("x", PAGE, O_RDONLY, (fd) => {
        expect(Mmap(fd, 1, PAGE, PROT_READ, MAP_PRIVATE)).toEqual([E0, EINVAL]);
        expect(Mmap(fd, -PAGE, PAGE, PROT_READ, MAP_PRIVATE)).toEqual([E0, EOVERFLOW]);
        expect(Mmap(fd, 0, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED)).toEqual([E0, EACCES]);
      });
      await withFile("x", PAGE, O_WRONLY, (fd) => {
        expect(Mmap(fd, 0, PAGE, PROT_READ, MAP_SHARED)).toEqual([E0, EACCES]);
      });
      const p = [-1, -1];
      expect(Pipe2(p, O_CLOEXEC)).toBeNull();
      expect(Mmap(p[0]!, 0, PAGE, PROT_READ, MAP_PRIVATE)).toEqual([E0, ENODEV]);
      Close(p[0]!);
      Close(p[1]!);
      expect(Mmap(p[0]!, 0, PAGE, PROT_READ, MAP_PRIVATE)).toEqual([E0, EBADF]); // closed
    });
  });

  test("bad input throws before any call", () => {
    expect(() => Mmap(bad("0"), 0, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS)).toThrow(TypeError);
    expect(() => Mmap(-1, 0.5, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS)).toThrow(TypeError);
    expect(() => Mmap(-1, 0, NaN, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS)).toThrow(TypeError);
    expect(() => Mmap(-1, 0, 2 ** 53, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS)).toThrow(RangeError);
    expect(() => Mmap(-1, 0, PAGE, 2 ** 32, MAP_PRIVATE | MAP_ANONYMOUS)).toThrow(RangeError);
    expect(() => Mmap(-1, 0, PAGE, PROT_READ, bad(1n))).toThrow(TypeError);
    expect(() => Munmap(bad(null))).toThrow(TypeError);
    expect(() => Munmap(bad([1, 2]))).toThrow(TypeError);
    expect(() => Munmap(bad(new ArrayBuffer(8)))).toThrow(TypeError);
  });

  test("after Munmap no access can fault: a child Bun touches it every way and exits 0; the range is freed once collected", async () => {
    await withFile("mapped, then unmapped", PAGE, O_RDWR, async (_fd, path) => {
      const child = Bun.spawn([process.execPath, join(import.meta.dir, "fixtures", "sys-mman-child.ts"), path], { stdout: "pipe", stderr: "pipe", env: process.env });
      const timer = setTimeout(() => child.kill("SIGKILL"), 15000);
      const [out, errText, code] = await Promise.all([new Response(child.stdout).text(), new Response(child.stderr).text(), child.exited]);
      clearTimeout(timer);
      expect(errText).toBe("");
      expect(child.signalCode).toBeNull();
      expect(code).toBe(0);
      const r = JSON.parse(out);
      expect(r.before).toEqual({ first: "m".charCodeAt(0), mapped: true });
      expect(r.unmap).toBe(0);
      expect(r.after).toEqual({
        length: 0, read: null, readAgain: null, fill: "TypeError", subLength: 0, subRead: null, dataView: "TypeError",
        bufferLength: 0, raw: 0, placeholder: true, twice: EINVAL.errno,
      });
      expect(r.released).toBe(true);
      if (isRoot) {
        expect(r.lockall).toBe(0);
        expect(r.locked).toBeGreaterThan(0);
      } else {
        expect([0, ENOMEM.errno, EPERM.errno]).toContain(r.lockall);
      }
      expect(r.unlockall).toBe(0);
      expect(r.unlocked).toBe(0);
    });
  }, 20000);
});

describe("Mprotect, Madvise", () => {
  test("Mprotect changes a mapping's protection (seen in /proc/self/maps) and back", () => {
    const m = anon(2 * PAGE);
    try {
      expect(Mprotect(m, PROT_READ)).toBeNull();
      expect(permsOf(m)).toBe("r--p");
      expect(Mprotect(m.subarray(PAGE), PROT_NONE)).toBeNull(); // the second page only
      expect(Mprotect(m, PROT_READ | PROT_WRITE)).toBeNull();
      expect(permsOf(m)).toBe("rw-p");
      m[0] = 1;
      expect(m[0]).toBe(1);
      expect(Mprotect(new Uint8Array(0), PROT_READ)).toBe(EINVAL); // Go passes &_zero, which is not page-aligned
    } finally {
      Munmap(m);
    }
  });

  test("Madvise(MADV_DONTNEED) drops a private anonymous mapping's pages: they read as zero again", () => {
    const m = anon(PAGE);
    try {
      m.fill(5);
      expect(Madvise(m, MADV_WILLNEED)).toBeNull();
      expect(m[100]).toBe(5);
      expect(Madvise(m, MADV_DONTNEED)).toBeNull();
      expect(m[100]).toBe(0);
    } finally {
      Munmap(m);
    }
  });

  test("EINVAL for memory Mmap did not return (Bun's heap), an unaligned start, an unknown advice, an unmapped mapping", () => {
    const heap = new Uint8Array(4 * PAGE);
    expect(Mprotect(heap, PROT_NONE)).toBe(EINVAL);
    expect(Madvise(heap, MADV_DONTNEED)).toBe(EINVAL);
    expect(heap.every((b) => b === 0)).toBe(true);
    const m = anon(2 * PAGE);
    expect(Mprotect(m.subarray(1), PROT_READ)).toBe(EINVAL); // unaligned: the kernel's EINVAL
    expect(Madvise(m, 9999)).toBe(EINVAL);
    const before = m.subarray(0, PAGE);
    expect(Munmap(m)).toBeNull();
    expect(Mprotect(m, PROT_READ)).toBe(EINVAL); // detached
    expect(Madvise(before, MADV_DONTNEED)).toBe(EINVAL);
  });

  test("a subclass whose byteLength lies cannot widen the range", () => {
    const m = anon(PAGE);
    class Liar extends Uint8Array {
      override get byteLength() {
        return 1 << 30;
      }
    }
    try {
      const liar = new Liar(m.buffer as ArrayBuffer, 0, PAGE);
      expect(Mprotect(liar, PROT_READ)).toBeNull(); // the true PAGE bytes: inside the mapping
      expect(permsOf(m)).toBe("r--p");
      expect(Mprotect(liar, PROT_READ | PROT_WRITE)).toBeNull();
      expect(Munmap(liar)).toBeNull();
    } finally {
      Munmap(m);
    }
  });

  test("bad input throws", () => {
    const m = anon(PAGE);
    try {
      expect(() => Mprotect(bad("m"), PROT_READ)).toThrow(TypeError);
      expect(() => Mprotect(m, bad("1"))).toThrow(TypeError);
      expect(() => Mprotect(m, 2 ** 32)).toThrow(RangeError);
      expect(() => Madvise(m, NaN)).toThrow(TypeError);
      expect(() => Madvise(bad(null), MADV_DONTNEED)).toThrow(TypeError);
    } finally {
      Munmap(m);
    }
  });
});

describe("Mlock, Munlock, Mlockall, Munlockall", () => {
  const vmLck = () => Number(/^VmLck:\s*(\d+)/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1]);

  // Locking needs CAP_IPC_LOCK, or RLIMIT_MEMLOCK room for what is locked already plus the 4 pages and a 64-byte buffer's page.
  const memlock = Number(/^Max locked memory\s+(\d+|unlimited)/m.exec(readFileSync("/proc/self/limits", "utf8"))?.[1]?.replace("unlimited", "Infinity") ?? 0);
  const lockReason = hasCap("CAP_IPC_LOCK") || memlock >= vmLck() * 1024 + 6 * PAGE ? null : `no CAP_IPC_LOCK and RLIMIT_MEMLOCK ${memlock} bytes: too little to lock 4 pages`;
  test.skipIf(lockReason !== null)(`Mlock locks a mapping's pages (VmLck), Munlock unlocks them; any buffer may be locked${lockReason ? ` [skipped: ${lockReason}]` : ""}`, () => {
    const m = anon(4 * PAGE);
    try {
      const before = vmLck();
      expect(Mlock(m)).toBeNull();
      expect(vmLck()).toBe(before + (4 * PAGE) / 1024);
      expect(Munlock(m)).toBeNull();
      expect(vmLck()).toBe(before);
      const heap = new Uint8Array(64);
      expect(Mlock(heap)).toBeNull();
      expect(Munlock(heap)).toBeNull();
      expect(Mlock(new Uint8Array(0))).toBeNull();
    } finally {
      Munmap(m);
    }
  });

  test.skipIf(lockReason === null || hasCap("CAP_IPC_LOCK"))(`Mlock past RLIMIT_MEMLOCK without CAP_IPC_LOCK is ENOMEM (EPERM with a zero limit), and locks nothing${lockReason === null || hasCap("CAP_IPC_LOCK") ? " [skipped: this process may lock the pages]" : ""}`, () => {
    const m = anon(4 * PAGE);
    try {
      const before = vmLck();
      expect([ENOMEM, EPERM] as unknown[]).toContain(Mlock(m));
      expect(vmLck()).toBe(before);
    } finally {
      Munmap(m);
    }
  });

  test("Mlockall: EINVAL for no flags or MCL_ONFAULT alone (the success path runs in the child above); Munlockall", () => {
    expect(Mlockall(0)).toBe(EINVAL);
    expect(Mlockall(4)).toBe(EINVAL); // MCL_ONFAULT without MCL_CURRENT or MCL_FUTURE
    expect(Mlockall(0x100)).toBe(EINVAL);
    expect(Munlockall()).toBeNull();
    expect(MCL_CURRENT | MCL_FUTURE).toBe(3);
  });

  test("bad input throws", () => {
    expect(() => Mlock(bad("x"))).toThrow(TypeError);
    expect(() => Munlock(bad(undefined))).toThrow(TypeError);
    expect(() => Mlockall(bad("1"))).toThrow(TypeError);
    expect(() => Mlockall(2 ** 40)).toThrow(RangeError);
  });
});
