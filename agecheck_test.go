package policy_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
)

// TestAgeChecks checks the ways of checking a user's age: their text
// forms, that a policy stating them validates and round-trips through
// JSON in the order given, and that stating them without an age to check
// against is a warning.
func TestAgeChecks(t *testing.T) {
	keys := map[policy.AgeCheck]string{
		policy.AgeCheckDeclared: "declared", policy.AgeCheckInferred: "inferred", policy.AgeCheckFacialEstimation: "facial_estimation",
		policy.AgeCheckDocument: "document", policy.AgeCheckPaymentCard: "payment_card", policy.AgeCheckParent: "parent",
		policy.AgeCheckRecords: "records", policy.AgeCheckConfirmation: "confirmation",
	}
	for a, key := range keys {
		if got := a.String(); got != key {
			t.Errorf("%d.String() = %q, want %q", a, got, key)
		}
		var back policy.AgeCheck
		if err := back.UnmarshalText([]byte(key)); err != nil || back != a {
			t.Errorf("UnmarshalText(%q) = %v, %v", key, back, err)
		}
		if a.Name() == "" {
			t.Errorf("%s has no name", key)
		}
	}
	if (policy.AgeCheckConfirmation + 1).Valid() {
		t.Errorf("%d is valid; a test of the checks after AgeCheckConfirmation is missing", policy.AgeCheckConfirmation+1)
	}

	p := socialPolicy()
	p.Children.AgeChecks = []policy.AgeCheck{policy.AgeCheckDocument, policy.AgeCheckDeclared, policy.AgeCheckFacialEstimation}
	for _, f := range p.Validate() {
		t.Errorf("finding: %v", f)
	}
	var buf bytes.Buffer
	if err := policy.Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte(`"age_checks": [`)) {
		t.Errorf("the JSON has no age_checks:\n%s", buf.Bytes())
	}
	q, err := policy.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := q.Children.AgeChecks; !slices.Equal(got, p.Children.AgeChecks) {
		t.Errorf("decoded age checks %v, want %v", got, p.Children.AgeChecks)
	}

	p.Children.MinimumAge = 0
	var rules []policy.Rule
	for _, f := range p.Validate() {
		rules = append(rules, f.Rule)
		if f.Rule == policy.RuleAgeMissing && (f.Path != "children.age_checks" || f.Severity != policy.SeverityWarning) {
			t.Errorf("finding %v, want a warning at children.age_checks", f)
		}
	}
	if !slices.Contains(rules, policy.RuleAgeMissing) {
		t.Errorf("age checks without an age: findings %v, want %s", rules, policy.RuleAgeMissing)
	}
}

// TestSuspensionGroundUnderage checks the ground for blocking an account
// whose holder is suspected to be under the minimum age: its text forms,
// that a policy declaring it validates and round-trips, and that it is a
// warning where the policy states no minimum age.
func TestSuspensionGroundUnderage(t *testing.T) {
	g := policy.SuspensionGroundUnderage
	if got := g.String(); got != "underage" {
		t.Errorf("String() = %q, want %q", got, "underage")
	}
	if got := g.Name(); got != "that you are under the minimum age for our services" {
		t.Errorf("Name() = %q", got)
	}
	if g+1 != policy.SuspensionGroundHarm || policy.SuspensionGroundHarm+1 != policy.SuspensionGroundIllegalContent ||
		policy.SuspensionGroundIllegalContent.String() != "illegal_content" || policy.SuspensionGroundNonPayment.String() != "non_payment" ||
		(policy.SuspensionGroundNonPayment + 1).Valid() {
		t.Errorf("%d is valid; a test of the grounds after SuspensionGroundNonPayment is missing", policy.SuspensionGroundNonPayment+1)
	}
	p := socialPolicy()
	p.Purposes[0].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
		Grounds: []policy.SuspensionGround{g}, Automated: policy.AnswerNo, Contest: "by proving your age"}
	for _, f := range p.Validate() {
		t.Errorf("finding: %v", f)
	}
	var buf bytes.Buffer
	if err := policy.Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	q, err := policy.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := q.Purposes[0].Suspension.Grounds; !slices.Equal(got, []policy.SuspensionGround{g}) {
		t.Errorf("decoded grounds %v, want [%v]", got, g)
	}
	p.Children.MinimumAge = 0
	found := false
	for _, f := range p.Validate() {
		if f.Rule == policy.RuleAgeMissing {
			found = f.Path == "purposes[service].suspension.grounds" && f.Severity == policy.SeverityWarning
		}
	}
	if !found {
		t.Errorf("blocking under-age users without a minimum age: no %s warning at purposes[service].suspension.grounds", policy.RuleAgeMissing)
	}
}

// socialPolicy returns a small valid policy of a social app for users
// from 13.
func socialPolicy() *policy.Policy {
	profile := &policy.Category{ID: "profile", Name: "Profile", Items: []string{"username", "date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{})}
	return &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Clips Ltd", Email: "privacy@clips.example"}},
		Effective:  policy.MakeDate(2024, 7, 1),
		Categories: []*policy.Category{profile},
		Purposes: []*policy.Purpose{{ID: "service", Name: "Running your account", Categories: []*policy.Category{profile},
			Bases: []policy.Basis{policy.BasisContract}}},
		Children: policy.Children{MinimumAge: 13},
	}
}

// TestSuspensionGroundHarm checks the ground for limiting or suspending an
// account that shows signs its holder is being harmed, as gambling
// operators do: its text forms, and that a policy declaring it validates
// and round-trips.
func TestSuspensionGroundHarm(t *testing.T) {
	g := policy.SuspensionGroundHarm
	if g.String() != "harm" || g.Name() != "that your use of our services is harming you" {
		t.Errorf("String, Name = %q, %q", g.String(), g.Name())
	}
	p := socialPolicy()
	p.Purposes[0].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
		Grounds: []policy.SuspensionGround{g}, Automated: policy.AnswerNo, Contest: "by talking to our safer gambling team"}
	for _, f := range p.Validate() {
		t.Errorf("finding: %v", f)
	}
	var buf bytes.Buffer
	if err := policy.Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"harm"`) {
		t.Errorf("encoded policy lacks the ground:\n%s", buf.String())
	}
	q, err := policy.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := q.Purposes[0].Suspension.Grounds; !slices.Equal(got, []policy.SuspensionGround{g}) {
		t.Errorf("decoded grounds %v, want [%v]", got, g)
	}
}
