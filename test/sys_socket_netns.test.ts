/**
 * The socket calls that change an interface or need raw sockets
 * (SetLsfPromisc, LsfSocket, AttachLsf on a packet socket, BindToDevice),
 * run where they change nothing of the host's: in a child that ForkExec
 * starts in a new user and network namespace (fixtures/sys-socket-netns.ts),
 * whose only interface is its own "lo". Skips where user namespaces cannot
 * be made.
 */
import { expect, test } from "bun:test";
import { readlinkSync } from "node:fs";
import { join } from "node:path";
import {
  CLONE_NEWNET, CLONE_NEWUSER, Close, ENODEV, EINVAL, ENOENT, Environ, ForkExec, Getgid, Getuid, Kill, O_CLOEXEC, Pipe2, SIGKILL,
  Wait4Async, WaitStatus,
} from "../src/index.ts";
import { openFds, userNsUnavailable } from "./helpers.ts";

const noUserNs = userNsUnavailable();
const FIXTURE = join(import.meta.dir, "fixtures", "sys-socket-netns.ts");

test.skipIf(noUserNs !== null)(
  `in a new network namespace: SetLsfPromisc toggles IFF_PROMISC on lo (seen by NetlinkRIB), LsfSocket binds a packet socket, filters attach and detach${noUserNs ? ` (skipped: ${noUserNs})` : ""}`,
  async () => {
      const p = [-1, -1];
      expect(Pipe2(p, O_CLOEXEC)).toBeNull();
      const [r, w] = p as [number, number];
      // Bun's event loop opens fds of its own on a first Bun.file read or Wait4Async, so noFdLeak does not fit
      // here: the check is that no fd of this pipe stays open (the fixture checks its own fds).
      const pipe = readlinkSync(`/proc/self/fd/${r}`);
      const [pid, err] = ForkExec(process.execPath, [process.execPath, FIXTURE], {
        Env: Environ(),
        Files: [0, w, w],
        Sys: {
          Cloneflags: CLONE_NEWUSER | CLONE_NEWNET,
          UidMappings: [{ ContainerID: 0, HostID: Getuid(), Size: 1 }],
          GidMappings: [{ ContainerID: 0, HostID: Getgid(), Size: 1 }],
        },
      });
      Close(w);
      if (err !== null) {
        Close(r);
        throw err;
      }
      const timer = setTimeout(() => Kill(pid, SIGKILL), 20_000);
      const ws = new WaitStatus();
      const [out] = await Promise.all([Bun.file(r).text(), Wait4Async(pid, ws, null)]);
      clearTimeout(timer);
      Close(r);
      const last = out.trimEnd().split("\n").at(-1) ?? "";
      if (!ws.Exited() || ws.ExitStatus() !== 0 || !last.startsWith("{")) throw new Error(`the fixture failed (status ${ws.ExitStatus()}, signal ${ws.Signal()}):\n${out}`);
      const f = JSON.parse(last) as Record<string, unknown>;
      expect(f.links).toEqual([{ name: "lo", index: 1, flags: expect.any(Number) }]); // a new namespace: only its own lo
      expect(f.loUp).toBe(false);
      expect([f.promiscOn, f.promiscAfterOn, f.promiscOff, f.promiscAfterOff]).toEqual([null, true, null, false]);
      expect(f.promiscNoDev).toBe(ENODEV.errno);
      expect(f.lsfSocketErr).toBeNull();
      expect(f.lsfType).toBe(true);
      expect(f.lsfCloexec).toBe(false); // as Go's LsfSocket: no SOCK_CLOEXEC
      expect(f.lsfName).toEqual({ Protocol: 0x0300, Ifindex: 1 }); // ETH_P_ALL in network byte order
      expect([f.attach, f.detach, f.detachAgain]).toEqual([null, null, ENOENT.errno]);
      expect(f.lsfNoDev).toEqual([0, ENODEV.errno]);
      expect(f.lsfBadIndex).toEqual([0, EINVAL.errno]);
      expect(f.fdsLeft).toBe(0);
      expect([f.bindLo, f.bindNoDev, f.unbind]).toEqual([null, ENODEV.errno, null]);
      expect(f.rawPacket).toBeNull();
      expect([...openFds().values()].filter((t) => t === pipe)).toEqual([]);
  },
  30_000,
);
