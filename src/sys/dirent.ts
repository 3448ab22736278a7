/**
 * Directory reading, after Go's dirent.go and syscall_linux.go: Getdents
 * (getdents64), ReadDirent, and ParseDirent, which turns the kernel's
 * records into names; and Go's Dirent type, the record's layout.
 * @module
 */
import { SYS_GETDENTS64 } from "../zconsts_linux.ts";
import { sysCall } from "../sysdef.ts";
import { byteLengthOf, bytesArg, dataViewOf, describe, int64Arg, invoke, lengthArg, subview } from "../libc.ts";
import type { Errno } from "../errno.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Int8Array } = globalThis;


/**
 * Go's `syscall.Dirent`, the kernel's `struct linux_dirent64` (the same on
 * amd64 and arm64): an 8-byte inode number, an 8-byte directory offset, a
 * 2-byte record length, a 1-byte type (DT_*), then the NUL-terminated name
 * at byte 19. Go's padding field is left out. Getdents fills a byte slice
 * with such records; ParseDirent reads their names.
 */
export class Dirent {
  /** Inode number (uint64, a bigint); 0 marks a deleted entry, which ParseDirent skips. */
  Ino = 0n;
  /** The offset of the next record, a cookie for Seek (int64, a bigint: file systems hash it). */
  Off = 0n;
  /** Length of this record in bytes. */
  Reclen = 0;
  /** File type: DT_REG, DT_DIR, DT_LNK, ... or DT_UNKNOWN. */
  Type = 0;
  /** The name, NUL-terminated: Go's `[256]int8`. */
  Name: Int8Array = new Int8Array(256);
}

/** Byte offsets in a linux_dirent64 record (Go's unsafe.Offsetof of Dirent's fields). */
const INO = 0, RECLEN = 16, NAME = 19;

/**
 * Go's `Getdents(fd int, buf []byte) (n int, err error)`: getdents64(2),
 * filling buf with linux_dirent64 records (parse them with ParseDirent).
 * n is 0 at the end of the directory; EINVAL when buf is too small for the
 * next record; ENOTDIR on a file.
 */
export const Getdents = sysCall("Getdents", SYS_GETDENTS64, ["fd", "bytes"], "long");

/** Go's `ReadDirent(fd int, buf []byte) (n int, err error)`: on Linux, Getdents. */
export function ReadDirent(fd: number, buf: Uint8Array): [n: number, err: Errno | null] {
  return Getdents(fd, buf);
}

// ignoreBOM: a leading U+FEFF is part of the name, as Go keeps its bytes.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
/**
 * The engine's decode, taken at load: a program's
 * TextDecoder.prototype.decode must not make the names. (They go into the
 * array by index, so a program's Array.prototype.push cannot drop them
 * while count says they were added.)
 */
const decodeOf = TextDecoder.prototype.decode;

/**
 * Go's `ParseDirent(buf []byte, max int, names []string) (consumed int, count int, newnames []string)`:
 * parses up to max records of buf (all of them when max is negative),
 * appending their names to names, and returns the bytes consumed, the
 * number of names added and the names. As Go's, it skips "." and "..",
 * and entries whose inode is 0; a record that runs past the end of buf
 * ends the parse with all of buf counted consumed.
 *
 * Go's append becomes an in-place push: the names given are extended and
 * returned (the same array), so `names = ParseDirent(buf, -1, names)[2]`
 * works as in Go; null or undefined (Go's nil slice) gives a new array.
 * Names are decoded as UTF-8 (a byte sequence that is not UTF-8 becomes
 * U+FFFD, where Go keeps the bytes). A record too short to hold its name
 * header ends the parse where Go would panic on the slice bounds.
 */
export function ParseDirent(buf: Uint8Array, max: number, names: string[] | null): [consumed: number, count: number, newnames: string[]] {
  const b = bytesArg("buf", buf);
  let left = int64Arg("max", max);
  let out: string[];
  if (names === null || names === undefined) out = [];
  else if (Array.isArray(names)) out = names;
  else throw new TypeError(`names must be an array of strings or null, got ${describe(names)}`);
  // Its length read once (push would convert a Proxy's object length: a
  // sparse array of 2^32-1 slots, made a string, took for ever); the names
  // go in by index, as push would put them.
  let at = lengthArg("names", out, 0xffffffff);
  const view = dataViewOf(b);
  const origlen = byteLengthOf(b);
  let pos = 0;
  let count = 0;
  while (left !== 0 && pos < origlen) {
    const len = origlen - pos;
    if (len < RECLEN + 2) return [origlen, count, out];
    const reclen = view.getUint16(pos + RECLEN, true);
    if (reclen > len) return [origlen, count, out];
    const rec = pos;
    pos += reclen;
    if (reclen < INO + 8) break;
    if (view.getBigUint64(rec + INO, true) === 0n) continue; // the file is absent from the directory
    if (reclen < NAME) break; // Go: namlen underflows and the slice panics
    let end = rec + NAME;
    const stop = rec + reclen;
    while (end < stop && b[end] !== 0) end++;
    const n = end - rec - NAME;
    // "." and "..", checked on the bytes before a string is made, as Go does.
    if (b[rec + NAME] === 0x2e && (n === 1 || (n === 2 && b[rec + NAME + 1] === 0x2e))) continue;
    left--;
    count++;
    if (at >= 0xffffffff) throw new RangeError("names is full: an array holds at most 2^32-1 names");
    out[at++] = invoke(decodeOf, utf8, subview(b, rec + NAME, end)) as string;
  }
  return [pos, count, out];
}
