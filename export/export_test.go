package export_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/export"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

type format struct {
	ext   string
	write func(*bytes.Buffer, *policy.Policy) error
}

var formats = []format{
	{"fides.yml", func(b *bytes.Buffer, p *policy.Policy) error { return export.Fides(b, p, export.FidesOptions{}) }},
	{"xcprivacy", func(b *bytes.Buffer, p *policy.Policy) error {
		return export.Apple(b, p, export.AppleOptions{TrackingDomains: trackingDomains(p)})
	}},
	{"play.csv", func(b *bytes.Buffer, p *policy.Policy) error {
		return export.Play(b, p, export.PlayOptions{EncryptedInTransit: true})
	}},
	{"dpv.jsonld", func(b *bytes.Buffer, p *policy.Policy) error { return export.DPV(b, p) }},
}

func trackingDomains(p *policy.Policy) []string {
	for _, c := range p.Categories {
		if c.Tracking {
			return []string{"ads.example"}
		}
	}
	return nil
}

var policies = []struct {
	name string
	p    func() *policy.Policy
}{
	{"shop", shopPolicy},
	{"aiservice", aiPolicy},
	{"clipai", clipPolicy},
	{"saas", saasPolicy},
}

// TestGolden writes every export of every example policy and compares it
// with testdata/NAME.EXT; the external validators in .ci/exports.sh check
// the same files.
func TestGolden(t *testing.T) {
	for _, pc := range policies {
		for _, f := range formats {
			t.Run(pc.name+"."+f.ext, func(t *testing.T) {
				var b bytes.Buffer
				if err := f.write(&b, pc.p()); err != nil {
					t.Fatal(err)
				}
				golden := filepath.Join("testdata", pc.name+"."+f.ext)
				if *update {
					if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test ./export -update)", err)
				}
				if diff := cmp.Diff(string(want), b.String()); diff != "" {
					t.Errorf("%s differs (-golden +got):\n%s", golden, diff)
				}
				var again bytes.Buffer
				if err := f.write(&again, pc.p()); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(b.Bytes(), again.Bytes()) {
					t.Error("two runs gave different bytes")
				}
			})
		}
	}
}

// TestFidesRoundTrip imports each Fides export and exports it again: the
// data categories, uses and grounds survive.
func TestFidesRoundTrip(t *testing.T) {
	for _, pc := range policies {
		t.Run(pc.name, func(t *testing.T) {
			p := pc.p()
			var first bytes.Buffer
			if err := export.Fides(&first, p, export.FidesOptions{SystemKey: "sys"}); err != nil {
				t.Fatal(err)
			}
			imported, err := export.ImportFides(bytes.NewReader(first.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			// Each purpose of the original that uses personal data comes
			// back with its ID, grounds and Fides uses.
			for _, want := range p.Purposes {
				if !hasPersonal(want) {
					if imported.Purpose(want.ID) != nil {
						t.Errorf("purpose %s uses no personal data but was imported", want.ID)
					}
					continue
				}
				got := imported.Purpose(want.ID)
				if got == nil {
					t.Errorf("purpose %s missing after import", want.ID)
					continue
				}
				if diff := cmp.Diff(want.Bases, got.Bases); diff != "" {
					t.Errorf("purpose %s bases (-want +got):\n%s", want.ID, diff)
				}
				if diff := cmp.Diff(want.Terms.Fides, got.Terms.Fides); diff != "" {
					t.Errorf("purpose %s uses (-want +got):\n%s", want.ID, diff)
				}
				marketing := slices.ContainsFunc(want.Terms.Fides, func(u string) bool { return strings.HasPrefix(u, "marketing") })
				if got.DirectMarketing != marketing {
					t.Errorf("purpose %s: DirectMarketing = %v after import of uses %v", want.ID, got.DirectMarketing, want.Terms.Fides)
				}
			}
			var second bytes.Buffer
			if err := export.Fides(&second, imported, export.FidesOptions{SystemKey: "sys"}); err != nil {
				t.Fatal(err)
			}
			// The re-export lacks only what a Fides system does not carry.
			if diff := cmp.Diff(declarations(first.String()), declarations(second.String())); diff != "" {
				t.Errorf("declarations changed in the round trip (-first +second):\n%s", diff)
			}
		})
	}
}

func hasPersonal(pu *policy.Purpose) bool {
	for _, c := range pu.Categories {
		if c.Personal() {
			return true
		}
	}
	return false
}

// declarations returns the privacy_declarations part of a Fides export.
func declarations(s string) string {
	_, after, _ := strings.Cut(s, "privacy_declarations:")
	return after
}

func TestImportFidesErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"not yaml", "system: [", "import fides"},
		{"two systems", "system:\n  - fides_key: a\n  - fides_key: b\n", "want one system, found 2"},
		{"unknown use", "system:\n  - fides_key: a\n    privacy_declarations:\n      - name: x\n        data_use: essential.nope\n        data_categories: [user.name]\n",
			`privacy_declarations[0].data_use: "essential.nope" is not a data use`},
		{"unknown category", "system:\n  - fides_key: a\n    privacy_declarations:\n      - name: x\n        data_use: essential\n        data_categories: [user.nope]\n",
			`data_categories[0]: "user.nope" is not a data category`},
		{"unknown basis", "system:\n  - fides_key: a\n    privacy_declarations:\n      - name: x\n        data_use: essential\n        data_categories: [user.name]\n        legal_basis_for_processing: Whim\n",
			`legal_basis_for_processing: "Whim" is not a fideslang legal basis`},
		{"no name", "system:\n  - fides_key: a\n    privacy_declarations:\n      - data_use: essential\n        data_categories: [user.name]\n",
			"no name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := export.ImportFides(strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

// TestExportNeedsTerms: an export refuses a policy whose categories lack
// its vocabulary's terms, naming the finding.
func TestExportNeedsTerms(t *testing.T) {
	for _, f := range formats {
		t.Run(f.ext, func(t *testing.T) {
			p := shopPolicy()
			p.Categories[0].Terms = policy.Terms{}
			err := f.write(new(bytes.Buffer), p)
			if !errors.Is(err, policy.RuleVocabMissing) {
				t.Fatalf("err = %v, want %s", err, policy.RuleVocabMissing)
			}
			if !strings.Contains(err.Error(), "categories[account.email].terms.") {
				t.Errorf("err = %v, want the category's path", err)
			}
		})
	}
}

func TestFidesBadKeys(t *testing.T) {
	p := shopPolicy()
	if err := export.Fides(new(bytes.Buffer), p, export.FidesOptions{SystemKey: "has space"}); err == nil || !strings.Contains(err.Error(), `"has space"`) {
		t.Errorf("bad system key: err = %v", err)
	}
	if err := export.Fides(new(bytes.Buffer), p, export.FidesOptions{DataSubjects: []string{"a b"}}); err == nil {
		t.Error("bad data subject accepted")
	}
	p.Purposes[0].ID = "orders and more"
	if err := export.Fides(new(bytes.Buffer), p, export.FidesOptions{}); err == nil || !strings.Contains(err.Error(), "purposes[orders and more]") {
		t.Errorf("bad purpose ID: err = %v", err)
	}
	if err := export.Fides(new(bytes.Buffer), nil, export.FidesOptions{}); err == nil {
		t.Error("nil policy accepted")
	}
}

// TestPlayLayout: every Play export is the Console's template, row for
// row: 22 general rows, the 38 data types, then 19 rows for each data
// type, whatever the policy; only the values differ, and every value is
// empty, "true" or "false".
func TestPlayLayout(t *testing.T) {
	var first [][]string
	for _, pc := range policies {
		var b bytes.Buffer
		if err := export.Play(&b, pc.p(), export.PlayOptions{}); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", pc.name, err)
		}
		if want := 1 + 22 + 38 + 38*19; len(rows) != want {
			t.Fatalf("%s: %d rows, want %d", pc.name, len(rows), want)
		}
		if diff := cmp.Diff(export.PlayHeader, rows[0]); diff != "" {
			t.Errorf("%s: header (-want +got):\n%s", pc.name, diff)
		}
		layout := make([][]string, len(rows))
		for i, r := range rows {
			if i > 0 && r[2] != "" && r[2] != "true" && r[2] != "false" {
				t.Errorf("%s: line %d: value %q", pc.name, i+1, r[2])
			}
			layout[i] = []string{r[0], r[1], r[3], r[4]}
		}
		if first == nil {
			first = layout
		} else if diff := cmp.Diff(first, layout); diff != "" {
			t.Errorf("%s: layout differs from %s's (-first +this):\n%s", pc.name, policies[0].name, diff)
		}
	}
	for i, want := range map[int]string{
		1: "PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", 23: "PSL_DATA_TYPES_PERSONAL", 60: "PSL_DATA_TYPES_IDENTIFIERS",
		61:  "PSL_DATA_USAGE_RESPONSES:PSL_NAME:PSL_DATA_USAGE_COLLECTION_AND_SHARING",
		782: "PSL_DATA_USAGE_RESPONSES:PSL_DEVICE_ID:DATA_USAGE_SHARING_PURPOSE",
	} {
		if first[i][0] != want {
			t.Errorf("row %d: question %q, want %q", i, first[i][0], want)
		}
	}
}

// TestPlayNoData: a policy without personal data answers no, and leaves
// the questions that follow from yes unanswered.
func TestPlayNoData(t *testing.T) {
	var b bytes.Buffer
	if err := export.Play(&b, clipPolicy(), export.PlayOptions{EncryptedInTransit: true}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var answered []string
	for _, r := range rows[1:] {
		if r[2] != "" {
			answered = append(answered, r[0]+"="+r[2])
		}
	}
	if diff := cmp.Diff([]string{"PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA=false"}, answered); diff != "" {
		t.Errorf("answered rows (-want +got):\n%s", diff)
	}
}
