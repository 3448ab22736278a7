// Oracle for test/sys_mount.test.ts and test/sys_raw.test.ts: prints, as
// one JSON object, what Go's own syscall package reads from this machine
// with Uname and Sysinfo (every field, by Go's name, with its byte offset),
// and the r1, r2 and errno that Syscall returns for a few calls. Run it
// with `go run ./mount` from scripts/oracle.
package main

import (
	"encoding/json"
	"os"
	"reflect"
	"runtime"
	"strconv"
	"syscall"
)

type field struct {
	Name   string `json:"name"`
	Offset uintptr `json:"offset"`
	Size   uintptr `json:"size"`
}

func fields(t reflect.Type) []field {
	var out []field
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		out = append(out, field{f.Name, f.Offset, f.Type.Size()})
	}
	return out
}

func str(a [65]int8) string {
	b := make([]byte, 0, 65)
	for _, c := range a {
		if c == 0 {
			break
		}
		b = append(b, byte(c))
	}
	return string(b)
}

type call struct {
	R1    string `json:"r1"`
	R2    string `json:"r2"`
	Errno uint64 `json:"errno"`
}

func raw(trap, a1, a2, a3 uintptr) call {
	r1, r2, e := syscall.Syscall(trap, a1, a2, a3)
	return call{strconv.FormatUint(uint64(r1), 10), strconv.FormatUint(uint64(r2), 10), uint64(e)}
}

func main() {
	out := map[string]any{"goarch": runtime.GOARCH, "go": runtime.Version()}

	var u syscall.Utsname
	if err := syscall.Uname(&u); err != nil {
		out["unameErr"] = err.Error()
	}
	out["uname"] = map[string]string{
		"Sysname": str(u.Sysname), "Nodename": str(u.Nodename), "Release": str(u.Release),
		"Version": str(u.Version), "Machine": str(u.Machine), "Domainname": str(u.Domainname),
	}
	out["utsnameFields"] = fields(reflect.TypeOf(u))

	var si syscall.Sysinfo_t
	if err := syscall.Sysinfo(&si); err != nil {
		out["sysinfoErr"] = err.Error()
	}
	u64 := func(v uint64) string { return strconv.FormatUint(v, 10) }
	out["sysinfo"] = map[string]any{
		"Uptime": si.Uptime, "Loads": []string{u64(si.Loads[0]), u64(si.Loads[1]), u64(si.Loads[2])},
		"Totalram": u64(si.Totalram), "Freeram": u64(si.Freeram), "Sharedram": u64(si.Sharedram),
		"Bufferram": u64(si.Bufferram), "Totalswap": u64(si.Totalswap), "Freeswap": u64(si.Freeswap),
		"Procs": si.Procs, "Pad": si.Pad, "Totalhigh": u64(si.Totalhigh), "Freehigh": u64(si.Freehigh), "Unit": si.Unit,
	}
	out["sysinfoFields"] = fields(reflect.TypeOf(si))

	// r2 is whatever register the kernel left beside the result.
	out["syscall"] = map[string]call{
		"getpid":   raw(syscall.SYS_GETPID, 11, 22, 33),
		"closeBad": raw(syscall.SYS_CLOSE, ^uintptr(0), 22, 33),
	}
	out["pid"] = os.Getpid()
	json.NewEncoder(os.Stdout).Encode(out)
}
