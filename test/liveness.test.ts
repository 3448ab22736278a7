/**
 * Liveness: seeded random programs of event-loop waits (PollAsync,
 * ReadAsync, WriteAsync, fd streams cancelled or aborted mid-wait,
 * Wait4Async, each sometimes aborted, some awaited at once and some at the
 * end) run in child processes with a time limit, every other one inside a
 * Worker. Each must print "end" and then exit by itself, at once: nothing
 * of the package may keep an event loop alive once nothing is waited for,
 * whatever order the waits start and end in (the waiter thread's reader
 * once outlived them when a Wait4Async on the SIGCHLD path started in the
 * turn an fd wait ended, and a cancelled stream's read once waited on).
 * LIVENESS_SEED and LIVENESS_RUNS override the seed and the number of
 * programs.
 */
import { expect, test } from "bun:test";
import { join } from "node:path";
import { seededRandom } from "./helpers.ts";

const SEED = Number(process.env.LIVENESS_SEED || 20261201);
const RUNS = Number(process.env.LIVENESS_RUNS || 24);
const OPS = ["poll", "pollAbort", "read", "readAbort", "write", "stream", "streamCancel", "writeAbort", "wait", "waitSleep", "waitAbort", "tick"];

function program(seed: number) {
  const r = seededRandom(seed);
  return Array.from({ length: 2 + Math.floor(r() * 7) }, () => ({ op: OPS[Math.floor(r() * OPS.length)]!, now: r() < 0.5, ms: Math.floor(r() * 6) }));
}

test(`seeded programs of waits end and the process exits (LIVENESS_SEED=${SEED} LIVENESS_RUNS=${RUNS})`, async () => {
  const fixture = join(import.meta.dir, "fixtures", "liveness-program.ts");
  const failures: string[] = [];
  // Two at a time (2 cores); each program is a fresh process.
  const run = async (i: number) => {
    const steps = program(SEED + i);
    const t0 = performance.now();
    const where = i % 2 === 1 ? "worker" : "main";
    const proc = Bun.spawn([process.execPath, fixture, JSON.stringify(steps), where], { stdout: "pipe", stderr: "pipe", timeout: 5_000, killSignal: "SIGKILL" });
    const [out, err, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
    const ms = performance.now() - t0;
    const printedEnd = out.trim().split("\n").pop() === "end";
    if (code !== 0 || !printedEnd || err !== "" || ms > 4500) {
      failures.push(`program ${SEED + i} (${where} thread) ${JSON.stringify(steps)}: exit ${code}${proc.signalCode ? ` (${proc.signalCode})` : ""}, ${printedEnd ? "printed end" : "did not print end"}, ${Math.round(ms)} ms${err ? `, stderr: ${err.slice(0, 300)}` : ""}`);
    }
  };
  for (let i = 0; i < RUNS; i += 2) await Promise.all([run(i), ...(i + 1 < RUNS ? [run(i + 1)] : [])]);
  expect(failures).toEqual([]);
}, 150_000);
