//go:build go1.21

package main

import (
	"errors"
	"syscall"
)

func unsupported(e syscall.Errno) *bool { b := errors.Is(e, errors.ErrUnsupported); return &b }
