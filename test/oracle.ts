/**
 * What the Go oracles (test/file_oracle.test.ts, test/sys_oracle.test.ts)
 * share: the seeded generator their operation lists come from, the JSON
 * both sides' answers are compared in, and the removal of a scratch tree
 * the operations may have locked themselves out of.
 */
import { chmodSync, lstatSync, readdirSync, rmSync } from "node:fs";
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
