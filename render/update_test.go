package render

import "flag"

// update makes the golden tests write their files with the current output
// instead of comparing it.
var update = flag.Bool("update", false, "rewrite golden files")
