package main

import "flag"

// update makes the golden tests write their files with the current output
// instead of comparing: go test -update.
var update = flag.Bool("update", false, "rewrite golden files with the current output")
