/**
 * The long fuzz run: `FUZZ_SEED=n FUZZ_RUNS=n bun run fuzz`.
 *
 * Runs every property of test/fixtures/fuzz-specs.ts (each exported
 * function, static, constructor and method of the package, with hostile
 * arguments) FUZZ_RUNS times (default 300), in worker processes, and prints
 * each failure with the seed, the shrunk counterexample and the command that
 * replays it. Exits 1 when anything failed.
 *
 * Environment:
 * - FUZZ_SEED: the seed (default: random, printed).
 * - FUZZ_RUNS: runs per property (default 300).
 * - FUZZ_ONLY: comma-separated property names (as printed) to run alone.
 * - FUZZ_PATH: fast-check's replay path (with a single FUZZ_ONLY).
 * - FUZZ_SLOW_MS: a call slower than this fails (default 1000).
 * - FUZZ_HANG_MS: no progress for this long is a hang (default 10000).
 * - FUZZ_TIME_S: stop starting new rounds after this many seconds; with it,
 *   rounds repeat with seeds seed, seed+1, ... until the time is up.
 * - FUZZ_JSON: write the full report (every round) to this file.
 */
import { writeFileSync } from "node:fs";
import { runFuzz, formatFailure, type FuzzReport } from "../test/fixtures/fuzz-supervisor.ts";

const env = process.env;
const seed0 = env.FUZZ_SEED !== undefined && env.FUZZ_SEED !== "" ? Number(env.FUZZ_SEED) : (Math.random() * 2 ** 31) | 0;
const runs = Number(env.FUZZ_RUNS ?? 300);
const only = env.FUZZ_ONLY ? env.FUZZ_ONLY.split(",").map((s) => s.trim()).filter(Boolean) : undefined;
const timeS = env.FUZZ_TIME_S ? Number(env.FUZZ_TIME_S) : 0;
const verbose = env.FUZZ_VERBOSE === "1";

const reports: FuzzReport[] = [];
const t0 = performance.now();
let seed = seed0;
const seen = new Map<string, string>();
for (;;) {
  console.log(`fuzz: seed ${seed}, ${runs} runs per property${only ? `, only ${only.join(", ")}` : ""}`);
  const report = await runFuzz({
    seed, runs, only, path: env.FUZZ_PATH, slowMs: Number(env.FUZZ_SLOW_MS ?? 1000), hangMs: Number(env.FUZZ_HANG_MS ?? 10000),
    workerBudgetMs: 3_600_000, log: verbose ? (l) => console.log(`  ${l}`) : undefined,
  });
  reports.push(report);
  for (const f of report.failures) {
    const key = `${f.property} ${f.kind} ${f.problems[0]?.replace(/\d+/g, "N")}`;
    if (seen.has(key)) continue;
    seen.set(key, formatFailure(f));
    console.log(formatFailure(f));
  }
  console.log(`fuzz: seed ${seed}: ${report.properties} properties, ${report.calls} calls, ${report.failures.length} failing, ${report.workers} workers, ${(report.ms / 1000).toFixed(1)} s`);
  if (!timeS || (performance.now() - t0) / 1000 >= timeS) break;
  seed++;
}
if (env.FUZZ_JSON) writeFileSync(env.FUZZ_JSON, JSON.stringify(reports, null, 2));
const failing = new Set(reports.flatMap((r) => r.failures.map((f) => f.property)));
console.log(`fuzz: ${reports.length} round(s), ${failing.size} failing properties${failing.size ? `: ${[...failing].join(", ")}` : ""}`);
process.exit(failing.size > 0 ? 1 : 0);
