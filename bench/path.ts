/**
 * The spawn path with JavaScript taken out a piece at a time, for the
 * bench's `steps` section: ForkExec's own native half (child.c's
 * bsc_forkexec) driven by a C loop on one request block marshalled once,
 * the same block driven from JavaScript with a bare bun:ffi wait4, and
 * ForkExec itself with that bare wait4. With the C floor and ForkExec+Wait4
 * these say which part of the gap is the native half, which the return to
 * JavaScript, which ForkExec's reading and marshalling, and which Wait4's.
 * @module
 */
import { dlopen, toArrayBuffer, type Pointer } from "bun:ffi";
import { ForkExec, Wait4 } from "../src/index.ts";
import { childSource, loadNative } from "../src/exec/forkexec.ts";
import { compile } from "../src/native.ts";

/** Nanoseconds per spawn from the call to the native half (before) and from its return to the call's (after), one sample per spawn. */
export interface JsAround {
  forkExec: { before: number[]; after: number[] };
  bare: { before: number[]; after: number[] };
}

/** Ops that each run `batch` spawns of path (argv [path], env) and throw unless every one exits 0. */
export function pathContenders(path: string, env: string[], batch: number): { cLoop: () => void; jsLoop: () => void; forkExecBareWait: () => void; jsAround: (n: number) => JsAround } {
  // One ForkExec, watched: the block it marshals, at its address.
  const N = loadNative() as { forkexec: (p: Pointer) => number };
  const real = N.forkexec;
  let block: Pointer | null = null;
  N.forkexec = (p) => ((block = p), real(p));
  const [pid0, err0] = ForkExec(path, [path], { Env: env });
  N.forkexec = real;
  if (err0 !== null || block === null) throw new Error(`bench/path.ts: ForkExec failed: ${err0?.message}`);
  Wait4(pid0, null, 0, null);
  const req: Pointer = block;
  const RPID = Number(/#define R_PID (\d+)/.exec(childSource())?.[1]);
  // A copy of child.c with a driver loop: the block is reused as it is, as
  // ForkExec reuses it for an identical request (the Files array is empty here).
  const lib = compile("child-loop.c", `${childSource()}
int wait4(int, int *, int, void *);
long bench_loop(i64 *r, long n) {
  long ok = 0;
  for (long i = 0; i < n; i++) {
    int st = -1;
    if (bsc_forkexec(r) != 0) return -1;
    if (wait4((int)r[R_PID], &st, 0, 0) == r[R_PID] && st == 0) ok++;
  }
  return ok;
}
`, { bench_loop: { args: ["ptr", "i64"], returns: "i64" } });
  const W = dlopen("libc.so.6", { wait4: { args: ["i32", "ptr", "i32", "ptr"], returns: "i32" } });
  const words = new BigInt64Array(toArrayBuffer(req, 0, (RPID + 1) * 8));
  const st = new Int32Array(1);
  const wait = (pid: number) => {
    st[0] = -1;
    if (W.symbols.wait4(pid, st, 0, null) !== pid || st[0] !== 0) throw new Error("bench/path.ts: the child did not exit 0");
  };
  const attr = { Env: env }, argv = [path];
  return {
    cLoop: () => {
      if (Number(lib.symbols.bench_loop(req, batch)) !== batch) throw new Error("bench/path.ts: the C loop failed");
    },
    jsLoop: () => {
      for (let i = 0; i < batch; i++) {
        if (real(req) !== 0) throw new Error("bench/path.ts: bsc_forkexec failed");
        wait(Number(words[RPID]));
      }
    },
    jsAround: (n) => {
      // ForkExec and the bare block call alternate, each followed by a bare
      // wait4, so both start from memory the previous child made cold.
      let t0 = 0, t1 = 0;
      const timed = (p: Pointer) => {
        t0 = Bun.nanoseconds();
        const e = real(p);
        t1 = Bun.nanoseconds();
        return e;
      };
      N.forkexec = timed;
      const fe = { before: [] as number[], after: [] as number[] }, bare = { before: [] as number[], after: [] as number[] };
      try {
        for (let i = 0; i < n; i++) {
          for (const which of i & 1 ? [fe, bare] : [bare, fe]) {
            const s = Bun.nanoseconds();
            let pid: number;
            if (which === fe) {
              const [p, err] = ForkExec(path, argv, attr);
              if (err !== null) throw err;
              pid = p;
            } else {
              if (timed(req) !== 0) throw new Error("bench/path.ts: bsc_forkexec failed");
              pid = Number(words[RPID]);
            }
            const e = Bun.nanoseconds();
            wait(pid);
            which.before.push(t0 - s);
            which.after.push(e - t1);
          }
        }
      } finally {
        N.forkexec = real;
      }
      return { forkExec: fe, bare };
    },
    forkExecBareWait: () => {
      for (let i = 0; i < batch; i++) {
        const [pid, err] = ForkExec(path, argv, attr);
        if (err !== null) throw err;
        wait(pid);
      }
    },
  };
}
