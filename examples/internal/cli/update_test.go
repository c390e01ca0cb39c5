package cli

import "flag"

// The package has no golden files. It accepts -update all the same, so that
// go test ./... -update runs in every package of the module.
var _ = flag.Bool("update", false, "rewrite golden files (this package has none)")
