//go:build !go1.21

package main

import "syscall"

// Go before 1.21 has no errors.ErrUnsupported: the oracle says nothing.
func unsupported(e syscall.Errno) *bool { return nil }
