/**
 * Adversarial probes of ReadAsync, WriteAsync, PollAsync and the fd streams
 * (regressions for the bug hunt): bad fds, files epoll refuses, a stream
 * cancelled while its read waits, and a process whose only pending work is
 * a settled or aborted wait, which must exit.
 */
import { describe, expect, test } from "bun:test";
import { spawnSync } from "bun";
import { join } from "node:path";
import { Close, EBADF, EPERM, EPOLLIN, Fstat, FdReadableStream, O_RDONLY, O_RDWR, Open, Pipe, PollAsync, ReadAsync, Stat_t, WriteAsync } from "../src/index.ts";

describe("bad fds", () => {
  for (const fd of [-1, 2 ** 31, 2 ** 32]) {
    test(`fd ${fd} is EBADF`, async () => {
      expect(await ReadAsync(fd, new Uint8Array(4))).toEqual([-1, EBADF]);
      expect(await WriteAsync(fd, new Uint8Array(4))).toEqual([0, EBADF]);
      expect(await PollAsync(fd, EPOLLIN)).toEqual([-1, EBADF]);
    });
  }
  for (const fd of [NaN, "3", 1.5] as unknown[]) {
    test(`fd ${String(fd)} is a TypeError`, async () => {
      await expect(ReadAsync(fd as number, new Uint8Array(4))).rejects.toThrow(TypeError);
      expect(() => PollAsync(fd as number, EPOLLIN)).toThrow(TypeError);
    });
  }
});

test("/dev/null and a regular file: read at once; PollAsync says EPERM", async () => {
  const [dn] = Open("/dev/null", O_RDWR, 0);
  const [rf] = Open("/etc/passwd", O_RDONLY, 0);
  try {
    expect(await ReadAsync(dn, new Uint8Array(4))).toEqual([0, null]);
    expect(await WriteAsync(dn, new Uint8Array(4))).toEqual([4, null]);
    expect(await PollAsync(dn, EPOLLIN)).toEqual([-1, EPERM]);
    expect((await ReadAsync(rf, new Uint8Array(4)))[0]).toBe(4);
    expect(await PollAsync(rf, EPOLLIN)).toEqual([-1, EPERM]);
  } finally {
    Close(dn);
    Close(rf);
  }
});

test("cancelling a stream during a pending read ends the read and leaves the caller's fd open", async () => {
  const p = [0, 0];
  Pipe(p);
  try {
    const rd = FdReadableStream(p[0]!).getReader();
    const pending = rd.read();
    await Bun.sleep(10);
    await rd.cancel();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(Fstat(p[0]!, new Stat_t())).toBeNull();
  } finally {
    Close(p[0]!);
    Close(p[1]!);
  }
});

test("Close during a pending ReadAsync ends it with EBADF", async () => {
  const p = [0, 0];
  Pipe(p);
  const r = ReadAsync(p[0]!, new Uint8Array(4));
  await Bun.sleep(10);
  Close(p[0]!);
  expect(await r).toEqual([-1, EBADF]);
  Close(p[1]!);
});

describe("a process whose waits are settled or aborted exits", () => {
  for (const mode of ["abort", "settled", "cancel", "abortlater", "readdone"]) {
    test(mode, () => {
      const r = spawnSync([process.execPath, join(import.meta.dir, "fixtures/hunt-asyncio-exit.ts"), mode], { timeout: 4000, stdout: "pipe", stderr: "pipe" });
      expect(r.stdout.toString()).toContain(`end ${mode}`);
      expect(r.exitCode).toBe(0);
    });
  }
});
