// Runs a program with data on its stdin, captures its stdout and stderr
// separately, and kills its whole process group if it outlives a timeout.
// Nothing blocks the event loop.
//
//   bun examples/capture.ts [TIMEOUT_MS] -- PROGRAM [ARGS...]   (stdin data: BSC_STDIN)
import { Close, ForkExec, Kill, O_CLOEXEC, Pipe2, SIGKILL, Wait4Async, WaitStatus, WriteAsync, FdReadableStream } from "../src/index.ts";

/** What capture() found. */
export interface Captured { stdout: string; stderr: string; status: WaitStatus; timedOut: boolean }

/** Runs argv with input on stdin; kills its process group after timeoutMs. */
export async function capture(argv: string[], input: string, timeoutMs: number): Promise<Captured> {
  const [inp, out, err] = [[0, 0], [0, 0], [0, 0]] as [number, number][];
  for (const p of [inp, out, err]) {
    const e = Pipe2(p, O_CLOEXEC);
    if (e) throw e;
  }
  const path = argv[0]!.includes("/") ? argv[0]! : Bun.which(argv[0]!) ?? argv[0]!;
  const [pid, e] = ForkExec(path, argv, { Env: Object.entries(process.env).map(([k, v]) => `${k}=${v}`), Files: [inp[0]!, out[1]!, err[1]!], Sys: { Setpgid: true } });
  for (const fd of [inp[0]!, out[1]!, err[1]!]) Close(fd);
  if (e) {
    for (const fd of [inp[1]!, out[0]!, err[0]!]) Close(fd);
    throw e;
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    Kill(-pid, SIGKILL); // the whole group: the program and anything it started
  }, timeoutMs);
  const feeding = WriteAsync(inp[1]!, new TextEncoder().encode(input)).then(() => Close(inp[1]!));
  const [stdout, stderr] = await Promise.all([
    new Response(FdReadableStream(out[0]!, { close: true })).text(),
    new Response(FdReadableStream(err[0]!, { close: true })).text(),
  ]);
  const status = new WaitStatus();
  await Wait4Async(pid, status, null);
  clearTimeout(timer);
  await feeding;
  return { stdout, stderr, status, timedOut };
}

if (import.meta.main) {
  const sep = process.argv.indexOf("--");
  const timeout = Number(process.argv[2] !== "--" ? process.argv[2] : 5000);
  const r = await capture(process.argv.slice(sep + 1), process.env.BSC_STDIN ?? "", timeout);
  console.log(JSON.stringify({ stdout: r.stdout, stderr: r.stderr, exit: r.status.ExitStatus(), signal: r.status.Signaled() ? r.status.Signal().signo : null, timedOut: r.timedOut }));
}
