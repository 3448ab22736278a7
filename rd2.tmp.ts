import { ForkExec, Pipe2, Close, O_CLOEXEC, Wait4Async, FdReadableStream } from "./src/index.ts";
import { C } from "./src/libc.ts";
const HEAD = Bun.which("head")!;
const ours = async (pipeSize: number, chunk: number) => {
  const p = [0, 0]; Pipe2(p, O_CLOEXEC);
  if (pipeSize) C.fcntl(p[0]!, 1031 /* F_SETPIPE_SZ */, pipeSize);
  const [pid] = ForkExec(HEAD, ["head", "-c", "64M", "/dev/zero"], { Files: [0, p[1]!, 2] });
  Close(p[1]!);
  const n = (await new Response(FdReadableStream(p[0]!, { close: true, chunkSize: chunk })).arrayBuffer()).byteLength;
  await Wait4Async(pid, null, null);
  if (n !== 64 << 20) throw new Error("short");
};
const bun = async () => {
  const proc = Bun.spawn([HEAD, "-c", "64M", "/dev/zero"], { stdout: "pipe", stdin: "ignore", stderr: "inherit" });
  const n = (await new Response(proc.stdout).arrayBuffer()).byteLength;
  await proc.exited;
  if (n !== 64 << 20) throw new Error("short");
};
const cases: [string, () => Promise<void>][] = [["ours 64K pipe", () => ours(0, 65536)], ["ours 1M pipe, 1M chunk", () => ours(1 << 20, 1 << 20)], ["ours 1M pipe, 64K chunk", () => ours(1 << 20, 65536)], ["bun", bun]];
const res: Record<string, number[]> = {};
for (let r = 0; r < 10; r++) for (const [n, f] of cases) { const t = Bun.nanoseconds(); await f(); (res[n] ??= []).push((Bun.nanoseconds() - t) / 1e6); }
for (const [n] of cases) { const a = res[n]!.sort((x, y) => x - y); console.log(n.padEnd(26), "median", a[5]!.toFixed(0), "ms  min", a[0]!.toFixed(0)); }
