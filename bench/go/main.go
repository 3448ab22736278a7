// A peer for `bun run bench`: Go's syscall.ForkExec + Wait4 of the same
// program, driven over stdin so that its batches interleave with the Bun
// contenders. Each input line "N" runs N spawns and answers with the
// elapsed nanoseconds. argv[1] is the program, argv[2:] its env.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	prog := os.Args[1]
	env := os.Args[2:]
	attr := &syscall.ProcAttr{Env: env}
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	for in.Scan() {
		n, err := strconv.Atoi(strings.TrimSpace(in.Text()))
		if err != nil {
			fmt.Fprintln(os.Stderr, "bad line:", in.Text())
			os.Exit(2)
		}
		start := time.Now()
		for i := 0; i < n; i++ {
			pid, err := syscall.ForkExec(prog, []string{prog}, attr)
			if err != nil {
				fmt.Fprintln(os.Stderr, "ForkExec:", err)
				os.Exit(1)
			}
			var ws syscall.WaitStatus
			if _, err := syscall.Wait4(pid, &ws, 0, nil); err != nil || ws.ExitStatus() != 0 {
				fmt.Fprintln(os.Stderr, "Wait4:", err, ws)
				os.Exit(1)
			}
		}
		fmt.Fprintln(out, time.Since(start).Nanoseconds())
		out.Flush()
	}
}
