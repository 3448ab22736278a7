/**
 * The benchmark's command line. bench/index.ts imports this module first, so
 * `--help` and usage errors exit before the C floors are compiled or
 * anything is measured.
 *
 * `bun run bench -- --help` prints the options to stdout and exits 0; an
 * unknown option, a stray argument or an unknown section prints the error
 * and the help to stderr and exits 2.
 * @module
 */
import { parseArgs } from "node:util";

/** The sections `--only` selects, in the order they run, with what each measures. */
export const SECTIONS = {
  spawn: "ForkExec+Wait4 vs the C floor, Bun.spawnSync, Bun.spawn, child_process, Go (if `go` is on PATH)",
  async: "ForkExec + await Wait4Async vs await Bun.spawn().exited and blocking Wait4; CPU while 200 children sleep; reading 64 MiB of a child's output",
  parallel: "ForkExec+Wait4, Bun.spawnSync and the C floor from one Worker and from two at once: the speed-up",
  steps: "the spawn path priced: the C floor with ForkExec's own child steps added one at a time",
  sandbox: "a whole sandbox in one ForkExec (examples/sandbox.ts's configuration) vs bwrap building the same (skipped without bwrap)",
  heap: "spawn latency with 0, 512 MiB and 2 GiB of touched mmap'd heap (the long phase; progress on stderr)",
  env: "spawn latency with 10 and 1,000 environment variables, ours and the C floor",
  wrappers: "Stat, Read, Write, Open+Close, Getpid vs node:fs and bare bun:ffi calls",
  cold: "import and first-ForkExec costs in fresh Bun processes (imports dist/: `bun run build` first)",
  plot: "mitata's line plot of spawn latency against the parent's heap size",
} as const;
export type Section = keyof typeof SECTIONS;
const sectionNames = Object.keys(SECTIONS) as Section[];

/** The run lengths: [default, --full]. */
const LENGTHS = {
  rounds: [41, 101],
  heapRounds: [11, 21],
  coldProbes: [15, 31],
} as const;

export function usage(): string {
  const [r, hr, cp] = [LENGTHS.rounds, LENGTHS.heapRounds, LENGTHS.coldProbes];
  const opt = (flags: string, text: string) => `  ${flags.padEnd(18)}${text}`;
  return [
    "Usage: bun run bench [-- OPTIONS]",
    "",
    "Measures bun-syscall's fork/exec latency against the C floor and its peers, its scaling",
    "with the parent's heap and environment, the syscall wrappers against node:fs, and the",
    "cold costs. Prints a Markdown table of ratios of medians to stdout and progress to",
    "stderr; raw figures go to bench/results/<time>.json.",
    "",
    "Options:",
    opt("--full", `run longer: ${r[1]} rounds, ${hr[1]} heap rounds, ${cp[1]} cold probes (default: off, ${r[0]}/${hr[0]}/${cp[0]})`),
    opt("--only=LIST", "run only these comma-separated sections; repeatable, also --only LIST (default: all)"),
    opt("--runs N", "run the whole bench N times, each in a fresh process, and print each figure's range over the runs (default: 1)"),
    opt("-h, --help", "print this help and exit (default: off)"),
    "",
    "Sections, in the order they run:",
    ...sectionNames.map((s) => `  ${s.padEnd(10)}${SECTIONS[s]}`),
    "",
    "Examples:",
    "  bun run bench                    # everything, about two minutes",
    "  bun run bench -- --only=cold     # one short section, a few seconds",
    "  bun run bench -- --only=spawn,heap --full",
    "  bun run bench -- --runs 3            # the README's table: each figure as its range over 3 runs",
    "",
  ].join("\n");
}

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n\n${usage()}`);
  process.exit(2);
}

let values: { full?: boolean; only?: string[]; help?: boolean; runs?: string };
try {
  ({ values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      full: { type: "boolean" },
      only: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
      runs: { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (e) {
  fail((e as Error).message);
}

if (values.help) {
  process.stdout.write(usage());
  process.exit(0);
}

/** `--full`: the longer run. */
export const FULL = values.full === true;

/** `--only`: the sections to run, or null for all of them. */
export const ONLY: Section[] | null = (() => {
  if (values.only === undefined) return null;
  const names = values.only.flatMap((v) => v.split(",")).map((s) => s.trim()).filter((s) => s !== "");
  if (names.length === 0) fail("--only needs at least one section");
  const unknown = names.filter((s) => !Object.hasOwn(SECTIONS, s));
  if (unknown.length > 0) fail(`unknown section${unknown.length > 1 ? "s" : ""} for --only: ${unknown.join(", ")} (known: ${sectionNames.join(", ")})`);
  return [...new Set(names)] as Section[];
})();

/** `--runs N`: run the whole bench N times, each in a fresh process, and print each figure's range. */
export const RUNS: number = (() => {
  if (values.runs === undefined) return 1;
  const n = Number(values.runs);
  if (!Number.isInteger(n) || n < 1 || n > 20) fail(`--runs takes a whole number from 1 to 20, got ${values.runs}`);
  return n;
})();

const pick = (l: readonly [number, number]) => l[FULL ? 1 : 0];
/** Rounds of the interleaved comparisons. */
export const ROUNDS = pick(LENGTHS.rounds);
/** Rounds of the heap phase (each round visits every heap size). */
export const HEAP_ROUNDS = pick(LENGTHS.heapRounds);
/** Fresh Bun processes per cold probe. */
export const COLD_PROBES = pick(LENGTHS.coldProbes);
