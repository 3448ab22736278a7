/**
 * Bug hunt: the signal state a Bun process inherits or a program sets,
 * against Wait4Async (the main thread's SIGCHLD listener, a Worker's
 * waiter thread), Wait4 and ForkExec. Each case runs
 * test/fixtures/hunt-signals.ts in a child Bun with a time limit (a hang
 * fails the test), most through test/fixtures/signal-exec.ts, which
 * execs Bun with SIGCHLD (or others) ignored or blocked. A Go program, built
 * at test time where `go` is installed, is the oracle for what a child
 * inherits.
 */
import { describe, expect, test } from "bun:test";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inChild, scratchDir } from "./helpers.ts";

const FIX = join(import.meta.dir, "fixtures", "hunt-signals.ts");
const EXEC = join(import.meta.dir, "fixtures", "signal-exec.ts");
const run = (c: string) => inChild([FIX, c], 12000);
const runWith = (state: string[], c: string) => inChild([EXEC, ...state, "--", FIX, c], 12000);
const ok = (code: number) => [true, null, code];
const POLLIN_BIT = 1;

describe("SIGCHLD listeners of the program's (main thread, the SIGCHLD path)", () => {
  test("process.removeAllListeners(\"SIGCHLD\") while a wait is pending: the wait stays pending until the next Wait4Async call, which settles it and its own (documented); removed while the listener lingers idle, the next wait settles; the package's listener is gone afterwards (red before the fix: every wait stayed pending for good, and the process could never exit)", async () => {
    expect(await run("removeall@sig")).toEqual({ whileRemoved: "pending", settled: [ok(3), ok(4)], idle: ok(5), listenersAfter: 0, pending: 0 });
  }, 15000);

  test("the same with six waits (four direct, two on the pidfd path): all settle at the next call (red before the fix)", async () => {
    expect(await run("removeall-many@sig")).toEqual({ whileRemoved: Array(6).fill("pending"), settled: [1, 2, 3, 4, 5, 6, 7].map(ok) });
  }, 15000);

  test("a listener of the program's added before or after the package's and removed while a wait is pending, or one that throws: the waits settle (never red)", async () => {
    expect(await run("own-listener@sig")).toEqual({ a: ok(3), b: ok(4), c: ok(5) });
  }, 15000);

  test("process.on and process.off replaced by the program after the package loaded: three waits in turn settle, and the package's listener is gone after each (red before the fix: the first wait pended for good, its listener never added)", async () => {
    expect(await run("replaced-on-off@sig")).toEqual({ rounds: [ok(1), ok(2), ok(3)], counts: [0, 0, 0] });
  }, 15000);

  test("process.once replaced by one that throws, after the package loaded: the main thread's first fd wait (which starts the waiter thread and hooks exit to stop it) settles, and the process exits by itself (red before the fix: PollAsync threw the program's error)", async () => {
    expect(await run("replaced-once")).toEqual({ got: [POLLIN_BIT, null] });
  });

  test("2000 spoofed SIGCHLDs from the process itself and 300 from another process while seven waits are pending: none settles early, each gets its own child's status, a Bun.spawn child's status is Bun's, and the process is idle afterwards (never red)", async () => {
    const codes = [11, 12, 13, 14, 15, 16, 17];
    for (const path of ["sig", "ring"]) expect([path, await run(`spoof@${path}`)]).toEqual([path, { spoofer: [true, 0], bunSpawn: 21, early: Array(7).fill("pending"), settled: codes.map(ok), codes, idleLoops: false }]);
  }, 15000);

  test("children stopped and continued (SIGSTOP, SIGCONT: a SIGCHLD each, no exit) three times while six waits are pending: no wait settles early, each reports its child's exit (never red)", async () => {
    for (const path of ["sig", "ring"]) expect([path, await run(`stopcont@${path}`)]).toEqual([path, { early: Array(6).fill("pending"), settled: [1, 2, 3, 4, 5, 6].map(ok) }]);
  }, 15000);
});

describe("inherited signal state", () => {
  test("Bun started with SIGCHLD blocked (every thread inherits the mask): the main thread's Wait4Async settles, direct and pidfd waits (Bun's loop takes signals while it waits), and Wait4 works; the main thread's mask is as inherited after ForkExec and the waits (never red)", async () => {
    for (const path of ["sig", "ring"]) expect([path, await runWith(["blk=17"], `blocked@${path}`)]).toEqual([path, { blockedAtStart: true, maskKept: true, main: [3, 4, 5, 6, 7, 8].map(ok), sync: ok(9) }]);
  }, 15000);

  test("Bun started with SIGCHLD blocked: a Worker's Wait4Async settles (never red)", async () => {
    expect(await runWith(["blk=17"], "blocked-worker")).toEqual({ worker: ok(6) });
  }, 15000);

  test("Bun started with SIGCHLD ignored: Wait4Async of a non-child resolves ECHILD (no hang), as Wait4 says; a ForkExec child's status comes through Wait4Async and Wait4; SIGCHLD is SIG_DFL afterwards (documented: the first ForkExec resets it) and the package's listener is gone (never red)", async () => {
    for (const path of ["sig", "ring"]) {
      const { ignAfterNotChild: _, ...r } = await runWith(["ign=17"], `ignored@${path}`);
      expect([path, r]).toEqual([path, {
        ignAtStart: true, notChild: [-1, "no child processes"], syncNotChild: "no child processes",
        async: ok(3), sync: ok(4), ignAfter: false, listenersAfter: 0,
      }]);
    }
  }, 15000);

  // Ignored: HUP INT USR1 USR2 PIPE TERM CHLD CONT TSTP TTIN TTOU XFSZ WINCH 34; blocked: HUP USR1 TERM CHLD.
  const state = ["ign=1,2,10,12,13,15,17,18,20,21,22,25,28,34", "blk=1,10,15,17"];
  const hasGo = ["/usr/bin/go", "/usr/local/go/bin/go", "/usr/lib/go/bin/go"].find((p) => existsSync(p));
  test("a ForkExec child's ignored signals from that inherited state: those a Go child keeps (1, 2, 18, 20, 21, 22, 34), and an empty mask (documented; Go's child keeps the inherited mask less the signals its runtime unblocks: SIGUSR1 here)", async () => {
    const r = await runWith(state, "child-state");
    // cgt 400: grep's own SIGSEGV handler, as under Go's child below.
    expect(r).toEqual({ ign: "2003a0003", blk: "0", cgt: "400" });
  }, 15000);

  test("signals the program catches (process.on SIGTERM, SIGUSR2, SIGINT, SIGHUP, SIGWINCH, and SIGCHLD while a wait is pending) are SIG_DFL in a ForkExec child, from the main thread and from a Worker, as in Go's (never red)", async () => {
    const clean = { ign: "0", blk: "0", cgt: "400" };
    expect(await run("child-caught")).toEqual({ parentCatches: true, main: clean, worker: clean, pending: ok(0) });
  }, 15000);

  test.skipIf(hasGo === undefined)(`the same state under Go's syscall.ForkExec (the oracle, built now): the same ignored signals${hasGo === undefined ? " (skipped: no go compiler installed)" : ""}`, async () => {
    const { dir, cleanup } = scratchDir("hunt-signals-go-");
    try {
      mkdirSync(join(dir, "cache"));
      writeFileSync(join(dir, "go.mod"), "module hs\ngo 1.19\n");
      writeFileSync(join(dir, "main.go"), `package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	r, w, _ := os.Pipe()
	pid, err := syscall.ForkExec("/bin/grep", []string{"grep", "^Sig[BIC]", "/proc/self/status"}, &syscall.ProcAttr{Files: []uintptr{0, w.Fd(), 2}})
	if err != nil {
		panic(err)
	}
	w.Close()
	buf := make([]byte, 4096)
	n, _ := r.Read(buf)
	var ws syscall.WaitStatus
	syscall.Wait4(pid, &ws, 0, nil)
	fmt.Printf("%s", buf[:n])
}
`);
      const b = Bun.spawnSync([hasGo!, "build", "-o", join(dir, "oracle"), "."], { cwd: dir, env: { ...process.env, GOCACHE: join(dir, "cache"), GOFLAGS: "-mod=mod", GOTOOLCHAIN: "local" }, stdout: "pipe", stderr: "pipe", timeout: 10000 });
      if (b.exitCode !== 0) throw new Error(`go build failed: ${b.stderr.toString()}`);
      const p = Bun.spawnSync([process.execPath, EXEC, ...state, "raw", "--", join(dir, "oracle")], { stdout: "pipe", stderr: "pipe", timeout: 10000 });
      const text = p.stdout.toString();
      const field = (n: string) => BigInt("0x" + (new RegExp(`^${n}:\\s*(\\S+)`, "m").exec(text)?.[1] ?? "x")).toString(16);
      expect(field("SigIgn")).toBe("2003a0003");
      expect(field("SigCgt")).toBe("400");
      // Go's child: the inherited mask less what Go unblocks (HUP, TERM, CHLD): SIGUSR1 stays blocked, where ours is empty.
      expect(field("SigBlk")).toBe("200");
    } finally {
      cleanup();
    }
  }, 15000);
});
