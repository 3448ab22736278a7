/**
 * I/O for the event loop: ReadAsync and WriteAsync (Go's `[n, err]`, never
 * blocking Bun's thread), web streams over an fd, and Openpty. Readiness
 * comes from {@link PollAsync}, the waiter behind Wait4Async.
 * @module
 */
import { bufPtr, byteLengthOf, bytesArg, C, dataViewOf, describe, errno, fdArg, ffi, invoke, isSafeInt, setOf, subview } from "./libc.ts";
import { ARCH } from "./layout.ts";
import { Errno, lastErr } from "./errno.ts";
import { PollAsync, abortedOf, reasonOf, signalArg } from "./waitasync.ts";
import { Close, Fstat, Open, fdClosedHooks } from "./file.ts";
import { Stat_t } from "./types.ts";
import { sysCall } from "./sysdef.ts";
import {
  EAGAIN, EBADF, EFAULT, EINTR, EIO, ENOSYS, EOPNOTSUPP, EPERM, EPOLLIN, EPOLLOUT, F_GETFL, F_SETFL, O_CLOEXEC, O_NOCTTY, O_NONBLOCK, O_RDWR, S_IFBLK, S_IFCHR, S_IFMT, S_IFREG,
  TIOCGPTN, TIOCSPTLCK,
} from "./zconsts_linux.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, BigUint64Array } = globalThis;


/** Options of ReadAsync and WriteAsync. */
export interface AsyncIOOptions {
  /** Stops waiting: the Promise rejects with the signal's reason; what was already transferred stays done. */
  signal?: AbortSignal;
}

/** preadv2(2) and pwritev2(2), and their flag that makes one call non-blocking. */
const NR_PREADV2 = ARCH === "arm64" ? 286 : 327, NR_PWRITEV2 = ARCH === "arm64" ? 287 : 328, RWF_NOWAIT = 8;
/** The one iovec those calls take: base, length. */
const iov = new BigUint64Array(2);
/**
 * BigInt and Number as the engine made them: the iovec's base is made with
 * BigInt, and with a program's that added 8 to what it was given, the
 * kernel's read landed 8 bytes on from p, past the end of a short p.
 */
const toBig = BigInt, toNum = Number;
let iovAddr = 0;

/**
 * One read or write of len bytes of b that cannot block, whoever else holds
 * the open file. First preadv2/pwritev2 with RWF_NOWAIT, which makes this
 * call alone non-blocking (pipes, sockets, eventfds: no flag is touched); a
 * regular file or block device that says EAGAIN to it (data not cached) is
 * read or written at once, as read(2) would. Where the file does not take
 * RWF_NOWAIT (a pty, a timerfd, an older kernel: EOPNOTSUPP; a seccomp
 * filter that refuses preadv2 or pwritev2: ENOSYS or EPERM), O_NONBLOCK is
 * set for the duration of the call and put back, so the fd's flags are as
 * they were found; there, another holder that toggles the flag at the same
 * moment can still make the call block.
 */
function nonblocking(fd: number, write: boolean, b: Uint8Array, len: number): [number, Errno | null] {
  const base = bufPtr(b);
  // An empty read or write takes the flag toggle below: preadv2 of nothing
  // returns 0 without the errors read(2) gives (EISDIR), and read(2) or
  // write(2) of nothing can still wait (an inotify fd, a full datagram peer).
  if (len > 0) {
    if (iovAddr === 0) iovAddr = ffi().ptr(iov) as unknown as number;
    iov[0] = toBig(ffi().ptr(base) as unknown as number);
    iov[1] = toBig(len);
    const r = toNum(C.syscall(write ? NR_PWRITEV2 : NR_PREADV2, fd, iovAddr, 1, -1, 0, RWF_NOWAIT));
    // A regular file gives the cached part of a read to RWF_NOWAIT; read(2)
    // gives the whole request: the rest is read at once, as read(2) would.
    if (r > 0 && r < len && !write && waitsNever(fd)) {
      const n = C.read(fd, subview(b, r, len), len - r);
      return [n > 0 ? r + n : r, null];
    }
    if (r >= 0) return [r, null];
    const e = errno();
    if (e === EAGAIN.errno && waitsNever(fd)) {
      const n = write ? C.write(fd, base, len) : C.read(fd, base, len);
      return n < 0 ? [-1, lastErr()] : [n, null];
    }
    // EPERM: a seccomp filter that refuses preadv2/pwritev2 (Docker's and
    // other container profiles answer EPERM for a call they do not list);
    // read(2) or write(2) below then gives the fd's own answer.
    if (e !== EOPNOTSUPP.errno && e !== ENOSYS.errno && e !== EPERM.errno) return [-1, Errno.of(e)];
  }
  const op = () => (write ? C.write(fd, base, len) : C.read(fd, base, len));
  const fl = C.fcntl(fd, F_GETFL, 0);
  if (fl < 0) return [-1, lastErr()];
  const toggle = (fl & O_NONBLOCK) === 0;
  if (toggle && C.fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0) return [-1, lastErr()];
  const n = op();
  const err = n < 0 ? lastErr() : null;
  if (toggle) C.fcntl(fd, F_SETFL, fl);
  return err === null ? [n, null] : [-1, err];
}

/** Whether fd is a regular file or a block device, which poll(2) calls always ready: its I/O is done at once. */
function waitsNever(fd: number): boolean {
  const st = new Stat_t();
  if (Fstat(fd, st) !== null) return false;
  const t = st.Mode & S_IFMT;
  return t === S_IFREG || t === S_IFBLK;
}

function checkSignal(options: unknown): AbortSignal | undefined {
  if (options !== undefined && options !== null && typeof options !== "object") throw new TypeError(`options must be an object, got ${describe(options)}`);
  return signalArg((options as AsyncIOOptions | undefined)?.signal);
}

/**
 * The ReadAsync and WriteAsync calls in progress. The package's Close
 * (CloseRange, Dup2, Dup3) of a call's number marks it: a call whose wait
 * was already over (another continuation ran first, closed the fd and
 * opened a file under its number) would otherwise read or write that new
 * file. A plain array with index loops and swap-removal (no prototype
 * method a program could replace), each call knowing its slot.
 */
interface InFlight {
  fd: number;
  closed: boolean;
  slot: number;
  /** The file fd named before the first wait (fstat's device and inode), once taken. */
  dev: bigint;
  ino: bigint;
  known: boolean;
}
const inFlight: InFlight[] = [];
function track(fd: number): InFlight {
  const op: InFlight = { fd, closed: false, slot: inFlight.length, dev: 0n, ino: 0n, known: false };
  inFlight[op.slot] = op;
  return op;
}
function untrack(op: InFlight): void {
  const last = inFlight[inFlight.length - 1]!;
  inFlight[op.slot] = last;
  last.slot = op.slot;
  inFlight.length--;
}
fdClosedHooks.push((first, last) => {
  for (let i = 0; i < inFlight.length; i++) {
    const op = inFlight[i]!;
    if (op.fd >= first && op.fd <= last) op.closed = true;
  }
});

/** Waits for events on fd; an error it meets is the operation's result. */
async function ready(fd: number, events: number, signal: AbortSignal | undefined): Promise<Errno | null> {
  // Indexes, not destructuring, here and below: destructuring runs Array.prototype's
  // iterator, and a program's that yielded [0, null] kept WriteAsync looping for ever.
  return (await PollAsync(fd, events, { signal }))[1];
}

/**
 * Waits for op's fd as ready does, then says EBADF if the fd was closed
 * meanwhile: by the package (op marked), or any other way with its number
 * reused by another file (fs.closeSync, then a new pipe: the wait follows
 * the number, and the old read took the new pipe's data). The file is
 * told by fstat's device and inode, taken before the first wait (files
 * that share one inode, eventfds and timerfds, cannot be told apart).
 */
async function readyOwn(op: InFlight, events: number, signal: AbortSignal | undefined): Promise<Errno | null> {
  const st = new Stat_t();
  if (!op.known && Fstat(op.fd, st) === null) {
    op.dev = st.Dev;
    op.ino = st.Ino;
    op.known = true;
  }
  const err = await ready(op.fd, events, signal);
  if (err !== null) return err;
  if (op.closed) return EBADF;
  if (op.known && (Fstat(op.fd, st) !== null || st.Dev !== op.dev || st.Ino !== op.ino)) return EBADF;
  return null;
}

/**
 * Go's `Read(fd, p) (n int, err error)` for the event loop: resolves with
 * what read(2) returns once fd has data (`[0, null]` at end of file),
 * retrying EAGAIN (by waiting for readiness) and EINTR. It never blocks
 * Bun's thread, whatever the fd's O_NONBLOCK flag, and leaves the flag as it
 * found it (see the module notes). A pty master whose slave side is closed
 * reads EIO, as Go's Read does; {@link FdReadableStream} treats that as
 * the end. A regular file is read at once. The read goes into p as it is
 * when the fd is ready: a p detached (transferred) or shrunk to nothing
 * while the read waited gives EFAULT, and one resized reads into its new length.
 * fd closed while the read waits (by the package's Close, even after the
 * wait ended; or any other way, its number then naming another file) gives
 * EBADF: the read never takes the new file's data.
 */
export async function ReadAsync(fd: number, p: Uint8Array, options?: AsyncIOOptions): Promise<[n: number, err: Errno | null]> {
  const f = fdArg(fd);
  const b = bytesArg("p", p);
  const signal = checkSignal(options);
  // Lengths by the engine's getter, each time: p's own properties (or its
  // prototype) may change while the read waits, and no length they claim
  // may reach the kernel.
  const len = byteLengthOf(b);
  const op = track(f);
  try {
    for (;;) {
      if (abortedOf(signal)) throw reasonOf(signal!);
      // p detached (transferred) or shrunk to nothing while the read waited:
      // EFAULT, not a 0 that would read as the end of the file.
      const now = byteLengthOf(b);
      if (len > 0 && now === 0) return [-1, EFAULT];
      // An empty p still makes one read(2), as Read does: EBADF or EISDIR come back.
      const r = nonblocking(f, false, b, now);
      if (r[1] === EINTR) continue;
      if (r[1] !== EAGAIN) return r;
      // (EBADF: fd closed while the read waited; its number may name another file now.)
      const err = await readyOwn(op, EPOLLIN, signal);
      if (err !== null) return [-1, err];
    }
  } finally {
    untrack(op);
  }
}

/**
 * Writes all of p to fd for the event loop, as Go's `(*os.File).Write`
 * does: resolves `[len(p), null]`, or `[n, err]` with the bytes written
 * before an error. It waits for room when the reader is slow (EAGAIN) and
 * retries EINTR, never blocking Bun's thread, and leaves the fd's
 * O_NONBLOCK flag as it found it. A reader that has gone gives EPIPE (Bun
 * ignores SIGPIPE). It writes the bytes p had when called; a p detached or
 * shrunk while the write waited gives `[n, EFAULT]` with the bytes written before;
 * fd closed while it waited (as for ReadAsync) gives `[n, EBADF]`, and
 * nothing goes to a file opened under its number.
 */
export async function WriteAsync(fd: number, p: Uint8Array, options?: AsyncIOOptions): Promise<[n: number, err: Errno | null]> {
  const f = fdArg(fd);
  const b = bytesArg("p", p);
  const signal = checkSignal(options);
  const len = byteLengthOf(b);
  let done = 0;
  const op = track(f);
  try {
    // At least one write(2), as Write makes: an empty p on a bad fd is EBADF.
    do {
      if (abortedOf(signal)) throw reasonOf(signal!);
      // p detached or shrunk while the write waited: what is left of it is gone.
      if (byteLengthOf(b) < len) return [done, EFAULT];
      // A view made by the engine's getters, not p.subarray (p's own code could return any length).
      // (An empty or detached p: one write of nothing, as Write makes.)
      const rest = len === 0 ? b : subview(b, done, len);
      const r = nonblocking(f, true, rest, len - done);
      const n = r[0], err = r[1];
      if (err === EINTR) continue;
      if (err === EAGAIN) {
        // (EBADF: fd closed while the write waited: the rest must not go to a file opened under its number.)
        const perr = await readyOwn(op, EPOLLOUT, signal);
        if (perr !== null) return [done, perr];
        continue;
      }
      if (err !== null) return [done, err];
      done += n;
    } while (done < len);
    return [done, null];
  } finally {
    untrack(op);
  }
}

/**
 * The largest chunkSize (16 MiB). Each pull may allocate a buffer of that
 * size (1 GiB took 1.4 s to allocate and zero here), and no fd a stream
 * reads hands over more at once than it holds: a pipe at most
 * pipe-max-size (1 MiB by default), a socket its receive buffer, a pty 4 KiB.
 */
const CHUNK_MAX = 1 << 24;

/** Options of {@link FdReadableStream}. */
export interface FdReadableStreamOptions {
  /** Close fd when the stream ends, errors or is cancelled (default false: the caller owns fd). */
  close?: boolean;
  /** The size of each read (default 64 KiB, at most 16 MiB: a RangeError beyond). */
  chunkSize?: number;
}

/** A stream's fd and options checked, with the end that closes fd once, and only with `{ close: true }`. */
function streamFd(fd: number, options: { close?: boolean } | undefined): { f: number; finish: (gone?: boolean) => void } {
  const f = fdArg(fd);
  if (options !== undefined && options !== null && typeof options !== "object") throw new TypeError(`options must be an object, got ${describe(options)}`);
  const close = options?.close ?? false;
  if (typeof close !== "boolean") throw new TypeError("options.close must be a boolean");
  let closed = false;
  return {
    f,
    // gone: fd is closed already (a read or write said EBADF), and its number may name another file by now.
    finish: (gone = false) => {
      if (close && !closed && !gone) Close(f);
      closed = true;
    },
  };
}

/**
 * The engine's stream classes and controller methods, taken at load: with
 * a program's enqueue that throws, or a `signal` getter that lies, a stream
 * with `{ close: true }` errored without closing its fd; with a close that
 * does nothing, the stream never ended.
 */
const RStream = ReadableStream, WStream = WritableStream;
const ENQUEUE = ReadableStreamDefaultController.prototype.enqueue, CLOSE = ReadableStreamDefaultController.prototype.close, ERROR = ReadableStreamDefaultController.prototype.error;
const CTRL_SIGNAL = Object.getOwnPropertyDescriptor(WritableStreamDefaultController.prototype, "signal")?.get as ((this: WritableStreamDefaultController) => AbortSignal) | undefined;
/** AbortController's own signal getter and abort (with a program's abort doing nothing, a cancelled stream's read went on and took the caller's data). */
const AC_SIGNAL = Object.getOwnPropertyDescriptor(AbortController.prototype, "signal")!.get! as (this: AbortController) => AbortSignal;
const AC_ABORT = AbortController.prototype.abort;
const SET_PROTO = Object.setPrototypeOf;
/**
 * o without a prototype: the stream constructors read start, type, size
 * and more from the source, sink and strategy, and a program's
 * Object.prototype.start or .type was taken for ours (the stream errored
 * at once, fd left open, or became a byte stream).
 */
function bare<T extends object>(o: T): T {
  SET_PROTO(o, null);
  return o;
}

/** Whether fd is a pty master (the ptmx character device, 5:2), whose end of input reads EIO. */
function isPtyMaster(fd: number): boolean {
  const st = new Stat_t();
  return Fstat(fd, st) === null && (st.Mode & S_IFMT) === S_IFCHR && st.Rdev === (5n << 8n | 2n);
}

/**
 * A web ReadableStream of fd's bytes, read with {@link ReadAsync} as the
 * consumer pulls (backpressure: nothing is read ahead of demand, so a
 * stream nobody reads holds no read that would keep the process alive). `await new Response(FdReadableStream(fd)).text()` reads a pipe
 * to its end; `for await (const chunk of FdReadableStream(master))` reads a
 * pty, where EIO (the slave side closed) ends the stream rather than
 * erroring it. Other errors error the stream with their Errno. fd is closed
 * at the end only with `{ close: true }`. Cancelling the stream stops a read
 * that waits for data (nothing is left waiting on fd).
 */
export function FdReadableStream(fd: number, options?: FdReadableStreamOptions): ReadableStream<Uint8Array> {
  const { f, finish } = streamFd(fd, options);
  const size = options?.chunkSize ?? 65536;
  if (typeof size !== "number" || !isSafeInt(size) || size < 1 || size > CHUNK_MAX) throw new RangeError(`options.chunkSize must be an integer in [1, 2^24], got ${describe(size)}`);
  const pty = isPtyMaster(f);
  // Cancelling stops a read that waits for data: it would otherwise wait
  // (and hold the event loop) until the fd had some, or for ever.
  const cancelled = new AbortController();
  const cancelSignal = invoke(AC_SIGNAL, cancelled);
  // The read buffer, reused while the reads come short (their bytes are
  // copied out); a full one is enqueued as it is, and the next pull makes another.
  let spare: Uint8Array | null = null;
  return new RStream<Uint8Array>(bare({
    async pull(ctrl: ReadableStreamDefaultController<Uint8Array>) {
      const buf = spare ?? new Uint8Array(size);
      spare = null;
      let r: [number, Errno | null];
      try {
        r = await ReadAsync(f, buf, { signal: cancelSignal });
      } catch (e) {
        if (abortedOf(cancelSignal)) return;
        finish(); // the stream errors with e: neither cancel nor another pull comes
        throw e;
      }
      if (abortedOf(cancelSignal)) return;
      const n = r[0], err = r[1];
      if (err !== null && !(pty && err === EIO)) {
        finish(err === EBADF);
        invoke(ERROR, ctrl, err);
      } else if (err !== null || n === 0) {
        finish();
        invoke(CLOSE, ctrl);
      } else {
        // A copy by the engine's set, not buf.slice (a program's slice that throws errored the stream with fd left open).
        let chunk = buf;
        if (n !== size) {
          setOf((chunk = new Uint8Array(n)), subview(buf, 0, n));
          spare = buf;
        }
        invoke(ENQUEUE, ctrl, chunk);
      }
    },
    cancel() {
      invoke(AC_ABORT, cancelled);
      finish();
    },
  }), bare({ highWaterMark: 0 }));
}

/** Options of {@link FdWritableStream}. */
export interface FdWritableStreamOptions {
  /** Close fd when the stream is closed or aborted (default false: the caller owns fd). */
  close?: boolean;
}

/**
 * A web WritableStream that writes each chunk to fd with
 * {@link WriteAsync}; a write resolves once its bytes are all in the fd
 * (so a slow reader is backpressure, not memory). A failed write errors
 * the stream with its Errno. fd is closed at the end only with
 * `{ close: true }`. Aborting the stream stops a write that waits for room
 * (the bytes already written stay written).
 */
export function FdWritableStream(fd: number, options?: FdWritableStreamOptions): WritableStream<Uint8Array> {
  const { f, finish } = streamFd(fd, options);
  return new WStream<Uint8Array>(bare({
    // The controller's signal aborts a write that waits for room when the
    // stream is aborted (the sink's abort comes only after that write ends).
    async write(chunk: Uint8Array, ctrl: WritableStreamDefaultController) {
      // (Bun has it; the type declarations in use lack it.) The engine's getter, not one a program put on the prototype.
      const signal = (CTRL_SIGNAL === undefined ? undefined : invoke(CTRL_SIGNAL, ctrl));
      let err: Errno | null;
      try {
        err = (await WriteAsync(f, bytesArg("chunk", chunk), signal === undefined ? undefined : { signal }))[1];
      } catch (e) {
        // A chunk that is no Uint8Array errors the stream, and neither
        // close nor abort reaches the sink after that: end fd here.
        if (!abortedOf(signal)) finish();
        throw e;
      }
      if (err !== null) {
        // EBADF: fd was closed under the write (the package's Close ends it
        // so); its number may name another file already, so it is not closed again.
        finish(err === EBADF);
        throw err;
      }
    },
    close: () => finish(),
    abort: () => finish(),
  }));
}

const ioctlPtr = sysCall("ioctl", "ioctl", ["fd", "uintptr", "buf"], "int");

/**
 * Opens a pseudo-terminal pair, as glibc's openpty(3): `[master, slave,
 * err]`, both close-on-exec and O_NOCTTY (so neither becomes this process's
 * controlling terminal). Start a program on it with ForkExec and
 * `Files: [slave, slave, slave]`, `Sys: { Setsid: true, Setctty: true,
 * Ctty: 0 }`; size it with IoctlSetWinsize(master, TIOCSWINSZ, ws); read
 * its output with FdReadableStream(master) and write to it with
 * WriteAsync(master, ...). Close the slave in the parent once the child
 * has it, so that the master reads EIO (the end) when the child exits.
 */
export function Openpty(): [master: number, slave: number, err: Errno | null] {
  const om = Open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC, 0);
  const m = om[0], err = om[1];
  if (err !== null) return [-1, -1, err];
  const word = new Uint8Array(4);
  // The engine's view of word's own buffer (a shadowed `buffer` getter would read another pty's number).
  const dv = dataViewOf(word);
  // Unlock the slave (TIOCSPTLCK 0), then learn its number (TIOCGPTN).
  let e = ioctlPtr(m, TIOCSPTLCK, word)[1];
  if (e === null) e = ioctlPtr(m, TIOCGPTN, word)[1];
  if (e !== null) {
    Close(m);
    return [-1, -1, e];
  }
  const os = Open(`/dev/pts/${dv.getUint32(0, true)}`, O_RDWR | O_NOCTTY | O_CLOEXEC, 0);
  const s = os[0], serr = os[1];
  if (serr !== null) {
    Close(m);
    return [-1, -1, serr];
  }
  return [m, s, null];
}
