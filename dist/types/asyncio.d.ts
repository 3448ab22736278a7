import { Errno } from "./errno.js";
/** Options of ReadAsync and WriteAsync. */
export interface AsyncIOOptions {
    /** Stops waiting: the Promise rejects with the signal's reason; what was already transferred stays done. */
    signal?: AbortSignal;
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
export declare function ReadAsync(fd: number, p: Uint8Array, options?: AsyncIOOptions): Promise<[n: number, err: Errno | null]>;
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
export declare function WriteAsync(fd: number, p: Uint8Array, options?: AsyncIOOptions): Promise<[n: number, err: Errno | null]>;
/** Options of {@link FdReadableStream}. */
export interface FdReadableStreamOptions {
    /** Close fd when the stream ends, errors or is cancelled (default false: the caller owns fd). */
    close?: boolean;
    /** The size of each read (default 64 KiB, at most 16 MiB: a RangeError beyond). */
    chunkSize?: number;
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
export declare function FdReadableStream(fd: number, options?: FdReadableStreamOptions): ReadableStream<Uint8Array>;
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
export declare function FdWritableStream(fd: number, options?: FdWritableStreamOptions): WritableStream<Uint8Array>;
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
export declare function Openpty(): [master: number, slave: number, err: Errno | null];
