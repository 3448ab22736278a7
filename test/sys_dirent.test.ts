/**
 * Tests for src/sys/dirent.ts against the real kernel: Getdents and
 * ReadDirent read a directory the test makes (names with spaces, UTF-8 and
 * a newline, a subdirectory, a symlink, a FIFO), ParseDirent's names are
 * compared with fs.readdirSync, the records' layout with Go's Dirent, and
 * ParseDirent's edge cases (max, ".", "..", inode 0, records cut short,
 * garbage) with Go's semantics; a differential against Go's own
 * ParseDirent (scripts/oracle/files) runs when `go` is on PATH.
 */
import { describe, test, expect, beforeAll, afterAll } from "bun:test";
import * as fs from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import {
  Getdents, ReadDirent, ParseDirent, Dirent, Open, Close, Seek, Stat, Stat_t, Mkfifo,
  O_RDONLY, O_DIRECTORY, O_CLOEXEC, SEEK_SET, DT_DIR, DT_LNK, DT_REG, DT_FIFO,
  EBADF, EINVAL, ENOTDIR,
} from "../src/index.ts";
import { inChild, noFdLeak, scratchDir } from "./helpers.ts";

const bad = (v: unknown) => v as never;
/** Calls a function with arguments its signature forbids (too few, too many). */
const loose = (f: unknown) => f as (...a: unknown[]) => unknown;
const CLOSED_FD = 1 << 20;
// "\uFEFF." and "\uFEFFbom": a leading U+FEFF (EF BB BF) is part of the name, not a byte-order mark to drop (which made the first ".").
const NAMES = ["plain", "with space", "  lead and trail  ", "é", "日本語.txt", "emoji 🦀", "new\nline", "-dash", ".hidden", "..dots", "\uFEFF.", "\uFEFFbom"];

let dir = "";
let tree = "";
let cleanup = () => {};
beforeAll(() => {
  const s = scratchDir("bun-syscall-sysdirent-");
  dir = fs.realpathSync(s.dir);
  cleanup = s.cleanup;
  tree = join(dir, "tree");
  fs.mkdirSync(join(tree, "subdir"), { recursive: true });
  for (const n of NAMES) fs.writeFileSync(join(tree, n), n);
  fs.symlinkSync("plain", join(tree, "link"));
  fs.symlinkSync("/nonexistent", join(tree, "dangling"));
  expect(Mkfifo(join(tree, "fifo"), 0o600)).toBeNull();
  // What the oracle's bad calls need besides the tree.
  fs.mkdirSync(join(dir, "full"));
  fs.writeFileSync(join(dir, "full", "a"), "");
  fs.writeFileSync(join(dir, "file"), "");
  // Bun opens its spawnSync event fds on the first call and keeps them: open them before any fd-leak check.
  Bun.spawnSync([process.execPath, "--version"], { stdout: "ignore", stderr: "ignore" });
});
afterAll(() => cleanup());

function t(name: string, fn: () => void | Promise<void>, timeout?: number) {
  test(name, () => noFdLeak(fn), timeout);
}
function openDir(path: string): number {
  const [fd, err] = Open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  expect(err).toBeNull();
  return fd;
}
/** All of a directory's records, read with `read` in buffers of size bufSize. */
function records(path: string, bufSize = 8192, read = Getdents): Uint8Array[] {
  const fd = openDir(path);
  const out: Uint8Array[] = [];
  try {
    for (;;) {
      const buf = new Uint8Array(bufSize);
      const [n, err] = read(fd, buf);
      expect(err).toBeNull();
      if (n === 0) return out;
      out.push(buf.subarray(0, n));
    }
  } finally {
    expect(Close(fd)).toBeNull();
  }
}
/** The names ParseDirent gives for all records, appended across buffers as Go's os package does. */
function namesOf(chunks: Uint8Array[]): string[] {
  let names: string[] = [];
  for (const c of chunks) {
    const [consumed, count, nn] = ParseDirent(c, -1, names);
    expect(consumed).toBe(c.length);
    expect(nn).toBe(names);
    names = nn;
    expect(count).toBeGreaterThanOrEqual(0);
  }
  return names;
}
/** Decodes every record of a buffer with Go's Dirent layout. */
function decode(buf: Uint8Array): Dirent[] {
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out: Dirent[] = [];
  for (let off = 0; off < buf.length;) {
    const d = new Dirent();
    d.Ino = v.getBigUint64(off, true);
    d.Off = v.getBigInt64(off + 8, true);
    d.Reclen = v.getUint16(off + 16, true);
    d.Type = buf[off + 18]!;
    d.Name.set(new Int8Array(buf.buffer, buf.byteOffset + off + 19, Math.min(256, d.Reclen - 19)));
    out.push(d);
    off += d.Reclen;
  }
  return out;
}
const nameOf = (d: Dirent) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(d.Name.buffer, 0, d.Name.indexOf(0)));

describe("Getdents, ReadDirent", () => {
  t("the names of a known directory are readdirSync's, whatever the buffer size", () => {
    const want = fs.readdirSync(tree).sort();
    expect(want.length).toBe(NAMES.length + 4); // subdir, link, dangling, fifo
    expect(namesOf(records(tree)).sort()).toEqual(want);
    expect(namesOf(records(tree, 64)).sort()).toEqual(want); // one record per call, or nearly
    expect(namesOf(records(tree, 8192, ReadDirent)).sort()).toEqual(want);
  });

  t("records have Go's Dirent layout: inode, type, name; '.' and '..' are there for ParseDirent to skip", () => {
    const all = records(tree).flatMap(decode);
    const byName = new Map(all.map((d) => [nameOf(d), d]));
    expect(byName.has(".") && byName.has("..")).toBe(true);
    const st = new Stat_t();
    for (const n of NAMES) {
      expect(Stat(join(tree, n), st)).toBeNull();
      expect(byName.get(n)?.Ino).toBe(st.Ino);
      expect(byName.get(n)?.Type).toBe(DT_REG);
    }
    expect(byName.get("subdir")?.Type).toBe(DT_DIR);
    expect(byName.get("link")?.Type).toBe(DT_LNK);
    expect(byName.get("dangling")?.Type).toBe(DT_LNK);
    expect(byName.get("fifo")?.Type).toBe(DT_FIFO);
    for (const d of all) expect(d.Reclen % 8).toBe(0);
  });

  t("a name that is not UTF-8 decodes with U+FFFD", () => {
    const d = join(dir, "latin1");
    fs.mkdirSync(d);
    fs.writeFileSync(Buffer.concat([Buffer.from(d + "/caf"), Buffer.from([0xe9])]), "");
    expect(namesOf(records(d))).toEqual(["caf\uFFFD"]);
  });

  t("Seek rewinds a directory fd; the end reads 0", () => {
    const fd = openDir(tree);
    const buf = new Uint8Array(65536);
    const [n] = Getdents(fd, buf);
    expect(n).toBeGreaterThan(0);
    expect(Getdents(fd, buf)).toEqual([0, null]);
    expect(Seek(fd, 0, SEEK_SET)).toEqual([0, null]);
    expect(Getdents(fd, buf)).toEqual([n, null]);
    expect(Close(fd)).toBeNull();
  });

  t("Getdents: errnos and bad input", () => {
    const fd = openDir(tree);
    expect(Getdents(fd, new Uint8Array(16))).toEqual([-1, EINVAL]); // too small for a record
    expect(Getdents(fd, new Uint8Array(0))).toEqual([-1, EINVAL]);
    const f = Open(join(tree, "plain"), O_RDONLY | O_CLOEXEC, 0)[0];
    expect(Getdents(f, new Uint8Array(4096))).toEqual([-1, ENOTDIR]);
    expect(Getdents(CLOSED_FD, new Uint8Array(4096))).toEqual([-1, EBADF]);
    expect(ReadDirent(-1, new Uint8Array(4096))).toEqual([-1, EBADF]);
    for (const x of [2 ** 31, 2 ** 53, -(2 ** 31) - 1]) expect(Getdents(x, new Uint8Array(4096))).toEqual([-1, EBADF]);
    expect(() => Getdents(bad("3"), new Uint8Array(8))).toThrow(TypeError);
    expect(() => Getdents(NaN, new Uint8Array(8))).toThrow(TypeError);
    expect(() => Getdents(fd, bad([0, 0]))).toThrow(TypeError);
    expect(() => ReadDirent(fd, bad(null))).toThrow(TypeError);
    expect(Close(fd)).toBeNull();
    expect(Close(f)).toBeNull();
  });
});

/** One linux_dirent64 record: reclen rounded up to 8 unless given. */
function rec(ino: bigint, name: string | Uint8Array, reclen?: number): Uint8Array {
  const nb = typeof name === "string" ? new TextEncoder().encode(name) : name;
  const len = reclen ?? (19 + nb.length + 1 + 7) & ~7;
  const b = new Uint8Array(len);
  const v = new DataView(b.buffer);
  v.setBigUint64(0, ino, true);
  v.setUint16(16, len, true);
  b.set(nb.subarray(0, Math.max(0, len - 19)), 19);
  return b;
}
const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe("ParseDirent", () => {
  test("skips '.', '..' and inode 0; counts only names added; max limits them", () => {
    const buf = cat(rec(1n, "."), rec(2n, ".."), rec(3n, "a"), rec(0n, "gone"), rec(4n, "b c"), rec(5n, "..x"), rec(6n, ".d"));
    const [consumed, count, names] = ParseDirent(buf, -1, null);
    expect([consumed, count, names]).toEqual([buf.length, 4, ["a", "b c", "..x", ".d"]]);
    const r1 = rec(1n, "."), r2 = rec(2n, ".."), r3 = rec(3n, "a");
    // max 1 stops after "a": "." and ".." cost bytes but not max.
    expect(ParseDirent(buf, 1, [])).toEqual([r1.length + r2.length + r3.length, 1, ["a"]]);
    expect(ParseDirent(buf, 0, ["kept"])).toEqual([0, 0, ["kept"]]);
    expect(ParseDirent(new Uint8Array(0), -1, null)).toEqual([0, 0, []]);
  });

  test("appends in place to the names given (Go's append) and returns them", () => {
    const names = ["earlier"];
    const [, count, out] = ParseDirent(cat(rec(9n, "x"), rec(10n, "y")), -1, names);
    expect(count).toBe(2);
    expect(out).toBe(names);
    expect(names).toEqual(["earlier", "x", "y"]);
    expect(ParseDirent(rec(9n, "z"), -1, bad(undefined))[2]).toEqual(["z"]);
  });

  test("a record past the end of buf consumes all of buf; a short or zero reclen stops without looping", () => {
    const whole = cat(rec(3n, "first"), rec(4n, "second"));
    const cut = whole.subarray(0, whole.length - 3);
    expect(ParseDirent(cut, -1, null)).toEqual([cut.length, 1, ["first"]]);
    expect(ParseDirent(whole.subarray(0, 10), -1, null)).toEqual([10, 0, []]); // no room for reclen
    const zero = cat(rec(3n, "a"), new Uint8Array(24)); // reclen 0 after "a"
    expect(ParseDirent(zero, -1, null)).toEqual([rec(3n, "a").length, 1, ["a"]]);
    const A = rec(3n, "a").length;
    for (let reclen = 1; reclen <= 19; reclen++) {
      const second = rec(7n, "x"); // 24 bytes, then its reclen field overwritten
      new DataView(second.buffer).setUint16(16, reclen, true);
      const [consumed, count, names] = ParseDirent(cat(rec(3n, "a"), second, new Uint8Array(32)), -1, null);
      if (reclen < 19) {
        // Go: the inode (below 8) or the name header (below 18) cannot be read, and it stops; at 18 Go panics.
        expect([consumed, count, names]).toEqual([A + reclen, 1, ["a"]]);
      } else {
        // 19: an empty name; then a reclen of 0 stops the parse.
        expect([consumed, count, names]).toEqual([A + 19, 2, ["a", ""]]);
      }
    }
    // A name with no NUL runs to the end of its record.
    expect(ParseDirent(rec(5n, new Uint8Array([0x61, 0x62, 0x63, 0x64, 0x65]), 24), -1, null)).toEqual([24, 1, ["abcde"]]);
  });

  test("never throws or loops on damaged records or arbitrary bytes (fast-check), and consumes at most all of buf", () => {
    // Records with inode 0 or not, ".", ".." or other names, and reclens moved off their true value; then cut anywhere.
    const damaged = fc
      .tuple(
        fc.array(fc.record({ ino: fc.constantFrom(0n, 1n, 2n ** 64n - 1n), name: fc.oneof(fc.constantFrom(".", "..", "a"), fc.string({ maxLength: 20 })), jitter: fc.integer({ min: -30, max: 30 }) }), { maxLength: 8 }),
        fc.nat(),
      )
      .map(([rs, cut]) => {
        const b = cat(...rs.map((r) => {
          const x = rec(r.ino, r.name);
          if (r.jitter % 3 === 0) new DataView(x.buffer).setUint16(16, Math.max(0, x.length + r.jitter), true);
          return x;
        }));
        return b.subarray(0, b.length === 0 ? 0 : cut % (b.length + 1));
      });
    const bytes = fc.uint8Array({ minLength: 18, maxLength: 400 });
    fc.assert(
      fc.property(fc.oneof(damaged, bytes), fc.integer({ min: -2, max: 5 }), (b, max) => {
        const [consumed, count, names] = ParseDirent(b, max, null);
        expect(consumed >= 0 && consumed <= b.length).toBe(true);
        expect(count).toBe(names.length);
        if (max >= 0) expect(count <= max).toBe(true);
        expect(names.includes(".") || names.includes("..")).toBe(false);
      }),
      { numRuns: 500, seed: 20240601 },
    );
  });

  test("bad input throws TypeError or RangeError", () => {
    const b = rec(1n, "a");
    expect(() => ParseDirent(bad("buf"), -1, null)).toThrow(TypeError);
    expect(() => ParseDirent(bad(null), -1, null)).toThrow(TypeError);
    expect(() => ParseDirent(b, NaN, null)).toThrow(TypeError);
    expect(() => ParseDirent(b, bad("1"), null)).toThrow(TypeError);
    expect(() => ParseDirent(b, 2 ** 53, null)).toThrow(RangeError);
    expect(() => ParseDirent(b, -1, bad("names"))).toThrow(TypeError);
    expect(() => ParseDirent(b, -1, bad({ length: 0 }))).toThrow(TypeError);
    expect(() => loose(ParseDirent)(b, -1)).not.toThrow(); // names omitted: Go's nil
  });

  // The fuzzer's seed 93003 hung here: a Proxy over an array whose length
  // read gives a sparse array of 2^32-1 slots, which push made a string.
  test("names whose length is not an array length (a Proxy's object, NaN, -1, 2^33) is a TypeError at once, and the length is read once (in a child, with a time limit: a hang fails); an array at 2^32-1 names is full (RangeError); a program's Array.prototype.push is not used", async () => {
    const b = cat(rec(1n, "a"), rec(2n, "b"));
    const code = `import { ParseDirent } from ${JSON.stringify(join(import.meta.dir, "..", "src", "index.ts"))};
      const b = new Uint8Array(${JSON.stringify([...b])});
      const out = [];
      for (const len of [new Array(2 ** 32 - 1), NaN, -1, 2 ** 33, 1.5, "2", 10n]) {
        let reads = 0;
        const names = new Proxy([], { get: (t, k, r) => (k === "length" ? (reads++, len) : Reflect.get(t, k, r)) });
        let threw = null;
        try { ParseDirent(b, -1, names); } catch (e) { threw = e.constructor.name; }
        out.push([threw, reads]);
      }
      console.log(JSON.stringify({ out }));`;
    expect(await inChild(["-e", code], 10000)).toEqual({ out: new Array(7).fill(["TypeError", 1]) });
    const full: string[] = [];
    full.length = 2 ** 32 - 1;
    expect(() => ParseDirent(b, -1, full)).toThrow(RangeError);
    expect(ParseDirent(new Uint8Array(0), -1, full)[1]).toBe(0); // nothing to add: fine
    const push = Array.prototype.push;
    try {
      Array.prototype.push = () => 0;
      const names = ["x"];
      expect(ParseDirent(b, -1, names)).toEqual([b.length, 2, ["x", "a", "b"]]);
    } finally {
      Array.prototype.push = push;
    }
  }, 15000);
});

const goBin = Bun.which("go");
describe("against Go's ParseDirent (scripts/oracle/files)", () => {
  test.skipIf(goBin === null)(`the same records give Go's consumed, count and names, for every max and every cut${goBin === null ? " [skipped: `go` is not on PATH]" : ""}`, () => noFdLeak(() => {
    const d = dir; // holds tree/, full/ and file
    const r = Bun.spawnSync([goBin!, "run", "./files", d], {
      cwd: join(import.meta.dir, "..", "scripts", "oracle"), env: { ...process.env, GOFLAGS: "-mod=mod" }, stdout: "pipe", stderr: "pipe",
    });
    if (r.exitCode !== 0) throw new Error(`go run failed (${r.exitCode}): ${r.stderr.toString()}`);
    const go = JSON.parse(r.stdout.toString()) as { dirent: { buf: string; parses: { max: number; len: number; consumed: number; count: number; names: string[] }[] } };
    const buf = new Uint8Array(Buffer.from(go.dirent.buf, "base64"));
    // Our own Getdents of the same directory reads the same records, in the same order.
    expect(cat(...records(join(d, "tree"), 65536))).toEqual(buf);
    expect(go.dirent.parses.length).toBeGreaterThan(buf.length);
    for (const p of go.dirent.parses) {
      const [consumed, count, names] = ParseDirent(buf.subarray(0, p.len), p.max, null);
      expect({ max: p.max, len: p.len, consumed, count, names }).toEqual(p);
    }
    expect(go.dirent.parses[0]!.names.sort()).toEqual(fs.readdirSync(tree).sort());
  }), 60000);
});
