import { toArrayBuffer, dlopen, type Pointer } from "bun:ffi";
import { ForkExec, Wait4, WaitStatus } from "./src/index.ts";
import { loadNative, childSource } from "./src/exec/forkexec.ts";
import { cFloorSpawn } from "./bench/floor.ts";
const TRUE = "/bin/true";
const ENV = Array.from({ length: 10 }, (_, i) => `V${i}=x`);
const N = loadNative() as { forkexec: (p: Pointer) => number };
let base: Pointer | null = null;
const orig = N.forkexec;
N.forkexec = (p) => { base = p; return orig(p); };
const [pid0] = ForkExec(TRUE, [TRUE], { Env: ENV });
Wait4(pid0, null, 0, null);
N.forkexec = orig;
const RPID = Number(/#define R_PID (\d+)/.exec(childSource())![1]);
const W = dlopen("libc.so.6", { wait4: { args: ["i32", "ptr", "i32", "ptr"], returns: "i32" } });
const stbuf = new Int32Array(1);
const req = new BigInt64Array(toArrayBuffer(base!, 0, 4096));
const ws = new WaitStatus();
const B = 8;
const attr = { Env: ENV };
const cases: [string, () => void][] = [
  ["C floor", () => { if (cFloorSpawn(TRUE, [TRUE], ENV, B) !== B) throw 1; }],
  ["JS loop native+ffi wait4", () => { for (let i = 0; i < B; i++) { if (orig(base!) !== 0) throw 3; W.symbols.wait4(Number(req[RPID]), stbuf, 0, null); } }],
  ["ForkExec+ffi wait4", () => { for (let i = 0; i < B; i++) { const [p] = ForkExec(TRUE, [TRUE], { Env: ENV }); W.symbols.wait4(p, stbuf, 0, null); } }],
  ["ForkExec+Wait4", () => { for (let i = 0; i < B; i++) { const [p] = ForkExec(TRUE, [TRUE], { Env: ENV }); Wait4(p, ws, 0, null); } }],
  ["ForkExec(same attr)+Wait4", () => { for (let i = 0; i < B; i++) { const [p] = ForkExec(TRUE, [TRUE], attr); Wait4(p, ws, 0, null); } }],
];
const res: Record<string, number[]> = {};
for (let r = 0; r < 60; r++) for (const [n, f] of cases) { const t = Bun.nanoseconds(); for (let k = 0; k < 5; k++) f(); (res[n] ??= []).push((Bun.nanoseconds() - t) / (5 * B)); }
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const fl = med(res["C floor"]!);
console.log(cases.map(([n]) => `${n} ${(med(res[n]!) / fl).toFixed(3)}`).join(" | "), `(floor ${(fl / 1000).toFixed(0)} µs)`);
