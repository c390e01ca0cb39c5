package policy

import "io"

// DecodeCounting decodes r with d and also returns the bytes of memory
// that the decoder's budget counted for the policy.
func DecodeCounting(d Decoder, r io.Reader) (*Policy, int64, error) { return d.decodeCounting(r) }
