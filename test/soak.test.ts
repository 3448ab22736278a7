/**
 * A short soak (scripts/soak.ts) in a child process: a rotation of spawns,
 * failing spawns, waits (blocking, async, cancelled, on a pidfd, batched)
 * and event-loop I/O (cat, a pty, PollAsync, ReadAsync) must leave no fd,
 * zombie or thread of the package behind, keep RSS bounded, and let the
 * process exit. The long run is `bun run soak`.
 */
import { expect, test } from "bun:test";
import { join } from "node:path";

test("a short soak: 1,500 operations leave nothing behind", () => {
  const r = Bun.spawnSync([process.execPath, join(import.meta.dir, "..", "scripts", "soak.ts"), "1500"], { stdout: "pipe", stderr: "pipe", timeout: 60_000 });
  const out = r.stdout.toString();
  if (r.exitCode !== 0) console.log(out + r.stderr.toString());
  expect({ code: r.exitCode, signal: r.signalCode ?? null, last: out.trim().split("\n").pop() }).toEqual({ code: 0, signal: null, last: "soak: ok" });
}, 90_000);
