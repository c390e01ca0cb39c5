// Package gen generates large, valid policies for benchmarks and tests.
package gen

import (
	"fmt"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// Policy returns a valid policy of n personal-data categories and n/10
// purposes (at least one), each purpose using ten categories, with a
// recipient and a transfer for every ten categories. It declares every law
// the library knows and validates clean under all of them.
func Policy(n int) *policy.Policy { return Sized(n, (n+9)/10) }

// Sized returns a valid policy of n personal-data categories and m purposes
// (at least one), the categories split evenly between the purposes, with a
// recipient and a transfer for each purpose.
func Sized(n, m int) *policy.Policy {
	m = max(m, 1)
	per := max((n+m-1)/m, 1)
	ru := language.MustParseRegion("RU")
	p := &policy.Policy{
		Controller:  policy.Controller{Contact: policy.Contact{Name: "Generated Ltd", Email: "privacy@generated.example"}},
		DPO:         &policy.Contact{Name: "Data Protection Officer", Email: "dpo@generated.example"},
		Responsible: &policy.Contact{Name: "Head of Data Protection", Email: "responsible@generated.example"},
		Version:     "1", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:     "https://generated.example/privacy",
		Laws:    policy.Laws(),
		Storage: []policy.Storage{{Subjects: ru, Location: ru}},
		Rights: []policy.Right{
			{Kind: policy.RightAccess}, {Kind: policy.RightRectification}, {Kind: policy.RightErasure}, {Kind: policy.RightRestriction},
			{Kind: policy.RightObjection}, {Kind: policy.RightPortability}, {Kind: policy.RightWithdrawConsent}, {Kind: policy.RightComplaint},
			{Kind: policy.RightNonDiscrimination}, {Kind: policy.RightAnonymisation}, {Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal},
		},
		NoAutomatedDecisions: true,
		Children:             policy.Children{MinimumAge: 16},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, RequestMethods: []string{"web form", "email"},
			TollFreeNumber: "+1 800 555 0100"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerNo,
			Appeal: policy.Appeal{URL: "https://generated.example/appeal", Deadline: policy.Days(45)}},
		Requests: policy.Requests{VerificationDetail: "We match the request with the account's e-mail address.", Agents: policy.AnswerYes},
		// 152-FZ Art. 18.1(2), 18.1(1)(2) and 22.
		Security:         []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}},
		Deletion:         []policy.Deletion{{From: policy.EventDeletionRequest, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}}},
		OperatorRegister: policy.OperatorRegister{Number: "77-25-000001", Notified: policy.MakeDate(2024, time.December, 1)},
	}
	de := language.MustParseRegion("DE")
	for i := range n {
		p.Categories = append(p.Categories, &policy.Category{
			ID:          fmt.Sprintf("category.c%d", i),
			Name:        fmt.Sprintf("Category %d", i),
			Items:       []string{"first item", "second item", "third item"},
			Sensitivity: policy.SensitivityPersonal,
			Sources:     []policy.Source{policy.SourceUser},
			Storage:     []policy.Storage{{Location: de}},
			Retention:   policy.Keep(policy.Years(1+i%5), policy.EventCollection),
			CCPA:        []policy.CCPACategory{policy.CCPAIdentifiers},
		})
	}
	// A legal obligation names a law of each jurisdiction whose law
	// governs the policy.
	var obligations []policy.Obligation
	for _, r := range []string{"EU", "GB", "RU", "BR", "CH"} {
		obligations = append(obligations, policy.Obligation{Act: "Record-keeping law (" + r + ")", Region: language.MustParseRegion(r)})
	}
	bases := []policy.Basis{policy.BasisContract, policy.BasisLegalObligation, policy.BasisLegitimateInterests, policy.BasisConsent}
	for j := range m {
		cats := p.Categories[min(j*per, n):min(j*per+per, n)]
		r := &policy.Recipient{ID: fmt.Sprintf("recipient.r%d", j), Name: fmt.Sprintf("Recipient %d", j), Role: policy.RoleProcessor, Categories: cats, Country: de}
		p.Recipients = append(p.Recipients, r)
		p.Transfers = append(p.Transfers, policy.Transfer{Destination: de, Recipient: r, Categories: cats, Safeguard: policy.SafeguardContractNecessity, Notified: policy.MakeDate(2024, time.December, 1)})
		p.Purposes = append(p.Purposes, &policy.Purpose{
			ID:         fmt.Sprintf("purpose.p%d", j),
			Name:       fmt.Sprintf("Purpose %d", j),
			Categories: cats,
			Bases:      []policy.Basis{bases[j%len(bases)]},
			Interest:   "running the service well",
			Required:   "needed to provide the service",
			Withdraw:   "in the settings",
			Recipients: []*policy.Recipient{r},
			Subjects:   []policy.DataSubject{policy.DataSubjectUsers},
			Actions:    []policy.Action{policy.ActionCollection, policy.ActionStorage, policy.ActionUse},
			Method:     policy.ProcessingMethodAutomated,
		})
		if bases[j%len(bases)] == policy.BasisLegalObligation {
			p.Purposes[j].Obligations = obligations
		}
	}
	return p
}
