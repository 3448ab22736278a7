/**
 * Soak: `bun run soak` (10,000 operations) or `bun run soak -- 2000`.
 *
 * A mix of the package's process operations, round after round:
 * - ForkExec of /bin/true, then Wait4;
 * - ForkExec that fails: a path that does not exist (ENOENT), a Dir that
 *   does not exist (ENOENT at chdir), a Credential the child cannot take
 *   (Uid 2^32-1: EINVAL at setuid as root, EPERM otherwise);
 * - ForkExec, then await Wait4Async; some waits cancelled with an
 *   AbortSignal and the child then reaped by Wait4; some batches of
 *   concurrent waits;
 * - StartProcess with Sys.PidFD, then Wait4Async on that pidfd, then Close;
 * - event-loop I/O: 256 KiB through cat, written with WriteAsync and read
 *   back with FdReadableStream; /bin/echo on a pty (Openpty, Setsid,
 *   Setctty) read to its EIO end; PollAsync aborted, then satisfied; a
 *   ReadAsync whose buffer is transferred while it waits (EFAULT).
 *
 * It prints, before and after, the open fds, zombie children, threads
 * (/proc/self/task) and RSS (VmRSS), and exits 1 if fds, zombies or
 * threads grew, if RSS grew by more than 64 MiB, or if an operation gave
 * an unexpected result. "before" is taken after one round of each kind, so
 * that what the package starts once (the compiled child path, the waiter
 * thread) is not counted as growth; "after" once the waiter has gone idle.
 */
import { readdirSync, readFileSync } from "node:fs";
import { zombieChildren } from "../test/helpers.ts";
import {
  ForkExec, StartProcess, Wait4, Wait4Async, WaitStatus, Close, LastForkExecFailure, ENOENT, EINVAL, EPERM, type Errno,
  Pipe2, O_CLOEXEC, WriteAsync, ReadAsync, FdReadableStream, PollAsync, Openpty, Write, EPOLLIN, EFAULT,
} from "../src/index.ts";

const COUNT = Number(process.argv[2] ?? process.env.SOAK_COUNT ?? 10000);
const RSS_LIMIT_KIB = 64 * 1024;
if (!Number.isInteger(COUNT) || COUNT < 1) {
  console.error(`usage: bun run soak [-- COUNT]; got ${process.argv[2]}`);
  process.exit(2);
}

interface Figures {
  fds: number;
  zombies: number;
  threads: number;
  /** Of those, the package's own (named bsc-*). */
  ours: number;
  rssKiB: number;
}

function figures(): Figures {
  const status = readFileSync("/proc/self/status", "utf8");
  const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  // readdir's own fd is counted in this listing: subtract it.
  const tasks = readdirSync("/proc/self/task");
  const ours = tasks.filter((t) => {
    try {
      return readFileSync(`/proc/self/task/${t}/comm`, "utf8").startsWith("bsc-");
    } catch {
      return false;
    }
  }).length;
  return { fds: readdirSync("/proc/self/fd").length - 1, zombies: zombieChildren().length, threads: tasks.length, ours, rssKiB: rss };
}

const show = (f: Figures) => `fds ${f.fds}, zombie children ${f.zombies}, threads ${f.threads} (the package's ${f.ours}), RSS ${(f.rssKiB / 1024).toFixed(1)} MiB`;

/** Resolves once Wait4Async's waiter thread has stopped (its linger is 1 s; waiterIdle skips it where available). */
async function waiterIdle(): Promise<void> {
  try {
    const m = (await import("../src/waitasync.ts")) as { waiterIdle?: () => Promise<void> };
    if (m.waiterIdle) return await m.waiterIdle();
  } catch {
    /* fall through */
  }
  await Bun.sleep(1200);
}

const counts: Record<string, number> = {};
const unexpected: string[] = [];
const note = (kind: string) => void (counts[kind] = (counts[kind] ?? 0) + 1);
function expectThat(ok: boolean, what: string): void {
  if (!ok && unexpected.length < 20) unexpected.push(what);
  if (!ok) note("UNEXPECTED");
}
const errName = (e: Errno | Error | null) => (e === null ? "null" : e.message);

/** One exited child reaped by Wait4: status 0. */
function reapOk(pid: number, what: string): void {
  const ws = new WaitStatus();
  const [wpid, err] = Wait4(pid, ws, 0, null);
  expectThat(wpid === pid && err === null && ws.Exited() && ws.ExitStatus() === 0, `${what}: Wait4 gave [${wpid}, ${errName(err)}], status 0x${ws.status.toString(16)}`);
}

const OPS = ["spawn+wait4", "fail-enoent", "fail-dir", "fail-credential", "spawn+wait4async", "spawn+abort+wait4", "startprocess+pidfd", "batch-async", "cat-roundtrip", "pty-echo", "poll-abort", "read-detached"] as const;

function pipe(): [number, number] {
  const p = [0, 0];
  const err = Pipe2(p, O_CLOEXEC);
  expectThat(err === null, `Pipe2 gave ${errName(err)}`);
  return [p[0]!, p[1]!];
}
const ROUNDTRIP = new Uint8Array(256 << 10).map((_, i) => (i * 31 + 7) & 255);
type Op = (typeof OPS)[number];

async function op(kind: Op): Promise<number> {
  switch (kind) {
    case "spawn+wait4": {
      const [pid, err] = ForkExec("/bin/true", ["true"], {});
      expectThat(err === null && pid > 0, `ForkExec(/bin/true) gave ${errName(err)}`);
      if (err === null) reapOk(pid, kind);
      return 1;
    }
    case "fail-enoent": {
      const [, err] = ForkExec("/nonexistent/soak", ["x"], {});
      expectThat(err === ENOENT && LastForkExecFailure()?.Step === "execve", `ENOENT path gave ${errName(err)} at ${LastForkExecFailure()?.Step}`);
      return 1;
    }
    case "fail-dir": {
      const [, err] = ForkExec("/bin/true", ["true"], { Dir: "/nonexistent/soak-dir" });
      expectThat(err === ENOENT && LastForkExecFailure()?.Step === "chdir", `bad Dir gave ${errName(err)} at ${LastForkExecFailure()?.Step}`);
      return 1;
    }
    case "fail-credential": {
      const [, err] = ForkExec("/bin/true", ["true"], { Sys: { Credential: { Uid: 2 ** 32 - 1, Gid: 2 ** 32 - 1 } } });
      expectThat(err === EINVAL || err === EPERM, `failing Credential gave ${errName(err)}`);
      return 1;
    }
    case "spawn+wait4async": {
      const [pid, err] = ForkExec("/bin/true", ["true"], {});
      expectThat(err === null, `ForkExec gave ${errName(err)}`);
      if (err !== null) return 1;
      const ws = new WaitStatus();
      const [wpid, werr] = await Wait4Async(pid, ws, null);
      expectThat(wpid === pid && werr === null && ws.ExitStatus() === 0, `Wait4Async gave [${wpid}, ${errName(werr)}]`);
      return 1;
    }
    case "spawn+abort+wait4": {
      const [pid, err] = ForkExec("/bin/true", ["true"], {});
      expectThat(err === null, `ForkExec gave ${errName(err)}`);
      if (err !== null) return 1;
      const ac = new AbortController();
      const p = Wait4Async(pid, new WaitStatus(), null, { signal: ac.signal });
      ac.abort(new Error("soak cancel"));
      try {
        const r = await p;
        // The child may have exited and been reaped before the abort was seen.
        expectThat(r[0] === pid && r[1] === null, `cancelled Wait4Async resolved [${r[0]}, ${errName(r[1])}]`);
        note("abort-lost-race");
      } catch (e) {
        expectThat((e as Error).message === "soak cancel", `cancelled Wait4Async rejected with ${String(e)}`);
        reapOk(pid, "Wait4 after a cancelled Wait4Async");
      }
      return 1;
    }
    case "startprocess+pidfd": {
      const holder = { value: -1 };
      const [pid, handle, err] = StartProcess("/bin/true", ["true"], { Sys: { PidFD: holder } });
      expectThat(err === null && handle === 0 && holder.value >= 0, `StartProcess with PidFD gave ${errName(err)}, pidfd ${holder.value}`);
      if (err !== null) return 1;
      const ws = new WaitStatus();
      const [wpid, werr] = await Wait4Async(pid, ws, null, { pidfd: holder.value });
      expectThat(wpid === pid && werr === null && ws.ExitStatus() === 0, `Wait4Async on the pidfd gave [${wpid}, ${errName(werr)}]`);
      expectThat(Close(holder.value) === null, "Close(pidfd) failed");
      return 1;
    }
    case "cat-roundtrip": {
      const [inR, inW] = pipe();
      const [outR, outW] = pipe();
      const [pid, err] = ForkExec("/bin/cat", ["cat"], { Files: [inR, outW, 2] });
      Close(inR);
      Close(outW);
      expectThat(err === null, `ForkExec(cat) gave ${errName(err)}`);
      if (err !== null) {
        Close(inW);
        Close(outR);
        return 1;
      }
      const wrote = WriteAsync(inW, ROUNDTRIP).then((r) => (Close(inW), r));
      const got = new Uint8Array(await new Response(FdReadableStream(outR, { close: true })).arrayBuffer());
      const [n, werr] = await wrote;
      expectThat(n === ROUNDTRIP.length && werr === null, `WriteAsync to cat gave [${n}, ${errName(werr)}]`);
      expectThat(got.length === ROUNDTRIP.length && got.every((b, i) => b === ROUNDTRIP[i]), `cat gave back ${got.length} bytes, not what was written`);
      const [wpid, e2] = await Wait4Async(pid, null, null);
      expectThat(wpid === pid && e2 === null, `Wait4Async(cat) gave [${wpid}, ${errName(e2)}]`);
      return 1;
    }
    case "pty-echo": {
      const [master, slave, err] = Openpty();
      expectThat(err === null, `Openpty gave ${errName(err)}`);
      if (err !== null) return 1;
      const [pid, ferr] = ForkExec("/bin/echo", ["echo", "soak-pty"], { Files: [slave, slave, slave], Sys: { Setsid: true, Setctty: true, Ctty: 0 } });
      Close(slave);
      expectThat(ferr === null, `ForkExec on the pty gave ${errName(ferr)}`);
      // EIO (the slave side closed) ends the stream.
      const text = await new Response(FdReadableStream(master)).text();
      expectThat(text.includes("soak-pty"), `the pty read ${JSON.stringify(text.slice(0, 60))}`);
      if (ferr === null) {
        const [wpid, e2] = await Wait4Async(pid, null, null);
        expectThat(wpid === pid && e2 === null, `Wait4Async(echo on a pty) gave [${wpid}, ${errName(e2)}]`);
      }
      Close(master);
      return 1;
    }
    case "poll-abort": {
      const [r, w] = pipe();
      const ac = new AbortController();
      const p = PollAsync(r, EPOLLIN, { signal: ac.signal });
      ac.abort(new Error("soak poll cancel"));
      try {
        await p;
        expectThat(false, "an aborted PollAsync on an empty pipe resolved");
      } catch (e) {
        expectThat((e as Error).message === "soak poll cancel", `aborted PollAsync rejected with ${String(e)}`);
      }
      Write(w, new Uint8Array([1]));
      const [rev, perr] = await PollAsync(r, EPOLLIN);
      expectThat(perr === null && (rev & EPOLLIN) !== 0, `PollAsync on a written pipe gave [${rev}, ${errName(perr)}]`);
      Close(r);
      Close(w);
      return 1;
    }
    case "read-detached": {
      const [r, w] = pipe();
      const ab = new ArrayBuffer(64);
      const p = ReadAsync(r, new Uint8Array(ab));
      ab.transfer();
      Write(w, new Uint8Array([1, 2]));
      const [n, err] = await p;
      expectThat(n === -1 && err === EFAULT, `ReadAsync into a transferred buffer gave [${n}, ${errName(err)}]`);
      Close(r);
      Close(w);
      return 1;
    }
    case "batch-async": {
      const pids: number[] = [];
      for (let i = 0; i < 16; i++) {
        const [pid, err] = ForkExec("/bin/true", ["true"], {});
        expectThat(err === null, `ForkExec gave ${errName(err)}`);
        if (err === null) pids.push(pid);
      }
      const rs = await Promise.all(pids.map((p) => Wait4Async(p, new WaitStatus(), null)));
      rs.forEach((r, i) => expectThat(r[0] === pids[i] && r[1] === null, `batched Wait4Async gave [${r[0]}, ${errName(r[1])}]`));
      return pids.length;
    }
  }
}

/** The operation for step i: a fixed rotation, weighted toward the successful spawns. */
const ROTATION: Op[] = ["spawn+wait4", "spawn+wait4async", "fail-enoent", "spawn+wait4", "startprocess+pidfd", "fail-dir", "spawn+abort+wait4", "spawn+wait4async", "fail-credential", "spawn+wait4", "cat-roundtrip", "poll-abort", "pty-echo", "read-detached"];

const cold = figures();
console.log(`soak: ${COUNT} operations, Bun ${Bun.version}, pid ${process.pid}`);
console.log(`start:  ${show(cold)}`);
// Warm up: one of each, so that the compiled child path and the waiter are in "before".
for (const k of OPS) await op(k);
await waiterIdle();
Bun.gc(true);
const before = figures();
console.log(`before: ${show(before)} (after one round of each kind)`);

const t0 = performance.now();
let done = 0;
let step = 0;
let nextReport = 1000;
while (done < COUNT) {
  const kind = step % 97 === 96 && COUNT - done >= 16 ? "batch-async" : ROTATION[step % ROTATION.length]!;
  note(kind);
  done += await op(kind);
  step++;
  if (done >= nextReport) {
    const f = figures();
    console.log(`  ${done}/${COUNT}: ${show(f)}, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    nextReport += 1000;
  }
}
const secs = (performance.now() - t0) / 1000;
await waiterIdle();
Bun.gc(true);
const after = figures();
console.log(`after:  ${show(after)} (${done} operations in ${secs.toFixed(1)} s, ${(done / secs).toFixed(0)}/s)`);
console.log(`ops: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(", ")}`);

const problems: string[] = [];
if (after.fds > before.fds) problems.push(`fds grew: ${before.fds} → ${after.fds}`);
if (after.zombies > before.zombies) problems.push(`zombie children grew: ${before.zombies} → ${after.zombies}`);
// The package's threads (named bsc-*) must all be gone once idle; Bun starts
// threads of its own lazily, which are reported but are not ours to count.
if (after.ours > 0) problems.push(`threads of the package left: ${after.ours}`);
if (after.threads > before.threads) console.log(`note: Bun's own threads grew ${before.threads} → ${after.threads} (none of them the package's)`);
const rssGrowth = after.rssKiB - before.rssKiB;
console.log(`RSS growth: ${(rssGrowth / 1024).toFixed(1)} MiB (limit ${RSS_LIMIT_KIB / 1024} MiB)`);
if (rssGrowth > RSS_LIMIT_KIB) problems.push(`RSS grew by ${(rssGrowth / 1024).toFixed(1)} MiB`);
if (unexpected.length > 0) problems.push(`unexpected results (${counts.UNEXPECTED}): ${unexpected.join("; ")}`);
if (problems.length > 0) {
  console.log(`soak: FAIL\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("soak: ok");
process.exit(0);
