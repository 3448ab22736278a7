/**
 * `bun run bench`: fork/exec latency against the floor and the peers, its
 * scaling with the parent's heap and the environment, the syscall wrappers
 * against node:fs, and the cold costs. Every figure is a ratio of medians
 * measured in the same run, with the contenders interleaved round by round
 * (mitata measures each round). `--full` runs longer, `--only=LIST` runs
 * some sections; `bun run bench -- --help` lists the options (bench/args.ts).
 * Raw figures go to bench/results/<time>.json.
 * @module
 */
// First: `--help` and usage errors exit before anything below is evaluated
// (floor.ts compiles the C floors when it is imported).
import { FULL, ONLY, ROUNDS, HEAP_ROUNDS, COLD_PROBES, type Section } from "./args.ts";
// `--runs N` drives N fresh runs of this file and exits here.
import "./multirun.ts";
import { markdownTable } from "./table.ts";
import { measure, bench, lineplot, run as mitataRun, do_not_optimize } from "mitata";
import { spawnSync as nodeSpawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import { dlopen } from "bun:ffi";
import { join } from "node:path";
import {
  ForkExec, Wait4, Wait4Async, Stat, Stat_t, Open, Close, Read, Write, Getpid, Pipe2, O_RDONLY, O_WRONLY, O_CLOEXEC, WaitStatus, FcntlInt, F_SETPIPE_SZ,
  FdReadableStream, CLONE_NEWUSER, Getuid, Getgid, Flock, LOCK_UN,
} from "../src/index.ts";
import { cFloorSpawn, cFloorStepsSpawn } from "./floor.ts";
import { pathContenders } from "./path.ts";
import { sys } from "../src/libc.ts";
import { SYS } from "../src/layout.ts";

/** `--only=spawn,async,heap,env,wrappers,cold,plot` runs just those sections (for development). */
const want = (section: Section) => ONLY === null || ONLY.includes(section);
const started = performance.now();
const TRUE = fs.existsSync("/bin/true") ? "/bin/true" : "/usr/bin/true";
const ENV10 = Array.from({ length: 10 }, (_, i) => `BENCH_VAR_${i}=value-${i}`);
const ENV1000 = Array.from({ length: 1000 }, (_, i) => `BENCH_VAR_${i}=value-${i}-${"x".repeat(16)}`);

// ------------------------------------------------------------------ harness

interface Contender {
  name: string;
  /** One operation; a Promise is awaited. */
  op: () => unknown;
  /** Operations per mitata sample (for very fast ops), default 1. */
  inner?: number;
  /** Samples per round, default 8. */
  samples?: number;
  /** Operations one call of op performs (the C floor loops in C), default 1. */
  units?: number;
  /**
   * For a peer that times itself (the Go process): the sample is the number
   * op returns, in ns, not mitata's clock around op, which would count the
   * pipe round trip to the peer as the peer's time.
   */
  selfTimed?: boolean;
}

interface Result {
  name: string;
  medianNs: number;
  roundMediansNs: number[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Measures the contenders round by round, in a rotating order, so that
 * drift in the machine's load hits all of them alike. Each round, mitata
 * takes a fixed number of samples of each; the figure is the median of the
 * round medians.
 */
async function interleave(contenders: Contender[], rounds = ROUNDS): Promise<Result[]> {
  const per: number[][] = contenders.map(() => []);
  // Warm up (the first ForkExec compiles child.c), and learn which ops are async.
  const isAsync: boolean[] = [];
  for (const c of contenders) {
    const r = c.op();
    isAsync.push(r instanceof Promise);
    await r;
  }
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < contenders.length; k++) {
      const i = (k + r) % contenders.length;
      const c = contenders[i]!;
      const inner = c.inner ?? 1;
      const samples = c.samples ?? 8;
      if (c.selfTimed) {
        per[i]!.push(median(Array.from({ length: samples }, () => c.op() as number)) / (c.units ?? 1));
        continue;
      }
      const fn = inner === 1 ? c.op : () => { for (let j = 0; j < inner; j++) do_not_optimize(c.op()); };
      const st = await measure(isAsync[i] ? async () => { await c.op(); } : fn, {
        min_samples: samples, max_samples: samples, min_cpu_time: 0, warmup_samples: 0, batch_samples: 0, batch_unroll: 1,
        batch_threshold: 0, samples_threshold: 1e9 /* keep every sample: the rounds' median handles outliers */, warmup_threshold: 0, gc: false,
      } as never);
      per[i]!.push(st.p50 / inner / (c.units ?? 1));
    }
  }
  return contenders.map((c, i) => ({ name: c.name, medianNs: median(per[i]!), roundMediansNs: per[i]! }));
}

// ------------------------------------------------------------------ contenders

function forkExecWait(env: string[]): () => void {
  const attr = { Env: env };
  const argv = [TRUE];
  return () => {
    const [pid, err] = ForkExec(TRUE, argv, attr);
    if (err !== null) throw err;
    Wait4(pid, null, 0, null);
  };
}
/** The C floor runs its loop in C: one call does FLOOR_BATCH spawns, so no JavaScript is inside the per-spawn figure. */
const FLOOR_BATCH = 8;
/**
 * Spawns per contender per round in the spawn-latency sections (a batched
 * floor takes SPAWN_SAMPLES / FLOOR_BATCH samples of FLOOR_BATCH). With 8 a
 * round's median moved with the first spawns after the previous contender,
 * and one run read 1.06-1.12 where the next read 1.00 (this note's session).
 */
const SPAWN_SAMPLES = 32;
const cFloor = (env: string[]) => () => {
  if (cFloorSpawn(TRUE, [TRUE], env, FLOOR_BATCH) !== FLOOR_BATCH) throw new Error("C floor spawn failed");
};
const cForkFloor = (env: string[]) => () => {
  if (cFloorSpawn(TRUE, [TRUE], env, 1, true) !== 1) throw new Error("C fork floor spawn failed");
};

/** Go's syscall.ForkExec + Wait4, in a Go process driven over a pipe so its batches interleave with ours. */
function goPeer(env: string[]): { op: () => number; close: () => void } | string {
  const goBin = Bun.which("go");
  if (!goBin) return "`go` is not on PATH";
  const dir = join(import.meta.dir, "go");
  const out = join(import.meta.dir, "results", "forkexec-go");
  fs.mkdirSync(join(import.meta.dir, "results"), { recursive: true });
  const b = Bun.spawnSync([goBin, "build", "-o", out, "."], { cwd: dir, env: { ...process.env, GOFLAGS: "-mod=mod" } });
  if (b.exitCode !== 0) return `go build failed: ${b.stderr.toString().trim()}`;
  const toGo = [0, 0], fromGo = [0, 0];
  Pipe2(toGo, O_CLOEXEC);
  Pipe2(fromGo, O_CLOEXEC);
  const [pid, err] = ForkExec(out, [out, TRUE, ...env], { Files: [toGo[0]!, fromGo[1]!, 2] });
  Close(toGo[0]!);
  Close(fromGo[1]!);
  if (err) return `could not start the Go peer: ${err.message}`;
  const line = new TextEncoder().encode("1\n");
  const buf = new Uint8Array(64);
  return {
    /** One spawn in Go; returns the nanoseconds Go measured for it. */
    op: () => {
      Write(toGo[1]!, line);
      const [n] = Read(fromGo[0]!, buf);
      const ns = n > 0 ? Number(new TextDecoder().decode(buf.subarray(0, n))) : NaN;
      if (!(ns > 0)) throw new Error("Go peer died");
      return ns;
    },
    close: () => {
      Close(toGo[1]!);
      Close(fromGo[0]!);
      Wait4(pid, new WaitStatus(), 0, null);
    },
  };
}

/**
 * The parent's heap for the scaling runs: anonymous memory from mmap, every
 * page touched, released by munmap. (JavaScript's GC frees a large
 * ArrayBuffer only some time later, and then "0 MiB" would not be 0; the
 * RSS of each phase is recorded in the JSON.)
 */
const mm = dlopen("libc.so.6", {
  mmap: { args: ["ptr", "u64", "i32", "i32", "i32", "i64"], returns: "ptr" },
  munmap: { args: ["ptr", "u64"], returns: "i32" },
  memset: { args: ["ptr", "i32", "u64"], returns: "ptr" },
});
function touchHeap(mib: number): { free: () => void } {
  if (mib === 0) return { free: () => {} };
  const bytes = mib * 1024 * 1024;
  const p = mm.symbols.mmap(null, bytes, 3 /* PROT_READ|PROT_WRITE */, 0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
  if (p === null || Number(p) === -1) throw new Error(`mmap of ${mib} MiB failed`);
  mm.symbols.memset(p, 1, bytes);
  return {
    free: () => {
      if (mm.symbols.munmap(p, bytes) !== 0) throw new Error("munmap failed");
    },
  };
}

// ------------------------------------------------------------------ report

interface Row {
  section: string;
  name: string;
  ratio: number;
  /** Interquartile range of the per-round ratios (ours / other, round by round). */
  iqr?: number;
  /** Whether the per-round ratios look bimodal (Sarle's coefficient above 5/9). */
  bimodal?: boolean;
  ours: string;
  oursNs: number;
  other: string;
  otherNs: number;
  target?: string;
  met?: boolean;
  /** Set when `ratio` is not a ratio but a quantity in this unit (the cold costs: ms added). */
  unit?: string;
}
const rows: Row[] = [];
const notes: string[] = [];
const fmt = (ns: number) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(1)} µs` : `${ns.toFixed(0)} ns`);

function row(section: string, name: string, a: Result, b: Result, target?: { max: number; text: string }) {
  const ratio = a.medianNs / b.medianNs;
  const per = a.roundMediansNs.map((x, i) => x / b.roundMediansNs[i]!).filter((x) => Number.isFinite(x));
  rows.push({
    section, name, ratio, ours: a.name, oursNs: a.medianNs, other: b.name, otherNs: b.medianNs,
    target: target?.text, met: target ? meets(ratio, target) : undefined,
    ...(per.length >= 4 ? { iqr: quantile(per, 0.75) - quantile(per, 0.25), bimodal: bimodal(per) } : {}),
  });
}
/** Whether a ratio meets its target: "< x" is strict, "≤ x" is not. */
function meets(ratio: number, target: { max: number; text: string }): boolean {
  return target.text.trimStart().startsWith("<") ? ratio < target.max : ratio <= target.max;
}
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q, lo = Math.floor(i);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (i - lo);
}
/** Sarle's bimodality coefficient over 5/9 (the uniform distribution's), with at least 8 rounds. */
function bimodal(xs: number[]): boolean {
  const n = xs.length;
  if (n < 8) return false;
  const m = xs.reduce((a, b) => a + b, 0) / n;
  const m2 = xs.reduce((a, x) => a + (x - m) ** 2, 0) / n;
  if (m2 === 0) return false;
  const skew = xs.reduce((a, x) => a + (x - m) ** 3, 0) / n / m2 ** 1.5;
  const kurt = xs.reduce((a, x) => a + (x - m) ** 4, 0) / n / m2 ** 2 - 3;
  return (skew ** 2 + 1) / (kurt + (3 * (n - 1) ** 2) / ((n - 2) * (n - 3))) > 5 / 9;
}
function log(s: string) {
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${s}\n`);
}

// ------------------------------------------------------------------ 1. spawn latency

if (want("spawn")) {
  log("1/5 spawn latency: ForkExec+Wait4 against the C floor and the peers");
  const go = goPeer(ENV10);
  const contenders: Contender[] = [
    { name: "C floor: clone(VM|VFORK)+execve+wait4", op: cFloor(ENV10), units: FLOOR_BATCH, samples: SPAWN_SAMPLES / FLOOR_BATCH },
    { name: "ForkExec+Wait4", op: forkExecWait(ENV10), samples: SPAWN_SAMPLES },
    { name: "Bun.spawnSync", op: () => Bun.spawnSync([TRUE], { env: Object.fromEntries(ENV10.map((e) => e.split("="))) }), samples: SPAWN_SAMPLES },
    { name: "await Bun.spawn().exited", op: () => Bun.spawn([TRUE], { env: Object.fromEntries(ENV10.map((e) => e.split("="))), stdio: ["ignore", "ignore", "ignore"] }).exited, samples: SPAWN_SAMPLES },
    { name: "child_process.spawnSync", op: () => nodeSpawnSync(TRUE, [], { env: Object.fromEntries(ENV10.map((e) => e.split("="))) }), samples: SPAWN_SAMPLES },
  ];
  if (typeof go !== "string") contenders.push({ name: "Go syscall.ForkExec+Wait4 (timed in Go)", op: go.op, samples: SPAWN_SAMPLES, selfTimed: true });
  else notes.push(`Go peer skipped: ${go}.`);
  const res = await interleave(contenders);
  const [floor, ours, sync, async_, cp] = res as [Result, Result, Result, Result, Result];
  row("spawn", "vs C floor", ours, floor, { max: 1.03, text: "≤ 1.03" });
  row("spawn", "vs Bun.spawnSync", ours, sync, { max: 0.9, text: "< 0.90" });
  row("spawn", "vs await Bun.spawn().exited", ours, async_);
  row("spawn", "vs child_process.spawnSync", ours, cp);
  if (res[5]) row("spawn", "vs Go ForkExec+Wait4", ours, res[5], { max: 0.97, text: "< 0.97" });
  if (typeof go !== "string") go.close();
}

if (want("async")) {
  log("1b/5 waiting on the event loop: ForkExec + await Wait4Async against await Bun.spawn().exited");
  const attr = { Env: ENV10 };
  const env = Object.fromEntries(ENV10.map((e) => e.split("=")));
  const [asyncWait, bunAsync, syncWait] = await interleave([
    { name: "ForkExec + await Wait4Async", samples: SPAWN_SAMPLES, op: async () => {
      const [pid, err] = ForkExec(TRUE, [TRUE], attr);
      if (err) throw err;
      await Wait4Async(pid, null, null);
    } },
    { name: "await Bun.spawn().exited", op: () => Bun.spawn([TRUE], { env, stdio: ["ignore", "ignore", "ignore"] }).exited, samples: SPAWN_SAMPLES },
    { name: "ForkExec + Wait4 (blocking)", op: forkExecWait(ENV10), samples: SPAWN_SAMPLES },
  ]) as [Result, Result, Result];
  row("async", "Wait4Async vs Bun.spawn().exited", asyncWait, bunAsync, { max: 1, text: "≤ 1.0" });
  row("async", "Wait4Async vs blocking Wait4", asyncWait, syncWait);

  // CPU while 200 children sleep (from when all are started until all are
  // reaped), ours against Bun.spawn's for the same 200, rounds alternating.
  log("1c/5 CPU while 200 children sleep: Wait4Async vs Bun.spawn().exited");
  const SLEEPERS = 200;
  // CPU (ns) from the call of wait() until its Promise settles; with
  // `after`, the part from wait()'s return (every child registered) is
  // pushed there too.
  const cpuOf = async (wait: () => Promise<unknown>, after?: number[]) => {
    const c0 = process.cpuUsage();
    const settled = wait();
    const c1 = process.cpuUsage();
    await settled;
    const c2 = process.cpuUsage();
    after?.push((c2.user + c2.system - c1.user - c1.system) * 1000);
    return (c2.user + c2.system - c0.user - c0.system) * 1000;
  };
  const cpu = { ours: [] as number[], bun: [] as number[], bunSig: [] as number[], oursAfter: [] as number[], bunAfter: [] as number[], oursAll: [] as number[], bunAll: [] as number[] };
  const noop = () => {};
  // The first CPU_WARM rounds warm both up and are kept apart: the JIT's
  // compiler threads, whose CPU the process's usage counts, compile the
  // wait path's functions in the first eight rounds of 200 (the DFG in
  // rounds 4 to 8, by BUN_JSC_reportCompileTimes=1; with 4 rounds of
  // warm-up the kept rounds were those). The target's figure is the steady
  // state, the median of the rounds after them; the warm-up rounds have a
  // row of their own, so that what the compiling costs is shown, not dropped.
  const CPU_WARM = 10;
  const CPU_ROUNDS = FULL ? 15 : 9;
  const warmOurs: number[] = [], warmBun: number[] = [];
  for (let r = 0; r < CPU_WARM + CPU_ROUNDS; r++) {
    if (r === CPU_WARM) {
      warmOurs.push(...cpu.ours);
      warmBun.push(...cpu.bun);
      for (const xs of Object.values(cpu)) xs.length = 0;
    }
    // Each kind of round once, in an order that rotates from round to round:
    // the process's CPU counts the collector's threads, and with a fixed
    // order a round paid for the garbage of the one before it. (A full
    // collection before each round instead made ours dearer: it discards
    // compiled JavaScript, which Bun's native wait path does not have.)
    const kinds: (() => Promise<void>)[] = [
      // The wait alone (Bun registers its children at spawn; Wait4Async at the call, so its registration counts here) ...
      async () => {
        const pids = Array.from({ length: SLEEPERS }, () => ForkExec("/bin/sleep", ["sleep", "0.3"], attr)[0]);
        cpu.ours.push(await cpuOf(() => Promise.all(pids.map((p) => Wait4Async(p, null, null))), cpu.oursAfter));
      },
      async () => {
        const procs = Array.from({ length: SLEEPERS }, () => Bun.spawn(["/bin/sleep", "0.3"], { env, stdio: ["ignore", "ignore", "ignore"] }));
        cpu.bun.push(await cpuOf(() => Promise.all(procs.map((p) => p.exited)), cpu.bunAfter));
      },
      // ... Bun.spawn's again, with a SIGCHLD listener that does nothing: what a
      // signal per exit costs Bun (the main thread's Wait4Async is woken by one) ...
      async () => {
        process.on("SIGCHLD", noop);
        const procs = Array.from({ length: SLEEPERS }, () => Bun.spawn(["/bin/sleep", "0.3"], { env, stdio: ["ignore", "ignore", "ignore"] }));
        cpu.bunSig.push(await cpuOf(() => Promise.all(procs.map((p) => p.exited))));
        process.off("SIGCHLD", noop);
      },
      // ... and the whole: starting the 200 and awaiting them all.
      async () => {
        cpu.oursAll.push(await cpuOf(() => Promise.all(Array.from({ length: SLEEPERS }, () => Wait4Async(ForkExec("/bin/sleep", ["sleep", "0.3"], attr)[0], null, null)))));
      },
      async () => {
        cpu.bunAll.push(await cpuOf(() => Promise.all(Array.from({ length: SLEEPERS }, () => Bun.spawn(["/bin/sleep", "0.3"], { env, stdio: ["ignore", "ignore", "ignore"] }).exited))));
      },
    ];
    for (let k = 0; k < kinds.length; k++) {
      // Our SIGCHLD listener goes 50 ms after our last wait: let it go, so that no other kind's exits signal.
      await Bun.sleep(60);
      await kinds[(r + k) % kinds.length]!();
    }
  }
  const asResult = (name: string, xs: number[]): Result => ({ name, medianNs: median(xs), roundMediansNs: xs });
  row("async", "CPU, 200 sleepers: Wait4Async vs Bun.spawn", asResult("CPU while 200 Wait4Async", cpu.ours), asResult("CPU while 200 Bun.spawn().exited", cpu.bun), { max: 1, text: "≤ 1.0" });
  // The floor of any wait that a signal wakes: the same Bun.spawn with and without a SIGCHLD listener.
  row("async", "CPU, 200 sleepers: Bun.spawn with a SIGCHLD listener vs without (a signal per exit)", asResult("CPU while 200 Bun.spawn().exited, SIGCHLD listened for", cpu.bunSig), asResult("CPU while 200 Bun.spawn().exited", cpu.bun));
  row("async", "CPU, 200 sleepers: Wait4Async vs Bun.spawn with a SIGCHLD listener", asResult("CPU while 200 Wait4Async", cpu.ours), asResult("CPU while 200 Bun.spawn().exited, SIGCHLD listened for", cpu.bunSig));
  row("async", `CPU, 200 sleepers, the ${CPU_WARM} warm-up rounds (the JIT compiling): ours vs Bun.spawn`, asResult("CPU while 200 Wait4Async, warm-up", warmOurs), asResult("CPU while 200 Bun.spawn().exited, warm-up", warmBun));
  // The same rounds split where the calls return: what Wait4Async's registration (a pidfd, an
  // epoll_ctl, the Promise) leaves out, against .exited's getters (Bun registered at spawn).
  row("async", "CPU, 200 sleepers, once every wait is registered: ours vs Bun.spawn", asResult("CPU after 200 Wait4Async calls returned", cpu.oursAfter), asResult("CPU after 200 .exited getters returned", cpu.bunAfter));
  row("async", "CPU, 200 children, started and awaited: ours vs Bun.spawn", asResult("CPU for 200 ForkExec + Wait4Async", cpu.oursAll), asResult("CPU for 200 Bun.spawn + exited", cpu.bunAll));

  // Reading a child's 64 MiB output without blocking: FdReadableStream
  // against Bun.spawn's own stdout stream.
  log("1d/5 reading a child's 64 MiB of output: FdReadableStream vs Bun.spawn().stdout");
  const HEAD = Bun.which("head") ?? "/usr/bin/head";
  const ourReadOp = (pipeSize: number) => async () => {
    const p = [0, 0];
    Pipe2(p, O_CLOEXEC);
    // A larger pipe (Bun.spawn's stdout is a socket pair, with a larger buffer than a pipe's 64 KiB).
    if (pipeSize > 0 && FcntlInt(p[0]!, F_SETPIPE_SZ, pipeSize)[1] !== null) throw new Error("F_SETPIPE_SZ failed");
    const [pid, err] = ForkExec(HEAD, ["head", "-c", "64M", "/dev/zero"], { Files: [0, p[1]!, 2] });
    Close(p[1]!);
    if (err) throw err;
    const n = (await new Response(FdReadableStream(p[0]!, { close: true })).arrayBuffer()).byteLength;
    await Wait4Async(pid, null, null);
    if (n !== 64 << 20) throw new Error(`read ${n}`);
  };
  const [ourRead, bunRead, ourBigRead] = await interleave([
    { name: "ForkExec + FdReadableStream, 64 MiB", samples: 2, op: ourReadOp(0) },
    { name: "Bun.spawn().stdout, 64 MiB", samples: 2, op: async () => {
      const proc = Bun.spawn([HEAD, "-c", "64M", "/dev/zero"], { stdout: "pipe", stdin: "ignore", stderr: "inherit" });
      const n = (await new Response(proc.stdout).arrayBuffer()).byteLength;
      await proc.exited;
      if (n !== 64 << 20) throw new Error(`read ${n}`);
    } },
    { name: "ForkExec + FdReadableStream, 64 MiB, 1 MiB pipe", samples: 2, op: ourReadOp(1 << 20) },
  ], FULL ? 11 : 7) as [Result, Result, Result];
  row("async", "read 64 MiB: FdReadableStream vs Bun.spawn().stdout", ourRead, bunRead);
  row("async", "read 64 MiB: FdReadableStream, 1 MiB pipe, vs Bun.spawn().stdout", ourBigRead, bunRead);
}

// Spawning from two Workers at once, on a 2-core machine: the throughput of
// two against one, ours and Bun.spawnSync's, rounds alternating.
if (want("parallel")) {
  log("1e/5 parallel spawns: ForkExec+Wait4, Bun.spawnSync and the C floor from 1 Worker and from 2 at once");
  const COUNT = FULL ? 400 : 150;
  const workers = [0, 1].map(() => new Worker(new URL("./parallel-worker.ts", import.meta.url).href));
  const ask = (w: Worker, kind: string) => new Promise<number>((res) => {
    w.onmessage = (e: MessageEvent<number>) => res(e.data);
    w.postMessage({ kind, count: COUNT, true: TRUE });
  });
  // Throughput (spawns per ms) with one Worker and with two together.
  const tput = async (kind: string, n: 1 | 2) => {
    const t0 = performance.now();
    await Promise.all(workers.slice(0, n).map((w) => ask(w, kind)));
    return (n * COUNT) / (performance.now() - t0);
  };
  for (const k of ["forkexec", "spawnSync", "floor"]) await tput(k, 2); // warm: compiles child.c in each Worker
  const per: Record<string, number[]> = { fe1: [], fe2: [], bs1: [], bs2: [], cf1: [], cf2: [] };
  for (let r = 0; r < (FULL ? 9 : 5); r++) {
    per.fe1!.push(1e6 / await tput("forkexec", 1));
    per.fe2!.push(1e6 / await tput("forkexec", 2));
    per.bs1!.push(1e6 / await tput("spawnSync", 1));
    per.bs2!.push(1e6 / await tput("spawnSync", 2));
    per.cf1!.push(1e6 / await tput("floor", 1));
    per.cf2!.push(1e6 / await tput("floor", 2));
  }
  for (const w of workers) w.terminate();
  // Results as ns per spawn (lower is better): the ratio one/two is the speed-up.
  const res = (name: string, xs: number[]): Result => ({ name, medianNs: median(xs), roundMediansNs: xs });
  const fe1 = res("ForkExec+Wait4, 1 Worker", per.fe1!), fe2 = res("ForkExec+Wait4, 2 Workers", per.fe2!);
  const bs1 = res("Bun.spawnSync, 1 Worker", per.bs1!), bs2 = res("Bun.spawnSync, 2 Workers", per.bs2!);
  row("parallel", "speed-up from 2 Workers: ForkExec+Wait4 (1 Worker / 2)", fe1, fe2, { max: Infinity, text: "≥ 1.8" });
  rows.at(-1)!.met = rows.at(-1)!.ratio >= 1.8;
  row("parallel", "speed-up from 2 Workers: Bun.spawnSync (1 Worker / 2)", bs1, bs2);
  // What the kernel and the machine allow: the C floor's own loop, in each Worker.
  row("parallel", "speed-up from 2 Workers: the C floor (1 Worker / 2)", res("C floor, 1 Worker", per.cf1!), res("C floor, 2 Workers", per.cf2!));
  row("parallel", "2 Workers: ForkExec+Wait4 vs Bun.spawnSync (time per spawn)", fe2, bs2, { max: 1, text: "≤ 1.0" });
}

// Pricing the spawn path: the C floor with ForkExec's own child steps added
// one at a time, against the floor and against ForkExec itself.
if (want("steps")) {
  log("1g/5 the spawn path, priced: the C floor plus ForkExec's steps, one at a time");
  const levels = ["+ signals blocked across clone", "+ SIGPIPE, SIGXFSZ reset", "+ close_range(CLOEXEC)", "+ empty mask before execve"];
  const res = await interleave([
    { name: "C floor", op: cFloor(ENV10), units: FLOOR_BATCH, samples: SPAWN_SAMPLES / FLOOR_BATCH },
    ...levels.map((name, i) => ({ name: `C floor ${name}`, op: () => {
      if (cFloorStepsSpawn(TRUE, [TRUE], ENV10, FLOOR_BATCH, i + 1) !== FLOOR_BATCH) throw new Error("floor_steps failed");
    }, units: FLOOR_BATCH, samples: SPAWN_SAMPLES / FLOOR_BATCH })),
    { name: "ForkExec+Wait4", op: forkExecWait(ENV10), samples: SPAWN_SAMPLES },
  ]);
  for (let i = 1; i <= levels.length; i++) row("steps", `C floor ${levels.slice(0, i).at(-1)} vs the floor`, res[i]!, res[0]!);
  row("steps", "ForkExec+Wait4 vs the floor with every step", res.at(-1)!, res[levels.length]!);
  // JavaScript out of the loop, then back in a piece at a time (bench/path.ts).
  const path = pathContenders(TRUE, ENV10, FLOOR_BATCH);
  const [floor, cLoop, jsLoop, feBare, fe] = await interleave([
    { name: "C floor", op: cFloor(ENV10), units: FLOOR_BATCH, samples: SPAWN_SAMPLES / FLOOR_BATCH },
    { name: "ForkExec's native half in a C loop, block marshalled once", op: path.cLoop, units: FLOOR_BATCH, samples: SPAWN_SAMPLES / FLOOR_BATCH },
    { name: "the same block from JavaScript, bare FFI wait4", op: path.jsLoop, units: FLOOR_BATCH, samples: SPAWN_SAMPLES / FLOOR_BATCH },
    { name: "ForkExec, bare FFI wait4", op: path.forkExecBareWait, units: FLOOR_BATCH, samples: SPAWN_SAMPLES / FLOOR_BATCH },
    { name: "ForkExec+Wait4", op: forkExecWait(ENV10), units: 1, samples: SPAWN_SAMPLES },
  ]) as [Result, Result, Result, Result, Result];
  row("steps", "native half in a C loop vs the floor", cLoop, floor);
  row("steps", "native half from JavaScript vs the floor", jsLoop, floor);
  row("steps", "ForkExec + bare wait4 vs the floor", feBare, floor);
  row("steps", "ForkExec+Wait4 vs the floor", fe, floor);
  // What ForkExec's JavaScript costs in a spawn loop, where each call finds
  // its code and data made cold by the previous child (it runs in 0.3 µs
  // in a loop without spawns): the time from the call to the native half
  // and from its return, against the same block called bare.
  const around = path.jsAround(ROUNDS * 20);
  const us = (name: string, xs: number[], other: number[]): Row => ({
    section: "steps", name, ratio: median(xs) / 1e3, unit: "µs", iqr: (quantile(xs, 0.75) - quantile(xs, 0.25)) / 1e3,
    ours: name, oursNs: median(xs), other: "the bare call of the same block", otherNs: median(other),
  });
  rows.push(us("ForkExec's JavaScript before the native half, in the spawn loop", around.forkExec.before, around.bare.before));
  rows.push(us("ForkExec's JavaScript after it", around.forkExec.after, around.bare.after));
  const bareBoth = around.bare.before.map((x, i) => x + around.bare.after[i]!);
  rows.push(us("the bare block call's JavaScript, before and after", bareBoth, bareBoth));
}

// A whole sandbox in one ForkExec (examples/sandbox.ts's configuration)
// against bubblewrap building the same one around the same program.
if (want("sandbox")) {
  log("1f/5 a sandboxed spawn: ForkExec with examples/sandbox.ts's SysProcAttr vs bwrap");
  const bwrap = Bun.which("bwrap");
  const args = ["--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc", "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib",
    "--symlink", "usr/lib64", "/lib64", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--unshare-all", "--hostname", "box",
    "--new-session", "--die-with-parent", "--cap-drop", "ALL", "--", TRUE];
  const probe = bwrap === null ? null : Bun.spawnSync([bwrap, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  if (bwrap === null || probe!.exitCode !== 0) {
    notes.push(`sandbox row skipped: ${bwrap === null ? "no bwrap on PATH (apt-get install bubblewrap)" : `bwrap cannot run here: ${probe!.stderr.toString().trim()}`}.`);
  } else {
    const { parse } = await import("../examples/sandbox.ts");
    const { sys, dir } = parse(args);
    const sandboxed = { Sys: sys, Dir: dir, Files: [0, 1, 2] };
    const [ours, theirs] = await interleave([
      { name: "ForkExec + Wait4, sandboxed", samples: 4, op: () => {
        const [pid, err] = ForkExec(TRUE, [TRUE], sandboxed);
        if (err) throw err;
        Wait4(pid, null, 0, null);
      } },
      { name: "Bun.spawnSync(bwrap ...)", samples: 4, op: () => Bun.spawnSync([bwrap, ...args], { stdio: ["ignore", "ignore", "ignore"] }) },
    ], FULL ? 21 : 9) as [Result, Result];
    row("sandbox", "sandboxed spawn vs bwrap", ours, theirs, { max: 1, text: "< 1" });
  }
}

// ------------------------------------------------------------------ 2. heap scaling

const heapSizes = [0, 512, 2048];
const heapResults: Record<number, { forkExec: Result; vforkFloor: Result; forkFloor: Result }> = {};
/** The process's RSS (MiB) in each round at each heap size: proof that "0" was small and "2 GiB" large. */
let heapRss: Record<number, number[]> = {};
if (want("heap")) {
  log("2/5 scaling with the parent's touched heap: 0, 512 MiB, 2 GiB");
  // The sizes take turns, round after round (allocate, touch every page,
  // measure, free), so that drift in the machine's load hits all alike.
  const rounds = HEAP_ROUNDS;
  const per: Record<number, { forkExec: number[]; userns: number[]; vforkFloor: number[]; forkFloor: number[]; rssMiB: number[] }> = {};
  for (const mib of heapSizes) per[mib] = { forkExec: [], userns: [], vforkFloor: [], forkFloor: [], rssMiB: [] };
  // A rootless child: a new user namespace with this process's ids mapped,
  // whose maps the parent writes while the child waits.
  const usernsAttr = {
    Env: ENV10,
    Sys: {
      Cloneflags: CLONE_NEWUSER,
      UidMappings: [{ ContainerID: 0, HostID: Getuid(), Size: 1 }],
      GidMappings: [{ ContainerID: 0, HostID: Getgid(), Size: 1 }],
    },
  };
  const usernsOk = ForkExec(TRUE, [TRUE], usernsAttr);
  if (usernsOk[1] === null) Wait4(usernsOk[0], null, 0, null);
  else notes.push(`heap: no rootless row, user namespaces refused here (${usernsOk[1].message}).`);
  const forkExecUserns = () => {
    const [pid, err] = ForkExec(TRUE, [TRUE], usernsAttr);
    if (err !== null) throw err;
    Wait4(pid, null, 0, null);
  };
  const rssMiB = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync("/proc/self/status", "utf8"))![1]) / 1024;
  const steps = rounds * heapSizes.length;
  const phaseStarted = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < heapSizes.length; k++) {
      const mib = heapSizes[(k + r) % heapSizes.length]!;
      const heap = touchHeap(mib);
      await Bun.sleep(150); // let the page-fault storm of the touch settle before measuring
      per[mib]!.rssMiB.push(rssMiB());
      const [fe, vf, ff, un] = await interleave([
        { name: `ForkExec+Wait4 @${mib} MiB`, op: forkExecWait(ENV10), samples: 48 },
        { name: `C vfork floor @${mib} MiB`, op: cFloor(ENV10), units: FLOOR_BATCH, samples: 6 },
        { name: `C fork() floor @${mib} MiB`, op: cForkFloor(ENV10), samples: mib >= 2048 ? 2 : 4 },
        ...(usernsOk[1] === null ? [{ name: `ForkExec+Wait4, user namespace @${mib} MiB`, op: forkExecUserns, samples: 12 }] : []),
      ], 1) as [Result, Result, Result, Result | undefined];
      per[mib]!.forkExec.push(fe.medianNs);
      if (un !== undefined) per[mib]!.userns.push(un.medianNs);
      per[mib]!.vforkFloor.push(vf.medianNs);
      per[mib]!.forkFloor.push(ff.medianNs);
      heap.free();
      // Progress, to stderr only (not the table, not the JSON), between the measurements.
      const step = r * heapSizes.length + k + 1;
      const left = ((performance.now() - phaseStarted) / step) * (steps - step) / 1000;
      log(`heap: round ${String(r + 1).padStart(String(rounds).length)}/${rounds}, ${String(mib).padStart(4)} MiB (RSS ${per[mib]!.rssMiB.at(-1)!.toFixed(0)} MiB): ForkExec+Wait4 ${fmt(fe.medianNs)}, C vfork floor ${fmt(vf.medianNs)}, C fork() floor ${fmt(ff.medianNs)}; ${step}/${steps} done, ~${left.toFixed(0)} s left`);
    }
  }
  const res = (name: string, xs: number[]): Result => ({ name, medianNs: median(xs), roundMediansNs: xs });
  for (const mib of heapSizes) {
    heapResults[mib] = {
      forkExec: res(`ForkExec+Wait4 @${mib} MiB`, per[mib]!.forkExec),
      vforkFloor: res(`C vfork floor @${mib} MiB`, per[mib]!.vforkFloor),
      forkFloor: res(`C fork() floor @${mib} MiB`, per[mib]!.forkFloor),
    };
  }
  heapRss = Object.fromEntries(heapSizes.map((m) => [m, per[m]!.rssMiB]));
  // The scaling ratio is the median of each round's own ratio: the sizes of
  // one round were measured seconds apart, rounds minutes apart.
  const perRound = (mib: number) => per[mib]!.forkExec.map((v, r) => v / per[0]!.forkExec[r]!);
  const ratioRow = (name: string, mib: number, target?: { max: number; text: string }) => {
    const ratio = median(perRound(mib));
    const per = perRound(mib);
    rows.push({ section: "heap", name: `${name} (median of the rounds' own ratios)`, ratio, ours: `ForkExec+Wait4 @${mib} MiB`, oursNs: heapResults[mib]!.forkExec.medianNs, other: "ForkExec+Wait4 @0 MiB", otherNs: heapResults[0]!.forkExec.medianNs, target: target?.text, met: target ? meets(ratio, target) : undefined,
      ...(per.length >= 4 ? { iqr: quantile(per, 0.75) - quantile(per, 0.25), bimodal: bimodal(per) } : {}) });
  };
  ratioRow("ForkExec @2 GiB vs @0", 2048, { max: 1.1, text: "≤ 1.10" });
  ratioRow("ForkExec @512 MiB vs @0", 512);
  if (per[0]!.userns.length > 0) {
    row("heap", "ForkExec in a user namespace (id maps) @2 GiB vs @0", res("ForkExec+Wait4, user namespace @2048 MiB", per[2048]!.userns), res("ForkExec+Wait4, user namespace @0 MiB", per[0]!.userns), { max: 1.1, text: "≤ 1.10" });
  }
  row("heap", "C vfork floor @2 GiB vs @0", heapResults[2048]!.vforkFloor, heapResults[0]!.vforkFloor);
  row("heap", "C fork() floor @2 GiB vs @0", heapResults[2048]!.forkFloor, heapResults[0]!.forkFloor);
  row("heap", "C fork() floor vs ForkExec @2 GiB", heapResults[2048]!.forkFloor, heapResults[2048]!.forkExec);
}

// ------------------------------------------------------------------ 3. environment

if (want("env")) {
  log("3/5 scaling with the environment: 10 and 1,000 variables");
  const [e1000, e10, f1000, f10] = await interleave([
    { name: "ForkExec+Wait4, 1,000 env vars", op: forkExecWait(ENV1000), samples: SPAWN_SAMPLES },
    { name: "ForkExec+Wait4, 10 env vars", op: forkExecWait(ENV10), samples: SPAWN_SAMPLES },
    { name: "C floor, 1,000 env vars", op: cFloor(ENV1000), units: FLOOR_BATCH, samples: SPAWN_SAMPLES / FLOOR_BATCH },
    { name: "C floor, 10 env vars", op: cFloor(ENV10), units: FLOOR_BATCH, samples: SPAWN_SAMPLES / FLOOR_BATCH },
  ]) as [Result, Result, Result, Result];
  // The target is the floor's own ratio, measured in the same rounds: what
  // the kernel charges for 1,000 variables, ForkExec may not add to.
  const floorRatio = f1000.medianNs / f10.medianNs;
  row("env", "1,000 vars vs 10", e1000, e10, { max: floorRatio, text: "≤ the floor's" });
  row("env", "C floor: 1,000 vars vs 10 (the kernel's part)", f1000, f10);
  row("env", "1,000 vars: ForkExec vs C floor", e1000, f1000);
}

// ------------------------------------------------------------------ 4. syscall wrappers

if (want("wrappers")) {
  log("4/5 syscall wrappers against node:fs and the bare FFI call");
  const st = new Stat_t();
  const path = "/etc/hostname";
  const pathBytes = new TextEncoder().encode(path + "\0");
  const statBytes = new Uint8Array(256);
  const [zero] = Open("/dev/zero", O_RDONLY | O_CLOEXEC, 0);
  const [nul] = Open("/dev/null", O_WRONLY | O_CLOEXEC, 0);
  const buf = new Uint8Array(4096);
  const bare = dlopen("libc.so.6", { getpid: { args: [], returns: "i32" }, flock: { args: ["i32", "i32"], returns: "i32" } });
  // The floor under Stat is the call Stat makes: libc's fstatat(3) where the
  // C library has the symbol (glibc >= 2.33, musl), else syscall(2).
  let bareStat: { name: string; op: () => unknown };
  try {
    const f = dlopen("libc.so.6", { fstatat: { args: ["i32", "ptr", "ptr", "i32"], returns: "i32" } });
    bareStat = { name: "bare fstatat(3)", op: () => f.symbols.fstatat(-100, pathBytes, statBytes, 0) };
  } catch {
    bareStat = { name: "bare newfstatat(2)", op: () => sys.sys_ippi(SYS.newfstatat, -100, pathBytes, statBytes, 0, 0, 0) };
  }
  const fast = { inner: 200, samples: 20 };
  const pairs: [string, Contender, Contender, { max: number; text: string } | undefined][] = [
    ["Stat vs fs.statSync", { name: "Stat", op: () => Stat(path, st), ...fast }, { name: "fs.statSync", op: () => fs.statSync(path), ...fast }, { max: 0.7, text: "≤ 0.70" }],
    // The floor under Stat: the same call through bun:ffi, with no encoding or decoding.
    ["bare fstatat via FFI vs fs.statSync", { ...bareStat, ...fast }, { name: "fs.statSync", op: () => fs.statSync(path), ...fast }, undefined],
    ["Read 4 KiB vs fs.readSync", { name: "Read", op: () => Read(zero, buf), ...fast }, { name: "fs.readSync", op: () => fs.readSync(zero, buf, 0, 4096, null), ...fast }, { max: 1, text: "≤ 1.0" }],
    ["Write 4 KiB vs fs.writeSync", { name: "Write", op: () => Write(nul, buf), ...fast }, { name: "fs.writeSync", op: () => fs.writeSync(nul, buf, 0, 4096), ...fast }, { max: 1, text: "≤ 1.0" }],
    ["Open+Close vs fs.openSync+closeSync", { name: "Open+Close", op: () => Close(Open(path, O_RDONLY | O_CLOEXEC, 0)[0]), ...fast }, { name: "fs.openSync+closeSync", op: () => fs.closeSync(fs.openSync(path, "r")), ...fast }, undefined],
    ["Getpid vs bare FFI getpid", { name: "Getpid", op: () => Getpid(), ...fast }, { name: "bare FFI getpid", op: () => bare.symbols.getpid(), ...fast }, undefined],
    // A wrapper built from its //sys declaration (src/sysdef.ts), as about 110 of the package's calls are, against the same call bare.
    ["Flock (a //sys wrapper) vs bare FFI flock", { name: "Flock", op: () => Flock(nul, LOCK_UN), ...fast }, { name: "bare FFI flock", op: () => bare.symbols.flock(nul, LOCK_UN), ...fast }, undefined],
  ];
  for (const [name, a, b, target] of pairs) {
    const [ra, rb] = await interleave([a, b]) as [Result, Result];
    row("wrappers", name, ra, rb, target);
  }
  Close(zero);
  Close(nul);
  bare.close();
}

// ------------------------------------------------------------------ 5. cold costs

if (want("cold")) {
  log("5/5 cold costs in fresh Bun processes");
  // The package as users import it: by name, through package.json "exports"
  // (dist/). Each probe is a whole `bun file` process, timed from outside;
  // the probes alternate, and a figure is the median of the per-pair
  // differences (what the import adds to a program's start).
  const root = join(import.meta.dir, "..");
  const tmp = fs.mkdtempSync(join(fs.realpathSync(os.tmpdir()), "bsc-cold-"));
  const write = (name: string, text: string) => (fs.writeFileSync(join(tmp, name), text), join(tmp, name));
  // Resolving "bun-syscall" by name from the temporary directory: a
  // node_modules link to this checkout, as `bun add` would make one.
  fs.mkdirSync(join(tmp, "node_modules"));
  fs.symlinkSync(root, join(tmp, "node_modules", "bun-syscall"));
  const empty = write("empty.mjs", "");
  const pkg = write("import.mjs", 'import "bun-syscall";\n');
  // The same package without its bytecode cache, which is what any Bun but
  // the one that built dist/ gets (it parses the same file instead).
  const nocache = join(tmp, "node_modules", "bun-syscall-nocache");
  fs.mkdirSync(nocache);
  fs.copyFileSync(join(root, "package.json"), join(nocache, "package.json"));
  fs.cpSync(join(root, "dist"), join(nocache, "dist"), { recursive: true, filter: (f) => !f.endsWith(".jsc") });
  const pkgNoCache = write("import-nocache.mjs", 'import "bun-syscall-nocache";\n');
  // The floor for the names alone: a module that exports as many names as
  // the package, numbers only and no code, in the package's own shape (the
  // cheapest measured): one JSON.parse'd CommonJS object, with Bun's
  // bytecode cache, re-exported by an ES module entry, as dist/ does.
  const pkgExports = Object.keys(await import("bun-syscall"));
  write("names-src.cjs", `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(Object.fromEntries(pkgExports.map((k) => [k, 1]))))});\n`);
  const built = await Bun.build({ entrypoints: [join(tmp, "names-src.cjs")], outdir: join(tmp, "names-out"), target: "bun", format: "cjs", bytecode: true });
  if (!built.success || !fs.existsSync(join(tmp, "names-out", "names-src.js.jsc"))) throw new Error(`cold: the names floor's bytecode build failed: ${built.logs.join("; ")}`);
  write("names.mjs", 'import S from "./names-out/names-src.js";\nexport * from "./names-out/names-src.js";\n');
  const names = write("import-names.mjs", 'import "./names.mjs";\n');
  const first = write("first.mjs", `import { ForkExec, Wait4 } from "bun-syscall";
const f = () => { const [p] = ForkExec(${JSON.stringify(TRUE)}, [${JSON.stringify(TRUE)}], {}); Wait4(p, null, 0, null); };
let t = performance.now(); f(); const a = (performance.now() - t) * 1e6;
t = performance.now(); f(); const b = (performance.now() - t) * 1e6;
console.log(JSON.stringify([a, b]));
`);
  const wall = (file: string) => {
    const t = Bun.nanoseconds();
    const r = Bun.spawnSync([process.execPath, file], { cwd: tmp, stdout: "pipe", stderr: "pipe" });
    const dt = Bun.nanoseconds() - t;
    if (r.exitCode !== 0) throw new Error(`cold probe ${file} failed: ${r.stderr.toString()}`);
    return { dt, out: r.stdout.toString() };
  };
  const n = COLD_PROBES;
  const imports: number[] = [], noCache: number[] = [], floors: number[] = [], firsts: number[] = [], seconds: number[] = [];
  let baseNs = 0, pkgNs = 0;
  for (let i = 0; i < n; i++) {
    const e = wall(empty).dt, p = wall(pkg).dt, f = wall(names).dt;
    baseNs += e / n;
    pkgNs += p / n;
    imports.push(p - e);
    noCache.push(wall(pkgNoCache).dt - e);
    floors.push(f - e);
    const [a, b] = JSON.parse(wall(first).out) as [number, number];
    firsts.push(a);
    seconds.push(b);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  const ms = (name: string, xs: number[], target?: { max: number; text: string }): Row => ({
    section: "cold", name, ratio: median(xs) / 1e6, unit: "ms", ...(xs.length >= 4 ? { iqr: (quantile(xs, 0.75) - quantile(xs, 0.25)) / 1e6 } : {}),
    ours: name, oursNs: median(xs), other: "the same process without it", otherNs: 0, target: target?.text, met: target ? median(xs) / 1e6 < target.max : undefined,
  });
  rows.push(ms("import adds (process start, by name)", imports, { max: 3, text: "< 3 ms" }));
  rows.push(ms("the same without the bytecode cache (another Bun's import)", noCache));
  rows.push(ms(`import of ${pkgExports.length} bare exported names adds (the floor for the names, in dist/'s shape)`, floors));
  const fst = median(firsts), snd = median(seconds);
  rows.push({ ...ms("first ForkExec adds (compiles child.c)", firsts.map((x, i) => x - seconds[i]!), { max: 25, text: "< 25 ms" }), other: "second ForkExec", otherNs: snd, ours: "first ForkExec", oursNs: fst });
  notes.push(`cold: a bare \`bun\` start took ${fmt(baseNs)} on average, with the package imported ${fmt(pkgNs)}`);
}

// ------------------------------------------------------------------ plot, table, JSON

// mitata's line plot of the heap scaling: a separate, real measurement at
// each size (the ratios above come from the interleaved rounds).
if (want("plot")) {
  log("plot: mitata line plot of latency against heap size");
  const withHeap = (label: string, op: () => void) =>
    bench(`${label} @ $heap MiB`, function* (state: { get(name: string): unknown }) {
      const heap = touchHeap(state.get("heap") as number);
      yield op;
      heap.free();
    }).args("heap", heapSizes).gc(false);
  lineplot(() => {
    withHeap("ForkExec+Wait4", forkExecWait(ENV10));
    withHeap("C fork()+execve+wait4", cForkFloor(ENV10));
  });
  await mitataRun({ print: (s: string) => process.stdout.write(s + "\n") });
}

const lines: string[] = [];
const flags = [FULL ? "--full" : "", ONLY ? `--only=${ONLY.join(",")}` : ""].filter((f) => f !== "").join(" ");
lines.push(`bun-syscall bench — Bun ${Bun.version}, ${process.arch}, ${fs.readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/)?.[1] ?? "cpu"}, ${ROUNDS} rounds${flags ? ` (${flags})` : ""}`);
lines.push("");
// Every column is as wide as its widest cell, so every `|` lines up.
lines.push(...markdownTable(
  ["comparison", "ratio", "IQR", "target", "ours (median)", "other (median)"],
  rows.map((r) => [
    `${r.section}: ${r.name}`,
    r.unit === undefined ? r.ratio.toFixed(3) : `${r.ratio.toFixed(2)} ${r.unit}`,
    r.iqr === undefined ? "" : `±${(r.iqr / 2).toFixed(r.unit === undefined ? 3 : 2)}${r.bimodal ? " bimodal" : ""}`,
    r.target ? `${r.target} ${r.met ? "✓" : "✗"}` : "",
    fmt(r.oursNs),
    fmt(r.otherNs),
  ]),
));
for (const n of notes) lines.push(`note: ${n}`);
lines.push(`(total ${((performance.now() - started) / 1000).toFixed(1)} s; ratio = ours / other, the ratio of the two medians over interleaved rounds, except where a row says it is the median of the rounds' own ratios; lower is better; IQR: half the interquartile range of the per-round ratios, or of the per-probe quantities in ms where the unit is ms)`);
console.log(lines.join("\n"));

const dir = join(import.meta.dir, "results");
fs.mkdirSync(dir, { recursive: true });
const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
fs.writeFileSync(file, JSON.stringify({ bun: Bun.version, arch: process.arch, full: FULL, rounds: ROUNDS, rows, heap: heapResults, heapRssMiB: heapRss, notes }, null, 1));
console.log(`raw figures: ${file}`);
