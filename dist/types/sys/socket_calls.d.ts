import { Errno } from "../errno.js";
import { Timeval } from "../types.js";
import { type Sockaddr } from "./sockaddr.js";
import { type Struct, ICMPv6Filter, IPMreq, IPMreqn, IPv6Mreq, IPv6MTUInfo, type Linger, Ucred } from "./socket_struct.js";
/**
 * Go's `Socket(domain, typ, proto int) (fd int, err error)`: socket(2). Go's
 * syscall.Socket adds no SOCK_CLOEXEC; neither does this. With
 * {@link SocketDisableIPv6} set (through SetSocketDisableIPv6), an AF_INET6
 * socket is EAFNOSUPPORT, as in Go.
 */
export declare function Socket(domain: number, typ: number, proto: number): [fd: number, err: Errno | null];
/**
 * Go's `var SocketDisableIPv6 bool`, "for testing: clients can set this
 * flag to force creation of IPv6 sockets to return EAFNOSUPPORT". An ES
 * module's exports cannot be assigned by its importers, so this binding
 * reads the flag (it is live) and {@link SetSocketDisableIPv6} sets it.
 */
export declare let SocketDisableIPv6: boolean;
/** Sets {@link SocketDisableIPv6} (what Go's `syscall.SocketDisableIPv6 = v` does). */
export declare function SetSocketDisableIPv6(v: boolean): void;
/** Go's `Listen(s int, n int) (err error)`: listen(2). */
export declare const Listen: import("../sysdef.js").Wrapper<readonly ["fd", "int"], "err">;
/** Go's `Shutdown(fd int, how int) (err error)`: shutdown(2) (SHUT_RD, SHUT_WR, SHUT_RDWR). */
export declare const Shutdown: import("../sysdef.js").Wrapper<readonly ["fd", "int"], "err">;
/** Go's `Socketpair(domain, typ, proto int) (fd [2]int, err error)`: socketpair(2). On failure the pair is `[0, 0]`, as Go's zero value. */
export declare function Socketpair(domain: number, typ: number, proto: number): [fd: [number, number], err: Errno | null];
/** Go's `Bind(fd int, sa Sockaddr) (err error)`: bind(2). EINVAL for an address Go refuses to encode (a port past 65535). */
export declare function Bind(fd: number, sa: Sockaddr): Errno | null;
/** Go's `Connect(fd int, sa Sockaddr) (err error)`: connect(2). */
export declare function Connect(fd: number, sa: Sockaddr): Errno | null;
/** Go's `Accept4(fd int, flags int) (nfd int, sa Sockaddr, err error)`: accept4(2). An address Go cannot decode closes the new fd and returns `[0, null, EAFNOSUPPORT]`, as Go does. */
export declare function Accept4(fd: number, flags: number): [nfd: number, sa: Sockaddr | null, err: Errno | null];
/** Go's `Accept(fd int) (nfd int, sa Sockaddr, err error)`: accept4(2) with no flags (the new fd is not close-on-exec, as in Go). */
export declare function Accept(fd: number): [nfd: number, sa: Sockaddr | null, err: Errno | null];
/** Go's `Getsockname(fd int) (sa Sockaddr, err error)`: getsockname(2). An unnamed Unix socket's Name is "@", as in Go. */
export declare function Getsockname(fd: number): [sa: Sockaddr | null, err: Errno | null];
/** Go's `Getpeername(fd int) (sa Sockaddr, err error)`: getpeername(2). */
export declare function Getpeername(fd: number): [sa: Sockaddr | null, err: Errno | null];
/** Go's `Recvfrom(fd int, p []byte, flags int) (n int, from Sockaddr, err error)`: recvfrom(2). `from` is null when the kernel gives no address (a connected stream socket). */
export declare function Recvfrom(fd: number, p: Uint8Array, flags: number): [n: number, from: Sockaddr | null, err: Errno | null];
/** Go's `Sendto(fd int, p []byte, flags int, to Sockaddr) (err error)`: sendto(2). `to` is required (Go's would panic on nil); use Sendmsg with null for a connected socket. */
export declare function Sendto(fd: number, p: Uint8Array, flags: number, to: Sockaddr): Errno | null;
/**
 * Go's `Recvmsg(fd int, p, oob []byte, flags int) (n, oobn int, recvflags int, from Sockaddr, err error)`:
 * recvmsg(2) into p, with ancillary data into oob (parse it with
 * ParseSocketControlMessage(oob.subarray(0, oobn))). `from` is null on a
 * connected socket.
 */
export declare function Recvmsg(fd: number, p: Uint8Array, oob: Uint8Array, flags: number): [n: number, oobn: number, recvflags: number, from: Sockaddr | null, err: Errno | null];
/**
 * Go's `SendmsgN(fd int, p, oob []byte, to Sockaddr, flags int) (n int, err error)`:
 * sendmsg(2) of p with ancillary data oob (UnixRights, UnixCredentials) to
 * `to`, or to the connected peer when `to` is null. With oob and an empty
 * p, n is 0 (one dummy byte is sent on a stream socket, as in Go).
 */
export declare function SendmsgN(fd: number, p: Uint8Array, oob: Uint8Array, to: Sockaddr | null, flags: number): [n: number, err: Errno | null];
/** Go's `Sendmsg(fd int, p, oob []byte, to Sockaddr, flags int) (err error)`: SendmsgN without the count. */
export declare function Sendmsg(fd: number, p: Uint8Array, oob: Uint8Array, to: Sockaddr | null, flags: number): Errno | null;
/** Go's `GetsockoptInt(fd, level, opt int) (value int, err error)`: getsockopt(2) of an int. */
export declare function GetsockoptInt(fd: number, level: number, opt: number): [value: number, err: Errno | null];
/** Go's `GetsockoptInet4Addr(fd, level, opt int) (value [4]byte, err error)`: getsockopt(2) of an IPv4 address. */
export declare function GetsockoptInet4Addr(fd: number, level: number, opt: number): [value: Uint8Array, err: Errno | null];
/** Go's `GetsockoptIPMreq(fd, level, opt int) (*IPMreq, error)`: getsockopt(2) of an ip_mreq. */
export declare function GetsockoptIPMreq(fd: number, level: number, opt: number): [value: IPMreq, err: Errno | null];
/** Go's `GetsockoptIPMreqn(fd, level, opt int) (*IPMreqn, error)`: getsockopt(2) of an ip_mreqn. */
export declare function GetsockoptIPMreqn(fd: number, level: number, opt: number): [value: IPMreqn, err: Errno | null];
/** Go's `GetsockoptIPv6Mreq(fd, level, opt int) (*IPv6Mreq, error)`: getsockopt(2) of an ipv6_mreq. */
export declare function GetsockoptIPv6Mreq(fd: number, level: number, opt: number): [value: IPv6Mreq, err: Errno | null];
/** Go's `GetsockoptIPv6MTUInfo(fd, level, opt int) (*IPv6MTUInfo, error)`: getsockopt(2) of an ip6_mtuinfo (IPV6_PATHMTU). */
export declare function GetsockoptIPv6MTUInfo(fd: number, level: number, opt: number): [value: IPv6MTUInfo, err: Errno | null];
/** Go's `GetsockoptICMPv6Filter(fd, level, opt int) (*ICMPv6Filter, error)`: getsockopt(2) of an icmp6_filter. */
export declare function GetsockoptICMPv6Filter(fd: number, level: number, opt: number): [value: ICMPv6Filter, err: Errno | null];
/** Go's `GetsockoptUcred(fd, level, opt int) (*Ucred, error)`: getsockopt(2) of a ucred (SO_PEERCRED). */
export declare function GetsockoptUcred(fd: number, level: number, opt: number): [value: Ucred, err: Errno | null];
/** Go's `SetsockoptByte(fd, level, opt int, value byte) (err error)`: setsockopt(2) of one byte. */
export declare function SetsockoptByte(fd: number, level: number, opt: number, value: number): Errno | null;
/** Go's `SetsockoptInt(fd, level, opt int, value int) (err error)`: setsockopt(2) of a C int (RangeError outside -2^31..2^32-1, as every C int argument). */
export declare function SetsockoptInt(fd: number, level: number, opt: number, value: number): Errno | null;
/** Go's `SetsockoptInet4Addr(fd, level, opt int, value [4]byte) (err error)`: setsockopt(2) of an IPv4 address. */
export declare function SetsockoptInet4Addr(fd: number, level: number, opt: number, value: ArrayLike<number>): Errno | null;
/** Go's `SetsockoptIPMreq(fd, level, opt int, mreq *IPMreq) (err error)`: setsockopt(2) of an ip_mreq (an IPMreq or an object with its fields; null gives EFAULT). */
export declare function SetsockoptIPMreq(fd: number, level: number, opt: number, mreq: Struct<IPMreq> | null): Errno | null;
/** Go's `SetsockoptIPMreqn(fd, level, opt int, mreq *IPMreqn) (err error)`: setsockopt(2) of an ip_mreqn. */
export declare function SetsockoptIPMreqn(fd: number, level: number, opt: number, mreq: Struct<IPMreqn> | null): Errno | null;
/** Go's `SetsockoptIPv6Mreq(fd, level, opt int, mreq *IPv6Mreq) (err error)`: setsockopt(2) of an ipv6_mreq. */
export declare function SetsockoptIPv6Mreq(fd: number, level: number, opt: number, mreq: Struct<IPv6Mreq> | null): Errno | null;
/** Go's `SetsockoptICMPv6Filter(fd, level, opt int, filter *ICMPv6Filter) error`: setsockopt(2) of an icmp6_filter. */
export declare function SetsockoptICMPv6Filter(fd: number, level: number, opt: number, filter: Struct<ICMPv6Filter> | null): Errno | null;
/** Go's `SetsockoptLinger(fd, level, opt int, l *Linger) (err error)`: setsockopt(2) of a linger (SO_LINGER). */
export declare function SetsockoptLinger(fd: number, level: number, opt: number, l: Struct<Linger> | null): Errno | null;
/** Go's `SetsockoptTimeval(fd, level, opt int, tv *Timeval) (err error)`: setsockopt(2) of a timeval (SO_RCVTIMEO, SO_SNDTIMEO). */
export declare function SetsockoptTimeval(fd: number, level: number, opt: number, tv: Struct<Timeval> | null): Errno | null;
/**
 * Go's `SetsockoptString(fd, level, opt int, s string) (err error)`:
 * setsockopt(2) of the string's UTF-8 bytes, with no NUL added (the length
 * says where it ends, so a NUL inside is passed as it is, as in Go). A lone
 * surrogate, which has no UTF-8, is EINVAL.
 */
export declare function SetsockoptString(fd: number, level: number, opt: number, s: string): Errno | null;
/**
 * Go's `BindToDevice(fd int, device string) (err error)`: SO_BINDTODEVICE,
 * binding the socket to one interface ("" unbinds). A NUL in device gives
 * EINVAL (the kernel reads a device name up to its first NUL).
 */
export declare function BindToDevice(fd: number, device: string): Errno | null;
