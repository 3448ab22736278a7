import { Errno } from "../errno.js";
import { type Init } from "./socket_struct.js";
/** Go's `syscall.SockaddrInet4`: an IPv4 address and port. */
export declare class SockaddrInet4 {
    /** The port, 0..65535 (Go's `int`; out of that range Bind and the others return EINVAL). */
    Port: number;
    /** The address ([4]byte), e.g. `[127, 0, 0, 1]`. */
    Addr: Uint8Array;
    /** A SockaddrInet4 with the fields init gives (Go's `&SockaddrInet4{Port: 80, Addr: [4]byte{127, 0, 0, 1}}`). */
    constructor(init?: Init<SockaddrInet4>);
}
/** Go's `syscall.SockaddrInet6`: an IPv6 address, port and zone (scope) id. */
export declare class SockaddrInet6 {
    /** The port, 0..65535 (out of that range: EINVAL). */
    Port: number;
    /** The zone (scope) id, an interface index for link-local addresses (uint32). */
    ZoneId: number;
    /** The address ([16]byte). */
    Addr: Uint8Array;
    /** A SockaddrInet6 with the fields init gives. */
    constructor(init?: Init<SockaddrInet6>);
}
/**
 * Go's `syscall.SockaddrUnix`: a Unix domain socket address. A Name
 * starting with "@" (or with NUL, the kernel's spelling) is an abstract
 * name (its first byte becomes NUL, and no NUL is counted after it, as in
 * current Go; go1.19 counted one after a leading-NUL name, so a go1.19
 * program binding "\x00name" holds another address than this "\x00name"
 * or its "@name"); "" binds to an autobound
 * abstract name. A name read back from the kernel (Getsockname, Accept,
 * Recvfrom...) is decoded as UTF-8: bytes that are not UTF-8 become U+FFFD,
 * so such a peer's name does not round-trip (Go's string keeps the bytes). A Name of more than 108
 * bytes (UTF-8), or of exactly 108 that is not abstract, gives EINVAL, as
 * in Go; so does a NUL inside a path name (not an abstract one), where Go
 * would silently use the part before it.
 */
export declare class SockaddrUnix {
    /** The path, or "@" and an abstract name. */
    Name: string;
    /** A SockaddrUnix with the fields init gives. */
    constructor(init?: Init<SockaddrUnix>);
}
/** Go's `syscall.SockaddrLinklayer`: an AF_PACKET address (`struct sockaddr_ll`). */
export declare class SockaddrLinklayer {
    /** The protocol, as stored: in network byte order for Bind (uint16). */
    Protocol: number;
    /** The interface index, 0..2^31-1 (Go's `int`; out of that range: EINVAL). */
    Ifindex: number;
    /** ARP hardware type (uint16). */
    Hatype: number;
    /** Packet type (uint8). */
    Pkttype: number;
    /** Address length (uint8). */
    Halen: number;
    /** The hardware address ([8]byte). */
    Addr: Uint8Array;
    /** A SockaddrLinklayer with the fields init gives. */
    constructor(init?: Init<SockaddrLinklayer>);
}
/** Go's `syscall.SockaddrNetlink`: a netlink address (`struct sockaddr_nl`). Family is always sent as AF_NETLINK. */
export declare class SockaddrNetlink {
    /** AF_NETLINK (uint16; ignored on encoding, as in Go). */
    Family: number;
    /** Zero (uint16). */
    Pad: number;
    /** Port id: 0 is the kernel, or lets Bind choose (uint32). */
    Pid: number;
    /** Multicast groups mask (uint32). */
    Groups: number;
    /** A SockaddrNetlink with the fields init gives. */
    constructor(init?: Init<SockaddrNetlink>);
}
/** Go's `syscall.Sockaddr` interface: any of the five address types. */
export type Sockaddr = SockaddrInet4 | SockaddrInet6 | SockaddrUnix | SockaddrLinklayer | SockaddrNetlink;
/** The size of RawSockaddrAny, the buffer every call that returns an address gives the kernel. */
export declare const SIZEOF_SOCKADDR_ANY = 112;
/**
 * Go's `sa.sockaddr()`: the kernel's encoding of sa and its length, or the
 * Errno Go returns (EINVAL for a port, name or index out of range). Every
 * field is read once. Throws TypeError for a value that is not one of the
 * five Sockaddr classes (Go's compiler would refuse it).
 */
export declare function encodeSockaddr(sa: unknown, name?: string): {
    raw: Uint8Array;
    len: number;
} | Errno;
/**
 * Go's `anyToSockaddr`: the Sockaddr a RawSockaddrAny holds (rsa is at
 * least SIZEOF_SOCKADDR_ANY bytes, zeroed past what the kernel wrote), or
 * EAFNOSUPPORT for another family. A Unix name ends at its first NUL, and
 * an abstract one (or an unnamed socket's) begins with "@", as in Go.
 */
export declare function decodeSockaddr(rsa: Uint8Array): [sa: Sockaddr | null, err: Errno | null];
