/**
 * The ring, set up if it is not: the number of its wake socket's reading
 * end (readable once a request has completed; the caller reads a copy of
 * it, the number stays the ring's), or -errno where it cannot be had
 * (ENOSYS and EPERM for good, EMFILE and the like for now).
 * complete gets each completion; submitFail the tokens of requests the
 * kernel did not take.
 */
export declare function ringOpen(complete: (token: number, res: number, code: number) => void, submitFail: (tokens: number[]) => void): number;
/** Whether the ring is up and whole: neither of its fds closed under it. */
export declare const ringUp: () => boolean;
/** The ring's fd and its wake socket's reading end (-1 for one closed under it), or null while there is no ring. @internal */
export declare function ringFds(): [ring: number, wake: number] | null;
/**
 * fds first..last were closed (a caller's Close, Dup2 or CloseRange of a
 * number that was the ring's): the numbers are no longer the ring's, and
 * nothing here uses or closes them again. A ring that lost one serves no new
 * wait (ringUp is false); its memory, which holds the kernel's ring, and the
 * socket already reading a copy of its wake end, serve the waits it has.
 */
export declare function ringFdsGone(first: number, last: number): void;
/**
 * Asks the kernel to complete `token` when child pid exits (not reaping
 * it), and then to send a byte to the wake socket: a hard link, which runs
 * the send whatever the wait's result (a cancelled wait's byte is one
 * spare wake). The send's own completion is skipped when it succeeds; a
 * full socket (EAGAIN: its reader is behind, and so has a wake pending)
 * completes with token 0, which harvest drops.
 */
export declare function ringWaitid(pid: number, token: number): void;
/** Withdraws the request of token, if it is still pending (its completion, -ECANCELED, is dropped). */
export declare function ringCancel(token: number): void;
/** How many wake sends have found the socket full, in this process. @internal */
export declare const ringFullSends: () => number;
/** Hands every completion on the ring to onComplete; returns how many there were. */
export declare function harvest(): number;
/**
 * Closes the ring (every pending request is cancelled by the kernel with
 * it): its memory, its fd and its wake socket. The caller must have no
 * request pending that it still waits for, and must stop reading the wake
 * socket first.
 */
export declare function ringClose(): void;
