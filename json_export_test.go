package policy

// WireForBench is the wire form of a policy, for the benchmarks that
// measure Decode and Encode against encoding/json on the same types.
type WireForBench = policyJSON

// ToWireForBench returns the wire form of p.
func ToWireForBench(p *Policy) *WireForBench { return toWire(p) }
