/**
 * The benchmark's C floors (bench/floor.c), compiled in this process by
 * bun:ffi's cc: the same clone(CLONE_VM|CLONE_VFORK) + execve + wait4 loop
 * that ForkExec performs, and the fork()-based one, written in C.
 * @module
 */
import { cc, ptr, type Pointer } from "bun:ffi";

const lib = cc({
  source: `${import.meta.dir}/floor.c`,
  symbols: {
    floor_vfork: { args: ["ptr", "ptr", "i64"], returns: "i64" },
    floor_fork: { args: ["ptr", "i64"], returns: "i64" },
    floor_steps: { args: ["ptr", "ptr", "i64", "i64"], returns: "i64" },
  },
});

const stack = new Uint8Array(64 * 1024);
const stackTop = (ptr(stack) + stack.length - 64) as Pointer;
const encoder = new TextEncoder();

/** A block for floor.c, kept alive with its strings: [path, argv[0..7], envp..., NULL]. */
function block(path: string, argv: string[], envp: string[]): { words: BigUint64Array; keep: Uint8Array[] } {
  if (argv.length > 7) throw new RangeError("at most 7 arguments");
  const keep: Uint8Array[] = [];
  const cstr = (s: string) => {
    const b = encoder.encode(s + "\0");
    keep.push(b);
    return BigInt(ptr(b));
  };
  const words = new BigUint64Array(1 + 8 + envp.length + 1);
  words[0] = cstr(path);
  argv.forEach((a, i) => (words[1 + i] = cstr(a)));
  envp.forEach((e, i) => (words[9 + i] = cstr(e)));
  return { words, keep };
}

const blocks = new Map<string, ReturnType<typeof block>>();

/**
 * Runs n spawns of path in C and returns how many exited 0: with
 * clone(CLONE_VM|CLONE_VFORK) by default, with fork() when `fork` is true.
 */
export function cFloorSpawn(path: string, argv: string[], envp: string[], n: number, fork = false): number {
  const b = blockFor(path, argv, envp);
  return Number(fork ? lib.symbols.floor_fork(b.words, n) : lib.symbols.floor_vfork(b.words, stackTop, n));
}

function blockFor(path: string, argv: string[], envp: string[]) {
  const key = JSON.stringify([path, argv, envp]);
  let b = blocks.get(key);
  if (b === undefined) blocks.set(key, (b = block(path, argv, envp)));
  return b;
}

/** The vfork floor plus ForkExec's own steps up to `level` (floor.c: floor_steps); returns how many exited 0. */
export function cFloorStepsSpawn(path: string, argv: string[], envp: string[], n: number, level: number): number {
  return Number(lib.symbols.floor_steps(blockFor(path, argv, envp).words, stackTop, n, level));
}
