package policy

import (
	"strings"
	"testing"
)

// TestDecodeFormerPublic checks that the former "public": true reads as
// VisibilityOptional, that Encode writes visibility instead, and that the
// two fields may not disagree.
func TestDecodeFormerPublic(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Visibility
		err  string
	}{
		{`{"categories": [{"id": "a", "public": true}]}`, VisibilityOptional, ""},
		{`{"categories": [{"id": "a", "public": false}]}`, 0, ""},
		{`{"categories": [{"id": "a", "visibility": "always"}]}`, VisibilityAlways, ""},
		{`{"categories": [{"id": "a", "public": true, "visibility": "optional"}]}`, VisibilityOptional, ""},
		{`{"categories": [{"id": "a", "visibility": "default", "public": true}]}`, 0, `public is true but visibility is "default"`},
	} {
		p, err := Decode(strings.NewReader(tt.in))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) || !strings.Contains(err.Error(), "categories[0]") {
				t.Errorf("%s: error %v, want one at categories[0] saying %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tt.in, err)
		}
		if got := p.Categories[0].Visibility; got != tt.want {
			t.Errorf("%s: visibility %v, want %v", tt.in, got, tt.want)
		}
		var b strings.Builder
		if err := Encode(&b, p); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), `"public"`) {
			t.Errorf("%s: encoded with the former field:\n%s", tt.in, b.String())
		}
	}
}
