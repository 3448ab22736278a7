// Oracle: prints what Go's own syscall package says for Errno(n).Error(),
// Signal(n).String() and Errno.Is/Temporary/Timeout, as JSON. The tests
// compare bun-syscall against its output (test/fixtures/go-tables-<arch>.json,
// regenerated with `go run scripts/oracle/tables.go > test/fixtures/...`).
package main

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"runtime"
	"syscall"
)

type errnoFacts struct {
	Msg         string `json:"msg"`
	Temporary   bool   `json:"temporary"`
	Timeout     bool   `json:"timeout"`
	Permission  bool   `json:"permission"`
	Exist       bool   `json:"exist"`
	NotExist    bool   `json:"notExist"`
	Unsupported *bool  `json:"unsupported"` // null before Go 1.21, which has no errors.ErrUnsupported
}

func main() {
	out := map[string]any{"goos": runtime.GOOS, "goarch": runtime.GOARCH, "go": runtime.Version()}
	var errs []errnoFacts
	for i := 0; i <= 140; i++ {
		e := syscall.Errno(i)
		errs = append(errs, errnoFacts{
			Msg: e.Error(), Temporary: e.Temporary(), Timeout: e.Timeout(),
			Permission: errors.Is(e, fs.ErrPermission), Exist: errors.Is(e, fs.ErrExist),
			NotExist: errors.Is(e, fs.ErrNotExist), Unsupported: unsupported(e),
		})
	}
	out["errno"] = errs
	var sigs []string
	for i := 0; i <= 70; i++ {
		sigs = append(sigs, syscall.Signal(i).String())
	}
	out["signal"] = sigs
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(out)
}
