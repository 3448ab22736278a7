/**
 * The seeded fuzzer, short run: every exported function, static method,
 * constructor and method of the package (enumerated from src/index.ts, so a
 * new export without a property fails the first test) called with hostile
 * arguments: wrong types, NaN, ±Infinity, -0, 2^31, 2^32, 2^53, bigints
 * for numbers and the reverse, NUL and 1 MiB strings, sparse and frozen
 * arrays, `new Array(2**32-1)`, Proxies (one answering differently on each
 * read, one whose traps throw), throwing getters, symbols, functions,
 * Uint8Arrays whose byteLength lies, hostile ProcAttr / SysProcAttr /
 * Credential objects for ForkExec and StartProcess.
 *
 * Each call must: not crash or hang the process (calls run in worker Bun
 * processes, see fixtures/fuzz-supervisor.ts); throw only TypeError,
 * RangeError or the error the fuzzer's own value planted; not succeed on
 * invalid input; leave no fd open, no zombie, no fd of Bun's closed or
 * changed, no byte written outside a buffer; and leave the process as it
 * was: cwd, root, signal mask and dispositions, ids, groups, capabilities,
 * limits, umask, process group, session, dumpable flag and environment
 * (except the fuzzer's own BUN_SYSCALL_FUZZ_* keys that Setenv and Unsetenv
 * exist to change).
 *
 * FUZZ_SEED and FUZZ_RUNS override the seed and the runs per property; the
 * long run is `bun run fuzz` (scripts/fuzz.ts).
 */
import { expect, test } from "bun:test";
import * as S from "../src/index.ts";
import { SPECS, EXCLUDED } from "./fixtures/fuzz-specs.ts";
import { runFuzz, formatFailure } from "./fixtures/fuzz-supervisor.ts";

const SEED = Number(process.env.FUZZ_SEED || 20261201);
const RUNS = Number(process.env.FUZZ_RUNS || 20);

/** Every callable the package exports: functions, classes with their statics and prototype methods, and ForkLock's methods. */
function exportedCallables(): string[] {
  const out: string[] = [];
  for (const [name, v] of Object.entries(S)) {
    if (typeof v !== "function") continue;
    out.push(name);
    for (const k of Object.getOwnPropertyNames(v)) {
      if (["length", "name", "prototype", "caller", "arguments"].includes(k)) continue;
      if (typeof Object.getOwnPropertyDescriptor(v, k)?.value === "function") out.push(`${name}.${k}`);
    }
    const proto = (v as { prototype?: object }).prototype;
    if (proto && Object.getOwnPropertyNames(proto).length > 1) {
      for (const k of Object.getOwnPropertyNames(proto)) {
        if (k !== "constructor" && typeof Object.getOwnPropertyDescriptor(proto, k)?.value === "function") out.push(`${name}.prototype.${k}`);
      }
    }
  }
  // Exported instances with methods (ForkLock).
  for (const [name, v] of Object.entries(S)) {
    if (typeof v === "object" && v !== null && !(v instanceof Error) && typeof (v as { Lock?: unknown }).Lock === "function") out.push(name);
  }
  return out;
}

/**
 * Exports that have only the generic property (hostile values no code can
 * read, which is safe to call on anything: Mount, Setuid, Reboot...) and
 * not yet a specific one; their own test files test their bad input. The
 * list must be exactly that set, so it cannot drift: a new export without a
 * property fails, and so does one that gains a property and stays listed.
 */
const GENERIC_ONLY: string[] = JSON.parse(await Bun.file(new URL("./fixtures/fuzz-generic-only.json", import.meta.url)).text());

test("every exported function, static, constructor and method has a fuzz property (or is listed as generic-only)", () => {
  const covered = new Set(SPECS.flatMap((s) => s.covers));
  const missing = exportedCallables().filter((n) => !covered.has(n) && !(n in EXCLUDED));
  expect(missing.sort()).toEqual([...GENERIC_ONLY].sort());
  // Each excluded name is really exported (the list does not go stale).
  for (const n of Object.keys(EXCLUDED)) expect(typeof (S as Record<string, unknown>)[n]).toBe("function");
});

test(`fuzz, short seeded run (FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS})`, async () => {
  console.log(`fuzz: seed ${SEED}, ${RUNS} runs per property (replay: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} bun test test/fuzz.test.ts)`);
  const report = await runFuzz({ seed: SEED, runs: RUNS, slowMs: 1000, hangMs: 3000, workerBudgetMs: 100_000, maxShrinks: 60 });
  console.log(`fuzz: ${report.properties} properties, ${report.calls} calls, ${report.workers} workers, ${(report.ms / 1000).toFixed(1)} s, ${report.failures.length} failing`);
  const text = report.failures.map(formatFailure);
  if (text.length > 0) console.log(text.join("\n"));
  expect(report.passed.length + report.failures.filter((f) => f.kind !== "startup").length).toBeGreaterThan(0);
  expect(text).toEqual([]);
}, 150_000);
