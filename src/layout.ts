/**
 * Per-architecture facts: struct layouts and syscall numbers for the two
 * Linux ABIs the package supports. Importing on any other OS or CPU throws
 * one clear error here, before any native call is made.
 * @module
 */

/** The supported Go architecture names. */
export type Arch = "amd64" | "arm64";

/** The oldest Bun this package is tested on (package.json engines.bun). */
export const MIN_BUN = "1.4.0";

/**
 * [major, minor, patch] of a version string ("1.4.5-canary.1" reads as
 * 1.4.5; a part that is not a number, as 0). By character codes: a regular
 * expression's first use cost 0.15 ms of the import.
 */
function semver(v: string): [number, number, number] {
  const out: [number, number, number] = [0, 0, 0];
  let part = 0, n = 0, digits = true, seen = false;
  for (let i = 0; i <= v.length && part < 3; i++) {
    const c = i < v.length ? v.charCodeAt(i) : 46;
    if (c === 46 || c === 43 || c === 45) {
      // ".", "+" or "-" ends a part, as parseInt would read it: its leading digits.
      out[part++] = seen ? n : 0;
      n = 0;
      digits = true;
      seen = false;
    } else if (digits && c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      seen = true;
    } else {
      digits = false;
    }
  }
  return out;
}

/**
 * Why this runtime cannot run the package, in one line, or null: not Bun
 * (Node, Deno), or a Bun older than MIN_BUN. @internal
 */
export function runtimeProblem(bun: { version?: unknown } | undefined, node: string | undefined): string | null {
  if (bun === undefined || typeof bun.version !== "string") {
    return `bun-syscall runs on Bun >= ${MIN_BUN} (it uses bun:ffi); this is ${node !== undefined ? `Node.js ${node}` : "not Bun"}: run it with bun`;
  }
  // By index, not destructured: destructuring calls the Array iterator, which the program may have replaced.
  const v = semver(bun.version), m = semver(MIN_BUN);
  const a = v[0], b = v[1], c = v[2], x = m[0], y = m[1], z = m[2];
  if (a < x || (a === x && (b < y || (b === y && c < z)))) return `bun-syscall needs Bun >= ${MIN_BUN}; this is Bun ${bun.version}: upgrade Bun (bun upgrade)`;
  return null;
}

function detect(): Arch {
  const problem = runtimeProblem((globalThis as { Bun?: { version?: unknown } }).Bun, (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node);
  if (problem !== null) throw new Error(problem);
  if (process.platform !== "linux") {
    throw new Error(`bun-syscall supports Linux only; this is ${process.platform}/${process.arch}`);
  }
  if (process.arch === "x64") return "amd64";
  if (process.arch === "arm64") return "arm64";
  throw new Error(`bun-syscall supports linux/x64 and linux/arm64 only; this is linux/${process.arch}`);
}

/** The running architecture, in Go's spelling (GOARCH). */
export const ARCH: Arch = detect();

/** Byte offsets of the kernel's `struct stat`, which is Go's Stat_t. */
export interface StatLayout {
  size: number;
  dev: number;
  ino: number;
  nlink: number;
  /** 8 for a u64 Nlink (amd64), 4 for a u32 (arm64). */
  nlinkSize: 4 | 8;
  mode: number;
  uid: number;
  gid: number;
  rdev: number;
  fsize: number;
  blksize: number;
  /** 8 for an i64 Blksize (amd64), 4 for an i32 (arm64). */
  blksizeSize: 4 | 8;
  blocks: number;
  atim: number;
  mtim: number;
  ctim: number;
}

const statAmd64: StatLayout = {
  size: 144, dev: 0, ino: 8, nlink: 16, nlinkSize: 8, mode: 24, uid: 28, gid: 32,
  rdev: 40, fsize: 48, blksize: 56, blksizeSize: 8, blocks: 64, atim: 72, mtim: 88, ctim: 104,
};
const statArm64: StatLayout = {
  size: 128, dev: 0, ino: 8, mode: 16, nlink: 20, nlinkSize: 4, uid: 24, gid: 28,
  rdev: 32, fsize: 48, blksize: 56, blksizeSize: 4, blocks: 64, atim: 72, mtim: 88, ctim: 104,
};

/** The `struct stat` layout of this architecture. */
export const STAT: StatLayout = ARCH === "amd64" ? statAmd64 : statArm64;

/** sizeof(struct rlimit): two u64. */
export const SIZEOF_RLIMIT = 16;
/** sizeof(struct rusage): two timevals and fourteen longs. */
export const SIZEOF_RUSAGE = 144;

/** Syscall numbers the package makes through libc's syscall(2). */
export interface SyscallNumbers {
  getcwd: number;
  newfstatat: number;
  fstat: number;
  tgkill: number;
  pidfd_open: number;
  pidfd_send_signal: number;
  faccessat: number;
  faccessat2: number;
  prlimit64: number;
  mknodat: number;
}

/** The syscall numbers of this architecture (asm/unistd_64.h, asm-generic/unistd.h). */
export const SYS: SyscallNumbers = ARCH === "amd64"
  ? { getcwd: 79, newfstatat: 262, fstat: 5, tgkill: 234, pidfd_open: 434, pidfd_send_signal: 424, faccessat: 269, faccessat2: 439, prlimit64: 302, mknodat: 259 }
  : { getcwd: 17, newfstatat: 79, fstat: 80, tgkill: 131, pidfd_open: 434, pidfd_send_signal: 424, faccessat: 48, faccessat2: 439, prlimit64: 261, mknodat: 33 };
