/**
 * Bug hunt: the package when the kernel runs out of something. In a child
 * Bun (test/fixtures/hunt-limits.ts), RLIMIT_NOFILE is lowered so that only
 * the next n fd allocations succeed, one call is made, the limit is raised
 * back, and the fixture reports what the call gave (an Errno, by name), the
 * fds it left open (compared with /proc/self/fd before, once the package is
 * idle) and what the same call gives afterwards (its state not broken).
 * Allocations that fail part-way (the first of two fds made, the second
 * refused) must close the first. Also: RLIMIT_NPROC reached (clone and
 * pthread_create refused, as uid 65534 when root), and waiter.c compiled
 * with a malloc or an epoll_ctl that fails (memory exhausted), through cc's
 * define. Each case runs in a child Bun with a time limit.
 */
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { hasCap, inChild, isRoot, userNsUnavailable } from "./helpers.ts";

const FIX = join(import.meta.dir, "fixtures", "hunt-limits.ts");
const run = (...args: string[]) => inChild([FIX, ...args], 12000);
const none: string[] = [];
const emfile = { res: "EMFILE", leaked: none };
const ok = { res: "ok", leaked: none };

describe("with RLIMIT_NOFILE exhausted (in a child)", () => {
  test("a Worker's Wait4Async and PollAsync, each fd of the waiter refused in turn (the pidfd, the pipe, the epoll set, the eventfd, Bun's dup of the pipe for its stream): [-1, EMFILE], nothing left open, and the same wait works once the limit is back (the old code rejected with Bun's SystemError when only Bun's dup was refused, and left the waiter thread up with its pipe, epoll set and eventfd)", async () => {
    const w = (_n: number) => ({ res: [false, "EMFILE"], leaked: none });
    expect(await run("worker")).toEqual({
      rows: {
        wait0: w(0), wait0again: [true, null], wait1: w(1), wait1again: [true, null], wait2: w(2), wait2again: [true, null],
        wait3: w(3), wait3again: [true, null], wait4: w(4), wait4again: [true, null], wait5: w(5), wait5again: [true, null],
        // Enough fds: the wait reaps the child; a second wait is ECHILD (10), as a second Wait4.
        wait6: { res: [true, null], leaked: none }, wait6again: [false, "ECHILD"],
        poll0: { res: [-1, "EMFILE"], leaked: none }, poll0again: [4, null], poll1: { res: [-1, "EMFILE"], leaked: none }, poll1again: [4, null],
        poll2: { res: [-1, "EMFILE"], leaked: none }, poll2again: [4, null], poll3: { res: [-1, "EMFILE"], leaked: none }, poll3again: [4, null],
        poll4: { res: [-1, "EMFILE"], leaked: none }, poll4again: [4, null], poll5: { res: [4, null], leaked: none }, poll5again: [4, null],
        lastRefused: { res: [false, "EMFILE"], leaked: none, waiterThreads: 0 },
      },
    });
  }, 15000);

  test("Prepare with too few fds to compile child.c or waiter.c: returns EMFILE (step compile recorded), as it returns ENOSYS, and a later Prepare compiles (the old code threw the Errno)", async () => {
    expect(await run("prepare")).toEqual({ rows: { n0: emfile, n2: emfile, step: "compile", again: null, forkexec: "ok" } });
  }, 15000);

  test("Chdir before anything asked process.cwd(): path.resolve follows the new directory (the old code left it on the directory Bun started in, for good: process.cwd() already said the new one, so Bun was never told)", async () => {
    expect(await run("chdir")).toEqual({ chdir: { err: null, kernel: true, cwd: true, resolved: true } });
  }, 15000);

  test("Chdir with no fd free: the kernel's directory is the new one and Chdir succeeds; Bun is not told (no fd to come back by if its chdir by path landed elsewhere), so path.resolve may stay on the old one", async () => {
    const r = (await run("chdir", "low")) as { chdir: Record<string, unknown> };
    expect(r.chdir.err).toBeNull();
    expect(r.chdir.kernel).toBe(true);
  }, 15000);

  test("the first ForkExec of a process, which compiles child.c, with 0 or 1 fds free: EMFILE (step compile), and the next ForkExec compiles and runs (never red)", async () => {
    for (const n of ["0", "1"]) {
      expect(await run("forkexec-first", n)).toEqual({ first: { ...emfile, step: "compile" }, again: "ok" });
    }
  }, 15000);

  test("the first PollAsync of the main thread, which compiles waiter.c and starts the waiter, with 0, 1 or 2 fds free: [-1, EMFILE], nothing left open, and the next PollAsync works (never red)", async () => {
    for (const n of ["0", "1", "2"]) {
      expect(await run("waiter-first", n)).toEqual({ first: { res: [-1, "EMFILE"], leaked: none }, again: [4, null] });
    }
  }, 15000);

  test("ForkExec (compiled already) plain, with Files, with Sys.PidFD, with Setsid and Setctty: a child that needs no fd of the parent starts; the pidfd refused is EMFILE; nothing left open (never red)", async () => {
    expect(await run("forkexec")).toEqual({
      rows: { plain0: ok, plain1: ok, plain2: ok, files0: ok, files1: ok, pidfd0: emfile, pidfd1: ok, setctty0: ok, setctty1: ok },
      again: ["ok", "ok"],
    });
  }, 15000);

  test.skipIf(userNsUnavailable() !== null)(`ForkExec with id maps and PidFD (the map pipe, the error pipe, the pidfd), each refused in turn: EMFILE, the pipes made before closed (never red)${userNsUnavailable() === null ? "" : ` (skipped: ${userNsUnavailable()})`}`, async () => {
    expect(await run("forkexec-userns")).toEqual({ rows: { n0: emfile, n1: emfile, n2: emfile, n3: emfile, n4: emfile, n5: ok }, again: "ok" });
  }, 15000);

  test("the main thread's Wait4Async: a direct wait needs no fd; a fifth child's pidfd refused, then the SIGCHLD path's epoll set: the wait goes on without an fd (past DIRECT_MAX) and reaps it, the pidfd closed, a second wait gets ECHILD; the four direct waits unharmed (red before the fallback: [-1, EMFILE])", async () => {
    expect(await run("wait-main")).toEqual({
      rows: {
        direct0: { res: [true, null], leaked: none },
        fifth0: { res: [true, null], leaked: none }, fifth0again: [false, "ECHILD"], fifth0direct: [true, true, true, true],
        fifth1: { res: [true, null], leaked: none }, fifth1again: [false, "ECHILD"], fifth1direct: [true, true, true, true],
      },
    });
  }, 15000);

  test("the main thread's PollAsync, the waiter's epoll set or eventfd refused: [-1, EMFILE], and the next works (never red)", async () => {
    expect(await run("poll")).toEqual({
      rows: {
        n0: { res: [-1, "EMFILE"], leaked: none }, n0again: [4, null], n1: { res: [-1, "EMFILE"], leaked: none }, n1again: [4, null],
        n2: { res: [4, null], leaked: none }, n2again: [4, null],
      },
    });
  }, 15000);

  test("ReadAsync, WriteAsync, FdReadableStream and FdWritableStream that must wait, no fd for the waiter: the Errno (the streams error with it and close their fd), and the next works (never red)", async () => {
    expect(await run("asyncio")).toEqual({
      rows: {
        read: { res: [-1, "EMFILE"], leaked: none }, readAgain: [3, null],
        write: { res: [0, "EMFILE"], leaked: none }, writeAgain: [4, null],
        stream: { res: { threw: "EMFILE" }, leaked: none }, streamClosedFd: true, streamAgain: { done: false, len: 1 },
        wstream: { res: { threw: "EMFILE" }, leaked: none }, wstreamClosedFd: true, wstreamAgain: "ok",
      },
    });
  }, 15000);

  test("Openpty (master made, slave refused), Pipe2, Socketpair, Socket, EpollCreate1, InotifyInit1, PidfdOpen, Dup, Accept4: EMFILE, the half made closed; a refused Accept4 leaves the connection queued (never red)", async () => {
    expect(await run("plain")).toEqual({
      rows: {
        openpty0: emfile, openpty1: emfile, openptyAgain: "ok", pipe0: emfile, pipe1: emfile, socketpair0: emfile, socketpair1: emfile,
        socket: emfile, epoll: emfile, inotify: emfile, pidfd: emfile, dup: emfile, accept: emfile, acceptAgain: "ok",
        again: ["ok", "ok", "ok", "ok", "ok", "ok"],
      },
    });
  }, 15000);
});

test("the waiter thread (waiter.c, compiled with a malloc that fails while memory is out) reporting through the main thread's callback: no crash, and the report arrives once memory is back (the old code's notify and notify_batch called each other without end on a failed malloc: Bun died of SIGSEGV; in a child)", async () => {
  expect(await inChild([join(import.meta.dir, "fixtures", "hunt-limits-malloc.ts")], 10000)).toEqual({ failedWhileOut: true, reports: [7] });
}, 15000);

test("the waiter's start (waiter.c, compiled with an epoll_ctl that fails once with ENOMEM) when its stop eventfd cannot join its epoll set: -ENOMEM, its fds closed, and the next start and stop work (the old code started a thread that could never be stopped: bsc_waiter_stop hung; in a child)", async () => {
  expect(await inChild([join(import.meta.dir, "fixtures", "hunt-limits-epollctl.ts")], 5000)).toEqual({ first: -12, stopFdAfterFailure: -1, second: 0, stopped: true });
}, 10000);

/**
 * Runs the fixture's "nproc" case as a uid held to RLIMIT_NPROC: nobody
 * (65534) when this is root (root is not held to it), else this uid.
 */
async function runNproc(): Promise<Record<string, unknown>> {
  if (!isRoot) return run("nproc");
  const p = Bun.spawn([process.execPath, FIX, "nproc"], { uid: 65534, gid: 65534, stdout: "pipe", stderr: "pipe", stdin: "ignore" });
  const timer = setTimeout(() => p.kill("SIGKILL"), 12000);
  const [out, err] = await Promise.all([new Response(p.stdout).text(), new Response(p.stderr).text()]);
  await p.exited;
  clearTimeout(timer);
  if (p.exitCode !== 0) throw new Error(`the child Bun (uid 65534) ended with ${p.signalCode ?? p.exitCode}; stderr:\n${err}`);
  return JSON.parse(out.trim().split("\n").pop()!) as Record<string, unknown>;
}
// Not root, but with CAP_SYS_RESOURCE or CAP_SYS_ADMIN: not held to RLIMIT_NPROC either.
const nprocSkip = !isRoot && (hasCap("CAP_SYS_RESOURCE") || hasCap("CAP_SYS_ADMIN")) ? "this uid is not root but holds CAP_SYS_RESOURCE or CAP_SYS_ADMIN, which RLIMIT_NPROC does not bind" : null;

test.skipIf(nprocSkip !== null)(`with RLIMIT_NPROC reached (clone and pthread_create fail, as uid 65534 when root): ForkExec is EAGAIN at step clone, a PollAsync whose waiter thread cannot start and a Worker's Wait4Async settle with [-1, EAGAIN], the main thread's Wait4Async needs no thread; nothing left open, no waiter thread left, and each works once the limit is back (never red)${nprocSkip === null ? "" : ` (skipped: ${nprocSkip})`}`, async () => {
  const clean = { leaked: none, waiterThreads: 0 };
  const r = await runNproc();
  // With id maps (its two pipes made before clone) where user namespaces can be made by this uid.
  const userns = r.userns === "unavailable" ? { userns: "unavailable" } : { userns: { res: "EAGAIN", ...clean }, usernsAgain: "ok" };
  expect(r).toEqual({
    forkexec: { res: "EAGAIN", ...clean }, forkexecStep: "clone", forkexecAgain: "ok", ...userns,
    poll: { res: [-1, "EAGAIN"], ...clean }, pollAgain: [4, null],
    waitMain: { res: [true, null], ...clean },
    worker: { wait: { res: [false, "EAGAIN"], ...clean }, waitAgain: [true, null] },
  });
}, 15000);
