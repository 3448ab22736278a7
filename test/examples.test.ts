/**
 * The programs in examples/ run as a user would run them, and print what
 * they say they do.
 */
import { expect, test } from "bun:test";
import { join } from "node:path";

const ex = (name: string) => join(import.meta.dir, "..", "examples", name);
function run(args: string[], env: Record<string, string> = {}) {
  const r = Bun.spawnSync([process.execPath, ...args], { env: { ...process.env, ...env }, stdout: "pipe", stderr: "pipe", timeout: 20000 });
  expect(r.stderr.toString()).toBe("");
  expect(r.exitCode).toBe(0);
  return JSON.parse(r.stdout.toString().trim().split("\n").pop()!);
}

test("capture: stdin in, stdout and stderr apart, the exit status", () => {
  const r = run([ex("capture.ts"), "5000", "--", "sh", "-c", "tr a-z A-Z; echo oops >&2; exit 3"], { BSC_STDIN: "hello\n" });
  expect(r).toEqual({ stdout: "HELLO\n", stderr: "oops\n", exit: 3, signal: null, timedOut: false });
});

test("capture: a timeout kills the whole process group, grandchildren too", () => {
  const t0 = performance.now();
  // The grandchild sleep keeps stdout open: only killing the group ends the capture.
  const r = run([ex("capture.ts"), "300", "--", "sh", "-c", "sleep 30 & sleep 30; echo never"]);
  expect(r).toEqual({ stdout: "", stderr: "", exit: -1, signal: 9, timedOut: true });
  expect(performance.now() - t0).toBeLessThan(10000); // a hang guard: without the group kill, the capture lasts the 30 s sleeps
});

test("pty: a shell on a pty answers a typed command and sees a resize", () => {
  expect(run([ex("pty.ts")])).toEqual({ answer: true, before: true, after: true });
}, 20000);

test("pipeline: printf | sort | uniq -c", () => {
  expect(run([ex("pipeline.ts")])).toEqual({ output: ["1 a", "3 b", "1 c"], statuses: [0, 0, 0] });
});
