/**
 * Tests for src/libc.ts (the dlopen table, errno capture, argument checks,
 * string marshalling) and the arch facts of src/layout.ts.
 *
 * errno capture is the risky part (bun:ffi has no errno API; the package reads
 * the thread's errno through __errno_location()): it is checked under load,
 * with GC and allocation between calls, on the main thread and concurrently
 * on a Worker thread.
 */
import { describe, expect, test } from "bun:test";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import {
  Close, EBADF, EINVAL, ENAMETOOLONG, ENOENT, Fstat, Mkdir, Open, O_CLOEXEC, O_RDONLY, Pipe2, Read, Rmdir, S_IFDIR, S_IFMT,
  Stat, Stat_t, Write,
} from "../src/index.ts";
import { C, arrayArg, bufPtr, bytesArg, cstring, errno, fdArg, int64Arg, intArg, isA, objArg, strElem, symbolAddress } from "../src/libc.ts";
import { ARCH, STAT, SYS } from "../src/layout.ts";
import { errnoLoad, type LoadResult } from "./fixtures/errno-load.ts";
import { inChild, noChildBun, noFdLeak, scratchDir } from "./helpers.ts";

const ITERATIONS = 200_000;

/** The bytes of a cstring() result up to (not including) its NUL. */
function untilNul(b: Uint8Array): Uint8Array {
  const i = b.indexOf(0);
  if (i < 0) throw new Error("no NUL terminator");
  return b.subarray(0, i);
}

describe("errno capture", () => {
  test("errno() reads the failing call's errno at once", () => {
    expect(C.close(-1)).toBe(-1);
    expect(errno()).toBe(9); // EBADF
    const missing = cstring("/nonexistent-bun-syscall-libc-test")!;
    expect(C.chdir(missing)).toBe(-1);
    expect(errno()).toBe(2); // ENOENT
  });

  test(`exact Errno for ${ITERATIONS} alternating failing calls under allocation and GC`, async () => {
    const { dir, cleanup } = scratchDir();
    try {
      const r = await noFdLeak(() => errnoLoad(dir, ITERATIONS));
      expect(r.first).toEqual([]);
      expect(r.mismatches).toBe(0);
      expect(r.checked).toBe(ITERATIONS);
      // Every kind of result really occurred, in about equal numbers.
      const kinds = ["bad file descriptor", "no such file or directory", "file exists", "directory not empty", "is a directory", "nil"];
      expect(Object.keys(r.seen).sort()).toEqual(kinds.sort());
      for (const k of kinds) expect(r.seen[k]).toBeGreaterThan(ITERATIONS / 6 - 2);
    } finally {
      cleanup();
    }
  }, 30_000);

  test("the same, on a Worker thread running concurrently with the main thread", async () => {
    const main = scratchDir(), other = scratchDir();
    const worker = new Worker(new URL("./fixtures/errno-worker.ts", import.meta.url).href);
    try {
      const messages: unknown[] = [];
      let wake: (() => void) | null = null;
      worker.onmessage = (ev: MessageEvent) => {
        messages.push(ev.data);
        wake?.();
      };
      const errors: string[] = [];
      worker.onerror = (ev) => {
        errors.push(String((ev as ErrorEvent).message));
        wake?.();
      };
      const next = async (): Promise<unknown> => {
        const deadline = Date.now() + 20_000;
        while (messages.length === 0 && errors.length === 0) {
          if (Date.now() > deadline) throw new Error("worker did not answer in 20 s");
          await new Promise<void>((res) => {
            wake = res;
            setTimeout(res, 100);
          });
        }
        if (errors.length) throw new Error(`worker error: ${errors.join("; ")}`);
        return messages.shift();
      };

      expect(await next()).toBe("ready");
      worker.postMessage({ root: other.dir, iterations: ITERATIONS });
      // The worker starts at once; the main thread runs its own loop meanwhile.
      const mine = errnoLoad(main.dir, ITERATIONS);
      const theirs = (await next()) as LoadResult | { error: string };
      if ("error" in theirs) throw new Error(theirs.error);

      expect(mine.first).toEqual([]);
      expect(mine.mismatches).toBe(0);
      expect(theirs.first).toEqual([]);
      expect(theirs.mismatches).toBe(0);
      expect(theirs.checked).toBe(ITERATIONS);
      expect(Object.keys(theirs.seen)).toHaveLength(6);
      // The two loops really ran at the same time.
      const overlap = Math.min(mine.end, theirs.end) - Math.max(mine.start, theirs.start);
      expect(overlap).toBeGreaterThan(0);
    } finally {
      worker.terminate();
      main.cleanup();
      other.cleanup();
    }
  }, 30_000);
});

describe("arrayArg", () => {
  const counted = (items: unknown[]) => {
    const reads = new Map<string, number>();
    const p = new Proxy(items, { get: (t, k, r) => (typeof k === "string" && /^\d+$/.test(k) && reads.set(k, (reads.get(k) ?? 0) + 1), Reflect.get(t, k, r)) });
    return { p, reads };
  };
  test("copies, reading each element once; with prev it returns prev itself when every element is the same", () => {
    const first = arrayArg("xs", ["a", "b", "c"], 10, strElem)!;
    expect(first).toEqual(["a", "b", "c"]);
    const same = counted(["a", "b", "c"]);
    expect(arrayArg("xs", same.p, 10, strElem, first)).toBe(first);
    expect([...same.reads.values()]).toEqual([1, 1, 1]);
    // A change anywhere gives a new copy with every element checked, prev untouched.
    const changed = counted(["a", "x", "c"]);
    const copy = arrayArg("xs", changed.p, 10, strElem, first)!;
    expect(copy).not.toBe(first);
    expect(copy).toEqual(["a", "x", "c"]);
    expect(first).toEqual(["a", "b", "c"]);
    expect([...changed.reads.values()]).toEqual([1, 1, 1]);
    // A bad element after equal ones still throws, naming its index.
    expect(() => arrayArg("xs", ["a", 5, "c"], 10, strElem, first)).toThrow("xs[1] must be a string, got number 5");
    // Another length is never prev.
    expect(arrayArg("xs", ["a", "b"], 10, strElem, first)).toEqual(["a", "b"]);
  });
});

describe("cstring", () => {
  const enc = new TextEncoder();

  test("an embedded NUL gives null, and the calls return EINVAL as Go's do", () => {
    expect(cstring("a\0b")).toBeNull();
    expect(cstring("\0")).toBeNull();
    expect(cstring("abc\0", -1)).toBeNull();
    expect(Open("/tmp\0/x", O_RDONLY, 0)).toEqual([-1, EINVAL]);
    expect(Stat("/\0", new Stat_t())).toBe(EINVAL);
    expect(Mkdir("x\0y", 0o755)).toBe(EINVAL);
  });

  test("a scratch buffer is reused for the string it already holds, per slot, and re-encoded for any other", () => {
    const text = (b: Uint8Array | null) => new TextDecoder().decode(untilNul(b!));
    expect(text(cstring("/etc", 0))).toBe("/etc");
    expect(text(cstring("/usr", 1))).toBe("/usr");
    expect(text(cstring("/etc", 0))).toBe("/etc");
    expect(text(cstring("/", 0))).toBe("/");
    // The same text in the other slot, and a longer string after a shorter one.
    expect(text(cstring("/", 1))).toBe("/");
    expect(text(cstring("/etc/hostname", 0))).toBe("/etc/hostname");
    expect(text(cstring("/etc", 0))).toBe("/etc");
    // A string built at run time equal to the held one: the same bytes.
    expect(text(cstring(["/e", "tc"].join(""), 0))).toBe("/etc");
    // Still checked when not held: NUL and lone surrogates are refused after a hit.
    expect(cstring("/etc\0", 0)).toBeNull();
    expect(cstring("/etc\ud800", 0)).toBeNull();
    expect(text(cstring("/etc", 0))).toBe("/etc");
    // The calls see the right path, alternating.
    const st = new Stat_t();
    for (let i = 0; i < 4; i++) {
      expect(Stat("/", st)).toBeNull();
      expect(Stat("/nonexistent-bun-syscall-cache", st)).toBe(ENOENT);
    }
  });

  test("a non-string is a TypeError (and so is a non-string path)", () => {
    const cs = cstring as (s: unknown) => Uint8Array | null;
    for (const bad of [1, null, undefined, Buffer.from("abc"), { toString: () => "x" }, ["a"], 1n]) {
      expect(() => cs(bad)).toThrow(TypeError);
    }
    const stat = Stat as (p: unknown, st: Stat_t) => unknown;
    expect(() => stat(42, new Stat_t())).toThrow(TypeError);
    expect(() => stat(new URL("file:///tmp"), new Stat_t())).toThrow(TypeError);
  });

  test("a lone surrogate has no UTF-8: null (the callers' EINVAL), never U+FFFD, which would name another file", () => {
    for (const s of ["\ud800", "x\udc00y", "\ud83d"]) for (const slot of [0, 1, -1] as const) expect(cstring(s, slot)).toBeNull();
    expect(cstring("\ud83d\ude00", 0)).not.toBeNull(); // a whole pair is fine
  });

  test("UTF-8 round trip, in the scratch buffers and past them", () => {
    const cases = [
      "",
      "abc",
      "é😀",
      "\u0800".repeat(4096), // 12288 bytes + NUL: exactly fills the scratch buffer
      "\u0800".repeat(4097), // one more: allocated
      "é😀x".repeat(4100), // 16400 UTF-16 units, 28700 bytes
      "a".repeat(12290),
    ];
    for (const s of cases) {
      const want = enc.encode(s);
      for (const slot of [0, 1, -1] as const) {
        const b = cstring(s, slot)!;
        expect(b).not.toBeNull();
        const got = untilNul(b);
        expect({ len: s.length, slot, n: got.length }).toEqual({ len: s.length, slot, n: want.length });
        expect(Buffer.from(got).equals(Buffer.from(want))).toBe(true);
      }
    }
  });

  test("slots 0 and 1 are separate buffers; slot -1 is a fresh exact-size buffer", () => {
    const a = cstring("first", 0)!;
    const b = cstring("second-longer", 1)!;
    expect(a).not.toBe(b);
    expect(new TextDecoder().decode(untilNul(a))).toBe("first");
    expect(new TextDecoder().decode(untilNul(b))).toBe("second-longer");
    // A shorter string in the same slot is terminated, not mixed with the old one.
    cstring("second-longer", 0);
    expect(new TextDecoder().decode(untilNul(cstring("ab", 0)!))).toBe("ab");
    const k1 = cstring("keep", -1)!, k2 = cstring("keep", -1)!;
    expect(k1).not.toBe(k2);
    expect(k1.length).toBe(5);
    expect([...k1]).toEqual([0x6b, 0x65, 0x65, 0x70, 0]);
    cstring("overwrite", 0);
    expect([...k1]).toEqual([0x6b, 0x65, 0x65, 0x70, 0]);
  });

  test("a path longer than the scratch buffers reaches the kernel whole: ENAMETOOLONG", () => {
    const st = new Stat_t();
    const long = "/nonexistent-" + "é😀".repeat(4200); // 12613 UTF-16 units, 25213 bytes
    expect(long.length).toBeGreaterThan(12289);
    expect(Stat(long, st)).toBe(ENAMETOOLONG);
    expect(Open(long, O_RDONLY, 0)).toEqual([-1, ENAMETOOLONG]);
    // One component over 255 bytes (though the whole path is short).
    expect(Stat("/tmp/" + "é".repeat(128), st)).toBe(ENAMETOOLONG);
    // Just under the limits: the kernel looks it up and says it is not there.
    expect(Stat("/nonexistent-" + "é".repeat(100), st)).toBe(ENOENT);
  });

  test("multi-byte names: Mkdir and Stat agree with node:fs", () => {
    const { dir, cleanup } = scratchDir();
    try {
      const name = "é😀";
      const p = join(dir, name);
      expect(Mkdir(p, 0o755)).toBeNull();
      expect(existsSync(p)).toBe(true);
      expect(readdirSync(dir)).toEqual([name]);
      const st = new Stat_t();
      expect(Stat(p, st)).toBeNull();
      expect(st.Mode & S_IFMT).toBe(S_IFDIR);
      // A deep path of multi-byte components, near PATH_MAX, built one level at a time.
      const part = "é😀ü".repeat(30); // 30 * (2 + 4 + 2) = 240 bytes, under NAME_MAX
      expect(enc.encode(part).length).toBe(240);
      let deep = p;
      while (enc.encode(join(deep, part)).length < 4000) {
        deep = join(deep, part);
        expect(Mkdir(deep, 0o700)).toBeNull();
      }
      expect(enc.encode(deep).length).toBeGreaterThan(3700);
      expect(existsSync(deep)).toBe(true);
      expect(Stat(deep, st)).toBeNull();
      expect(st.Mode & S_IFMT).toBe(S_IFDIR);
      expect(Rmdir(deep)).toBeNull();
      expect(existsSync(deep)).toBe(false);
      expect(Rmdir(p)).not.toBeNull(); // not empty
      rmSync(p, { recursive: true });
      expect(Stat(p, st)).toBe(ENOENT);
    } finally {
      cleanup();
    }
  });
});

describe("fdArg", () => {
  test("C int range passes; outside it becomes -1, never a wrapped real fd", () => {
    expect(fdArg(0)).toBe(0);
    expect(fdArg(3)).toBe(3);
    expect(fdArg(0x7fffffff)).toBe(0x7fffffff);
    expect(fdArg(-1)).toBe(-1);
    expect(fdArg(-100)).toBe(-100); // AT_FDCWD
    expect(fdArg(-(2 ** 31))).toBe(-(2 ** 31));
    expect(fdArg(2 ** 31)).toBe(-1);
    expect(fdArg(2 ** 32)).toBe(-1); // not fd 0
    expect(fdArg(2 ** 32 + 1)).toBe(-1); // not fd 1
    expect(fdArg(-(2 ** 31) - 1)).toBe(-1);
    expect(fdArg(2 ** 53)).toBe(-1);
  });

  test("a non-integer is a TypeError", () => {
    for (const bad of [1.5, "3", NaN, Infinity, -Infinity, 3n, null, undefined, {}]) {
      expect(() => fdArg(bad)).toThrow(TypeError);
    }
    const close = Close as (fd: unknown) => unknown;
    expect(() => close(1.5)).toThrow(TypeError);
    expect(() => close("3")).toThrow(TypeError);
  });

  test("2^32 + fd reaches no real fd: EBADF, and the fd is untouched", async () => {
    await noFdLeak(() => {
      const p = [0, 0];
      expect(Pipe2(p, O_CLOEXEC)).toBeNull();
      const [r, w] = p as [number, number];
      try {
        expect(Write(w, new Uint8Array([42]))).toEqual([1, null]);
        const buf = new Uint8Array(4);
        expect(Read(2 ** 32 + r, buf)).toEqual([-1, EBADF]);
        expect(Close(2 ** 32 + r)).toBe(EBADF);
        expect(Close(2 ** 32)).toBe(EBADF);
        expect(Close(2 ** 31)).toBe(EBADF);
        expect(Close(-1)).toBe(EBADF);
        expect(Fstat(2 ** 32 + w, new Stat_t())).toBe(EBADF);
        // Still open, data still there.
        expect(Fstat(r, new Stat_t())).toBeNull();
        expect(Read(r, buf)).toEqual([1, null]);
        expect(buf[0]).toBe(42);
      } finally {
        expect(Close(r)).toBeNull();
        expect(Close(w)).toBeNull();
      }
    });
  });
});

describe("other argument checks", () => {
  test("intArg, int64Arg, bytesArg, objArg, bufPtr", () => {
    expect(intArg("x", 5)).toBe(5);
    expect(intArg("x", 0xffffffff)).toBe(0xffffffff);
    expect(() => intArg("x", 2 ** 32)).toThrow(RangeError);
    expect(() => intArg("x", -1, 0)).toThrow(RangeError);
    expect(() => intArg("x", 1.5)).toThrow(TypeError);
    expect(() => intArg("x", "5")).toThrow(TypeError);
    expect(int64Arg("off", 2 ** 53 - 1)).toBe(2 ** 53 - 1);
    expect(int64Arg("off", -(2 ** 53 - 1))).toBe(-(2 ** 53 - 1));
    expect(() => int64Arg("off", 2 ** 53)).toThrow(RangeError);
    expect(() => int64Arg("off", 1n)).toThrow(TypeError);
    const u = new Uint8Array(3);
    expect(bytesArg("p", u)).toBe(u);
    expect(bytesArg("p", Buffer.alloc(1))).toBeInstanceOf(Uint8Array);
    expect(() => bytesArg("p", new ArrayBuffer(3))).toThrow(TypeError);
    expect(() => bytesArg("p", [1, 2])).toThrow(TypeError);
    expect(() => bytesArg("p", new Uint16Array(2))).toThrow(TypeError);
    const o = {};
    expect(objArg("st", o)).toBe(o);
    expect(() => objArg("st", null)).toThrow(TypeError);
    expect(() => objArg("st", 5)).toThrow(TypeError);
    expect(bufPtr(u)).toBe(u);
    const z = bufPtr(new Uint8Array(0));
    expect(z.byteLength).toBe(1);
  });

  test("bytesArg: a Proxy of a Uint8Array (which answers instanceof and getPrototypeOf as its target) is the package's TypeError, at the call, not bun:ffi's later", () => {
    const px = new Proxy(new Uint8Array(4), {});
    expect(px instanceof Uint8Array).toBe(true); // what the old fast path trusted
    expect(() => bytesArg("p", px)).toThrow(/^p must be a Uint8Array/);
    // And through calls that keep it for later (a control message's Data) or pass it on at once.
    const { Write, SocketControlMessage } = require("../src/index.ts") as typeof import("../src/index.ts");
    expect(() => Write(1, px)).toThrow(/^p must be a Uint8Array/);
    expect(() => new SocketControlMessage({ Data: px } as never)).toThrow(/Data must be a Uint8Array/);
    // A plain one and a Buffer still take the fast path: returned as they are.
    const u = new Uint8Array(2), b = Buffer.alloc(2);
    expect(bytesArg("p", u)).toBe(u);
    expect(bytesArg("p", b)).toBe(b);
  });

  test("a detached buffer (transferred) is Go's empty slice where a call views its bytes: ParseDirent gives (0, 0, names), not the engine's 'already detached' TypeError", () => {
    const { ParseDirent } = require("../src/index.ts") as typeof import("../src/index.ts");
    const b = new Uint8Array(64);
    structuredClone(b.buffer, { transfer: [b.buffer] });
    expect(b.buffer.detached).toBe(true);
    expect(ParseDirent(b, -1, ["kept"])).toEqual([0, 0, ["kept"]]);
  });

  test("bytesArg: a detached Uint8Array that takes the engine-getter path (a subclass, or one with its own length) is the empty slice, not the engine's TypeError", () => {
    class Sub extends Uint8Array {}
    const s = new Sub(8);
    structuredClone(s.buffer, { transfer: [s.buffer] });
    expect(bytesArg("p", s).length).toBe(0);
    const own = new Uint8Array(8);
    Object.defineProperty(own, "length", { value: 8 });
    structuredClone(own.buffer, { transfer: [own.buffer] });
    expect(bytesArg("p", own).length).toBe(0);
    const { Write } = require("../src/index.ts") as typeof import("../src/index.ts");
    expect(Write(1, s)).toEqual([0, null]);
  });

  test("symbolAddress gives the bound function's address", () => {
    const a = symbolAddress("close");
    expect(typeof a).toBe("number");
    expect(Number(a)).toBeGreaterThan(0x1000);
    expect(symbolAddress("syscall")).not.toBe(a);
  });
});

describe("layout", () => {
  // Importing on another OS or CPU must throw a clear error (layout.ts's
  // detect()); that cannot be exercised on this Linux machine.
  test("ARCH matches process.arch; struct stat has the arch's size", () => {
    expect(process.platform).toBe("linux");
    const want = ({ x64: "amd64", arm64: "arm64" } as Record<string, string>)[process.arch];
    expect(ARCH).toBe(want as typeof ARCH);
    expect(STAT.size).toBe(ARCH === "amd64" ? 144 : 128);
    expect(STAT.nlinkSize).toBe(ARCH === "amd64" ? 8 : 4);
    expect(SYS.newfstatat).toBe(ARCH === "amd64" ? 262 : 79);
  });
});

describe("isA", () => {
  test("answers by the prototype chain, never by a static Symbol.hasInstance", () => {
    class Mine {}
    class Sub extends Mine {}
    const liar = (answer: boolean) => ({ value: () => answer, configurable: true });
    Object.defineProperty(Mine, Symbol.hasInstance, liar(true));
    expect({} instanceof Mine).toBe(true); // the lie works on instanceof ...
    expect(isA(Mine, {})).toBe(false); // ... and not on isA
    expect(isA(Mine, new Sub())).toBe(true);
    Object.defineProperty(Mine, Symbol.hasInstance, liar(false));
    expect(new Mine() instanceof Mine).toBe(false);
    expect(isA(Mine, new Mine())).toBe(true);
    // A built-in constructor, restored afterwards.
    Object.defineProperty(Uint8Array, Symbol.hasInstance, liar(false));
    try {
      expect(isA(Uint8Array, new Uint8Array(1))).toBe(true);
      expect(isA(Uint8Array, new Int8Array(1))).toBe(false);
    } finally {
      delete (Uint8Array as unknown as Record<symbol, unknown>)[Symbol.hasInstance];
    }
    expect(new Uint8Array(1) instanceof Uint8Array).toBe(true);
    for (const v of [null, undefined, 0, "s", Symbol("x"), 2 ** 53]) expect(isA(Mine, v)).toBe(false);
  });
  test("a non-callable C answers false (OrdinaryHasInstance), where instanceof throws", () => {
    expect(isA({} as unknown as Function, {})).toBe(false);
    expect(() => ({}) instanceof ({} as unknown as Function)).toThrow(TypeError);
  });
});

test.skipIf(noChildBun !== null)(`isA ends an endless prototype chain (a Proxy answering a new Proxy), where instanceof hangs: Kill, Stat and Wait4Async return or throw (in a child)${noChildBun ? ` [skipped: ${noChildBun}]` : ""}`, async () => {
  const r = await inChild([join(import.meta.dir, "fixtures", "isa-endless.ts")], 20000);
  expect(r).toEqual({ isA: false, kill: "threw TypeError", stat: "null", statFilled: true, wait: "threw TypeError" });
}, 25000);
