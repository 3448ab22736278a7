import type { Errno } from "../errno.js";
/**
 * Go's `syscall.Dirent`, the kernel's `struct linux_dirent64` (the same on
 * amd64 and arm64): an 8-byte inode number, an 8-byte directory offset, a
 * 2-byte record length, a 1-byte type (DT_*), then the NUL-terminated name
 * at byte 19. Go's padding field is left out. Getdents fills a byte slice
 * with such records; ParseDirent reads their names.
 */
export declare class Dirent {
    /** Inode number (uint64, a bigint); 0 marks a deleted entry, which ParseDirent skips. */
    Ino: bigint;
    /** The offset of the next record, a cookie for Seek (int64, a bigint: file systems hash it). */
    Off: bigint;
    /** Length of this record in bytes. */
    Reclen: number;
    /** File type: DT_REG, DT_DIR, DT_LNK, ... or DT_UNKNOWN. */
    Type: number;
    /** The name, NUL-terminated: Go's `[256]int8`. */
    Name: Int8Array;
}
/**
 * Go's `Getdents(fd int, buf []byte) (n int, err error)`: getdents64(2),
 * filling buf with linux_dirent64 records (parse them with ParseDirent).
 * n is 0 at the end of the directory; EINVAL when buf is too small for the
 * next record; ENOTDIR on a file.
 */
export declare const Getdents: import("../sysdef.js").Wrapper<readonly ["fd", "bytes"], "long">;
/** Go's `ReadDirent(fd int, buf []byte) (n int, err error)`: on Linux, Getdents. */
export declare function ReadDirent(fd: number, buf: Uint8Array): [n: number, err: Errno | null];
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
export declare function ParseDirent(buf: Uint8Array, max: number, names: string[] | null): [consumed: number, count: number, newnames: string[]];
