/**
 * Tests for src/types.ts (Timespec, Timeval, NsecTo*, Stat_t, Rlimit,
 * Rusage and their decoding), src/clone.ts (CLONE_*) and the O_* / S_I*
 * constants of src/zconsts_linux.ts for the running architecture.
 *
 * Expected NsecToTimespec/NsecToTimeval results were printed by Go 1.19's
 * syscall package on linux/amd64 (the functions are arch-independent).
 */
import { describe, expect, test } from "bun:test";
import { constants as fsConstants, readFileSync, statSync, writeFileSync, mkdirSync, symlinkSync, utimesSync } from "node:fs";
import { join } from "node:path";
import * as S from "../src/index.ts";
import {
  Close, ENOTDIR, ELOOP, Getrlimit, Getrusage, NsecToTimespec, NsecToTimeval, Open, O_DIRECTORY, O_NOFOLLOW, O_RDONLY,
  RLIMIT_AS, RLIMIT_CORE, RLIMIT_CPU, RLIMIT_DATA, RLIMIT_FSIZE, RLIMIT_NOFILE, RLIMIT_STACK, RLIM_INFINITY, RUSAGE_SELF,
  Rlimit, Rusage, Stat, Lstat, Stat_t, S_IFMT, S_IFDIR, S_IFREG, S_IFCHR, S_IFLNK, Timespec, Timeval,
} from "../src/index.ts";
import { scratchDir } from "./helpers.ts";
import { decodeStat, newStatBuffer } from "../src/types.ts";
import { STAT } from "../src/layout.ts";

/** Go 1.19 output: [nsec, NsecToTimespec -> [Sec, Nsec], NsecToTimeval -> [Sec, Usec]]. */
const GO_NSEC: [bigint, [number, number], [number, number]][] = [
  [0n, [0, 0], [0, 0]],
  [1n, [0, 1], [0, 1]],
  [999n, [0, 999], [0, 1]],
  [1000n, [0, 1000], [0, 1]],
  [1001n, [0, 1001], [0, 2]],
  [1499n, [0, 1499], [0, 2]],
  [1500n, [0, 1500], [0, 2]],
  [999999999n, [0, 999999999], [1, 0]],
  [1000000000n, [1, 0], [1, 0]],
  [1000000001n, [1, 1], [1, 1]],
  [1999999001n, [1, 999999001], [2, 0]],
  [1500000000n, [1, 500000000], [1, 500000]],
  [-1n, [-1, 999999999], [0, 0]],
  [-999n, [-1, 999999001], [0, 0]],
  [-1000n, [-1, 999999000], [0, 0]],
  [-1001n, [-1, 999998999], [0, 0]],
  [-1500n, [-1, 999998500], [0, 0]],
  [-999999n, [-1, 999000001], [-1, 999001]],
  [-1000000n, [-1, 999000000], [-1, 999001]],
  [-999999999n, [-1, 1], [-1, 1]],
  [-1000000000n, [-1, 0], [-1, 1]],
  [-1000000001n, [-2, 999999999], [-1, 1]],
  [-1000000999n, [-2, 999999001], [-1, 0]],
  [-1000001000n, [-2, 999999000], [-1, 0]],
  [-1500000000n, [-2, 500000000], [-2, 500001]],
  [1700000000123456789n, [1700000000, 123456789], [1700000000, 123457]],
  [-1700000000123456789n, [-1700000001, 876543211], [-1700000001, 876545]],
  [9007199254740993123n, [9007199254, 740993123], [9007199254, 740994]],
  // The ends of int64: Go's NsecToTimeval adds its 999 ns in int64, which wraps for the top 999 values.
  [9223372036854775807n, [9223372036, 854775807], [-9223372037, 145226]],
  [9223372036854774809n, [9223372036, 854774809], [-9223372037, 145225]],
  [9223372036854774808n, [9223372036, 854774808], [9223372036, 854775]],
  [-9223372036854775808n, [-9223372037, 145224192], [-9223372037, 145226]],
  [-9223372036854775807n, [-9223372037, 145224193], [-9223372037, 145226]],
];

/** Go's NsecToTimespec, line by line (int64 `/` and `%` truncate, as bigint's do). */
function goNsecToTimespec(nsec: bigint): [number, number] {
  let sec = nsec / 1_000_000_000n;
  nsec = nsec % 1_000_000_000n;
  if (nsec < 0n) {
    nsec += 1_000_000_000n;
    sec--;
  }
  return [Number(sec), Number(nsec)];
}

/** Go's NsecToTimeval, line by line. */
function goNsecToTimeval(nsec: bigint): [number, number] {
  nsec = BigInt.asIntN(64, nsec + 999n); // round up to microsecond (int64: it wraps)
  let usec = (nsec % 1_000_000_000n) / 1000n;
  let sec = nsec / 1_000_000_000n;
  if (usec < 0n) {
    usec += 1_000_000n;
    sec--;
  }
  return [Number(sec), Number(usec)];
}

describe("Timespec and Timeval", () => {
  test("Timespec: fields, Unix, Nano", () => {
    const ts = new Timespec(5, 7);
    expect(ts.Sec).toBe(5);
    expect(ts.Nsec).toBe(7);
    expect(ts.Unix()).toEqual([5, 7]);
    expect(ts.Nano()).toBe(5_000_000_007n);
    expect(new Timespec().Unix()).toEqual([0, 0]);
    expect(new Timespec().Nano()).toBe(0n);
    expect(new Timespec(-1, 999_999_999).Nano()).toBe(-1n);
    // Past 2^53 ns (and inside int64, where Go's Nano is exact too).
    expect(new Timespec(2 ** 33, 999_999_999).Nano()).toBe(8_589_934_592_999_999_999n);
    expect(new Timespec(1_700_000_000, 123_456_789).Nano()).toBe(1_700_000_000_123_456_789n);
    // Past int64: Go's int64 arithmetic wraps (go1.19's output).
    expect(new Timespec(10_000_000_000, 0).Nano()).toBe(-8446744073709551616n);
    expect(new Timespec(9_223_372_037, 0).Nano()).toBe(-9223372036709551616n);
    expect(new Timespec(-10_000_000_000, 5).Nano()).toBe(8446744073709551621n);
    expect(new Timespec(9_223_372_036, 854_775_807).Nano()).toBe(9223372036854775807n);
    expect(new Timeval(10_000_000_000, 0).Nano()).toBe(-8446744073709551616n);
    expect(new Timeval(-10_000_000_000, 7).Nano()).toBe(8446744073709558616n);
  });

  test("Timeval: fields, Unix (nsec), Nano", () => {
    const tv = new Timeval(5, 7);
    expect(tv.Sec).toBe(5);
    expect(tv.Usec).toBe(7);
    expect(tv.Unix()).toEqual([5, 7000]);
    expect(tv.Nano()).toBe(5_000_007_000n);
    expect(new Timeval().Nano()).toBe(0n);
    // Go: Timeval{Sec: -2, Usec: 5}.Nano() == -1999995000, Unix() == (-2, 5000).
    expect(new Timeval(-2, 5).Nano()).toBe(-1_999_995_000n);
    expect(new Timeval(-2, 5).Unix()).toEqual([-2, 5000]);
  });

  test("NsecToTimespec matches Go's output (floor division, 0 <= Nsec < 1e9)", () => {
    for (const [n, ts] of GO_NSEC) {
      const got = NsecToTimespec(n);
      expect(got).toBeInstanceOf(Timespec);
      expect({ n, r: got.Unix() }).toEqual({ n, r: ts });
    }
    // int64's ends (Go printed these too).
    expect(NsecToTimespec(9223372036854775807n).Unix()).toEqual([9223372036, 854775807]);
    expect(NsecToTimespec(-9223372036854775808n).Unix()).toEqual([-9223372037, 145224192]);
  });

  test("NsecToTimeval matches Go's output (+999 then truncate, Usec normalised to 0..999999)", () => {
    for (const [n, , tv] of GO_NSEC) {
      const got = NsecToTimeval(n);
      expect(got).toBeInstanceOf(Timeval);
      expect({ n, r: [got.Sec, got.Usec] }).toEqual({ n, r: tv });
    }
  });

  test("NsecTo* agree with a line-by-line transcription of Go on 20000 random values", () => {
    let seed = 0x2545f4914f6cdd1dn;
    const next = (): bigint => {
      // xorshift64, then a signed value of varying magnitude
      seed ^= (seed << 13n) & 0xffffffffffffffffn;
      seed ^= seed >> 7n;
      seed ^= (seed << 17n) & 0xffffffffffffffffn;
      const mag = 1n << ((seed & 63n) % 62n);
      const v = (seed >> 1n) % (mag * 2n + 1n);
      return (seed & 1n) === 1n ? -v : v;
    };
    const bad: string[] = [];
    for (let i = 0; i < 20000; i++) {
      // The first 2,000 within 2,000 ns of either end of int64, where Go's + 999 wraps.
      const n = i < 2000 ? (i % 2 === 0 ? 2n ** 63n - 1n - BigInt(i) : -(2n ** 63n) + BigInt(i)) : next();
      const ts = NsecToTimespec(n), tv = NsecToTimeval(n);
      const wts = goNsecToTimespec(n), wtv = goNsecToTimeval(n);
      if (ts.Sec !== wts[0] || ts.Nsec !== wts[1]) bad.push(`Timespec ${n}: ${ts.Sec},${ts.Nsec} != ${wts}`);
      if (tv.Sec !== wtv[0] || tv.Usec !== wtv[1]) bad.push(`Timeval ${n}: ${tv.Sec},${tv.Usec} != ${wtv}`);
      if (ts.Nsec < 0 || ts.Nsec >= 1e9 || tv.Usec < 0 || tv.Usec >= 1e6) bad.push(`not normalised: ${n}`);
      if (ts.Nano() !== n) bad.push(`Timespec round trip ${n} -> ${ts.Nano()}`);
      if (bad.length > 10) break;
    }
    expect(bad).toEqual([]);
    // The transcription itself agrees with Go's printed table.
    for (const [n, ts, tv] of GO_NSEC) {
      expect(goNsecToTimespec(n)).toEqual(ts);
      expect(goNsecToTimeval(n)).toEqual(tv);
    }
  });
});

describe("Stat_t", () => {
  test("a new Stat_t is zeroed, with bigint Dev/Ino/Rdev and its own Timespecs", () => {
    const st = new Stat_t();
    expect(st.Dev).toBe(0n);
    expect(st.Ino).toBe(0n);
    expect(st.Rdev).toBe(0n);
    for (const k of ["Nlink", "Mode", "Uid", "Gid", "Size", "Blksize", "Blocks"] as const) expect({ k, v: st[k] }).toEqual({ k, v: 0 });
    for (const k of ["Atim", "Mtim", "Ctim"] as const) {
      expect(st[k]).toBeInstanceOf(Timespec);
      expect(st[k].Unix()).toEqual([0, 0]);
    }
    expect(st.Atim).not.toBe(st.Mtim);
    expect(new Stat_t().Atim).not.toBe(st.Atim);
  });

  test("Stat fills every field as the kernel (and node:fs) sees it", () => {
    const { dir, cleanup } = scratchDir();
    try {
      const f = join(dir, "f");
      writeFileSync(f, Buffer.alloc(12345, 7), { mode: 0o640 });
      // Nanosecond times that a Number of milliseconds could not carry.
      // GNU touch sets them; elsewhere node:fs's utimes (microseconds at best) stands in.
      let touched = false;
      try {
        touched = Bun.spawnSync(["touch", "-m", "-d", "@981173106.123456789", f], { stderr: "ignore" }).exitCode === 0;
      } catch {
        // no touch(1) on PATH
      }
      if (!touched) utimesSync(f, 981173106.5, 981173106.5);
      mkdirSync(join(dir, "sub"));
      const paths = [f, dir, join(dir, "sub"), "/dev/null"];
      for (const p of paths) {
        const st = new Stat_t();
        const keepAtim = st.Atim;
        expect(Stat(p, st)).toBeNull();
        expect(st.Atim).toBe(keepAtim); // filled in place
        const n = statSync(p, { bigint: true });
        expect({ p, Dev: st.Dev, Ino: st.Ino, Rdev: st.Rdev }).toEqual({ p, Dev: n.dev, Ino: n.ino, Rdev: n.rdev });
        expect({ p, Nlink: st.Nlink, Mode: st.Mode, Uid: st.Uid, Gid: st.Gid, Size: st.Size, Blksize: st.Blksize, Blocks: st.Blocks }).toEqual({
          p, Nlink: Number(n.nlink), Mode: Number(n.mode), Uid: Number(n.uid), Gid: Number(n.gid),
          Size: Number(n.size), Blksize: Number(n.blksize), Blocks: Number(n.blocks),
        });
        expect({ p, a: st.Atim.Nano(), m: st.Mtim.Nano(), c: st.Ctim.Nano() }).toEqual({ p, a: n.atimeNs, m: n.mtimeNs, c: n.ctimeNs });
      }
      const st = new Stat_t();
      expect(Stat(f, st)).toBeNull();
      expect(st.Mode).toBe(S_IFREG | 0o640);
      expect(st.Size).toBe(12345);
      expect(st.Mtim.Unix()).toEqual([981173106, touched ? 123456789 : 500000000]);
      expect(Stat(dir, st)).toBeNull();
      expect(st.Mode & S_IFMT).toBe(S_IFDIR);
      expect(Stat("/dev/null", st)).toBeNull();
      expect(st.Mode & S_IFMT).toBe(S_IFCHR);
      expect(st.Rdev).toBe(259n); // makedev(1, 3)
      symlinkSync(f, join(dir, "link"));
      expect(Lstat(join(dir, "link"), st)).toBeNull();
      expect(st.Mode & S_IFMT).toBe(S_IFLNK);
    } finally {
      cleanup();
    }
  });
});

describe("dist/'s constants", () => {
  test("every number the package exports has src/'s value for this architecture (dist/zconsts_linux.cjs carries them, with arm64's own)", async () => {
    const d = (await import(new URL("../dist/bun-syscall.js", import.meta.url).href)) as Record<string, unknown>;
    const s = S as Record<string, unknown>;
    const numbers = Object.keys(s).filter((k) => typeof s[k] === "number");
    expect(numbers.length).toBeGreaterThan(1800);
    expect(numbers.filter((k) => d[k] !== s[k]).map((k) => `${k}: ${String(d[k])} != ${String(s[k])}`)).toEqual([]);
  });
});

describe("decodeStat's 64-bit fields", () => {
  test("Dev, Ino and Rdev take both 32-bit halves, also when the low half repeats", () => {
    const b = newStatBuffer();
    const st = new Stat_t();
    const dv = new DataView(b.bytes.buffer);
    const put = (off: number, v: bigint) => dv.setBigUint64(off, v, true);
    const seen: bigint[][] = [];
    for (const v of [5n, 5n | (1n << 32n), 5n, 0xffffffffffffffffn, (0xabcn << 32n) | 0xffffffffn, 0n]) {
      put(STAT.dev, v);
      put(STAT.ino, v ^ 1n);
      put(STAT.rdev, v);
      decodeStat(b, st);
      seen.push([st.Dev, st.Ino, st.Rdev]);
    }
    expect(seen).toEqual([5n, 5n | (1n << 32n), 5n, 0xffffffffffffffffn, (0xabcn << 32n) | 0xffffffffn, 0n].map((v) => [v, v ^ 1n, v]));
  });
});

describe("Rlimit", () => {
  test("holds 2^64-1 exactly", () => {
    expect(RLIM_INFINITY).toBe(18446744073709551615n);
    expect(RLIM_INFINITY).toBe(2n ** 64n - 1n);
    const r = new Rlimit(RLIM_INFINITY, RLIM_INFINITY);
    expect(r.Cur).toBe(2n ** 64n - 1n);
    expect(r.Max).toBe(2n ** 64n - 1n);
    expect(r.Cur).not.toBe(BigInt(2 ** 64 - 1)); // a Number could not have carried it
    expect(new Rlimit().Cur).toBe(0n);
    expect(new Rlimit().Max).toBe(0n);
    expect(new Rlimit(1n, 2n)).toEqual(Object.assign(new Rlimit(), { Cur: 1n, Max: 2n }));
  });

  test("RLIMIT_* have the kernel numbers", () => {
    expect([RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_DATA, RLIMIT_STACK, RLIMIT_CORE, RLIMIT_NOFILE, RLIMIT_AS]).toEqual([0, 1, 2, 3, 4, 7, 9]);
  });

  test("Getrlimit agrees with /proc/self/limits, unlimited reading as 2^64-1", () => {
    const rows: [number, string][] = [
      [RLIMIT_CPU, "Max cpu time"], [RLIMIT_FSIZE, "Max file size"], [RLIMIT_DATA, "Max data size"],
      [RLIMIT_STACK, "Max stack size"], [RLIMIT_CORE, "Max core file size"], [RLIMIT_NOFILE, "Max open files"],
      [RLIMIT_AS, "Max address space"],
    ];
    const text = readFileSync("/proc/self/limits", "utf8");
    const parse = (v: string): bigint => (v === "unlimited" ? 2n ** 64n - 1n : BigInt(v));
    let unlimited = 0;
    for (const [res, label] of rows) {
      const line = text.split("\n").find((l) => l.startsWith(label));
      expect(line).toBeDefined();
      const [soft, hard] = line!.slice(26).trim().split(/\s+/);
      const r = new Rlimit();
      expect(Getrlimit(res, r)).toBeNull();
      expect({ label, Cur: r.Cur, Max: r.Max }).toEqual({ label, Cur: parse(soft!), Max: parse(hard!) });
      if (r.Max === RLIM_INFINITY) unlimited++;
    }
    expect(unlimited).toBeGreaterThan(0); // so the 2^64-1 decode was exercised
  });
});

describe("Rusage", () => {
  const FIELDS = ["Utime", "Stime", "Maxrss", "Ixrss", "Idrss", "Isrss", "Minflt", "Majflt", "Nswap", "Inblock", "Oublock", "Msgsnd", "Msgrcv", "Nsignals", "Nvcsw", "Nivcsw"];

  test("has Go's fields in Go's order, zeroed", () => {
    const ru = new Rusage();
    expect(Object.keys(ru)).toEqual(FIELDS);
    expect(ru.Utime).toBeInstanceOf(Timeval);
    expect(ru.Stime).toBeInstanceOf(Timeval);
    expect(ru.Utime).not.toBe(ru.Stime);
    expect(ru.Utime.Nano()).toBe(0n);
    for (const k of FIELDS.slice(2)) expect({ k, v: (ru as unknown as Record<string, unknown>)[k] }).toEqual({ k, v: 0 });
  });

  test("Getrusage(RUSAGE_SELF) agrees with process.resourceUsage()", () => {
    const before = process.resourceUsage();
    let x = 0;
    for (let i = 0; i < 2e6; i++) x += i % 7; // some user time
    const ru = new Rusage();
    const keep = ru.Utime;
    expect(Getrusage(RUSAGE_SELF, ru)).toBeNull();
    const after = process.resourceUsage();
    expect(x).toBeGreaterThan(0);
    expect(ru.Utime).toBe(keep); // filled in place
    expect(ru.Maxrss).toBeGreaterThanOrEqual(before.maxRSS);
    expect(ru.Maxrss).toBeLessThanOrEqual(after.maxRSS);
    expect(ru.Minflt).toBeGreaterThanOrEqual(before.minorPageFault);
    expect(ru.Minflt).toBeLessThanOrEqual(after.minorPageFault);
    const utime = ru.Utime.Sec * 1e6 + ru.Utime.Usec, stime = ru.Stime.Sec * 1e6 + ru.Stime.Usec;
    expect(utime).toBeGreaterThanOrEqual(before.userCPUTime);
    expect(utime).toBeLessThanOrEqual(after.userCPUTime);
    expect(stime).toBeGreaterThanOrEqual(before.systemCPUTime);
    expect(stime).toBeLessThanOrEqual(after.systemCPUTime);
    expect(ru.Utime.Usec).toBeGreaterThanOrEqual(0);
    expect(ru.Utime.Usec).toBeLessThan(1e6);
    expect(ru.Nvcsw).toBeGreaterThanOrEqual(before.voluntaryContextSwitches);
    expect(ru.Nivcsw).toBeGreaterThanOrEqual(before.involuntaryContextSwitches);
    expect(ru.Maxrss).toBeGreaterThan(1000); // KiB: Bun is bigger than 1 MiB
  });
});

describe("CLONE_*", () => {
  /** include/uapi/linux/sched.h */
  const KERNEL_CLONE: Record<string, number> = {
    CLONE_NEWTIME: 0x80, CLONE_VM: 0x100, CLONE_FS: 0x200, CLONE_FILES: 0x400, CLONE_SIGHAND: 0x800,
    CLONE_PIDFD: 0x1000, CLONE_PTRACE: 0x2000, CLONE_VFORK: 0x4000, CLONE_PARENT: 0x8000, CLONE_THREAD: 0x10000,
    CLONE_NEWNS: 0x20000, CLONE_SYSVSEM: 0x40000, CLONE_SETTLS: 0x80000, CLONE_PARENT_SETTID: 0x100000,
    CLONE_CHILD_CLEARTID: 0x200000, CLONE_DETACHED: 0x400000, CLONE_UNTRACED: 0x800000,
    CLONE_CHILD_SETTID: 0x1000000, CLONE_NEWCGROUP: 0x2000000, CLONE_NEWUTS: 0x4000000, CLONE_NEWIPC: 0x8000000,
    CLONE_NEWUSER: 0x10000000, CLONE_NEWPID: 0x20000000, CLONE_NEWNET: 0x40000000, CLONE_IO: 0x80000000,
    CLONE_CLEAR_SIGHAND: 0x100000000, CLONE_INTO_CGROUP: 0x200000000,
  };

  test("all 27 exist with the kernel's values", () => {
    const got = Object.fromEntries(Object.entries(S).filter(([k]) => k.startsWith("CLONE_")));
    expect(Object.keys(got)).toHaveLength(27);
    expect(got).toEqual(KERNEL_CLONE);
    expect(S.CLONE_CLEAR_SIGHAND).toBe(2 ** 32);
    expect(S.CLONE_INTO_CGROUP).toBe(2 ** 33);
    expect(S.CLONE_NEWTIME).toBe(0x80);
    expect(S.CLONE_PIDFD).toBe(0x1000);
    expect(S.CLONE_NEWCGROUP).toBe(0x2000000);
  });

  test("each is one distinct bit, a safe integer number", () => {
    let all = 0n;
    for (const [k, v] of Object.entries(KERNEL_CLONE)) {
      const n = (S as unknown as Record<string, unknown>)[k];
      expect(typeof n).toBe("number");
      expect(Number.isSafeInteger(n)).toBe(true);
      const b = BigInt(n as number);
      expect(b & (b - 1n)).toBe(0n);
      expect(all & b).toBe(0n);
      all |= b;
      expect(n).toBe(v);
    }
    expect(all).toBe(0x3ffffff80n);
  });
});

describe("O_* and S_I* for this architecture", () => {
  /** The kernel's values (asm-generic/fcntl.h, with arm64's and x86_64's overrides) and Go's O_LARGEFILE (0 on 64-bit). */
  const KERNEL_O: Record<string, number> = process.arch === "arm64"
    ? { O_DIRECTORY: 0x4000, O_NOFOLLOW: 0x8000, O_DIRECT: 0x10000 }
    : { O_DIRECTORY: 0x10000, O_NOFOLLOW: 0x20000, O_DIRECT: 0x4000 };
  Object.assign(KERNEL_O, {
    O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_ACCMODE: 3, O_CREAT: 0x40, O_EXCL: 0x80, O_NOCTTY: 0x100, O_TRUNC: 0x200,
    O_APPEND: 0x400, O_NONBLOCK: 0x800, O_NDELAY: 0x800, O_DSYNC: 0x1000, O_ASYNC: 0x2000, O_NOATIME: 0x40000,
    O_CLOEXEC: 0x80000, O_SYNC: 0x101000, O_FSYNC: 0x101000, O_RSYNC: 0x101000, O_LARGEFILE: 0,
    S_IFMT: 0o170000, S_IFSOCK: 0o140000, S_IFLNK: 0o120000, S_IFREG: 0o100000, S_IFBLK: 0o060000, S_IFDIR: 0o040000,
    S_IFCHR: 0o020000, S_IFIFO: 0o010000, S_ISUID: 0o4000, S_ISGID: 0o2000, S_ISVTX: 0o1000, S_IRWXU: 0o700,
    S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100, S_IRWXG: 0o70, S_IRGRP: 0o40, S_IWGRP: 0o20, S_IXGRP: 0o10,
    S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1, S_IREAD: 0o400, S_IWRITE: 0o200,
  });

  test(`match node:fs constants on ${process.arch}`, () => {
    const node = fsConstants as unknown as Record<string, number>;
    const ours = S as unknown as Record<string, unknown>;
    const compared: string[] = [];
    for (const name of Object.keys(node)) {
      if (!/^(O_|S_I)/.test(name) || !(name in ours)) continue;
      compared.push(name);
      expect({ name, v: ours[name] }).toEqual({ name, v: node[name] });
    }
    for (const must of ["O_DIRECTORY", "O_NOFOLLOW", "O_CREAT", "O_EXCL", "O_APPEND", "O_TRUNC", "O_NONBLOCK", "O_SYNC", "O_DSYNC", "O_NOATIME", "O_DIRECT", "S_IFMT", "S_IFREG", "S_IFDIR", "S_IFLNK", "S_IFIFO"]) {
      expect(compared).toContain(must);
    }
  });

  test(`match the kernel's values on ${process.arch}`, () => {
    const ours = S as unknown as Record<string, unknown>;
    for (const [name, v] of Object.entries(KERNEL_O)) expect({ name, v: ours[name] }).toEqual({ name, v });
  });

  test("the running kernel agrees: O_DIRECTORY refuses a file, O_NOFOLLOW refuses a symlink", () => {
    const { dir, cleanup } = scratchDir();
    try {
      const f = join(dir, "f");
      writeFileSync(f, "x");
      symlinkSync(f, join(dir, "link"));
      const [dfd, derr] = Open(dir, O_RDONLY | O_DIRECTORY, 0);
      expect(derr).toBeNull();
      expect(Close(dfd)).toBeNull();
      expect(Open(f, O_RDONLY | O_DIRECTORY, 0)[1]).toBe(ENOTDIR);
      expect(Open(join(dir, "link"), O_RDONLY | O_NOFOLLOW, 0)[1]).toBe(ELOOP);
      const [ffd, ferr] = Open(join(dir, "link"), O_RDONLY, 0);
      expect(ferr).toBeNull();
      expect(Close(ffd)).toBeNull();
    } finally {
      cleanup();
    }
  });
});

describe("struct classes take Go's composite literal", () => {
  test("each input struct's constructor sets the fields its init gives and leaves the rest zero; unknown keys are ignored; a non-object init is a TypeError", () => {
    const cc = new Uint8Array(19).fill(3);
    const cases: [string, () => object, Record<string, unknown>, Record<string, unknown>][] = [
      ["Utimbuf", () => new S.Utimbuf({ Actime: 11, Modtime: -22 }), { Actime: 11, Modtime: -22 }, {}],
      ["Flock_t", () => new S.Flock_t({ Type: S.F_WRLCK, Len: 10 }), { Type: S.F_WRLCK, Len: 10 }, { Whence: 0, Start: 0, Pid: 0 }],
      ["Termios", () => new S.Termios({ Lflag: S.ECHO, Cc: cc }), { Lflag: S.ECHO, Cc: cc }, { Iflag: 0, Ispeed: 0 }],
      ["Winsize", () => new S.Winsize({ Row: 24, Col: 80 }), { Row: 24, Col: 80 }, { Xpixel: 0, Ypixel: 0 }],
      ["Timex", () => new S.Timex({ Modes: 1, Offset: 5 }), { Modes: 1, Offset: 5 }, { Freq: 0 }],
      ["SockFprog", () => new S.SockFprog({ Len: 1 }), { Len: 1 }, {}],
      ["Msghdr", () => new S.Msghdr({ Namelen: 4, Flags: 2 }), { Namelen: 4, Flags: 2 }, { Name: null, Controllen: 0 }],
    ];
    for (const [name, make, set, zero] of cases) {
      const v = make() as Record<string, unknown>;
      for (const [k, x] of Object.entries(set)) expect([name, k, v[k]]).toEqual([name, k, x]);
      for (const [k, x] of Object.entries(zero)) expect([name, k, v[k]]).toEqual([name, k, x]);
    }
    // Only the struct's own fields, read once each.
    let reads = 0;
    const u = new S.Utimbuf({ get Actime() { return ++reads; }, Nope: 1 } as unknown as S.Utimbuf);
    expect([u.Actime, reads, "Nope" in u]).toEqual([1, 1, false]);
    expect(() => new S.Winsize(5 as unknown as S.Winsize)).toThrow(TypeError);
    expect(new S.Winsize(null as unknown as S.Winsize).Row).toBe(0);
  });

  test("Utime with a Utimbuf made from an init sets those times", () => {
    const { dir, cleanup } = scratchDir("utimbuf");
    const p = join(dir, "f");
    writeFileSync(p, "");
    expect(S.Utime(p, new S.Utimbuf({ Actime: 11, Modtime: 1_000_000 }))).toBeNull();
    const st = statSync(p);
    expect([st.atimeMs, st.mtimeMs]).toEqual([11_000, 1_000_000_000]);
    cleanup();
  });
});
