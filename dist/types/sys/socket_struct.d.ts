/** The scalar field types, after Go's. */
export type Scalar = "u8" | "i8" | "u16" | "i32" | "u32" | "u64" | "i64";
/** A field's type: a scalar, a fixed array of scalars, or a nested struct. */
export type Kind = Scalar | {
    arr: "u8" | "i8" | "u32";
    n: number;
} | {
    struct: Layout<object>;
};
/** One field: Go's name, its byte offset, its type. */
export type Field = readonly [name: string, off: number, kind: Kind];
/** A struct's layout: Go's type name, its size, its fields, and how to make a fresh value of it. */
export interface Layout<T extends object> {
    readonly name: string;
    readonly size: number;
    readonly fields: readonly Field[];
    readonly make: (init?: unknown) => T;
}
/** The fields of T that are data (not methods), each optional, as a constructor takes them. */
export type Init<T> = {
    [K in keyof T as T[K] extends (...a: never[]) => unknown ? never : K]?: T[K] extends Uint8Array | Int8Array | Uint32Array ? ArrayLike<number> : T[K] extends Uint8Array | null ? T[K] : T[K] extends object ? Init<T[K]> : T[K];
};
/** The data fields of T, all required, as a struct argument takes them (fixed arrays as any array-like of numbers): a class instance or a plain object. */
export type Struct<T> = {
    [K in keyof T as T[K] extends (...a: never[]) => unknown ? never : K]-?: T[K] extends Uint8Array | Int8Array | Uint32Array ? ArrayLike<number> : T[K] extends object ? Struct<T[K]> : T[K];
};
/** Checks a number against a Go scalar type: TypeError for a non-integer, RangeError outside the type. */
export declare function scalarArg(kind: Scalar, v: unknown, name: string): number;
/**
 * Checks a fixed-size array value (`[n]byte`, `[n]int8`, `[n]uint32`):
 * a typed array or an array of exactly n in-range integers, read once.
 * Returns a fresh copy, as Go copies array values.
 */
export declare function fixedArg(elem: "u8" | "i8" | "u32", n: number, v: unknown, name: string): Uint8Array | Int8Array | Uint32Array;
/** Makes a layout. */
export declare function layout<T extends object>(name: string, size: number, make: (init?: unknown) => T, fields: readonly Field[]): Layout<T>;
/**
 * A constructor's body: copies the fields init gives (each read once and
 * checked) onto self; absent or undefined fields keep their zero values.
 */
export declare function initStruct<T extends object>(L: Layout<T>, self: T, init: unknown): void;
/** Encodes src (an instance or an object with the same fields) into dv at off. Reads each field once. */
export declare function writeStruct(L: Layout<object>, src: unknown, dv: DataView, off: number, name?: string): void;
/** Decodes the struct at off in dv into target (fields set in place), and returns target. */
export declare function readStruct<T extends object>(L: Layout<T>, dv: DataView, off: number, target?: T): T;
/** Rounds n up to a multiple of a, as the kernel's NLMSG_ALIGN, RTA_ALIGN and CMSG_ALIGN; for a negative n as Go's `&^ (a-1)` does. */
export declare function alignUp(n: number, a: number): number;
/**
 * Walks b as a run of records that each start with a header of layout L
 * whose Len counts the header and the payload (control messages, netlink
 * messages, route attributes), as Go's parsers do: each header and its
 * payload (a view from dataOff to Len), or null (EINVAL) at a Len below the
 * header's size or past the rest of b. The next record starts at Len
 * rounded up to align; with fitAligned the rounded length must fit too (Go
 * checks netlink messages so). A tail shorter than a header is ignored.
 */
export declare function parseRecords<H extends {
    Len: number;
}>(L: Layout<H>, b: Uint8Array, dataOff: number, align: number, fitAligned: boolean): [header: H, data: Uint8Array][] | null;
/** Encodes a struct into a fresh buffer of its size. */
export declare function structBytes(L: Layout<object>, src: unknown, name?: string): Uint8Array;
/**
 * A DataView over exactly b's bytes (by the engine's getters: libc.ts
 * dataViewOf). A b with no bytes (one whose buffer was transferred, or an
 * Munmap'd mapping: detached) is Go's empty slice, not a TypeError.
 */
export declare const view: (b: Uint8Array) => DataView;
/** Writes v (already checked against kind) at at in dv, little-endian, by the engine's DataView methods taken at load. */
export declare function writeScalar(kind: Scalar, dv: DataView, at: number, v: number): void;
/** Reads a kind at at in dv, little-endian, by the engine's DataView methods taken at load. */
export declare function readScalar(kind: Scalar, dv: DataView, at: number): number;
/**
 * The address of b's bytes, for a struct that holds a pointer (an iovec's
 * base, a msghdr's name): sysdef's addressOf, which keeps it valid; 0 for
 * null or an empty array, which the kernel treats as NULL with a zero length.
 */
export declare function stableAddress(b: Uint8Array | null): number;
/**
 * A use of v after a native call whose struct held v's address (an iovec's
 * buffer, a filter program), so that v stays reachable until the call has
 * returned.
 */
export declare function keepAlive(v: unknown): void;
/** Go's `syscall.Linger`: SO_LINGER's value (SetsockoptLinger). */
export declare class Linger {
    /** Nonzero to linger on close (int32). */
    Onoff: number;
    /** Seconds to linger (int32). */
    Linger: number;
    /** A Linger with the fields init gives (Go's composite literal); the rest are 0. */
    constructor(init?: Init<Linger>);
}
/** The layout of Linger. */
export declare const LINGER: Layout<Linger>;
/** Go's `syscall.IPMreq`: an IPv4 multicast group request (IP_ADD_MEMBERSHIP). */
export declare class IPMreq {
    /** The group address ([4]byte). */
    Multiaddr: Uint8Array;
    /** The local interface's address ([4]byte). */
    Interface: Uint8Array;
    /** An IPMreq with the fields init gives; the rest are zero. */
    constructor(init?: Init<IPMreq>);
}
/** The layout of IPMreq. */
export declare const IPMREQ: Layout<IPMreq>;
/** Go's `syscall.IPMreqn`: an IPv4 multicast request naming the interface by index. */
export declare class IPMreqn {
    /** The group address ([4]byte). */
    Multiaddr: Uint8Array;
    /** The local address ([4]byte). */
    Address: Uint8Array;
    /** The interface index (int32). */
    Ifindex: number;
    /** An IPMreqn with the fields init gives; the rest are zero. */
    constructor(init?: Init<IPMreqn>);
}
/** The layout of IPMreqn. */
export declare const IPMREQN: Layout<IPMreqn>;
/** Go's `syscall.IPv6Mreq`: an IPv6 multicast group request (IPV6_JOIN_GROUP). */
export declare class IPv6Mreq {
    /** The group address ([16]byte). */
    Multiaddr: Uint8Array;
    /** The interface index (uint32). */
    Interface: number;
    /** An IPv6Mreq with the fields init gives; the rest are zero. */
    constructor(init?: Init<IPv6Mreq>);
}
/** The layout of IPv6Mreq. */
export declare const IPV6MREQ: Layout<IPv6Mreq>;
/** Go's `syscall.Inet4Pktinfo`: IP_PKTINFO's control message payload. */
export declare class Inet4Pktinfo {
    /** The interface index (int32). */
    Ifindex: number;
    /** The local address of the route ([4]byte). */
    Spec_dst: Uint8Array;
    /** The header's destination address ([4]byte). */
    Addr: Uint8Array;
    /** An Inet4Pktinfo with the fields init gives; the rest are zero. */
    constructor(init?: Init<Inet4Pktinfo>);
}
/** The layout of Inet4Pktinfo. */
export declare const INET4PKTINFO: Layout<Inet4Pktinfo>;
/** Go's `syscall.Inet6Pktinfo`: IPV6_PKTINFO's payload. */
export declare class Inet6Pktinfo {
    /** The address ([16]byte). */
    Addr: Uint8Array;
    /** The interface index (uint32). */
    Ifindex: number;
    /** An Inet6Pktinfo with the fields init gives; the rest are zero. */
    constructor(init?: Init<Inet6Pktinfo>);
}
/** The layout of Inet6Pktinfo. */
export declare const INET6PKTINFO: Layout<Inet6Pktinfo>;
/** Go's `syscall.ICMPv6Filter`: ICMP6_FILTER's bitmap of blocked ICMPv6 types. */
export declare class ICMPv6Filter {
    /** 256 bits, one per ICMPv6 type ([8]uint32). */
    Data: Uint32Array;
    /** An ICMPv6Filter with the fields init gives; the rest are zero. */
    constructor(init?: Init<ICMPv6Filter>);
}
/** The layout of ICMPv6Filter. */
export declare const ICMPV6FILTER: Layout<ICMPv6Filter>;
/** Go's `syscall.Ucred`: a process's credentials (SO_PEERCRED, SCM_CREDENTIALS). */
export declare class Ucred {
    /** Process id (int32). */
    Pid: number;
    /** User id (uint32). */
    Uid: number;
    /** Group id (uint32). */
    Gid: number;
    /** A Ucred with the fields init gives; the rest are 0. */
    constructor(init?: Init<Ucred>);
}
/** The layout of Ucred. */
export declare const UCRED: Layout<Ucred>;
/** Go's `syscall.RawSockaddrInet4`: the kernel's `struct sockaddr_in`. Port is as in memory (network byte order read as a little-endian uint16). */
export declare class RawSockaddrInet4 {
    /** AF_INET (uint16). */
    Family: number;
    /** The port, in network byte order (uint16). */
    Port: number;
    /** The address ([4]byte). */
    Addr: Uint8Array;
    /** Padding ([8]uint8). */
    Zero: Uint8Array;
    /** A RawSockaddrInet4 with the fields init gives; the rest are zero. */
    constructor(init?: Init<RawSockaddrInet4>);
}
/** The layout of RawSockaddrInet4. */
export declare const RAWSOCKADDRINET4: Layout<RawSockaddrInet4>;
/** Go's `syscall.RawSockaddrInet6`: the kernel's `struct sockaddr_in6`. */
export declare class RawSockaddrInet6 {
    /** AF_INET6 (uint16). */
    Family: number;
    /** The port, in network byte order (uint16). */
    Port: number;
    /** Flow information (uint32). */
    Flowinfo: number;
    /** The address ([16]byte). */
    Addr: Uint8Array;
    /** The scope (zone) id (uint32). */
    Scope_id: number;
    /** A RawSockaddrInet6 with the fields init gives; the rest are zero. */
    constructor(init?: Init<RawSockaddrInet6>);
}
/** The layout of RawSockaddrInet6. */
export declare const RAWSOCKADDRINET6: Layout<RawSockaddrInet6>;
/** Go's `syscall.RawSockaddrUnix`: the kernel's `struct sockaddr_un`. */
export declare class RawSockaddrUnix {
    /** AF_UNIX (uint16). */
    Family: number;
    /** The path ([108]int8). */
    Path: Int8Array;
    /** A RawSockaddrUnix with the fields init gives; the rest are zero. */
    constructor(init?: Init<RawSockaddrUnix>);
}
/** The layout of RawSockaddrUnix. */
export declare const RAWSOCKADDRUNIX: Layout<RawSockaddrUnix>;
/** Go's `syscall.RawSockaddrLinklayer`: the kernel's `struct sockaddr_ll`. */
export declare class RawSockaddrLinklayer {
    /** sll_family: AF_PACKET (uint16). */
    Family: number;
    /** sll_protocol, in network byte order (uint16). */
    Protocol: number;
    /** sll_ifindex (int32). */
    Ifindex: number;
    /** sll_hatype (uint16). */
    Hatype: number;
    /** sll_pkttype (uint8). */
    Pkttype: number;
    /** sll_halen (uint8). */
    Halen: number;
    /** sll_addr ([8]uint8). */
    Addr: Uint8Array;
    /** A RawSockaddrLinklayer with the fields init gives; the rest are zero. */
    constructor(init?: Init<RawSockaddrLinklayer>);
}
/** The layout of RawSockaddrLinklayer. */
export declare const RAWSOCKADDRLINKLAYER: Layout<RawSockaddrLinklayer>;
/** Go's `syscall.RawSockaddrNetlink`: the kernel's `struct sockaddr_nl`. */
export declare class RawSockaddrNetlink {
    /** AF_NETLINK (uint16). */
    Family: number;
    /** Zero (uint16). */
    Pad: number;
    /** Port id (uint32). */
    Pid: number;
    /** Multicast groups mask (uint32). */
    Groups: number;
    /** A RawSockaddrNetlink with the fields init gives; the rest are zero. */
    constructor(init?: Init<RawSockaddrNetlink>);
}
/** The layout of RawSockaddrNetlink. */
export declare const RAWSOCKADDRNETLINK: Layout<RawSockaddrNetlink>;
/** Go's `syscall.RawSockaddr`: the kernel's generic `struct sockaddr`. */
export declare class RawSockaddr {
    /** The address family (uint16). */
    Family: number;
    /** The address bytes ([14]int8). */
    Data: Int8Array;
    /** A RawSockaddr with the fields init gives; the rest are zero. */
    constructor(init?: Init<RawSockaddr>);
}
/** The layout of RawSockaddr. */
export declare const RAWSOCKADDR: Layout<RawSockaddr>;
/** Go's `syscall.RawSockaddrAny`: room for any socket address (SizeofSockaddrAny bytes). */
export declare class RawSockaddrAny {
    /** The generic header. */
    Addr: RawSockaddr;
    /** The rest ([96]int8). */
    Pad: Int8Array;
    /** A RawSockaddrAny with the fields init gives; the rest are zero. */
    constructor(init?: Init<RawSockaddrAny>);
}
/** The layout of RawSockaddrAny. */
export declare const RAWSOCKADDRANY: Layout<RawSockaddrAny>;
/** Go's `syscall.IPv6MTUInfo`: IPV6_MTU's value (GetsockoptIPv6MTUInfo). */
export declare class IPv6MTUInfo {
    /** The destination. */
    Addr: RawSockaddrInet6;
    /** The path MTU (uint32). */
    Mtu: number;
    /** An IPv6MTUInfo with the fields init gives; the rest are zero. */
    constructor(init?: Init<IPv6MTUInfo>);
}
/** The layout of IPv6MTUInfo. */
export declare const IPV6MTUINFO: Layout<IPv6MTUInfo>;
/**
 * Go's `syscall.TCPInfo`: the first 104 bytes of the kernel's `struct
 * tcp_info` (TCP_INFO), as Go 1.19 declares it. Go's syscall package has no
 * call that fills one (x/sys/unix's GetsockoptTCPInfo does); decode it from
 * getsockopt(TCP_INFO) bytes. Go's padding field is left out.
 */
export declare class TCPInfo {
    /** The TCP state, such as TCP_ESTABLISHED (uint8). */
    State: number;
    /** The congestion-avoidance state (uint8). */
    Ca_state: number;
    /** Retransmits of the last segment (uint8). */
    Retransmits: number;
    /** Unanswered zero-window probes (uint8). */
    Probes: number;
    /** The retransmit backoff (uint8). */
    Backoff: number;
    /** TCPI_OPT_* options in use (uint8). */
    Options: number;
    /** Retransmit timeout, µs (uint32). */
    Rto: number;
    /** Delayed-ack timeout, µs (uint32). */
    Ato: number;
    /** Send maximum segment size (uint32). */
    Snd_mss: number;
    /** Receive maximum segment size (uint32). */
    Rcv_mss: number;
    /** Segments sent, not acknowledged (uint32). */
    Unacked: number;
    /** Segments selectively acknowledged (uint32). */
    Sacked: number;
    /** Segments taken as lost (uint32). */
    Lost: number;
    /** Segments being retransmitted (uint32). */
    Retrans: number;
    /** Forward-acknowledged segments (uint32). */
    Fackets: number;
    /** Ms since data was last sent (uint32). */
    Last_data_sent: number;
    /** Ms since an ack was last sent (unused by Linux) (uint32). */
    Last_ack_sent: number;
    /** Ms since data was last received (uint32). */
    Last_data_recv: number;
    /** Ms since an ack was last received (uint32). */
    Last_ack_recv: number;
    /** Path MTU (uint32). */
    Pmtu: number;
    /** Receive slow-start threshold (uint32). */
    Rcv_ssthresh: number;
    /** Smoothed round-trip time, µs (uint32). */
    Rtt: number;
    /** Round-trip time variance, µs (uint32). */
    Rttvar: number;
    /** Send slow-start threshold (uint32). */
    Snd_ssthresh: number;
    /** Congestion window, segments (uint32). */
    Snd_cwnd: number;
    /** Advertised MSS (uint32). */
    Advmss: number;
    /** Reordering metric (uint32). */
    Reordering: number;
    /** Receiver's round-trip estimate, µs (uint32). */
    Rcv_rtt: number;
    /** Receive buffer space (uint32). */
    Rcv_space: number;
    /** Retransmits over the connection (uint32). */
    Total_retrans: number;
    /** A TCPInfo with the fields init gives; the rest are 0. */
    constructor(init?: Init<TCPInfo>);
}
/** The layout of TCPInfo (104 bytes). */
export declare const TCPINFO: Layout<TCPInfo>;
/** Go's `syscall.Iovec`: one buffer of a scatter/gather list (`struct iovec`). */
export declare class Iovec {
    /** The buffer (Go's `*byte`); null is NULL. */
    Base: Uint8Array | null;
    /** Its length in bytes (uint64). */
    Len: number;
    /** An Iovec with the fields init gives (Base null, Len 0 otherwise). */
    constructor(init?: {
        Base?: Uint8Array | null;
        Len?: number;
    });
    /** Go's `(*Iovec).SetLen(length int)`: sets Len. */
    SetLen(length: number): void;
}
/** Go's `syscall.Msghdr`: the message header of sendmsg(2) and recvmsg(2). */
export declare class Msghdr {
    /** The address buffer (Go's `*byte`); null is NULL. */
    Name: Uint8Array | null;
    /** The address length (uint32). */
    Namelen: number;
    /** The first (here: only) iovec; null is NULL. */
    Iov: Iovec | null;
    /** The number of iovecs (uint64). */
    Iovlen: number;
    /** The control (ancillary data) buffer; null is NULL. */
    Control: Uint8Array | null;
    /** The control buffer's length (uint64). */
    Controllen: number;
    /** Flags the kernel reports on receive (int32). */
    Flags: number;
    /** Go's `(*Msghdr).SetControllen(length int)`: sets Controllen. */
    SetControllen(length: number): void;
    /** A Msghdr with the fields init gives (Go's composite literal), each checked against its Go type as Iovec's are; the rest as above. */
    constructor(init?: Partial<Msghdr>);
}
/** Go's `syscall.Cmsghdr`: a control message's header (`struct cmsghdr`). */
export declare class Cmsghdr {
    /** The message's length, header included (uint64). */
    Len: number;
    /** The originating protocol, such as SOL_SOCKET (int32). */
    Level: number;
    /** The protocol's message type, such as SCM_RIGHTS (int32). */
    Type: number;
    /** A Cmsghdr with the fields init gives; the rest are 0. */
    constructor(init?: Init<Cmsghdr>);
    /** Go's `(*Cmsghdr).SetLen(length int)`: sets Len. */
    SetLen(length: number): void;
}
/** The layout of Cmsghdr. */
export declare const CMSGHDR: Layout<Cmsghdr>;
/**
 * For the classes that pair a struct header with a byte slice
 * (SocketControlMessage, NetlinkMessage, NetlinkRouteAttr): init's header
 * (unchecked: the header's constructor checks it) and its bytes (checked),
 * each undefined when absent.
 */
export declare function headerAndBytes(init: unknown, hk: string, bk: string, type: string): [header: unknown, bytes: Uint8Array | undefined];
/** A Uint8Array or null (Go's nil pointer), as a view of exactly its real bytes (libc.ts bytesArg); anything else throws TypeError. */
export declare function nullableBytes(v: unknown, name: string): Uint8Array | null;
/**
 * The kernel's `struct msghdr` for m, with one iovec: 56 bytes, and the
 * iovec's 16 after them. Every length is checked against its buffer, so the
 * kernel can never write past one. The returned buffer holds the addresses
 * of m's buffers: keep them referenced until the call returns.
 */
export declare function msghdrBytes(m: Msghdr): Uint8Array;
