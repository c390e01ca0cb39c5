package policy

import "testing"

func TestTypeWords(t *testing.T) {
	for typ, want := range map[string]string{
		"Removal":          "removal",
		"KeptReason":       "kept reason",
		"CCPACategory":     "CCPA category",
		"DPACondition":     "DPA condition",
		"OnDevice":         "on device",
		"RecipientRole":    "recipient role",
		"SuspensionGround": "suspension ground",
	} {
		if got := typeWords(typ); got != want {
			t.Errorf("typeWords(%q) = %q, want %q", typ, got, want)
		}
	}
}
