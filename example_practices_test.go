package policy_test

import (
	"fmt"
	"os"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// basePolicy returns a small valid policy: one category, one purpose,
// one processor.
func basePolicy() *policy.Policy {
	usage := &policy.Category{
		ID: "usage", Name: "Usage data", Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(13), policy.EventCollection),
	}
	analytics := &policy.Recipient{ID: "analytics", Name: "Analytics provider", Role: policy.RoleProcessor, Categories: []*policy.Category{usage}}
	return &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example Ltd", Email: "privacy@example.com"}},
		Effective:  policy.MakeDate(2025, time.March, 1),
		Categories: []*policy.Category{usage},
		Recipients: []*policy.Recipient{analytics},
		Purposes: []*policy.Purpose{{
			ID: "analytics", Name: "Measuring how the service is used", Categories: []*policy.Category{usage},
			Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{analytics},
		}},
	}
}

// Cookies name who sets them, why, and for how long; a third-party cookie
// must name its provider.
func ExampleCookie() {
	p := basePolicy()
	p.Cookies = []policy.Cookie{
		{ID: "session", Name: "sid", Party: policy.PartyFirst, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
		{ID: "analytics", Name: "_ga_*", Party: policy.PartyThird, Provider: p.Recipients[0], Purpose: p.Purposes[0],
			Categories: p.Categories, Lifetime: policy.Expires(policy.Months(13))},
		{ID: "pixel", Name: "px", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Lifetime: policy.UntilCleared()},
	}
	p.Signals = policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes}
	for _, f := range p.Validate() {
		fmt.Println(f.Path, f.Rule)
	}
	fmt.Println(p.Cookies[1].Lifetime.Expiry.Name(), p.Cookies[1].Lifetime.Period)
	// Output:
	// cookies[pixel].provider cookie.provider
	// for a period P13M
}

// A commitment stands on its own, and must not contradict the rest of the
// policy.
func ExampleCommitment() {
	p := basePolicy()
	p.Commitments = []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoModelTraining}
	p.CCPA.Sold = policy.AnswerYes
	for _, f := range p.Validate() {
		fmt.Println(f.Path, f.Rule)
	}
	fmt.Println(policy.CommitmentNoModelTraining.Name())
	// Output:
	// commitments[0] commitment.conflict
	// we do not use your content to train machine-learning models
}

// Conditional disclosures say when data would be disclosed, not that it
// was.
func ExampleDisclosure() {
	p := basePolicy()
	p.Disclosures = []policy.Disclosure{
		{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://example.com/transparency"},
		{Kind: policy.DisclosureBusinessTransfer, Notice: true, SamePromises: true},
	}
	fmt.Println(p.Validate().Err())
	for _, d := range p.Disclosures {
		fmt.Println(d.Kind, "-", d.Kind.Name())
	}
	// Output:
	// <nil>
	// legal_process - to public authorities, only on valid legal process such as a court order or another binding demand
	// business_transfer - to a buyer or successor in a merger, acquisition or sale of assets
}

// Deletion proceeds in stages after an event; each stage's period counts
// from the end of the one before.
func ExampleDeletion() {
	d := policy.Deletion{
		From: policy.EventTrashed,
		Stages: []policy.Stage{
			{Removal: policy.RemovalTrash, Within: policy.Days(30)},
			{Removal: policy.RemovalLive, Within: policy.Days(30)},
			{Removal: policy.RemovalBackups, Within: policy.Days(30)},
		},
		LegalHold: true,
	}
	fmt.Println("after", d.From.Name()+":")
	for _, s := range d.Stages {
		fmt.Println(" within", s.Within, s.Removal.Name())
	}
	fmt.Println("at most", d.Total(), "in all")
	// Output:
	// after moving it to the trash:
	//  within P30D kept in the trash, where it can be restored
	//  within P30D removed from live systems
	//  within P30D removed from backups
	// at most P90D in all
}

// GDPR Art. 13(2)(a) accepts the criteria used to determine a period in
// place of the period.
func ExampleByCriteria() {
	p := basePolicy()
	p.Categories[0].Retention = policy.ByCriteria("as long as needed to investigate a reported abuse")
	fmt.Println(p.Validate().Err())
	p.Categories[0].Retention.Criteria = ""
	fmt.Println(p.Validate().Err())
	// Output:
	// <nil>
	// categories[usage].retention.criteria: retention by criteria does not state the criteria [error retention.invalid]
}

// A security measure is a kind from the vocabulary, with optional detail.
func ExampleMeasureKind() {
	for _, m := range []policy.Measure{
		{Kind: policy.MeasureEncryptionInTransit, Description: "TLS 1.2 or later"},
		{Kind: policy.MeasureCertification, Description: "ISO/IEC 27001"},
	} {
		fmt.Printf("%s: %s\n", m.Kind.Name(), m.Description)
	}
	// Output:
	// encryption in transit: TLS 1.2 or later
	// security certification: ISO/IEC 27001
}

// An exclusion of a whole class of data is checked against the declared
// categories; a category the exclusion does not cover is an exception.
func ExampleDataClass() {
	p := basePolicy()
	face := &policy.Category{ID: "face", Name: "Face scans", Sensitivity: policy.SensitivitySpecial, Biometric: true,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Days(1), policy.EventCollection)}
	p.Categories = append(p.Categories, face)
	p.Purposes[0].Categories = append(p.Purposes[0].Categories, face)
	p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.BasisExplicitConsent)
	p.NotCollected = []policy.Exclusion{{ID: "biometric", Name: "biometric data", Class: policy.DataClassBiometric}}
	for _, f := range p.Validate() {
		fmt.Println(f.Path, f.Rule)
	}
	p.NotCollected[0].Except = []*policy.Category{face}
	fmt.Println(p.Validate().Err())
	// Output:
	// not_collected[biometric].class exclusion.class.conflict
	// <nil>
}

// How requests are verified and answered, where people complain, and the
// pages the policy links to, as they are encoded.
func ExampleRequests() {
	p := &policy.Policy{
		Requests: policy.Requests{
			Verification: []policy.Verification{policy.VerificationEmail, policy.VerificationDataPoints},
			Agents:       policy.AnswerYes,
			Deadline:     policy.Days(30),
		},
		Redress: []policy.Redress{{Kind: policy.RedressRegulator, Contact: policy.Contact{Name: "Federal Trade Commission"}, Region: language.MustParseRegion("US")}},
		Links:   policy.Links{Subprocessors: "https://example.com/subprocessors"},
	}
	if err := policy.Encode(os.Stdout, p); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "requests": {
	//     "verification": [
	//       "email",
	//       "data_points"
	//     ],
	//     "agents": "yes",
	//     "deadline": "P30D"
	//   },
	//   "redress": [
	//     {
	//       "kind": "regulator",
	//       "contact": {
	//         "name": "Federal Trade Commission"
	//       },
	//       "region": "US"
	//     }
	//   ],
	//   "links": {
	//     "subprocessors": "https://example.com/subprocessors"
	//   }
	// }
}

// A clone can be changed without changing the original; its references
// point to its own declarations.
func ExamplePolicy_Clone() {
	p := basePolicy()
	q := p.Clone()
	q.Categories[0].Name = "Analytics data"
	fmt.Println(p.Categories[0].Name, "/", q.Categories[0].Name)
	fmt.Println(q.Purposes[0].Categories[0] == q.Categories[0])
	// Output:
	// Usage data / Analytics data
	// true
}
