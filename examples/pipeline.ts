// A pipeline of three programs joined by pipes, as a shell would run
// `printf ... | sort | uniq -c`, with the last one's output read through a
// stream and every exit status collected without blocking.
//
//   bun examples/pipeline.ts
import { Close, FdReadableStream, ForkExec, O_CLOEXEC, Pipe2, Wait4Async, WaitStatus } from "../src/index.ts";

const stages = [["/usr/bin/printf", "b\\na\\nb\\nc\\nb\\n"], ["/usr/bin/sort"], ["/usr/bin/uniq", "-c"]];
const pipes = stages.map(() => [0, 0] as [number, number]);
for (const p of pipes) {
  const e = Pipe2(p, O_CLOEXEC);
  if (e) throw e;
}
const pids = stages.map(([path, ...args], i) => {
  const stdin = i === 0 ? 0 : pipes[i - 1]![0];
  const [pid, e] = ForkExec(path!, [path!.split("/").pop()!, ...args], { Files: [stdin, pipes[i]![1], 2] });
  if (e) throw e;
  return pid;
});
for (const [i, p] of pipes.entries()) {
  Close(p[1]); // only the children write
  if (i < pipes.length - 1) Close(p[0]); // and only the next child reads, but the last pipe is ours
}
const output = await new Response(FdReadableStream(pipes.at(-1)![0], { close: true })).text();
const statuses = await Promise.all(pids.map(async (pid) => {
  const ws = new WaitStatus();
  await Wait4Async(pid, ws, null);
  return ws.ExitStatus();
}));
console.log(JSON.stringify({ output: output.split("\n").map((l) => l.trim()).filter(Boolean), statuses }));
