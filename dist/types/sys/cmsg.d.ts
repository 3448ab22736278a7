/**
 * Go's socket control messages (sockcmsg_unix.go, sockcmsg_linux.go):
 * CmsgLen, CmsgSpace, SocketControlMessage, ParseSocketControlMessage,
 * UnixRights / ParseUnixRights (SCM_RIGHTS: passing fds) and
 * UnixCredentials / ParseUnixCredentials (SCM_CREDENTIALS). Messages are
 * aligned to 8 bytes on amd64 and arm64, as the kernel's CMSG_ALIGN.
 * @module
 */
import { Errno } from "../errno.js";
import { Cmsghdr, type Init, type Struct, Ucred } from "./socket_struct.js";
/** Go's `CmsgLen(datalen int) int`: the Len of a control message carrying datalen bytes (CMSG_LEN). */
export declare function CmsgLen(datalen: number): number;
/** Go's `CmsgSpace(datalen int) int`: the bytes a control message carrying datalen bytes occupies, padding included (CMSG_SPACE). */
export declare function CmsgSpace(datalen: number): number;
/** Go's `syscall.SocketControlMessage`: one control message, its header and its data (a view into the parsed buffer, as Go's slice). */
export declare class SocketControlMessage {
    /** The header. */
    Header: Cmsghdr;
    /** The payload (without padding). */
    Data: Uint8Array;
    /** A SocketControlMessage with the fields init gives (the Header copied, the Data kept as given). */
    constructor(init?: {
        Header?: Init<Cmsghdr>;
        Data?: Uint8Array;
    });
}
/**
 * Go's `ParseSocketControlMessage(b []byte) ([]SocketControlMessage, error)`:
 * the control messages in b (the oob bytes Recvmsg filled). A header whose
 * Len is below the header's size or past the buffer gives EINVAL (and no
 * messages: `[]`).
 */
export declare function ParseSocketControlMessage(b: Uint8Array): [msgs: SocketControlMessage[], err: Errno | null];
/**
 * Go's `UnixRights(fds ...int) []byte`: an SCM_RIGHTS control message
 * carrying fds, for Sendmsg's oob. An fd outside the C int range is sent as
 * -1 (the kernel refuses it with EBADF), as fds are everywhere here.
 */
export declare function UnixRights(...fds: number[]): Uint8Array;
/**
 * Go's `ParseUnixRights(m *SocketControlMessage) ([]int, error)`: the fds
 * an SCM_RIGHTS message carries (now open in this process: close them).
 * EINVAL for another level or type.
 */
export declare function ParseUnixRights(m: SocketControlMessage): [fds: number[], err: Errno | null];
/** Go's `UnixCredentials(ucred *Ucred) []byte`: an SCM_CREDENTIALS control message carrying ucred (a Ucred or an object with its fields). */
export declare function UnixCredentials(ucred: Struct<Ucred>): Uint8Array;
/**
 * Go's `ParseUnixCredentials(m *SocketControlMessage) (*Ucred, error)`:
 * the credentials an SCM_CREDENTIALS message carries (receive them with
 * SO_PASSCRED set on the socket). EINVAL (and null) for another level or
 * type, or a payload shorter than a Ucred.
 */
export declare function ParseUnixCredentials(m: SocketControlMessage): [ucred: Ucred | null, err: Errno | null];
