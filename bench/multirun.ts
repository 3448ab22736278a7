/**
 * `bun run bench -- --runs N`: runs the whole bench N times, one fresh Bun
 * process each (the same options, less --runs), one after the other, and
 * prints every figure as the range of its ratio over the runs, with the
 * median of the runs' interquartile ranges. A target counts as met only when
 * every run met it. Each run's raw JSON stays in bench/results/, and the
 * summary is written beside them. Imported by bench/index.ts right after
 * the options, so that the driver measures nothing itself.
 * @module
 */
import { RUNS } from "./args.ts";
import { runsTable } from "./table.ts";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

interface RunRow { section: string; name: string; ratio: number; iqr?: number; bimodal?: boolean; target?: string; met?: boolean; unit?: string }

if (RUNS > 1) {
  const args = process.argv.slice(2).filter((a, i, all) => a !== "--runs" && all[i - 1] !== "--runs" && !a.startsWith("--runs="));
  const runs: { file: string; rows: RunRow[] }[] = [];
  for (let i = 1; i <= RUNS; i++) {
    process.stderr.write(`bench --runs ${RUNS}: run ${i} of ${RUNS}\n`);
    const r = Bun.spawnSync([process.execPath, join(import.meta.dir, "index.ts"), ...args], { stdout: "pipe", stderr: "inherit" });
    const out = r.stdout.toString();
    process.stdout.write(out);
    const file = /raw figures: (\S+)/.exec(out)?.[1];
    if (r.exitCode !== 0 || file === undefined) {
      process.stderr.write(`bench: run ${i} failed (exit ${r.exitCode})\n`);
      process.exit(1);
    }
    runs.push({ file, rows: (JSON.parse(readFileSync(file, "utf8")) as { rows: RunRow[] }).rows });
  }
  const keyOf = (r: RunRow) => `${r.section}: ${r.name}`;
  const keys = [...new Set(runs.flatMap((r) => r.rows.map(keyOf)))];
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const summary = keys.map((k) => {
    const per = runs.map((r) => r.rows.find((x) => keyOf(x) === k)).filter((x): x is RunRow => x !== undefined);
    const ratios = per.map((x) => x.ratio);
    const iqrs = per.map((x) => x.iqr).filter((x): x is number => x !== undefined);
    const target = per[0]?.target;
    return {
      figure: k, runs: ratios.length, min: Math.min(...ratios), max: Math.max(...ratios), ratios,
      iqr: iqrs.length > 0 ? med(iqrs) : undefined, bimodalRuns: per.filter((x) => x.bimodal).length, unit: per[0]?.unit,
      target, met: target === undefined ? undefined : per.every((x) => x.met === true),
    };
  });
  const cpu = readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/)?.[1] ?? "cpu";
  const lines = [
    "",
    `bun-syscall bench, ${RUNS} runs — Bun ${Bun.version}, ${process.arch}, ${cpu}, ${args.join(" ") || "default options"}`,
    "",
    ...runsTable(summary),
    "(a range is min–max of the runs' ratios, or of their quantities where a unit is shown; a target is met only when every run meets it; IQR: the median over runs of the interquartile range of the per-round ratios (of the per-probe quantities, for a row in ms), half shown)",
  ];
  console.log(lines.join("\n"));
  const file = join(import.meta.dir, "results", `runs-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify({ bun: Bun.version, arch: process.arch, cpu, args, runs: runs.map((r) => r.file), summary }, null, 1));
  console.log(`summary: ${file}`);
  process.exit(0);
}
