/** Go's Errno message table for this architecture (index = errno; "" = none). */
export declare const errorTable: readonly string[];
/** Go's Signal message table for this architecture (index = signal; "" = none). */
export declare const signalTable: readonly string[];
