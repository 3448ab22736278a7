/**
 * The plain file, process and environment calls against Go itself:
 * test/fixtures/oracle-files/main.go runs, with Go 1.19's syscall package, a
 * list of operations made here from a seed (odd flags and modes, negative
 * offsets and lengths, short buffers, bad fds, whence and flag values past
 * the kernel's, UTIME_NOW and UTIME_OMIT, rlimit and priority edges,
 * environment edits), and test/fixtures/oracle-files/run.ts runs the same
 * list with this package, in the same scratch directory made afresh; the
 * two must print the same errnos, return values and out-parameters.
 * Skipped when `go` is not on PATH (CI has no Go).
 */
import { expect, test } from "bun:test";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { canon, rng, runSide, wipe, type Op } from "./oracle.ts";

const goBin = Bun.which("go");
const here = join(import.meta.dir, "fixtures", "oracle-files");
const isRoot = process.getuid?.() === 0;


const O = { RDONLY: 0, WRONLY: 1, RDWR: 2, CREAT: 0o100, EXCL: 0o200, TRUNC: 0o1000, APPEND: 0o2000, NONBLOCK: 0o4000, DIRECTORY: 0o200000, NOFOLLOW: 0o400000, CLOEXEC: 0o2000000, PATH: 0o10000000, TMPFILE: 0o20200000 };
const UTIME_NOW = (1 << 30) - 1, UTIME_OMIT = (1 << 30) - 2;
const INF = "18446744073709551615";

/** One seed's operations, all under the directory `s<seed>` of the scratch root. */
function ops(seed: number): Op[] {
  const r = rng(seed);
  const d = `s${seed}`;
  const names = ["a", "b", "c", "dir", "dir/x", "dir/sub", "l", "l2", "fifo", "nod", "missing/x", "a/", "dir/.", "x".repeat(255), "x".repeat(256), ""];
  const P = () => {
    const n = r.next() < 0.5 ? r.pick(["a", "b", "dir", "l", "l2", "fifo"]) : r.pick(names); // half of them there from the start
    return n === "" ? "" : `${d}/${n}`;
  };
  const slot = () => 100 + r.int(6);
  const fdv = () => (r.next() < 0.85 ? slot() : r.pick([-1, -100, 0x7fffffff, 9999]));
  const dirfd = () => (r.next() < 0.5 ? -100 : fdv());
  const flags = () => r.pick([
    O.RDONLY, O.WRONLY | O.CREAT, O.RDWR | O.CREAT, O.RDWR | O.CREAT | O.EXCL, O.WRONLY | O.TRUNC, O.RDWR | O.APPEND, 3, O.DIRECTORY, O.DIRECTORY | O.CREAT,
    O.NOFOLLOW, O.PATH, O.RDWR | O.TMPFILE, O.WRONLY | O.TMPFILE | O.EXCL, O.CLOEXEC | O.RDWR, O.NONBLOCK | O.RDONLY, -1, 0x7fffffff, O.RDWR | O.CREAT | O.TRUNC,
  ]);
  const mode = () => r.pick([0o644, 0o600, 0o7777, 0o1000, 0, 0o777, 0xffffffff, 0o4755, 0o400, 0o200, 0o100]);
  const len = () => r.pick([0, 1, 7, 13, 24, 32, 100, 4096]);
  const off = () => r.pick([0, 1, -1, -4096, 5, 100, 2 ** 31, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 40]);
  const times = () => r.pick([
    [0, 0, 0, 0], [1, 2, 3, 4], [-1, 0, -1, 0], [1, 1000000, 2, 0], [1, -1, 2, 0], [2 ** 40, 0, 2 ** 40, 999999], [-(2 ** 40), 0, 0, 0],
    [100, UTIME_NOW, 200, UTIME_OMIT], [0, UTIME_OMIT, 0, UTIME_OMIT], [5, 6], [], [1, 2, 3, 4, 5, 6], [0, 999999999, 1, 1000000000],
  ]);
  const out: Op[] = [
    { op: "Mkdir", p: d, m: 0o755 }, { op: "Mkdir", p: `${d}/dir`, m: 0o755 }, { op: "Open", p: `${d}/a`, f: O.RDWR | O.CREAT, m: 0o644, to: 0 },
    { op: "Write", fd: 100, n: 100, off: seed }, { op: "Creat", p: `${d}/b`, m: 0o600, to: 1 }, { op: "Symlink", p: "a", p2: `${d}/l` },
    { op: "Symlink", p: "y".repeat(100), p2: `${d}/l2` }, { op: "Mkfifo", p: `${d}/fifo`, m: 0o644 }, { op: "Open", p: `${d}/dir`, f: O.RDONLY | O.DIRECTORY, m: 0, to: 2 },
  ];
  const kinds: (() => Op | Op[])[] = [
    () => ({ op: "Open", p: P(), f: flags(), m: mode(), to: r.int(6) }),
    () => ({ op: "Openat", fd: dirfd(), p: r.next() < 0.5 ? P() : r.pick(["a", "x", "", "dir", "dir/../a"]), f: flags(), m: mode(), to: r.int(6) }),
    () => ({ op: "Creat", p: P(), m: mode(), to: r.int(6) }),
    () => ({ op: "Close", fd: fdv() }),
    () => ({ op: "Read", fd: fdv(), n: len() }),
    () => ({ op: "Write", fd: fdv(), n: len(), off: r.int(256) }),
    () => ({ op: "Pread", fd: fdv(), n: len(), off: off() }),
    () => ({ op: "Pwrite", fd: fdv(), n: len(), off: r.int(256), a: [off()] }),
    () => ({ op: "Seek", fd: fdv(), off: off(), f: r.pick([0, 1, 2, 3, 4, 5, -1]) }),
    () => ({ op: "Ftruncate", fd: fdv(), off: r.pick([0, 1, -1, 100, 4097, -(2 ** 40), 2 ** 40]) }),
    () => ({ op: "Truncate", p: P(), off: r.pick([0, 3, -1, 100]) }),
    () => ({ op: "Fstat", fd: fdv() }),
    () => ({ op: r.pick(["Stat", "Lstat"]), p: P() }),
    () => ({ op: "Mkdir", p: P(), m: mode() }),
    () => ({ op: "Mkdirat", fd: dirfd(), p: r.next() < 0.5 ? P() : r.pick(["m", "dir/m", ""]), m: mode() }),
    () => ({ op: "Rmdir", p: P() }),
    () => ({ op: "Unlink", p: P() }),
    () => ({ op: "Unlinkat", fd: dirfd(), p: r.next() < 0.5 ? P() : r.pick(["a", "m", "dir", ""]) }),
    () => ({ op: "Rename", p: P(), p2: P() }),
    () => ({ op: "Renameat", fd: dirfd(), p: P(), fd2: dirfd(), p2: P() }),
    () => ({ op: "Link", p: P(), p2: P() }),
    () => ({ op: "Symlink", p: r.pick(["a", "dir", "nowhere", "", "x".repeat(300), `../${d}`]), p2: P() }),
    () => ({ op: "Readlink", p: P(), n: r.pick([0, 1, 2, 3, 7, 100]) }),
    () => [{ op: "Open", p: r.pick([d, `${d}/dir`, `${d}/a`]), f: O.RDONLY | O.DIRECTORY, m: 0, to: 5 }, { op: r.pick(["Getdents", "ReadDirent"]), fd: 105, n: r.pick([0, 10, 19, 24, 32, 48, 64, 4096]), off: r.pick([-1, 0, 1, 2, 100]), f: r.int(2) }],
    () => ({ op: r.pick(["Getdents", "ReadDirent"]), fd: fdv(), n: r.pick([0, 24, 64, 4096]), off: r.pick([-1, 1, 100]), f: r.int(2) }),
    () => [{ op: "Chdir", p: r.pick([d, `${d}/dir`, `${d}/a`, `${d}/missing`, ""]) }, { op: "Getcwd", n: r.pick([0, 1, 2, 4096, 64]) }, { op: "Getwd" }],
    () => ({ op: "Fchdir", fd: fdv() }),
    () => ({ op: "Chmod", p: P(), m: mode() }),
    () => ({ op: "Fchmod", fd: fdv(), m: mode() }),
    () => ({ op: "Fchmodat", fd: dirfd(), p: P(), m: mode(), f: r.pick([0, 0x100, 0x200, 0x1000, -1, 0x800]) }),
    () => ({ op: "Access", p: P(), m: r.pick([0, 1, 2, 4, 7, 8, 0xffffffff]) }),
    () => ({ op: "Faccessat", fd: dirfd(), p: P(), m: r.pick([0, 1, 2, 4, 7, 8, 15, 0xffffffff]), f: r.pick([0, 0x100, 0x200, 0x300, 0x1000, 0x400, -1]) }),
    () => ({ op: "FaccessatEmu", fd: dirfd(), p: P(), m: r.pick([0, 1, 2, 4, 7, 8, 15, 0xffffffff]), f: r.pick([0x100, 0x200, 0x300, 0x1000, 0x400, -1]) }),
    () => ({ op: "Fchownat", fd: dirfd(), p: P(), a: [r.pick([-1, 0, 65534, 2 ** 31 - 1]), r.pick([-1, 0, 65534])], f: r.pick([0, 0x100, 0x1000, 0x200, -1]) }),
    () => ({ op: r.pick(["Chown", "Lchown"]), p: P(), a: [r.pick([-1, 0, 65534]), r.pick([-1, 0, 65534])] }),
    () => ({ op: "Fchown", fd: fdv(), a: [r.pick([-1, 0, 65534]), r.pick([-1, 0])] }),
    () => [{ op: r.pick(["Utimes", "Futimesat"]), fd: dirfd(), p: P(), a: times().filter((_, i, a) => a.length !== 4 || i % 2 === 0 || true).map((v) => (Math.abs(v) >= UTIME_OMIT ? v % 1000000 : v)) }, { op: "Lstat", p: P() }],
    () => [{ op: "UtimesNano", p: P(), a: times() }, { op: "Lstat", p: `${d}/a` }],
    () => [{ op: "Futimes", fd: fdv(), a: times().map((v) => (Math.abs(v) >= UTIME_OMIT ? v % 1000000 : v)) }, { op: "Fstat", fd: 100 }],
    () => [{ op: "Utime", p: P(), a: r.pick([[1, 2], [], [-5, 2 ** 40]]) }, { op: "Lstat", p: `${d}/a` }],
    () => ({ op: r.pick(["Statfs", "Fstatfs"]), p: r.pick([d, "/proc", "/dev/shm", "/nonexistent", ""]), fd: fdv() }),
    () => ({ op: r.pick(["Mknod", "Mknodat"]), fd: dirfd(), p: P(), m: r.pick([0o10644, 0o20600, 0o60600, 0o140644, 0o100600, 0o600, 0o40755, 0o170000]), a: [r.pick([0, 259, -1, 2 ** 32 + 259, 0x7fffffff])] }),
    () => ({ op: "Mkfifo", p: P(), m: mode() }),
    () => ({ op: "Dup", fd: fdv(), to: r.int(6) }),
    () => ({ op: "Dup2", fd: fdv(), fd2: r.next() < 0.5 ? slot() : r.pick([250, -1, 0x7fffffff, 1 << 20]), to: 6 }),
    () => ({ op: "Dup3", fd: fdv(), fd2: r.next() < 0.5 ? slot() : r.pick([251, -1, 0x7fffffff]), f: r.pick([0, O.CLOEXEC, 1, -1, O.NONBLOCK]), to: 7 }),
    () => [{ op: "SetNonblock", fd: fdv(), f: r.int(2) }, { op: "Fcntl", fd: 100 }],
    () => [{ op: "CloseOnExec", fd: fdv() }, { op: "Fcntl", fd: fdv() }],
    () => ({ op: "FcntlFlock", fd: fdv(), f: r.pick([5, 6, 7, 36, 37, 1000, -1]), a: [r.pick([0, 1, 2, 5]), r.pick([0, 1, 2, 7]), r.pick([0, 10, -1, 2 ** 40]), r.pick([0, 5, -5]), r.pick([0, 1, -1])] }),
    // Never a blocking LOCK_SH or LOCK_EX: two open files of one path would wait on each other.
    () => ({ op: "Flock", fd: fdv(), f: r.pick([1 | 4, 2 | 4, 8, 8 | 4, 0, 3, 16, -1]) }),
    () => ({ op: r.pick(["Fsync", "Fdatasync"]), fd: fdv() }),
    () => ({ op: "Getpgid", a: [r.pick([0, -1, 1, 2 ** 31 - 1])] }),
    () => ({ op: "Getpriority", f: r.pick([0, 1, 2, 3, -1]), a: [r.pick([0, -1, 2 ** 31 - 1])] }),
    () => [{ op: "Setpriority", f: r.pick([0, 3, -1]), a: [0, r.pick([-21, -20, 0, 5, 19, 20, 100, -(2 ** 31)])] }, { op: "Getpriority", f: 0, a: [0] }],
    () => {
      const res = r.pick([4, 7, 11, 12, 13, 14, 16, -1, 2 ** 31 - 1]);
      // RLIMIT_NOFILE (7) never below 1024: both runtimes need fds of their own (Go's netpoller, Bun's loop).
      const v = () => r.pick(res === 7 ? ["1024", "4096", "65536", INF, "1048576", "1048577"] : ["0", "1", "1024", "4096", "65536", INF, "18446744073709551614", "9223372036854775808"]);
      return [{ op: "Setrlimit", f: res, s: [v(), v()] }, { op: "Getrlimit", f: res }];
    },
    () => {
      // Prlimit (beyond go1.19: x/sys/unix's) against the raw prlimit64; only this process's limits are set.
      const pid = r.int(5), res = r.pick([4, 7, 13, 16, -1]);
      const set = (pid === 0 || pid === 1) && r.next() < 0.5 ? [r.pick(res === 7 ? ["4096", INF] : ["0", "5", INF]), r.pick(["5", "65536", INF])] : undefined;
      return [{ op: "Prlimit", a: [pid], f: res, n: r.int(2), ...(set ? { s: set } : {}) }, { op: "Prlimit", a: [0], f: res, n: 1 }];
    },
    () => ({ op: "Umask", m: r.pick([0o22, 0o777, 0o7777, 0, 0o1000, 0xffff]) }),
    () => {
      const k = r.pick(["K", "K2", "", "=", "A=B", "K\0", "é", "PATH", "K K"]);
      const v = r.pick(["", "v", "a=b", "x\0y", "é"]);
      return r.pick([[{ op: "Setenv", k, v }], [{ op: "Getenv", k }], [{ op: "Unsetenv", k }], [{ op: "Environ" }]]);
    },
    () => ({ op: r.pick(["Uname", "Sysinfo", "Times", "Time"]) }),
  ];
  for (let i = 0; i < 100; i++) {
    const x = r.pick(kinds)();
    out.push(...(Array.isArray(x) ? x : [x]));
  }
  if (seed % 7 === 3) out.push({ op: "Clearenv" }, { op: "Environ" }, { op: "Setenv", k: "Z", v: "1" }, { op: "Setenv", k: "A", v: "2" }, { op: "Environ" });
  // What is left behind, as each side sees it.
  for (const n of names.slice(0, 13)) out.push({ op: "Lstat", p: `${d}/${n}` });
  out.push({ op: "Chdir", p: "." }); // back to the scratch root: nothing relative to AT_FDCWD ever reaches outside it
  for (let s = 100; s < 108; s++) out.push({ op: "Fstat", fd: s }, { op: "Close", fd: s });
  return out;
}


const SEEDS = Array.from({ length: 32 }, (_, i) => i + 1);

test.skipIf(goBin === null)(
  `Go's syscall (test/fixtures/oracle-files) and this package agree on ${SEEDS.length} seeded runs of the file, process and environment calls${goBin === null ? " (skipped: `go` is not on PATH)" : ""}`,
  () => {
    const base = existsSync("/dev/shm") ? "/dev/shm" : tmpdir(); // tmpfs: a directory lists in creation order on both runs
    // The runs work in outer/r: anything that reached past r would show up in outer, and is refused below.
    const outer = mkdtempSync(join(base, "bun-syscall-files-oracle-"));
    const root = join(outer, "r");
    const work = mkdtempSync(join(tmpdir(), "bun-syscall-files-oracle-bin-"));
    try {
      const exe = join(work, "oracle");
      const b = Bun.spawnSync([goBin!, "build", "-buildvcs=false", "-o", exe, "."], { cwd: here, stderr: "pipe", env: { ...process.env, GOTOOLCHAIN: "local", GOFLAGS: "-mod=mod" } });
      if (b.exitCode !== 0) throw new Error(`go build failed: ${b.stderr.toString()}`);
      const list = SEEDS.flatMap(ops);
      const input = JSON.stringify(list);
      const env = { A: "1", B: "x=y", LANG: "C" };
      const runOne = (argv: string[]) => runSide(argv, { root, outer, input, env });
      const go = runOne([exe]);
      if (process.env.ORACLE_DUMP) require("node:fs").writeFileSync(process.env.ORACLE_DUMP, JSON.stringify({ list, go }));
      const ours = runOne([process.execPath, join(here, "run.ts")]);
      expect(go).toHaveLength(list.length);
      expect(ours).toHaveLength(list.length);
      const diffs: string[] = [];
      for (let i = 0; i < list.length; i++) {
        const a = canon(go[i]), o = canon(ours[i]);
        if (a !== o) diffs.push(`#${i} ${JSON.stringify(list[i])}\n  go:   ${a}\n  ours: ${o}`);
      }
      expect(diffs.slice(0, 30).join("\n")).toBe("");
    } finally {
      wipe(outer);
      rmSync(work, { recursive: true, force: true });
    }
  },
  60_000,
);

