package policy

// RoundTripSeeds returns the seed corpus of FuzzValidRoundTrip, for the fuzz
// tests of package policy_test that render the policies it builds.
func RoundTripSeeds() (ops [][]byte, s []string) {
	for _, seed := range roundTripSeeds {
		ops, s = append(ops, seed.ops), append(s, seed.s)
	}
	return ops, s
}

// BuildFuzzPolicy returns the policy that FuzzValidRoundTrip builds from ops
// and s.
func BuildFuzzPolicy(ops []byte, s string) *Policy {
	fp := fuzzPolicy{ops, s}
	return fp.policy()
}
