/**
 * Go's `syscall.Conn` and `syscall.RawConn`: the interfaces through which
 * Go's net and os packages hand out the fd under a connection or file.
 * Nothing in this package implements them (it has no net.Conn); they are
 * here so that code written against Go's shapes type-checks, and so that a
 * JavaScript wrapper of an fd can offer the same shape.
 * @module
 */
/** Go's `syscall.RawConn`: runs functions on the fd of a connection. */
export interface RawConn {
    /** Go's `Control(f func(fd uintptr)) error`: calls f with the fd. */
    Control(f: (fd: number) => void): Error | null;
    /** Go's `Read(f func(fd uintptr) (done bool)) error`: calls f until it returns true, waiting for readability in between. */
    Read(f: (fd: number) => boolean): Error | null;
    /** Go's `Write(f func(fd uintptr) (done bool)) error`: calls f until it returns true, waiting for writability in between. */
    Write(f: (fd: number) => boolean): Error | null;
}
/** Go's `syscall.Conn`: something with an fd underneath. */
export interface Conn {
    /** Go's `SyscallConn() (RawConn, error)`. */
    SyscallConn(): [RawConn | null, Error | null];
}
