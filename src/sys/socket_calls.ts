/**
 * Go's socket calls (syscall_unix.go, syscall_linux.go): Socket,
 * Socketpair, Bind, Connect, Listen, Accept, Accept4, Shutdown,
 * Getsockname, Getpeername, Recvfrom, Sendto, Recvmsg, Sendmsg, SendmsgN,
 * BindToDevice and the Getsockopt / Setsockopt family. Plain calls are one
 * `sysCall` line each; the rest put a Sockaddr or a struct through the
 * shared encoders of sockaddr.ts and socket_struct.ts.
 *
 * As in Go's syscall package, no call adds SOCK_CLOEXEC: pass it in `typ`
 * (Socket, Socketpair) or `flags` (Accept4). Calls block as the kernel's
 * do; use SOCK_NONBLOCK or MSG_DONTWAIT where a call must not block the
 * JavaScript thread.
 * @module
 */
import { sysCall } from "../sysdef.ts";
import { Errno } from "../errno.ts";
import { bufferOf, byteLengthOf, bytesArg, describe, fdArg, intArg, isA, notCString, utf8, wellFormed } from "../libc.ts";
import { Close } from "../file.ts";
import { Timeval } from "../types.ts";
import { AF_INET6, AF_UNSPEC, EAFNOSUPPORT, EINVAL, SOCK_DGRAM, SOL_SOCKET, SO_BINDTODEVICE, SO_TYPE } from "../zconsts_linux.ts";
import { type Sockaddr, SIZEOF_SOCKADDR_ANY, decodeSockaddr, encodeSockaddr } from "./sockaddr.ts";
import {
  type Layout, type Struct, ICMPv6Filter, ICMPV6FILTER, IPMreq, IPMREQ, IPMreqn, IPMREQN, IPv6Mreq, IPV6MREQ, IPv6MTUInfo, IPV6MTUINFO,
  Iovec, LINGER, type Linger, Msghdr, Ucred, UCRED, fixedArg, keepAlive, layout, msghdrBytes, readScalar, readStruct, scalarArg, structBytes, view, writeScalar,
} from "./socket_struct.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, BigUint64Array, Int32Array, Number: toNumber } = globalThis;

/** v instanceof Errno by the engine's OrdinaryHasInstance (libc.ts isA): an Errno[Symbol.hasInstance] of a program's is never run. */
const isErrno = (v: unknown): v is Errno => isA(Errno, v);



// ------------------------------------------------------------ the C calls

const socket = sysCall("Socket", "socket", ["int", "int", "int"], "int");
/**
 * Go's `Socket(domain, typ, proto int) (fd int, err error)`: socket(2). Go's
 * syscall.Socket adds no SOCK_CLOEXEC; neither does this. With
 * {@link SocketDisableIPv6} set (through SetSocketDisableIPv6), an AF_INET6
 * socket is EAFNOSUPPORT, as in Go.
 */
export function Socket(domain: number, typ: number, proto: number): [fd: number, err: Errno | null] {
  // Checked first: a wrong type throws (and a number past a C int is a RangeError) whether or not SocketDisableIPv6 is set.
  intArg("domain", domain);
  intArg("typ", typ);
  intArg("proto", proto);
  if (domain === AF_INET6 && SocketDisableIPv6) return [-1, EAFNOSUPPORT];
  return socket(domain, typ, proto);
}

/**
 * Go's `var SocketDisableIPv6 bool`, "for testing: clients can set this
 * flag to force creation of IPv6 sockets to return EAFNOSUPPORT". An ES
 * module's exports cannot be assigned by its importers, so this binding
 * reads the flag (it is live) and {@link SetSocketDisableIPv6} sets it.
 */
export let SocketDisableIPv6 = false;
/** Sets {@link SocketDisableIPv6} (what Go's `syscall.SocketDisableIPv6 = v` does). */
export function SetSocketDisableIPv6(v: boolean): void {
  if (typeof v !== "boolean") throw new TypeError("SetSocketDisableIPv6 takes a boolean");
  SocketDisableIPv6 = v;
}
/** Go's `Listen(s int, n int) (err error)`: listen(2). */
export const Listen = sysCall("Listen", "listen", ["fd", "int"], "err");
/** Go's `Shutdown(fd int, how int) (err error)`: shutdown(2) (SHUT_RD, SHUT_WR, SHUT_RDWR). */
export const Shutdown = sysCall("Shutdown", "shutdown", ["fd", "int"], "err");

const socketpair = sysCall("Socketpair", "socketpair", ["int", "int", "int", "buf"], "err");
const bind = sysCall("Bind", "bind", ["fd", "buf", "uint"], "err");
const connect = sysCall("Connect", "connect", ["fd", "buf", "uint"], "err");
const accept4 = sysCall("Accept4", "accept4", ["fd", "buf", "buf", "int"], "int");
const getsockname = sysCall("Getsockname", "getsockname", ["fd", "buf", "buf"], "err");
const getpeername = sysCall("Getpeername", "getpeername", ["fd", "buf", "buf"], "err");
const getsockopt = sysCall("Getsockopt", "getsockopt", ["fd", "int", "int", "buf", "buf"], "err");
const setsockopt = sysCall("Setsockopt", "setsockopt", ["fd", "int", "int", "nullbuf", "uint"], "err");
const recvfrom = sysCall("Recvfrom", "recvfrom", ["fd", "bytes", "int", "buf", "buf"], "long");
const sendto = sysCall("Sendto", "sendto", ["fd", "bytes", "int", "buf", "uint"], "long");
const recvmsg = sysCall("Recvmsg", "recvmsg", ["fd", "buf", "int"], "long");
const sendmsg = sysCall("Sendmsg", "sendmsg", ["fd", "buf", "int"], "long");

// ------------------------------------------------------------ addresses

/** Go's `Socketpair(domain, typ, proto int) (fd [2]int, err error)`: socketpair(2). On failure the pair is `[0, 0]`, as Go's zero value. */
export function Socketpair(domain: number, typ: number, proto: number): [fd: [number, number], err: Errno | null] {
  // Eight bytes of ours, read by the engine's getters: an Int32Array's
  // `buffer` is a prototype getter the caller can shadow (the kernel would
  // then write both fds past a smaller buffer, and both would leak).
  const fds = new Uint8Array(8);
  const err = socketpair(domain, typ, proto, fds);
  if (err !== null) return [[0, 0], err];
  const dv = view(fds);
  return [[readScalar("i32", dv, 0), readScalar("i32", dv, 4)], null];
}

/** Encodes sa for a call on fd: the fd is checked first, so a wrong fd type throws before the address is looked at. */
function withSockaddr(fd: number, sa: unknown, call: (fd: number, raw: Uint8Array, len: number) => Errno | null): Errno | null {
  const f = fdArg(fd);
  const enc = encodeSockaddr(sa);
  return isErrno(enc) ? enc : call(f, enc.raw, enc.len);
}

/** Go's `Bind(fd int, sa Sockaddr) (err error)`: bind(2). EINVAL for an address Go refuses to encode (a port past 65535). */
export function Bind(fd: number, sa: Sockaddr): Errno | null {
  return withSockaddr(fd, sa, bind);
}

/** Go's `Connect(fd int, sa Sockaddr) (err error)`: connect(2). */
export function Connect(fd: number, sa: Sockaddr): Errno | null {
  return withSockaddr(fd, sa, connect);
}

/** A zeroed RawSockaddrAny and its socklen, set to its size. */
function rawAny(): { rsa: Uint8Array; len: Uint8Array } {
  const len = new Uint8Array(4);
  writeScalar("u32", view(len), 0, SIZEOF_SOCKADDR_ANY);
  return { rsa: new Uint8Array(SIZEOF_SOCKADDR_ANY), len };
}

/** Go's `Accept4(fd int, flags int) (nfd int, sa Sockaddr, err error)`: accept4(2). An address Go cannot decode closes the new fd and returns `[0, null, EAFNOSUPPORT]`, as Go does. */
export function Accept4(fd: number, flags: number): [nfd: number, sa: Sockaddr | null, err: Errno | null] {
  const { rsa, len } = rawAny();
  // Index reads, not destructuring: a program's Array.prototype[Symbol.iterator] would run (and could throw) with the new fd open.
  const r = accept4(fd, rsa, len, flags);
  const nfd = r[0], err = r[1];
  if (err !== null) return [nfd, null, err];
  let sa: Sockaddr | null, derr: Errno | null;
  try {
    const d = decodeSockaddr(rsa);
    sa = d[0];
    derr = d[1];
  } catch (e) {
    // Whatever made the decoding throw, the new fd is not the caller's to know of: close it.
    Close(nfd);
    throw e;
  }
  if (derr !== null) {
    Close(nfd);
    return [0, null, derr];
  }
  return [nfd, sa, null];
}

/** Go's `Accept(fd int) (nfd int, sa Sockaddr, err error)`: accept4(2) with no flags (the new fd is not close-on-exec, as in Go). */
export function Accept(fd: number): [nfd: number, sa: Sockaddr | null, err: Errno | null] {
  return Accept4(fd, 0);
}

/** Shared by Getsockname and Getpeername: the call, then the address decoded. */
function nameOf(fd: number, call: typeof getsockname): [sa: Sockaddr | null, err: Errno | null] {
  const { rsa, len } = rawAny();
  const err = call(fd, rsa, len);
  return err !== null ? [null, err] : decodeSockaddr(rsa);
}

/** Go's `Getsockname(fd int) (sa Sockaddr, err error)`: getsockname(2). An unnamed Unix socket's Name is "@", as in Go. */
export function Getsockname(fd: number): [sa: Sockaddr | null, err: Errno | null] {
  return nameOf(fd, getsockname);
}

/** Go's `Getpeername(fd int) (sa Sockaddr, err error)`: getpeername(2). */
export function Getpeername(fd: number): [sa: Sockaddr | null, err: Errno | null] {
  return nameOf(fd, getpeername);
}

// ------------------------------------------------------------ data

/** Go's `Recvfrom(fd int, p []byte, flags int) (n int, from Sockaddr, err error)`: recvfrom(2). `from` is null when the kernel gives no address (a connected stream socket). */
export function Recvfrom(fd: number, p: Uint8Array, flags: number): [n: number, from: Sockaddr | null, err: Errno | null] {
  const { rsa, len } = rawAny();
  const r = recvfrom(fd, p, flags, rsa, len);
  const n = r[0], err = r[1];
  if (err !== null) return [n, null, err];
  if (readScalar("u16", view(rsa), 0) === AF_UNSPEC) return [n, null, null];
  const d = decodeSockaddr(rsa);
  return [n, d[0], d[1]];
}

/** Go's `Sendto(fd int, p []byte, flags int, to Sockaddr) (err error)`: sendto(2). `to` is required (Go's would panic on nil); use Sendmsg with null for a connected socket. */
export function Sendto(fd: number, p: Uint8Array, flags: number, to: Sockaddr): Errno | null {
  const f = fdArg(fd);
  bytesArg("p", p);
  const enc = encodeSockaddr(to, "to");
  if (isErrno(enc)) return enc;
  return sendto(f, p, flags, enc.raw, enc.len)[1];
}

/**
 * The iovec for p, as Go's recvmsgRaw and sendmsgN set it up: with oob
 * and an empty p, one dummy byte on anything but a datagram socket (so
 * that ancillary data travels), found with GetsockoptInt(SO_TYPE).
 */
function iovFor(fd: number, p: Uint8Array, oob: Uint8Array): Iovec | Errno {
  // Fields set directly, here and in msgOf: not SetLen and SetControllen, which a program can replace on the
  // exported classes' prototypes (a no-op SetControllen made the kernel drop the fds Recvmsg was sent).
  const iov = new Iovec();
  if (byteLengthOf(p) > 0) {
    iov.Base = p;
    iov.Len = byteLengthOf(p);
  } else if (byteLengthOf(oob) > 0) {
    const [sockType, err] = GetsockoptInt(fd, SOL_SOCKET, SO_TYPE);
    if (err !== null) return err;
    if (sockType !== SOCK_DGRAM) {
      iov.Base = new Uint8Array(1);
      iov.Len = 1;
    }
  }
  return iov;
}

/** A Msghdr over name, one iovec and oob. */
function msgOf(name: Uint8Array | null, namelen: number, iov: Iovec, oob: Uint8Array): Msghdr {
  const msg = new Msghdr();
  msg.Name = name;
  msg.Namelen = namelen;
  msg.Iov = iov;
  msg.Iovlen = 1;
  if (byteLengthOf(oob) > 0) {
    msg.Control = oob;
    msg.Controllen = byteLengthOf(oob);
  }
  return msg;
}

/**
 * Go's `Recvmsg(fd int, p, oob []byte, flags int) (n, oobn int, recvflags int, from Sockaddr, err error)`:
 * recvmsg(2) into p, with ancillary data into oob (parse it with
 * ParseSocketControlMessage(oob.subarray(0, oobn))). `from` is null on a
 * connected socket.
 */
export function Recvmsg(fd: number, p: Uint8Array, oob: Uint8Array, flags: number): [n: number, oobn: number, recvflags: number, from: Sockaddr | null, err: Errno | null] {
  const f = fdArg(fd);
  p = bytesArg("p", p);
  oob = bytesArg("oob", oob);
  intArg("flags", flags);
  const iov = iovFor(f, p, oob);
  if (isErrno(iov)) return [0, 0, 0, null, iov];
  const rsa = new Uint8Array(SIZEOF_SOCKADDR_ANY);
  const msg = msgOf(rsa, SIZEOF_SOCKADDR_ANY, iov, oob);
  const hdr = msghdrBytes(msg);
  const r = recvmsg(f, hdr, flags);
  const n = r[0], err = r[1];
  keepAlive(msg);
  if (err !== null) return [n, 0, 0, null, err];
  // Read by index through word views (not DataView.prototype's getters, which a program can replace).
  const oobn = toNumber(new BigUint64Array(bufferOf(hdr))[5]);
  const recvflags = new Int32Array(bufferOf(hdr))[12]!;
  if (readScalar("u16", view(rsa), 0) === AF_UNSPEC) return [n, oobn, recvflags, null, null];
  // Index reads: with fds just received into oob, a throw here (a program's array iterator) would hide oobn.
  const d = decodeSockaddr(rsa);
  return [n, oobn, recvflags, d[0], d[1]];
}

/**
 * Go's `SendmsgN(fd int, p, oob []byte, to Sockaddr, flags int) (n int, err error)`:
 * sendmsg(2) of p with ancillary data oob (UnixRights, UnixCredentials) to
 * `to`, or to the connected peer when `to` is null. With oob and an empty
 * p, n is 0 (one dummy byte is sent on a stream socket, as in Go).
 */
export function SendmsgN(fd: number, p: Uint8Array, oob: Uint8Array, to: Sockaddr | null, flags: number): [n: number, err: Errno | null] {
  const f = fdArg(fd);
  p = bytesArg("p", p);
  oob = bytesArg("oob", oob);
  intArg("flags", flags);
  let name: Uint8Array | null = null;
  let namelen = 0;
  if (to !== null) {
    const enc = encodeSockaddr(to, "to");
    if (isErrno(enc)) return [0, enc];
    name = enc.raw;
    namelen = enc.len;
  }
  const iov = iovFor(f, p, oob);
  if (isErrno(iov)) return [0, iov];
  const msg = msgOf(name, namelen, iov, oob);
  const [n, err] = sendmsg(f, msghdrBytes(msg), flags);
  keepAlive(msg);
  if (err !== null) return [0, err];
  return [byteLengthOf(oob) > 0 && byteLengthOf(p) === 0 ? 0 : n, null];
}

/** Go's `Sendmsg(fd int, p, oob []byte, to Sockaddr, flags int) (err error)`: SendmsgN without the count. */
export function Sendmsg(fd: number, p: Uint8Array, oob: Uint8Array, to: Sockaddr | null, flags: number): Errno | null {
  return SendmsgN(fd, p, oob, to, flags)[1];
}

// ------------------------------------------------------------ options

/** getsockopt(2) into a buffer of size bytes: the bytes and the error. */
function getopt(fd: number, level: number, opt: number, size: number): [value: Uint8Array, err: Errno | null] {
  const value = new Uint8Array(size);
  const len = new Uint8Array(4);
  writeScalar("u32", view(len), 0, size);
  return [value, getsockopt(fd, level, opt, value, len)];
}

/** getsockopt(2) of a struct: the decoded value (always returned, as Go returns &value with the error) and the error. */
function getoptStruct<T extends object>(L: Layout<T>, fd: number, level: number, opt: number): [value: T, err: Errno | null] {
  const [b, err] = getopt(fd, level, opt, L.size);
  return [readStruct(L, view(b), 0), err];
}

/** setsockopt(2) of a struct argument: null is a NULL pointer (EFAULT, as Go's nil gives), anything else is encoded by L. */
function setoptStruct(L: Layout<object>, fd: number, level: number, opt: number, v: unknown, name: string): Errno | null {
  const f = fdArg(fd);
  intArg("level", level);
  intArg("opt", opt);
  if (v === null) return setsockopt(f, level, opt, null, L.size);
  return setsockopt(f, level, opt, structBytes(L, v, name), L.size);
}

/** Go's `GetsockoptInt(fd, level, opt int) (value int, err error)`: getsockopt(2) of an int. */
export function GetsockoptInt(fd: number, level: number, opt: number): [value: number, err: Errno | null] {
  const [b, err] = getopt(fd, level, opt, 4);
  return [readScalar("i32", view(b), 0), err];
}

/** Go's `GetsockoptInet4Addr(fd, level, opt int) (value [4]byte, err error)`: getsockopt(2) of an IPv4 address. */
export function GetsockoptInet4Addr(fd: number, level: number, opt: number): [value: Uint8Array, err: Errno | null] {
  return getopt(fd, level, opt, 4);
}

/** Go's `GetsockoptIPMreq(fd, level, opt int) (*IPMreq, error)`: getsockopt(2) of an ip_mreq. */
export function GetsockoptIPMreq(fd: number, level: number, opt: number): [value: IPMreq, err: Errno | null] {
  return getoptStruct(IPMREQ, fd, level, opt);
}

/** Go's `GetsockoptIPMreqn(fd, level, opt int) (*IPMreqn, error)`: getsockopt(2) of an ip_mreqn. */
export function GetsockoptIPMreqn(fd: number, level: number, opt: number): [value: IPMreqn, err: Errno | null] {
  return getoptStruct(IPMREQN, fd, level, opt);
}

/** Go's `GetsockoptIPv6Mreq(fd, level, opt int) (*IPv6Mreq, error)`: getsockopt(2) of an ipv6_mreq. */
export function GetsockoptIPv6Mreq(fd: number, level: number, opt: number): [value: IPv6Mreq, err: Errno | null] {
  return getoptStruct(IPV6MREQ, fd, level, opt);
}

/** Go's `GetsockoptIPv6MTUInfo(fd, level, opt int) (*IPv6MTUInfo, error)`: getsockopt(2) of an ip6_mtuinfo (IPV6_PATHMTU). */
export function GetsockoptIPv6MTUInfo(fd: number, level: number, opt: number): [value: IPv6MTUInfo, err: Errno | null] {
  return getoptStruct(IPV6MTUINFO, fd, level, opt);
}

/** Go's `GetsockoptICMPv6Filter(fd, level, opt int) (*ICMPv6Filter, error)`: getsockopt(2) of an icmp6_filter. */
export function GetsockoptICMPv6Filter(fd: number, level: number, opt: number): [value: ICMPv6Filter, err: Errno | null] {
  return getoptStruct(ICMPV6FILTER, fd, level, opt);
}

/** Go's `GetsockoptUcred(fd, level, opt int) (*Ucred, error)`: getsockopt(2) of a ucred (SO_PEERCRED). */
export function GetsockoptUcred(fd: number, level: number, opt: number): [value: Ucred, err: Errno | null] {
  return getoptStruct(UCRED, fd, level, opt);
}

/** Go's `SetsockoptByte(fd, level, opt int, value byte) (err error)`: setsockopt(2) of one byte. */
export function SetsockoptByte(fd: number, level: number, opt: number, value: number): Errno | null {
  const f = fdArg(fd);
  const b = new Uint8Array(1);
  b[0] = scalarArg("u8", value, "value"); // not Uint8Array.of, which a program can replace
  return setsockopt(f, level, opt, b, 1);
}

/** Go's `SetsockoptInt(fd, level, opt int, value int) (err error)`: setsockopt(2) of a C int (RangeError outside -2^31..2^32-1, as every C int argument). */
export function SetsockoptInt(fd: number, level: number, opt: number, value: number): Errno | null {
  const f = fdArg(fd);
  const b = new Uint8Array(4);
  writeScalar("i32", view(b), 0, intArg("value", value) | 0);
  return setsockopt(f, level, opt, b, 4);
}

/** Go's `SetsockoptInet4Addr(fd, level, opt int, value [4]byte) (err error)`: setsockopt(2) of an IPv4 address. */
export function SetsockoptInet4Addr(fd: number, level: number, opt: number, value: ArrayLike<number>): Errno | null {
  const f = fdArg(fd);
  return setsockopt(f, level, opt, fixedArg("u8", 4, value, "value") as Uint8Array, 4);
}

/** Go's `SetsockoptIPMreq(fd, level, opt int, mreq *IPMreq) (err error)`: setsockopt(2) of an ip_mreq (an IPMreq or an object with its fields; null gives EFAULT). */
export function SetsockoptIPMreq(fd: number, level: number, opt: number, mreq: Struct<IPMreq> | null): Errno | null {
  return setoptStruct(IPMREQ, fd, level, opt, mreq, "mreq");
}

/** Go's `SetsockoptIPMreqn(fd, level, opt int, mreq *IPMreqn) (err error)`: setsockopt(2) of an ip_mreqn. */
export function SetsockoptIPMreqn(fd: number, level: number, opt: number, mreq: Struct<IPMreqn> | null): Errno | null {
  return setoptStruct(IPMREQN, fd, level, opt, mreq, "mreq");
}

/** Go's `SetsockoptIPv6Mreq(fd, level, opt int, mreq *IPv6Mreq) (err error)`: setsockopt(2) of an ipv6_mreq. */
export function SetsockoptIPv6Mreq(fd: number, level: number, opt: number, mreq: Struct<IPv6Mreq> | null): Errno | null {
  return setoptStruct(IPV6MREQ, fd, level, opt, mreq, "mreq");
}

/** Go's `SetsockoptICMPv6Filter(fd, level, opt int, filter *ICMPv6Filter) error`: setsockopt(2) of an icmp6_filter. */
export function SetsockoptICMPv6Filter(fd: number, level: number, opt: number, filter: Struct<ICMPv6Filter> | null): Errno | null {
  return setoptStruct(ICMPV6FILTER, fd, level, opt, filter, "filter");
}

/** Go's `SetsockoptLinger(fd, level, opt int, l *Linger) (err error)`: setsockopt(2) of a linger (SO_LINGER). */
export function SetsockoptLinger(fd: number, level: number, opt: number, l: Struct<Linger> | null): Errno | null {
  return setoptStruct(LINGER, fd, level, opt, l, "l");
}

/** The layout of the kernel's `struct timeval`: two int64s, as Go's Timeval on amd64 and arm64. */
const TIMEVAL: Layout<Timeval> = layout("Timeval", 16, () => new Timeval(), [["Sec", 0, "i64"], ["Usec", 8, "i64"]]);

/** Go's `SetsockoptTimeval(fd, level, opt int, tv *Timeval) (err error)`: setsockopt(2) of a timeval (SO_RCVTIMEO, SO_SNDTIMEO). */
export function SetsockoptTimeval(fd: number, level: number, opt: number, tv: Struct<Timeval> | null): Errno | null {
  return setoptStruct(TIMEVAL, fd, level, opt, tv, "tv");
}


/**
 * Go's `SetsockoptString(fd, level, opt int, s string) (err error)`:
 * setsockopt(2) of the string's UTF-8 bytes, with no NUL added (the length
 * says where it ends, so a NUL inside is passed as it is, as in Go). A lone
 * surrogate, which has no UTF-8, is EINVAL.
 */
export function SetsockoptString(fd: number, level: number, opt: number, s: string): Errno | null {
  const f = fdArg(fd);
  if (typeof s !== "string") throw new TypeError(`s must be a string, got ${describe(s)}`);
  // A lone surrogate has no UTF-8 (it would become U+FFFD, other bytes): EINVAL.
  if (!wellFormed(s)) return EINVAL;
  const b = utf8(s);
  return setsockopt(f, level, opt, byteLengthOf(b) > 0 ? b : null, byteLengthOf(b));
}

/**
 * Go's `BindToDevice(fd int, device string) (err error)`: SO_BINDTODEVICE,
 * binding the socket to one interface ("" unbinds). A NUL in device gives
 * EINVAL (the kernel reads a device name up to its first NUL).
 */
export function BindToDevice(fd: number, device: string): Errno | null {
  const f = fdArg(fd);
  if (typeof device !== "string") throw new TypeError(`device must be a string, got ${describe(device)}`);
  if (notCString(device)) return EINVAL;
  return SetsockoptString(f, SOL_SOCKET, SO_BINDTODEVICE, device);
}
