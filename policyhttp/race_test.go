//go:build race

package policyhttp_test

// raceEnabled reports whether the tests run under the race detector,
// which slows the code it instruments several times over, so tests skip
// their wall-clock bounds.
const raceEnabled = true
