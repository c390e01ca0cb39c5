//go:build unix

package policy_test

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used so far, in user and
// system mode, garbage collection on every thread included.
func cpuTime() (time.Duration, bool) {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0, false
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano()), true
}
