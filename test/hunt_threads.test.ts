/**
 * Process-wide state (the C environment, the directory, the umask, rlimits,
 * children) used from the main thread and Workers at once, each in a child
 * Bun with a time limit (test/fixtures/hunt-threads.ts): nothing crashes or
 * hangs, and each thread's results are sane. The old env.ts called getenv(3)
 * (Getenv("__proto__"), Environ) while another thread's setenv(3) realloced
 * environ: the child Bun died of SIGSEGV in 4 runs of 5.
 */
import { describe, test, expect } from "bun:test";
import { join } from "node:path";
import { inChild } from "./helpers.ts";

const FIX = join(import.meta.dir, "fixtures", "hunt-threads.ts");
const run = (mode: string) => inChild([FIX, mode, "1200"], 12000);
type R = { bad: string[]; n?: number; ok?: number; count?: number };

describe("the main thread and Workers at once", () => {
  test("Setenv/Unsetenv/Getenv(__proto__)/Environ/Clearenv with many keys in three threads, and ForkExec of env(1) with Env: Environ() and with no Env in a fourth: no crash, every child entry is key=value", async () => {
    const r = await run("env");
    const all = [r.main, ...(r.workers as R[])] as R[];
    for (const t of all) expect(t.bad).toEqual([]);
    expect(all.every((t) => (t.n ?? 0) > 0)).toBe(true);
  }, 15000);

  test("Getenv(\"__proto__\") and Environ (getenv(3)) in a tight loop while two Workers Setenv 200 new keys a round and Unsetenv or Clearenv them: no crash", async () => {
    const r = await run("grow");
    for (const t of [r.main, ...(r.workers as R[])] as R[]) expect(t.bad).toEqual([]);
  }, 15000);

  test("Chdir/Fchdir between two directories in two threads, a relative Open and Getwd in a third: each Open finds a marker, Getwd is one of the two", async () => {
    const r = await run("cwd");
    for (const t of [r.main, ...(r.workers as R[])] as R[]) expect(t.bad).toEqual([]);
    const f = r.final as { kernel: string; bun: string };
    // Not f.bun === f.kernel: a Worker's Chdir cannot reach the main thread's process.cwd() cache (see the report).
    expect(["a", "b"]).toContain(f.kernel);
  }, 15000);

  test("Umask, Setrlimit/Prlimit and Getrlimit on RLIMIT_CORE in three threads: old umasks are 9-bit, the hard limit never moves, the soft one stays within it", async () => {
    const r = await run("limits");
    for (const t of [r.main, ...(r.workers as R[])] as R[]) expect(t.bad).toEqual([]);
  }, 15000);

  test("Wait4Async in the main thread, Wait4Async and Wait4 in two Workers, each on its own 40 children: every wait gets its own child's exit code", async () => {
    const r = await run("wait");
    for (const t of [r.main, ...(r.workers as R[])] as R[]) {
      expect(t.bad).toEqual([]);
      expect(t.ok).toBe(t.count);
    }
  }, 15000);
});
