/**
 * Shared test helpers: fd-leak and zombie checks against /proc, and scratch
 * directories. Tests run against the real kernel.
 * @module
 */
import { existsSync, readdirSync, readFileSync, mkdtempSync, rmSync } from "node:fs";
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

/** The capability numbers the tests ask about (linux/capability.h). */
export const CAP = {
  CAP_SETGID: 6, CAP_SETUID: 7, CAP_IPC_LOCK: 14, CAP_SYS_CHROOT: 18, CAP_SYS_ADMIN: 21, CAP_SYS_RESOURCE: 24,
} as const;
export type CapName = keyof typeof CAP;

/** This process's effective capabilities: CapEff of /proc/self/status. */
export function capEff(): bigint {
  const m = /^CapEff:\s*([0-9a-f]+)$/m.exec(readFileSync("/proc/self/status", "utf8"));
  return m === null ? 0n : BigInt("0x" + m[1]);
}

/** True when this process's effective set holds cap. */
export const hasCap = (cap: CapName): boolean => ((capEff() >> BigInt(CAP[cap])) & 1n) === 1n;

/**
 * Null when this process holds every capability named (in CapEff, not by
 * uid); otherwise a skip reason saying which it lacks.
 */
export function needCaps(...caps: CapName[]): string | null {
  const lacking = caps.filter((c) => !hasCap(c));
  if (lacking.length === 0) return null;
  return `needs ${caps.join(", ")}: this process (uid ${process.getuid?.()}) lacks ${lacking.join(", ")} (CapEff ${capEff().toString(16)})`;
}

/**
 * Like needCaps, and also uid 0: for tests whose programs (mount(8), id
 * names, nobody fixtures) expect a real root, not only its capabilities.
 */
export function needRoot(...caps: CapName[]): string | null {
  if (!isRoot) return `needs root (${caps.join(", ")}); running as uid ${process.getuid?.()}`;
  return needCaps(...caps);
}

let userNsReason: string | null | undefined;
/**
 * Why a child in a new user namespace, with this process's own uid and gid
 * mapped to root there, cannot be made here; null when it can. Probed with
 * unshare(1), independently of the package: an unprivileged process can do
 * this wherever the kernel allows unprivileged user namespaces.
 */
export function userNsUnavailable(): string | null {
  if (userNsReason !== undefined) return userNsReason;
  const read = (p: string): string | null => {
    try {
      return readFileSync(p, "utf8").trim();
    } catch {
      return null;
    }
  };
  const unshare = ["/usr/bin/unshare", "/bin/unshare", "/usr/sbin/unshare"].find((p) => existsSync(p));
  userNsReason = (() => {
    if (!existsSync("/proc/self/ns/user")) return "the kernel has no user namespaces (/proc/self/ns/user missing)";
    if (read("/proc/sys/user/max_user_namespaces") === "0") return "user namespaces are disabled (user.max_user_namespaces = 0)";
    const unpriv = !hasCap("CAP_SYS_ADMIN");
    if (unpriv && read("/proc/sys/kernel/unprivileged_userns_clone") === "0") {
      return "unprivileged user namespaces are disabled (kernel.unprivileged_userns_clone = 0) and this process lacks CAP_SYS_ADMIN";
    }
    if (unshare === undefined) return null; // nothing refused it that can be seen from here
    // -r maps this uid and gid to root inside, writing the id maps as the tests do.
    const r = Bun.spawnSync([unshare, "--user", "--map-root-user", "true"], { stdin: "ignore", stdout: "pipe", stderr: "pipe" });
    if (r.exitCode === 0) return null;
    return `unshare --user --map-root-user is refused here (uid ${process.getuid?.()}): ${(r.stdout.toString() + r.stderr.toString()).trim()}`;
  })();
  return userNsReason;
}

/**
 * A complete static program for this CPU, made byte by byte: an ELF64
 * executable whose only code is exit_group(code). For tests that need a
 * program with no libraries (a chroot holding nothing else).
 */
export function staticExitProgram(code: number): Uint8Array {
  const x64 = process.arch === "x64";
  const text = x64
    ? [0xbf, code, 0, 0, 0, 0xb8, 231, 0, 0, 0, 0x0f, 0x05] // mov edi, code; mov eax, 231; syscall
    : [...le32(0xd2800000 | (code << 5)), ...le32(0xd2800000 | (94 << 5) | 8), ...le32(0xd4000001)]; // mov x0, code; mov x8, 94; svc 0
  const size = 64 + 56 + text.length;
  const b = new Uint8Array(size);
  const dv = new DataView(b.buffer);
  b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  dv.setUint16(16, 2, true); // ET_EXEC
  dv.setUint16(18, x64 ? 0x3e : 0xb7, true);
  dv.setUint32(20, 1, true);
  dv.setBigUint64(24, 0x400000n + 120n, true); // entry
  dv.setBigUint64(32, 64n, true); // phoff
  dv.setUint16(52, 64, true);
  dv.setUint16(54, 56, true);
  dv.setUint16(56, 1, true);
  dv.setUint32(64, 1, true); // PT_LOAD
  dv.setUint32(68, 5, true); // R+X
  dv.setBigUint64(80, 0x400000n, true);
  dv.setBigUint64(88, 0x400000n, true);
  dv.setBigUint64(96, BigInt(size), true);
  dv.setBigUint64(104, BigInt(size), true);
  dv.setBigUint64(112, 0x1000n, true);
  b.set(text, 120);
  return b;
}
function le32(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}

/** mulberry32: a small seeded generator of numbers in [0, 1), so that a failing seeded test replays from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Why no child Bun can run here, or null: scripts/qemu-arm64.sh runs Bun
 * under qemu-user, which does not follow an exec of the aarch64 Bun (it
 * exits 127), and says so in BSC_EMULATED.
 */
export const noChildBun: string | null = process.env.BSC_EMULATED ? `no child Bun under ${process.env.BSC_EMULATED}` : null;

/**
 * Runs a fixture (or `-e` code) in a child Bun with a time limit: its last
 * line of output, parsed as JSON, or an error saying how it died (a
 * signal: SIGKILL is the limit, a hang; a nonzero exit; anything on stderr
 * is in the message). For what could crash or hang Bun.
 */
export async function inChild(args: string[], limitMs = 15000): Promise<Record<string, unknown>> {
  const p = Bun.spawn([process.execPath, ...args], { stdout: "pipe", stderr: "pipe", stdin: "ignore" });
  const timer = setTimeout(() => p.kill("SIGKILL"), limitMs);
  const [out, err] = await Promise.all([new Response(p.stdout).text(), new Response(p.stderr).text()]);
  await p.exited;
  clearTimeout(timer);
  if (p.signalCode !== null) throw new Error(`the child Bun died of ${p.signalCode}${p.signalCode === "SIGKILL" ? ` (hung past ${limitMs} ms)` : ""}; stderr:\n${err}`);
  if (p.exitCode !== 0) throw new Error(`the child Bun exited ${p.exitCode}; stderr:\n${err}`);
  return JSON.parse(out.trim().split("\n").pop()!) as Record<string, unknown>;
}
