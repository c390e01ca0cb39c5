// Package cputime reads the CPU time of the process, which benchmarks
// report beside the wall time: on a busy machine the wall time counts
// waiting for a processor, the CPU time does not.
package cputime
