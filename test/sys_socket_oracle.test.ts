/**
 * The socket family against Go itself: scripts/oracle/socket/main.go prints
 * what Go 1.19's syscall package does (the bytes each Sockaddr encodes to,
 * Bind/Getsockname round trips with the kernel's address length, the
 * getsockopt values of fresh TCP, UDP and Unix sockets, CmsgLen,
 * CmsgSpace, UnixRights, UnixCredentials, the control-message and netlink
 * parsers on good and broken input, LsfStmt and LsfJump), and this test
 * does the same here and compares. Skipped when `go` is not on PATH (CI has
 * no Go). Only 127.0.0.1, ::1, Unix and netlink sockets are bound.
 */
import { expect, test } from "bun:test";
import { join } from "node:path";
import { dlopen } from "bun:ffi";
import {
  Errno, Socket, Socketpair, Bind, Close, Getsockname, Getpeername, GetsockoptInt, SetsockoptInt, GetsockoptInet4Addr, GetsockoptIPMreqn,
  SockaddrInet4, SockaddrInet6, SockaddrUnix, SockaddrLinklayer, SockaddrNetlink, type Sockaddr,
  CmsgLen, CmsgSpace, UnixRights, UnixCredentials, Ucred, ParseSocketControlMessage, ParseUnixRights, ParseUnixCredentials, SocketControlMessage,
  ParseNetlinkMessage, ParseNetlinkRouteAttr, LsfStmt, LsfJump,
  AF_INET, AF_INET6, AF_UNIX, AF_NETLINK, SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_CLOEXEC, SOL_SOCKET, SO_RCVBUF, IPPROTO_IP,
  IP_MULTICAST_IF, SCM_RIGHTS, SCM_CREDENTIALS, BPF_RET, BPF_K, BPF_JMP, BPF_JEQ,
} from "../src/index.ts";
import { encodeSockaddr } from "../src/sys/sockaddr.ts";
import { scratchDir } from "./helpers.ts";
import { libcName } from "../src/libc.ts";

interface SaCase {
  type: "inet4" | "inet6" | "unix" | "linklayer" | "netlink" | "nil" | "other";
  port?: number; zoneId?: number; addr?: number[]; name?: string; protocol?: number; ifindex?: number;
  hatype?: number; pkttype?: number; halen?: number; pad?: number; pid?: number; groups?: number;
}
interface Sockopt { level: number; opt: number; name: string; value: number; err: number }
interface Cmsg { level: number; type: number; len: number; data: string }
interface Oracle {
  goarch: string;
  encode: { case: SaCase; err: number; raw: string }[];
  roundTrip: { case: SaCase; err: number; got: SaCase; rawLen: number }[];
  unnamed: SaCase; unnamedPeer: SaCase;
  tcp: Sockopt[]; udp: Sockopt[]; unixStream: Sockopt[];
  rcvbufSet: Record<string, number>;
  multicastIf: { addr: number[]; err: number; mreqn: { multiaddr: number[]; address: number[]; ifindex: number }; mreqnErr: number };
  cmsgLenIn: number[]; cmsgLen: number[]; cmsgSpace: number[];
  unixRights34: string; unixRightsNone: string; unixRightsNeg: string; unixCredentials: string;
  parseCmsg: { in: string; err: number; msgs: Cmsg[] }[];
  parseRights: { fds: number[]; err: number; badErr: number };
  parseCred: { pid: number; uid: number; gid: number; err: number; shortErr: number };
  parseNetlink: { in: string; err: number; msgs: { header: { Len: number; Type: number; Flags: number; Seq: number; Pid: number }; data: string; attrs: Cmsg[]; attrErr: number }[] }[];
  lsf: { Code: number; Jt: number; Jf: number; K: number }[];
}

const goBin = Bun.which("go");
const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("hex");
const unhex = (s: string) => new Uint8Array(Buffer.from(s, "hex"));
const errno = (e: Errno | null) => (e === null ? 0 : e.errno);
/** The size of Go's raw struct for each Sockaddr type. */
const RAW_SIZE = { inet4: 16, inet6: 28, unix: 110, linklayer: 20, netlink: 12 } as const;

function build(c: SaCase): Sockaddr {
  const addr = (n: number) => Array.from({ length: n }, (_, i) => c.addr?.[i] ?? 0);
  switch (c.type) {
    case "inet4": return new SockaddrInet4({ Port: c.port ?? 0, Addr: addr(4) });
    case "inet6": return new SockaddrInet6({ Port: c.port ?? 0, ZoneId: c.zoneId ?? 0, Addr: addr(16) });
    case "unix": return new SockaddrUnix({ Name: c.name ?? "" });
    case "linklayer":
      return new SockaddrLinklayer({ Protocol: c.protocol ?? 0, Ifindex: c.ifindex ?? 0, Hatype: c.hatype ?? 0, Pkttype: c.pkttype ?? 0, Halen: c.halen ?? 0, Addr: addr(8) });
    case "netlink": return new SockaddrNetlink({ Pad: c.pad ?? 0, Pid: c.pid ?? 0, Groups: c.groups ?? 0 });
  }
  throw new Error(c.type);
}

/** A Sockaddr as the oracle describes one (zero fields left out, as Go's omitempty does). */
function describeSa(sa: Sockaddr | null): SaCase {
  const drop = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== 0 && v !== "" && v !== undefined)) as unknown as SaCase;
  if (sa === null) return { type: "nil" };
  if (sa instanceof SockaddrInet4) return drop({ type: "inet4", port: sa.Port, addr: Array.from(sa.Addr) });
  if (sa instanceof SockaddrInet6) return drop({ type: "inet6", port: sa.Port, zoneId: sa.ZoneId, addr: Array.from(sa.Addr) });
  if (sa instanceof SockaddrUnix) return drop({ type: "unix", name: sa.Name });
  if (sa instanceof SockaddrNetlink) return drop({ type: "netlink", pad: sa.Pad, pid: sa.Pid, groups: sa.Groups });
  return { type: "other" };
}

/** getsockname(2)'s address length for fd, read straight from libc (the package does not return it). */
const libc = goBin === null ? null : dlopen(libcName(), { getsockname: { args: ["i32", "ptr", "ptr"], returns: "i32" } });
function rawNameLen(fd: number): number {
  const buf = new Uint8Array(112);
  const len = new Uint32Array([112]);
  return libc!.symbols.getsockname(fd, buf, len) < 0 ? -1 : len[0]!;
}

/** Go's round trips, repeated here with "ts" where the oracle's names say "go" (the same lengths). */
function roundTrip(domain: number, typ: number, c: SaCase) {
  const [fd, serr] = Socket(domain, typ | SOCK_CLOEXEC, 0);
  if (serr !== null) return { err: serr.errno, got: { type: "nil" } as SaCase, rawLen: 0 };
  try {
    const berr = Bind(fd, build(c));
    if (berr !== null) return { err: berr.errno, got: { type: "nil" } as SaCase, rawLen: 0 };
    const [sa, err] = Getsockname(fd);
    return { err: errno(err), got: describeSa(sa), rawLen: rawNameLen(fd) };
  } finally {
    Close(fd);
  }
}

/** A round trip's result with what varies from run to run (kernel-chosen ports, autobound names, port ids) masked. */
function stable(r: { err: number; got: SaCase; rawLen: number }) {
  const got = { ...r.got };
  if (got.port !== undefined) got.port = -1;
  if (got.pid !== undefined) got.pid = -1;
  if (got.name !== undefined && /^@[0-9a-f]{5}$/.test(got.name)) got.name = "@autobind";
  return { ...r, got };
}

test.skipIf(goBin === null)(
  `Go's syscall (scripts/oracle/socket) and this package agree on Sockaddr bytes, round trips, socket options, control messages, netlink parsing and LSF${goBin === null ? " (skipped: `go` is not on PATH)" : ""}`,
  () => {
    const { dir, cleanup } = scratchDir("bun-syscall-socket-oracle-");
    const prefix = `bun-syscall-oracle-${process.pid}-${Date.now()}`;
    try {
      const r = Bun.spawnSync([goBin!, "run", "./socket", dir, prefix], {
        cwd: join(import.meta.dir, "..", "scripts", "oracle"), stdout: "pipe", stderr: "pipe", env: { ...process.env, GOTOOLCHAIN: "local" },
      });
      if (r.exitCode !== 0) throw new Error(`go run failed (${r.exitCode}): ${r.stderr.toString()}`);
      const go = JSON.parse(r.stdout.toString()) as Oracle;
      expect(go.goarch).toBe(process.arch === "x64" ? "amd64" : process.arch);

      // Encoding: Bind(-1, sa) is EINVAL where Go refuses the address, else EBADF; the bytes are Go's.
      for (const e of go.encode) {
        const sa = build(e.case);
        const ours = encodeSockaddr(sa);
        const label = JSON.stringify(e.case).slice(0, 120);
        expect({ label, err: errno(Bind(-1, sa)) }).toEqual({ label, err: e.err });
        if (e.err === 9) {
          if (ours instanceof Errno) throw new Error(`${label}: ${ours.message}`);
          expect({ label, raw: hex(ours.raw.subarray(0, RAW_SIZE[e.case.type as keyof typeof RAW_SIZE])) }).toEqual({ label, raw: e.raw });
        } else expect({ label, ours }).toEqual({ label, ours: Errno.of(e.err) });
      }

      // Round trips, and the address length the kernel kept (which shows the length each side passed).
      const rt = [
        [AF_INET, SOCK_STREAM], [AF_INET, SOCK_DGRAM], [AF_INET6, SOCK_STREAM], [AF_UNIX, SOCK_STREAM], [AF_UNIX, SOCK_DGRAM],
        [AF_UNIX, SOCK_STREAM], [AF_UNIX, SOCK_STREAM], [AF_NETLINK, SOCK_RAW],
      ] as const;
      expect(go.roundTrip).toHaveLength(rt.length);
      go.roundTrip.forEach((g, i) => {
        const [domain, typ] = rt[i]!;
        const swap = (s: string | undefined) => s?.replace(`${prefix}-go`, `${prefix}-ts`).replace(`${dir}/go.sock`, `${dir}/ts.sock`);
        const c = { ...g.case, name: swap(g.case.name) };
        if (c.name === undefined) delete c.name;
        const ours = stable(roundTrip(domain, typ, c));
        const theirs = stable({ err: g.err, got: { ...g.got, ...(g.got.name !== undefined ? { name: swap(g.got.name) } : {}) }, rawLen: g.rawLen });
        expect({ i, ...ours }).toEqual({ i, ...theirs });
      });

      // The unnamed ends of a socket pair are "@" in Go.
      const [pair] = Socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
      try {
        expect(describeSa(Getsockname(pair[0])[0])).toEqual(go.unnamed);
        expect(describeSa(Getpeername(pair[0])[0])).toEqual(go.unnamedPeer);
      } finally {
        Close(pair[0]);
        Close(pair[1]);
      }

      // getsockopt of fresh sockets: SO_TYPE, the default buffer sizes, flags, and an unknown option.
      for (const [key, domain, typ] of [["tcp", AF_INET, SOCK_STREAM], ["udp", AF_INET, SOCK_DGRAM], ["unixStream", AF_UNIX, SOCK_STREAM]] as const) {
        const [fd] = Socket(domain, typ | SOCK_CLOEXEC, 0);
        try {
          const ours = go[key].map((o) => {
            const [value, err] = GetsockoptInt(fd, o.level, o.opt);
            return { ...o, value, err: errno(err) };
          });
          expect({ key, ours }).toEqual({ key, ours: go[key] });
        } finally {
          Close(fd);
        }
      }
      const [u] = Socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
      try {
        const set: Record<string, number> = {};
        for (const v of [4096, 65536, 1]) {
          SetsockoptInt(u, SOL_SOCKET, SO_RCVBUF, v);
          set[String(v)] = GetsockoptInt(u, SOL_SOCKET, SO_RCVBUF)[0];
        }
        expect(set).toEqual(go.rcvbufSet);
        const [mif, mifErr] = GetsockoptInet4Addr(u, IPPROTO_IP, IP_MULTICAST_IF);
        const [mreqn, mreqnErr] = GetsockoptIPMreqn(u, IPPROTO_IP, IP_MULTICAST_IF);
        expect({
          addr: Array.from(mif), err: errno(mifErr), mreqnErr: errno(mreqnErr),
          mreqn: { multiaddr: Array.from(mreqn.Multiaddr), address: Array.from(mreqn.Address), ifindex: mreqn.Ifindex },
        }).toEqual(go.multicastIf);
      } finally {
        Close(u);
      }

      // Control messages.
      expect(go.cmsgLenIn.map(CmsgLen)).toEqual(go.cmsgLen);
      expect(go.cmsgLenIn.map(CmsgSpace)).toEqual(go.cmsgSpace);
      expect(hex(UnixRights(3, 4))).toBe(go.unixRights34);
      expect(hex(UnixRights())).toBe(go.unixRightsNone);
      expect(hex(UnixRights(-1, 0x7fffffff))).toBe(go.unixRightsNeg);
      expect(hex(UnixCredentials(new Ucred({ Pid: 1, Uid: 2, Gid: 3 })))).toBe(go.unixCredentials);
      for (const p of go.parseCmsg) {
        const [msgs, err] = ParseSocketControlMessage(unhex(p.in));
        const ours = { in: p.in, err: errno(err), msgs: msgs.map((m) => ({ level: m.Header.Level, type: m.Header.Type, len: m.Header.Len, data: hex(m.Data) })) };
        expect(ours).toEqual(p);
      }
      const [fds, rerr] = ParseUnixRights(new SocketControlMessage({ Header: { Level: SOL_SOCKET, Type: SCM_RIGHTS }, Data: unhex("0300000004000000") }));
      const [, badErr] = ParseUnixRights(new SocketControlMessage({ Header: { Level: SOL_SOCKET, Type: SCM_CREDENTIALS } }));
      expect({ fds, err: errno(rerr), badErr: errno(badErr) }).toEqual(go.parseRights);
      const [cred, cerr] = ParseUnixCredentials(new SocketControlMessage({ Header: { Level: SOL_SOCKET, Type: SCM_CREDENTIALS }, Data: unhex("010000000200000003000000") }));
      const [, shortErr] = ParseUnixCredentials(new SocketControlMessage({ Header: { Level: SOL_SOCKET, Type: SCM_CREDENTIALS }, Data: unhex("0100000002000000") }));
      expect({ pid: cred!.Pid, uid: cred!.Uid, gid: cred!.Gid, err: errno(cerr), shortErr: errno(shortErr) }).toEqual(go.parseCred);

      // Netlink parsing. Where Go panics (attrErr -1: a payload shorter than its fixed header), this package returns EINVAL.
      for (const p of go.parseNetlink) {
        const [msgs, err] = ParseNetlinkMessage(unhex(p.in));
        const ours = {
          in: p.in, err: errno(err),
          msgs: msgs.map((m) => {
            const [attrs, aerr] = ParseNetlinkRouteAttr(m);
            const { Len, Type, Flags, Seq, Pid } = m.Header;
            return { header: { Len, Type, Flags, Seq, Pid }, data: hex(m.Data), attrs: attrs.map((a) => ({ level: 0, type: a.Attr.Type, len: a.Attr.Len, data: hex(a.Value) })), attrErr: errno(aerr) };
          }),
        };
        const theirs = { ...p, msgs: p.msgs.map((m) => ({ ...m, attrs: m.attrs.map((a) => ({ ...a, level: 0 })), attrErr: m.attrErr === -1 ? 22 : m.attrErr })) };
        expect(ours).toEqual(theirs);
      }

      // LSF instructions, with Go's conversions of out-of-range ints.
      const lsf = [
        LsfStmt(BPF_RET | BPF_K, 0xffffffff), LsfStmt(0x10006, -1), LsfJump(BPF_JMP | BPF_JEQ | BPF_K, 0x800, 1, 0), LsfJump(0x15, 2 ** 32 + 5, 257, -1),
      ].map(({ Code, Jt, Jf, K }) => ({ Code, Jt, Jf, K }));
      expect(lsf).toEqual(go.lsf);
    } finally {
      cleanup();
    }
  },
  120_000,
);
