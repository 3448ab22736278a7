import type { Errno } from "./errno.js";
/**
 * Go's `Getenv(key) (value string, found bool)`. A variable set to the empty
 * string is found.
 */
export declare function Getenv(key: string): [value: string, found: boolean];
/**
 * Go's `Setenv(key, value) error`: EINVAL for an empty key, a key holding
 * `=` or NUL, a value holding NUL, or either holding a lone surrogate
 * (which has no UTF-8, so the C environment could not hold it).
 */
export declare function Setenv(key: string, value: string): Errno | null;
/** Go's `Unsetenv(key) error`. Unsetting a missing variable succeeds. */
export declare function Unsetenv(key: string): Errno | null;
/** Go's `Clearenv()`: removes every variable. */
export declare function Clearenv(): void;
/**
 * Go's `Environ() []string`: a copy of the environment as `key=value`
 * strings, in Go's order: the startup environment's, then keys in the
 * order they were added (a key unset and set again goes to the end), with
 * the startup entries that are no `key=value` as they were.
 */
export declare function Environ(): string[];
