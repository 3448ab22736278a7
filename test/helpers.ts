/**
 * Shared test helpers: fd-leak and zombie checks against /proc, and scratch
 * directories. Tests run against the real kernel.
 * @module
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The fds open in this process now, with their targets (from /proc/self/fd). */
export function openFds(): Map<number, string> {
  const out = new Map<number, string>();
  for (const name of readdirSync("/proc/self/fd")) {
    let target = "?";
    try {
      target = require("node:fs").readlinkSync(`/proc/self/fd/${name}`);
    } catch {
      continue; // the fd readdir itself used, closed already
    }
    out.set(Number(name), target);
  }
  return out;
}

/**
 * Runs fn and fails if it leaves an fd open that was not open before.
 * Returns fn's result.
 */
export async function noFdLeak<T>(fn: () => T | Promise<T>): Promise<T> {
  const before = openFds();
  const result = await fn();
  const leakedNow = () => [...openFds()].filter(([fd, t]) => before.get(fd) !== t).map(([fd, t]) => `${fd} -> ${t}`);
  let leaked = leakedNow();
  // Bun closes some fds of its own a moment late (the stdio sockets of a
  // finished Bun.spawnSync): give them half a second. A leak of ours stays.
  for (let i = 0; i < 50 && leaked.length > 0; i++) {
    await Bun.sleep(10);
    leaked = leakedNow();
  }
  if (leaked.length > 0) throw new Error(`fd leak: ${leaked.join(", ")}`);
  return result;
}

/** This process's children that are zombies (exited, not reaped). */
export function zombieChildren(): number[] {
  const me = process.pid;
  const out: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue;
    }
    // pid (comm) state ppid ...: comm may hold spaces and parens, so split after the last ')'.
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (rest[0] === "Z" && Number(rest[1]) === me) out.push(Number(name));
  }
  return out;
}

/** A fresh scratch directory; remove it with the returned cleanup. */
export function scratchDir(prefix = "bun-syscall-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** True when running as root (CI does). */
export const isRoot = process.getuid?.() === 0;
