/**
 * Memory mappings, after Go's syscall_linux.go and syscall_unix.go's
 * mmapper: Mmap and Munmap, Mprotect, Madvise, Mlock, Munlock, Mlockall
 * and Munlockall.
 *
 * Mmap returns a Uint8Array over the mapping itself (bun:ffi's
 * toArrayBuffer on the mapped address), and, as Go's mmapper does, keeps
 * the active mappings by address, so that Munmap of anything Mmap did not
 * return is EINVAL. As in Go, a mapping lives until Munmap: it is not
 * unmapped when its Uint8Array is garbage-collected.
 *
 * Munmap can never leave a view over unmapped memory, which would crash
 * the process on its next access. It detaches the mapping's ArrayBuffer
 * (so every view of it, subarrays and DataViews included, has length 0
 * and reads undefined, as after a transfer), and it replaces the range,
 * in one mmap(MAP_FIXED) call, by fresh private zero pages: the file
 * mapping is gone (its writes are in the page cache), and what still holds
 * the raw address (a bun:ffi `ptr()` taken earlier) reads zeros and writes
 * nowhere visible. The address range stays reserved until the detached
 * ArrayBuffer is garbage-collected, and is then unmapped for real.
 *
 * Beyond Go, for the same reason: Mmap refuses MAP_FIXED (Go passes
 * address 0, and a fixed mapping from 0 up would replace Bun's own code),
 * and Mprotect and Madvise act only on memory Mmap returned (on Bun's heap
 * they would crash it or zero other objects). What Go would do stays
 * possible, and ends the process as it ends a Go program: touching a
 * mapping that Mprotect made PROT_NONE (or read-only, for a write), or a
 * page of a file mapping past the end of the file (SIGBUS).
 * @module
 */
import { sysCall } from "../sysdef.ts";
import { bufferOf, byteLengthOf, bytesArg, fdArg, ffi, int64Arg, intArg, invoke, subview } from "../libc.ts";
import { Errno } from "../errno.ts";
import { EINVAL, ENOMEM, MAP_ANONYMOUS, MAP_FIXED, MAP_PRIVATE, PROT_READ, PROT_WRITE } from "../zconsts_linux.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, ArrayBuffer } = globalThis;


const mmap = sysCall("Mmap", "mmap", ["uintptr", "uintptr", "int", "int", "fd", "int64"], "long");
const munmap = sysCall("Munmap", "munmap", ["uintptr", "uintptr"], "err");
const mprotect = sysCall("Mprotect", "mprotect", ["bytes", "int"], "err");
const madvise = sysCall("Madvise", "madvise", ["bytes", "int"], "err");

/** The largest ArrayBuffer Bun makes over foreign memory: 4 GiB. */
const MAX_LENGTH = 2 ** 32;

/** A live mapping: its length as Go's slice has it, and the ArrayBuffer over it. */
interface Mapping {
  length: number;
  ab: ArrayBuffer;
}

/** Go's mmapper.active: the mappings Mmap returned and Munmap has not unmapped, by first address. */
const active = new Map<number, Mapping>();
/**
 * Map's methods as the engine made them, taken at load. With a program's
 * Map.prototype.get, Map iterator next or Array iterator (which for-of of
 * [address, mapping] pairs ran), any address looked mapped: Madvise zeroed
 * Bun's heap and Munmap replaced it by zero pages.
 */
const MAP_GET = Map.prototype.get as (this: Map<number, Mapping>, k: number) => Mapping | undefined;
const MAP_SET = Map.prototype.set as (this: Map<number, Mapping>, k: number, v: Mapping) => unknown;
const MAP_DELETE = Map.prototype.delete as (this: Map<number, Mapping>, k: number) => boolean;
const MAP_FOREACH = Map.prototype.forEach as (this: Map<number, Mapping>, f: (v: Mapping, k: number) => void) => void;

/** Unmaps, for real, the zero pages left in place of an unmapped range once its ArrayBuffer is collected. */
const reserved = new FinalizationRegistry<{ addr: number; length: number }>(({ addr, length }) => {
  munmap(addr, length);
});

/**
 * ArrayBuffer.prototype.transfer as the engine made it: a program's
 * transfer that moved the memory to a buffer it kept (instead of
 * detaching) left that buffer over the range unmapped once the detached
 * one was collected, and its next read crashed the process.
 */
const AB_TRANSFER = (ArrayBuffer.prototype as ArrayBuffer & { transfer(n?: number): ArrayBuffer }).transfer;

/** FinalizationRegistry.prototype.register as the engine made it: a program's could change the address the registry later unmaps. */
const REGISTER = FinalizationRegistry.prototype.register as (this: FinalizationRegistry<{ addr: number; length: number }>, target: object, held: { addr: number; length: number }) => void;

/** ArrayBuffer's own byteLength getter (0 once detached), which no own property overrides. */
const abLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength")!.get! as (this: ArrayBuffer) => number;

/** The true address and length of b, and a plain view of exactly those bytes. */
function region(name: string, b: unknown): { addr: number; len: number; view: Uint8Array } {
  const u = bytesArg(name, b);
  const len = byteLengthOf(u);
  if (len === 0) return { addr: 0, len, view: new Uint8Array(0) }; // empty, or detached
  const view = subview(u, 0, len);
  return { addr: ffi().ptr(view) as unknown as number, len, view };
}

/** Whether [addr, addr+len) lies inside one active mapping. */
function inMapping(addr: number, len: number): boolean {
  let found = false;
  invoke(MAP_FOREACH, active, (m: Mapping, a: number) => {
    if (addr >= a && addr + len <= a + m.length) found = true;
  });
  return found;
}

/**
 * Go's `Mmap(fd int, offset int64, length int, prot int, flags int) (data []byte, err error)`:
 * mmap(2) of length bytes of fd from offset (fd -1 with MAP_ANONYMOUS), at
 * an address the kernel picks. data is a Uint8Array over the mapping
 * itself: writes through a MAP_SHARED mapping reach the file. On failure
 * data is empty.
 *
 * As in Go, length <= 0 is EINVAL. Beyond Go: MAP_FIXED is EINVAL (the
 * address is always 0, see the module doc), and a length past 4 GiB, the
 * largest buffer Bun makes over foreign memory, is ENOMEM.
 */
export function Mmap(fd: number, offset: number, length: number, prot: number, flags: number): [data: Uint8Array, err: Errno | null] {
  fdArg(fd);
  int64Arg("offset", offset);
  int64Arg("length", length);
  intArg("prot", prot);
  intArg("flags", flags);
  if (length <= 0 || (flags & MAP_FIXED) !== 0) return [new Uint8Array(0), EINVAL];
  if (length > MAX_LENGTH) return [new Uint8Array(0), ENOMEM];
  // Indexes, not destructuring (which runs Array.prototype's iterator, a program's own).
  const r = mmap(0, length, prot, flags, fd, offset);
  const addr = r[0], err = r[1];
  if (err !== null) return [new Uint8Array(0), err];
  let ab: ArrayBuffer;
  try {
    ab = ffi().toArrayBuffer(addr, 0, length);
  } catch {
    munmap(addr, length); // an address Bun refuses to view (page 0, with MAP_FIXED_NOREPLACE)
    return [new Uint8Array(0), ENOMEM];
  }
  invoke(MAP_SET, active, addr, { length, ab });
  return [new Uint8Array(ab), null];
}

/**
 * Go's `Munmap(b []byte) (err error)`: munmap(2) of a mapping Mmap
 * returned. b must be the whole of it (the Uint8Array Mmap returned, or
 * another view of all of its bytes); anything else, an empty slice, or a
 * mapping already unmapped, is EINVAL, as in Go.
 *
 * Afterwards every view of the mapping is detached (length 0) and the
 * address range holds zero pages until the ArrayBuffer is collected: no
 * later access can fault (see the module doc). A mapping whose ArrayBuffer
 * was moved with `transfer()` is unmapped through a view of the buffer it
 * moved to (the one that holds it now); a view of one it moved away from
 * is empty, so EINVAL.
 */
export function Munmap(b: Uint8Array): Errno | null {
  const { addr, len } = region("b", b);
  const m = len === 0 ? undefined : invoke(MAP_GET, active, addr);
  if (m === undefined || m.length !== len) return EINVAL;
  // The mapping's memory may have moved to another ArrayBuffer
  // (ArrayBuffer.prototype.transfer keeps the address and detaches the
  // old one): then b's buffer is the one to detach, and the one whose
  // collection may unmap the range. Any other buffer over these bytes is
  // not one Mmap made.
  const ab = bufferOf(b) as ArrayBuffer;
  if (ab !== m.ab) {
    if (invoke(abLength, m.ab) !== 0 || invoke(abLength, ab) !== m.length) return EINVAL;
    m.ab = ab;
  }
  // One call replaces the file mapping by zero pages: never a moment with nothing mapped there.
  const err = mmap(addr, m.length, PROT_READ | PROT_WRITE, MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)[1];
  if (err !== null) return err;
  invoke(MAP_DELETE, active, addr);
  try {
    invoke(AB_TRANSFER, m.ab, 0);
  } catch {
    // Not detachable: its views read the zero pages, which stay until it is collected.
  }
  invoke(REGISTER, reserved, m.ab, { addr, length: m.length });
  return null;
}

/**
 * Go's `Mprotect(b []byte, prot int) (err error)`: mprotect(2) of the pages
 * of b, which must lie inside a mapping Mmap returned (else EINVAL; see the
 * module doc). After PROT_NONE, touching b ends the process, as in Go.
 */
export function Mprotect(b: Uint8Array, prot: number): Errno | null {
  const { addr, len, view } = region("b", b);
  intArg("prot", prot);
  if (len !== 0 && !inMapping(addr, len)) return EINVAL;
  return mprotect(view, prot);
}

/**
 * Go's `Madvise(b []byte, advice int) (err error)`: madvise(2) of the pages
 * of b (MADV_DONTNEED, MADV_WILLNEED, ...), which must lie inside a
 * mapping Mmap returned (else EINVAL; see the module doc).
 */
export function Madvise(b: Uint8Array, advice: number): Errno | null {
  const { addr, len, view } = region("b", b);
  intArg("advice", advice);
  if (len !== 0 && !inMapping(addr, len)) return EINVAL;
  return madvise(view, advice);
}

/** Go's `Mlock(b []byte) (err error)`: mlock(2), locks the pages of b in memory (RLIMIT_MEMLOCK bounds it without CAP_IPC_LOCK). */
export const Mlock = sysCall("Mlock", "mlock", ["bytes"], "err");

/** Go's `Munlock(b []byte) (err error)`: munlock(2). */
export const Munlock = sysCall("Munlock", "munlock", ["bytes"], "err");

/**
 * Go's `Mlockall(flags int) (err error)`: mlockall(2) of the whole process,
 * flags MCL_CURRENT, MCL_FUTURE (and Linux's MCL_ONFAULT, 4). MCL_CURRENT
 * faults in every page Bun has mapped, which can be a lot of memory.
 */
export const Mlockall = sysCall("Mlockall", "mlockall", ["int"], "err");

/** Go's `Munlockall() (err error)`: munlockall(2). */
export const Munlockall = sysCall("Munlockall", "munlockall", [], "err");
