/**
 * Second bug hunt over ReadAsync, WriteAsync, the fd streams, ParseDirent
 * and Mmap. In a child (test/fixtures/hunt-asyncio2.ts): an fd closed and
 * its number reused while a call was pending (the old code read and wrote
 * the new file behind the number), and programs that replaced the stream
 * controllers' methods, the controller's signal getter, AbortController's
 * abort, Uint8Array's slice, Array.prototype.push and TextDecoder's decode,
 * Array's iterator, Map's methods and ArrayBuffer's transfer (which let
 * Madvise, Mprotect and Munmap act on Bun's heap, or crashed it).
 * In process: buffers at odd offsets, shared and resizable, and Mmap's and
 * ParseDirent's edges, compared with the kernel and with Go (go1.19).
 */
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import {
  Close, EFAULT, EINVAL, ENOMEM, EOVERFLOW, MAP_ANON, MAP_PRIVATE, Madvise, Mmap, Mprotect, Munmap, O_CLOEXEC, O_DIRECTORY, O_NONBLOCK, O_RDONLY,
  Open, PROT_READ, PROT_WRITE, ParseDirent, Pipe2, Read, ReadAsync, ReadDirent, Write, WriteAsync,
} from "../src/index.ts";
import { inChild } from "./helpers.ts";

const FIX = join(import.meta.dir, "fixtures", "hunt-asyncio2.ts");
const pipe = (flags = 0): [number, number] => {
  const p = [0, 0];
  expect(Pipe2(p, O_CLOEXEC | flags)).toBeNull();
  return p as [number, number];
};

describe("an fd closed while a call is pending, its number then naming another file (in a child)", () => {
  test("the package's Close after the wait ended, before the call resumed, and a file opened under the number: ReadAsync and WriteAsync end with EBADF and leave the file alone (the old code read the file, and wrote into it)", async () => {
    expect(await inChild([FIX, "reopen-pkg"], 10000)).toEqual({
      read: { sameNumber: true, res: [-1, 9], fileLeft: "FILEDATA" },
      write: { sameNumber: true, res: [0, 9], file: "FILEDATA" },
    });
  }, 15000);

  test("closed by node:fs and the number reused by a new pipe: the old ReadAsync ends with EBADF and the new pipe's reader gets its data; the old WriteAsync writes nothing into the new pipe (the old code took the data, and wrote into it)", async () => {
    expect(await inChild([FIX, "reopen-foreign"], 10000)).toEqual({
      read: { sameNumber: true, old: [-1, 9], oldGot: "", new: [6, null], newGot: "SECRET" },
      write: { sameNumber: true, res: [0, 9], newPipeGot: 0 },
    });
  }, 15000);
});

describe("streams with a program's stream, AbortController and Uint8Array methods replaced (in a child)", () => {
  test("FdReadableStream with close: the data, its end, fd closed (the old code errored with the program's slice and left fd open)", async () => {
    expect(await inChild([FIX, "stream-builtins", "readable"], 10000)).toEqual({ readable: { chunks: [[1, 2, 3]], end: "done", closed: true } });
  }, 15000);

  test("FdWritableStream with close and a lying controller signal getter: the write is made and close closes fd (the old code failed with a TypeError and left fd open)", async () => {
    expect(await inChild([FIX, "stream-builtins", "writable"], 10000)).toEqual({ writable: { res: "ok", got: [9, 8], closed: true } });
  }, 15000);

  test("a stream cancelled while its read waits, AbortController.prototype.abort doing nothing: what is written later stays for the caller (the old code's read went on and took it)", async () => {
    expect(await inChild([FIX, "stream-builtins", "cancel"], 10000)).toEqual({ cancel: { done: true, left: "LATER" } });
  }, 15000);
});

describe("streams with Object.prototype given stream-source keys (in a child)", () => {
  test("Object.prototype.start that throws: the streams work and close their fds (the old code's streams errored at once, fds left open)", async () => {
    expect(await inChild([FIX, "proto-source", "start"], 10000)).toEqual({ proto: { chunk: [1, 2, 3], rClosed: true, write: "ok", wClosed: true } });
  }, 15000);
  test("Object.prototype.type = \"bytes\": FdWritableStream is made (the old one threw a RangeError from the constructor)", async () => {
    expect(await inChild([FIX, "proto-source", "type"], 10000)).toEqual({ proto: { chunk: [1, 2, 3], rClosed: true, write: "ok", wClosed: true } });
  }, 15000);
});

test("ParseDirent with Array.prototype.push and TextDecoder.prototype.decode replaced: the same names, appended (the old code returned the count without the names; in a child)", async () => {
  expect(await inChild([FIX, "dirent-builtins"], 10000)).toEqual({ dirent: { count: true, consumed: true, names: true, some: true } });
}, 15000);

test("Array.prototype's iterator replaced by one yielding [0, null]: WriteAsync writes its 3 bytes and returns, a stream's read gives its chunk (the old WriteAsync looped for ever, the event loop blocked; in a child)", async () => {
  expect(await inChild([FIX, "iterator"], 5000)).toEqual({ iterator: { wr: [3, null], inPipe: 3, chunk: [1, 2, 3] } });
}, 10000);

test("globalThis.BigInt and Number replaced: ReadAsync reads into p, nothing past it (the old code's iovec base came from the program's BigInt: 8 bytes past p written; in a child)", async () => {
  expect(await inChild([FIX, "globals"], 5000)).toEqual({ globals: { res: [8, null], p: [65, 65, 65, 65, 65, 65, 65, 65], rest: true } });
}, 10000);

describe("Mprotect, Madvise and Munmap still refuse Bun's heap with a program's built-ins replaced (in a child)", () => {
  const want = { mman: { mmap: null, madvise: EINVAL.errno, mprotect: EINVAL.errno, munmap: EINVAL.errno, heapIntact: true, ownUnmap: null } };
  for (const [how, old] of [
    ["array", "an Array iterator yielding [0, {length: 2^53}] made every address look mapped: Madvise zeroed a heap page, Mprotect made it read-only"],
    ["mapnext", "a Map iterator next yielding such a pair: the same"],
    ["mapget", "a Map.prototype.get answering any address: Munmap replaced a heap page by zero pages and detached the heap's buffer"],
  ] as const) {
    test(`${how}: EINVAL, the heap intact (the old code: ${old})`, async () => {
      expect(await inChild([FIX, "mman-builtins", how], 10000)).toEqual(want);
    }, 15000);
  }
  test("ArrayBuffer.prototype.transfer replaced by one that keeps the mapping's memory in a buffer of its own: Munmap never calls it (the old code did, and the kept buffer faulted once the range was unmapped: SIGSEGV)", async () => {
    expect(await inChild([FIX, "mman-transfer"], 10000)).toEqual({ transfer: { err: null, kept: null, read: null } });
  }, 15000);
});

describe("buffers that are shared, resizable or at odd offsets (never red: the kernel's bytes land where the view is)", () => {
  test("a SharedArrayBuffer view at offset 3: ReadAsync fills bytes 3..7 only; WriteAsync writes exactly those", async () => {
    const [r, w] = pipe();
    try {
      const sab = new SharedArrayBuffer(16);
      const u = new Uint8Array(sab, 3, 5);
      expect(Write(w, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toEqual([8, null]);
      expect(await ReadAsync(r, u)).toEqual([5, null]);
      expect(Array.from(new Uint8Array(sab))).toEqual([0, 0, 0, 1, 2, 3, 4, 5, 0, 0, 0, 0, 0, 0, 0, 0]);
      expect(await ReadAsync(r, new Uint8Array(3))).toEqual([3, null]);
      expect(await WriteAsync(w, u)).toEqual([5, null]);
      const got = new Uint8Array(16);
      expect(Read(r, got)).toEqual([5, null]);
      expect(Array.from(got.subarray(0, 5))).toEqual([1, 2, 3, 4, 5]);
    } finally {
      Close(r);
      Close(w);
    }
  });

  test("a resizable buffer shrunk (not to nothing) while WriteAsync waits for room: [n, EFAULT], nothing past the new length written", async () => {
    const [r, w] = pipe(O_NONBLOCK);
    try {
      const rab = new ArrayBuffer(1 << 20, { maxByteLength: 1 << 20 });
      const wr = WriteAsync(w, new Uint8Array(rab));
      await Bun.sleep(5);
      rab.resize(100);
      const drain = new Uint8Array(1 << 16);
      let got = 0;
      for (let [n] = Read(r, drain); n > 0; [n] = Read(r, drain)) got += n;
      const [done, err] = await wr;
      expect(err).toBe(EFAULT);
      expect(done).toBe(got);
      expect(done).toBeLessThan(1 << 20);
      expect(Read(r, drain)[0]).toBe(-1); // EAGAIN: nothing more came
    } finally {
      Close(r);
      Close(w);
    }
  });
});

test("ReadAsync into a read-only mapping, WriteAsync and FdWritableStream from a PROT_NONE one: EFAULT from the kernel, no fault, the pipe's data still there (never red; in a child)", async () => {
  expect(await inChild([FIX, "prot"], 10000)).toEqual({ prot: { read: [-1, EFAULT.errno], write: [0, EFAULT.errno], stream: EFAULT.errno, left: 10 } });
}, 15000);

describe("ParseDirent with hostile names arrays (never red: a TypeError, no partial damage)", () => {
  const records = () => {
    const [fd] = Open("/proc/self", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
    const rab = new ArrayBuffer(1 << 16, { maxByteLength: 1 << 16 });
    const buf = new Uint8Array(rab);
    const [n] = ReadDirent(fd, buf);
    Close(fd);
    expect(n).toBeGreaterThan(0);
    return { rab, buf: buf.subarray(0, n) };
  };
  test("a frozen names array is a TypeError", () => {
    const { buf } = records();
    expect(() => ParseDirent(buf, -1, Object.freeze([]) as unknown as string[])).toThrow(TypeError);
  });
  test("a Proxy names array that detaches or shrinks buf on the first name: a TypeError, not a read of freed bytes", () => {
    for (const how of ["transfer", "shrink"]) {
      const { rab, buf } = records();
      const names = new Proxy([] as string[], {
        set(t, k, v) {
          if (k === "0") how === "transfer" ? rab.transfer() : rab.resize(40);
          (t as unknown as Record<PropertyKey, unknown>)[k] = v;
          return true;
        },
      });
      expect(() => ParseDirent(buf, -1, names)).toThrow(TypeError);
    }
  });
});

describe("Mmap's edges, as Go's (go1.19 on this kernel gave the same errors; never red)", () => {
  const A = MAP_ANON | MAP_PRIVATE;
  test("lengths 0, -1, 2^53-1; 2^53 a RangeError; offsets not page aligned; a negative file offset", () => {
    expect(Mmap(-1, 0, 0, PROT_READ, A)[1]).toBe(EINVAL);
    expect(Mmap(-1, 0, -1, PROT_READ, A)[1]).toBe(EINVAL);
    expect(Mmap(-1, 0, 2 ** 53 - 1, PROT_READ, A)[1]).toBe(ENOMEM);
    expect(() => Mmap(-1, 0, 2 ** 53, PROT_READ, A)).toThrow(RangeError);
    expect(Mmap(-1, 1, 4096, PROT_READ, A)[1]).toBe(EINVAL);
    expect(Mmap(-1, 0, 4096, PROT_READ, -1)[1]).toBe(EINVAL);
    const [fd] = Open("/etc/passwd", O_RDONLY | O_CLOEXEC, 0);
    try {
      expect(Mmap(fd, 1, 4096, PROT_READ, MAP_PRIVATE)[1]).toBe(EINVAL);
      expect(Mmap(fd, -4096, 4096, PROT_READ, MAP_PRIVATE)[1]).toBe(EOVERFLOW);
    } finally {
      Close(fd);
    }
  });
  test("Munmap of a part is EINVAL; Mprotect and Madvise of an unaligned part EINVAL; a DataView over the unmapped buffer throws, never faults", () => {
    const [m, err] = Mmap(-1, 0, 3 * 4096, PROT_READ | PROT_WRITE, A);
    expect(err).toBeNull();
    const dv = new DataView(m.buffer, 100, 200);
    dv.setUint8(0, 7);
    expect(Munmap(m.subarray(0, 4096))).toBe(EINVAL);
    expect(Munmap(m.subarray(4096))).toBe(EINVAL);
    expect(Mprotect(m.subarray(1, 10), PROT_READ)).toBe(EINVAL);
    expect(Madvise(m.subarray(4095, 4097), 4)).toBe(EINVAL);
    expect(m[100]).toBe(7);
    expect(Munmap(m)).toBeNull();
    expect(Munmap(m)).toBe(EINVAL);
    expect(() => dv.getUint8(0)).toThrow(TypeError);
    expect(m.length).toBe(0);
  });
});
