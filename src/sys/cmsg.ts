/**
 * Go's socket control messages (sockcmsg_unix.go, sockcmsg_linux.go):
 * CmsgLen, CmsgSpace, SocketControlMessage, ParseSocketControlMessage,
 * UnixRights / ParseUnixRights (SCM_RIGHTS: passing fds) and
 * UnixCredentials / ParseUnixCredentials (SCM_CREDENTIALS). Messages are
 * aligned to 8 bytes on amd64 and arm64, as the kernel's CMSG_ALIGN.
 * @module
 */
import { Errno } from "../errno.ts";
import { bufferOf, byteLengthOf, bytesArg, describe, fdArg, isSafeInt, subview } from "../libc.ts";
import { EINVAL, SCM_CREDENTIALS, SCM_RIGHTS, SOL_SOCKET } from "../zconsts_linux.ts";
import { CMSGHDR, Cmsghdr, type Init, type Struct, UCRED, Ucred, alignUp, headerAndBytes, parseRecords, readStruct, scalarArg, view, writeStruct } from "./socket_struct.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, DataView, Int32Array } = globalThis;


const SIZEOF_CMSGHDR = 16;
const SIZEOF_UCRED = 12;

/** Rounds a length up to the kernel's control-message alignment (the pointer size, 8), as Go's cmsgAlignOf does for any int. */
const cmsgAlign = (n: number) => alignUp(n, 8);

/** Go's `CmsgLen(datalen int) int`: the Len of a control message carrying datalen bytes (CMSG_LEN). */
export function CmsgLen(datalen: number): number {
  return exact(cmsgAlign(SIZEOF_CMSGHDR) + scalarArg("i64", datalen, "datalen"));
}
/** A length past 2^53 has no exact number: RangeError, not a rounded one. */
function exact(v: number): number {
  // isSafeInt: the engine's Number.isSafeInteger, taken at load.
  if (!isSafeInt(v)) throw new RangeError(`datalen too large: the length ${v} has no exact number`);
  return v;
}

/** Go's `CmsgSpace(datalen int) int`: the bytes a control message carrying datalen bytes occupies, padding included (CMSG_SPACE). */
export function CmsgSpace(datalen: number): number {
  return exact(cmsgAlign(SIZEOF_CMSGHDR) + cmsgAlign(scalarArg("i64", datalen, "datalen")));
}

/** Go's `syscall.SocketControlMessage`: one control message, its header and its data (a view into the parsed buffer, as Go's slice). */
export class SocketControlMessage {
  /** The header. */
  Header: Cmsghdr = new Cmsghdr();
  /** The payload (without padding). */
  Data: Uint8Array = new Uint8Array(0);
  /** A SocketControlMessage with the fields init gives (the Header copied, the Data kept as given). */
  constructor(init?: { Header?: Init<Cmsghdr>; Data?: Uint8Array }) {
    const hd = headerAndBytes(init, "Header", "Data", "SocketControlMessage"), h = hd[0], d = hd[1];
    if (h !== undefined) this.Header = new Cmsghdr(h as Init<Cmsghdr>);
    if (d !== undefined) this.Data = d;
  }
}

/**
 * Go's `ParseSocketControlMessage(b []byte) ([]SocketControlMessage, error)`:
 * the control messages in b (the oob bytes Recvmsg filled). A header whose
 * Len is below the header's size or past the buffer gives EINVAL (and no
 * messages: `[]`).
 */
export function ParseSocketControlMessage(b: Uint8Array): [msgs: SocketControlMessage[], err: Errno | null] {
  const recs = parseRecords(CMSGHDR, bytesArg("b", b), cmsgAlign(SIZEOF_CMSGHDR), 8, false);
  if (recs === null) return [[], EINVAL];
  const msgs: SocketControlMessage[] = [];
  for (let i = 0; i < recs.length; i++) msgs[i] = new SocketControlMessage({ Header: recs[i]![0], Data: recs[i]![1] });
  return [msgs, null];
}

/** One control message of SOL_SOCKET level: the buffer of CmsgSpace(datalen) bytes, its header written, and a view at its data. */
function solSocketMessage(type: number, datalen: number): { b: Uint8Array; data: DataView } {
  const b = new Uint8Array(CmsgSpace(datalen));
  // Len in the literal, not by SetLen: a program can replace Cmsghdr.prototype.SetLen (fewer fds would be sent).
  const h = new Cmsghdr({ Len: CmsgLen(datalen), Level: SOL_SOCKET, Type: type });
  writeStruct(CMSGHDR, h, view(b), 0);
  // The engine's getter for b's buffer: a `buffer` getter on Uint8Array.prototype would send the fds to another buffer (and fd 0 to the peer).
  return { b, data: new DataView(bufferOf(b), cmsgAlign(SIZEOF_CMSGHDR)) };
}

/**
 * Go's `UnixRights(fds ...int) []byte`: an SCM_RIGHTS control message
 * carrying fds, for Sendmsg's oob. An fd outside the C int range is sent as
 * -1 (the kernel refuses it with EBADF), as fds are everywhere here.
 */
export function UnixRights(...fds: number[]): Uint8Array {
  // Index loops, not map and forEach: a program's Array.prototype.map could send other fds (fd 0) to the peer.
  const n = fds.length;
  const checked: number[] = [];
  for (let i = 0; i < n; i++) checked[i] = fdArg(fds[i]);
  const { b } = solSocketMessage(SCM_RIGHTS, n * 4);
  // By index through an Int32Array over the data (where solSocketMessage's data view starts): a program's DataView.prototype.setInt32 must not send fd 0 in their place.
  const words = new Int32Array(bufferOf(b), cmsgAlign(SIZEOF_CMSGHDR), n);
  for (let i = 0; i < n; i++) words[i] = checked[i]!;
  return b;
}

/** The message m, checked: its Header and Data, for the Parse functions. */
function messageArg(m: unknown, level: number, type: number): Uint8Array | null {
  if (typeof m !== "object" || m === null) throw new TypeError(`m must be a SocketControlMessage, got ${describe(m)}`);
  const { Header, Data } = m as SocketControlMessage;
  if (typeof Header !== "object" || Header === null) throw new TypeError(`m.Header must be a Cmsghdr, got ${describe(Header)}`);
  const data = bytesArg("m.Data", Data);
  const { Level, Type } = Header;
  return scalarArg("i32", Level, "m.Header.Level") === level && scalarArg("i32", Type, "m.Header.Type") === type ? data : null;
}

/**
 * Go's `ParseUnixRights(m *SocketControlMessage) ([]int, error)`: the fds
 * an SCM_RIGHTS message carries (now open in this process: close them).
 * EINVAL for another level or type.
 */
export function ParseUnixRights(m: SocketControlMessage): [fds: number[], err: Errno | null] {
  const data = messageArg(m, SOL_SOCKET, SCM_RIGHTS);
  if (data === null) return [[], EINVAL];
  const fds: number[] = [];
  // A trailing partial int is left out (Go's loop would index past its slice and panic; the kernel never sends one).
  const n = byteLengthOf(data) >> 2;
  // Read through an Int32Array over an aligned copy (not DataView.prototype.getInt32, which a program can
  // replace: a lying one named other fds, which the caller would then close); stored by index, not push
  // (a program's Array.prototype.push would drop fds that are now open here).
  if (n === 0) return [fds, null]; // (no view can be made of a detached buffer's bytes)
  const words = new Int32Array(bufferOf(new Uint8Array(subview(data, 0, n * 4))), 0, n);
  for (let i = 0; i < n; i++) fds[i] = words[i]!;
  return [fds, null];
}

/** Go's `UnixCredentials(ucred *Ucred) []byte`: an SCM_CREDENTIALS control message carrying ucred (a Ucred or an object with its fields). */
export function UnixCredentials(ucred: Struct<Ucred>): Uint8Array {
  if (typeof ucred !== "object" || ucred === null) throw new TypeError(`ucred must be a Ucred, got ${describe(ucred)}`);
  const { b, data } = solSocketMessage(SCM_CREDENTIALS, SIZEOF_UCRED);
  writeStruct(UCRED, ucred, data, 0, "ucred");
  return b;
}

/**
 * Go's `ParseUnixCredentials(m *SocketControlMessage) (*Ucred, error)`:
 * the credentials an SCM_CREDENTIALS message carries (receive them with
 * SO_PASSCRED set on the socket). EINVAL (and null) for another level or
 * type, or a payload shorter than a Ucred.
 */
export function ParseUnixCredentials(m: SocketControlMessage): [ucred: Ucred | null, err: Errno | null] {
  const data = messageArg(m, SOL_SOCKET, SCM_CREDENTIALS);
  if (data === null || byteLengthOf(data) < SIZEOF_UCRED) return [null, EINVAL];
  return [readStruct(UCRED, view(data), 0), null];
}
