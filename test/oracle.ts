/**
 * What the Go oracles (test/file_oracle.test.ts, test/sys_oracle.test.ts)
 * share: the seeded generator their operation lists come from, the JSON
 * both sides' answers are compared in, and the removal of a scratch tree
 * the operations may have locked themselves out of, and the run of one
 * side over the list.
 */
import { expect } from "bun:test";
import { chmodSync, lstatSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

/** One operation of an oracle's list: its name and arguments. */
export type Op = Record<string, unknown> & { op: string };

/** mulberry32: a small seeded generator, so a failing seed can be replayed. */
export function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(next() * a.length)]!;
  return { next, pick, int: (n: number) => Math.floor(next() * n) };
}

/** JSON with object keys sorted (Go's encoder sorts a map's keys). */
export const canon = (v: unknown): string => JSON.stringify(v, (_, x) => (x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([k1], [k2]) => (k1 < k2 ? -1 : 1))) : x));

/** Removes dir even where the operations took away the owner's permissions. */
export function wipe(dir: string) {
  const fix = (p: string) => {
    try {
      if (!lstatSync(p).isDirectory()) return;
      chmodSync(p, 0o700);
      for (const n of readdirSync(p)) fix(join(p, n));
    } catch {}
  };
  fix(dir);
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Runs one side (argv, then the scratch root as its last argument) over the
 * operation list on its stdin, in root made afresh inside outer, and returns
 * its answers, one per line. Nothing may be left in outer but root.
 */
export function runSide(argv: string[], o: { root: string; outer: string; input: string; env: Record<string, string>; timeoutMs?: number }): Record<string, unknown>[] {
  wipe(o.root);
  mkdirSync(o.root, { mode: 0o755 });
  const p = Bun.spawnSync([...argv, o.root], { stdin: new TextEncoder().encode(o.input), stdout: "pipe", stderr: "pipe", env: o.env, cwd: o.root, ...(o.timeoutMs === undefined ? {} : { timeout: o.timeoutMs }) });
  if (p.exitCode !== 0) throw new Error(`${argv.join(" ")} failed (${p.exitCode} ${p.signalCode ?? ""}): ${p.stderr.toString().slice(0, 2000)}`);
  expect(readdirSync(o.outer)).toEqual(["r"]);
  return p.stdout.toString().trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
}
