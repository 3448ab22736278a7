import { Errno } from "../errno.js";
import { type Init, type Struct } from "./socket_struct.js";
/** Go's `syscall.SockFilter`: one classic BPF instruction (`struct sock_filter`). */
export declare class SockFilter {
    /** The opcode, BPF_* bits or'ed (uint16). */
    Code: number;
    /** Jump offset if true (uint8). */
    Jt: number;
    /** Jump offset if false (uint8). */
    Jf: number;
    /** The constant operand (uint32). */
    K: number;
    /** A SockFilter with the fields init gives; the rest are 0. */
    constructor(init?: Init<SockFilter>);
}
/** Go's `syscall.SockFprog`: a filter program (`struct sock_fprog`), as AttachLsf passes it. */
export declare class SockFprog {
    /** The number of instructions (uint16). */
    Len: number;
    /** The instructions (Go's `*SockFilter`, the first of Len); null is NULL. */
    Filter: SockFilter[] | null;
    /** A SockFprog with the fields init gives (Go's composite literal), checked against Go's types (Len a uint16, Filter an array or null); the rest as above. */
    constructor(init?: Partial<SockFprog>);
}
/** Go's `LsfStmt(code, k int) *SockFilter`: a BPF statement (Code and K converted to uint16 and uint32, as Go converts them). Deprecated in Go. */
export declare function LsfStmt(code: number, k: number): SockFilter;
/** Go's `LsfJump(code, k, jt, jf int) *SockFilter`: a BPF jump. Deprecated in Go. */
export declare function LsfJump(code: number, k: number, jt: number, jf: number): SockFilter;
/**
 * Go's `LsfSocket(ifindex, proto int) (int, error)`: an AF_PACKET raw
 * socket for proto (such as ETH_P_ALL; given in host order, sent in network
 * order) bound to interface ifindex. Needs CAP_NET_RAW. As in Go, it is not
 * close-on-exec. On failure the fd is 0 and nothing stays open. Deprecated
 * in Go.
 */
export declare function LsfSocket(ifindex: number, proto: number): [fd: number, err: Errno | null];
/**
 * Go's `SetLsfPromisc(name string, m bool) error`: turns IFF_PROMISC on
 * (m true) or off for the interface name, by SIOCGIFFLAGS / SIOCSIFFLAGS.
 * Needs CAP_NET_ADMIN to change a flag. A name of more than 16 bytes is
 * cut to 16, as in Go; a NUL in it gives EINVAL. Deprecated in Go.
 */
export declare function SetLsfPromisc(name: string, m: boolean): Errno | null;
/**
 * Go's `AttachLsf(fd int, i []SockFilter) error`: SO_ATTACH_FILTER of the
 * program i (SockFilters, or objects with their fields). An empty program
 * gives EINVAL (Go would panic), and so does one longer than 65535
 * instructions (Go would attach its length modulo 65536). Deprecated in Go.
 */
export declare function AttachLsf(fd: number, i: readonly Struct<SockFilter>[]): Errno | null;
/** Go's `DetachLsf(fd int) error`: SO_DETACH_FILTER (ENOENT when no filter is attached). Deprecated in Go. */
export declare function DetachLsf(fd: number): Errno | null;
