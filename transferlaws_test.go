package policy

import (
	"bytes"
	"slices"
	"testing"

	"golang.org/x/text/language"
)

func TestTransferLaws(t *testing.T) {
	r := language.MustParseRegion
	for _, tt := range []struct {
		name string
		laws []Law
		t    Transfer
		want []Law
	}{
		{"every declared law that restricts transfers", []Law{CCPA, GDPR, FADP}, Transfer{Destination: r("CA")}, []Law{GDPR, FADP}},
		{"the laws of the origin", []Law{GDPR, UKGDPR, FADP}, Transfer{Origin: r("CH"), Destination: r("CA")}, []Law{FADP}},
		{"a member state is the GDPR's", []Law{FADP, GDPR}, Transfer{Origin: r("DE"), Destination: r("US")}, []Law{GDPR}},
		{"an origin no law calls home", []Law{GDPR, FADP}, Transfer{Origin: r("JP"), Destination: r("US")}, []Law{GDPR, FADP}},
		{"from the EU, not the UK GDPR's", []Law{UKGDPR, GDPR}, Transfer{Origin: r("EU"), Destination: r("US")}, []Law{GDPR}},
		{"from the UK, not the GDPR's", []Law{GDPR, UKGDPR}, Transfer{Origin: r("GB"), Destination: r("US")}, []Law{UKGDPR}},
		{"an origin whose law is not declared", []Law{UKGDPR}, Transfer{Origin: r("EU"), Destination: r("US")}, []Law{UKGDPR}},
		{"an origin whose law the transfer is not under", []Law{GDPR, UKGDPR}, Transfer{Origin: r("EU"), Destination: r("US"), Laws: []Law{UKGDPR}}, []Law{UKGDPR}},
		{"an origin whose law calls the destination home", []Law{GDPR, UKGDPR}, Transfer{Origin: r("EU"), Destination: r("DE")}, nil},
		{"within Switzerland's law's home", []Law{GDPR, FADP}, Transfer{Origin: r("CH"), Destination: r("CH")}, nil},
		{"the laws the transfer names", []Law{GDPR, FADP}, Transfer{Destination: r("CA"), Laws: []Law{GDPR}}, []Law{GDPR}},
		{"domestic for one law", []Law{GDPR, FADP}, Transfer{Destination: r("CH")}, []Law{GDPR}},
		{"no law restricts transfers", []Law{CCPA}, Transfer{Destination: r("CA")}, nil},
		{"each law once", []Law{FADP, FADP}, Transfer{Destination: r("CA")}, []Law{FADP}},
	} {
		p := &Policy{Laws: tt.laws}
		if got := p.TransferLaws(tt.t); !slices.Equal(got, tt.want) {
			t.Errorf("%s: TransferLaws = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestForwardsRequestsRoundTrip checks that CustomerData.ForwardsRequests
// is encoded, decoded and cloned, and that it states something: alone,
// without the data it concerns, it is a finding.
func TestForwardsRequestsRoundTrip(t *testing.T) {
	p := testPolicy()
	p.CustomerData = CustomerData{Data: "the contact lists customers upload", ForwardsRequests: true}
	b := encode(t, p)
	if !bytes.Contains(b, []byte(`"forwards_requests": true`)) {
		t.Fatalf("encoding lacks forwards_requests:\n%s", b)
	}
	q, err := Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if !q.CustomerData.ForwardsRequests || !p.Clone().CustomerData.ForwardsRequests {
		t.Errorf("ForwardsRequests lost: decoded %+v", q.CustomerData)
	}
	p.CustomerData.ForwardsRequests = false
	if bytes.Contains(encode(t, p), []byte("forwards_requests")) {
		t.Errorf("false is encoded")
	}
	p.CustomerData = CustomerData{ForwardsRequests: true}
	if !slices.ContainsFunc(p.Validate(), func(f Finding) bool { return f.Rule == RuleMissingName && f.Path == "customer_data.data" }) {
		t.Errorf("no finding for forwards_requests without the data: %v", p.Validate())
	}
}
