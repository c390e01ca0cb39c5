package main

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/examples/internal/exampletest"
	"github.com/gopolicy/policy/examples/shop/privacy"
	"github.com/gopolicy/policy/policytest"
)

func TestPolicyDeclaresWhatTheCodeUses(t *testing.T) {
	policytest.Declares(t, privacy.Policy, "account.email")
	policytest.DeclaresFor(t, privacy.Policy, "account.email", "marketing", policy.BasisConsent)
	policytest.DeclaresFor(t, privacy.Policy, "payment.token", "orders", policy.BasisContract)
	policytest.Retains(t, privacy.Policy, "shipping.address", policy.Keep(policy.Years(6), policy.EventContractEnd))
	policytest.Excludes(t, privacy.Policy, "payment.cvv")
}

func TestTypesMatchPolicy(t *testing.T) {
	policytest.CheckTags(t, privacy.Policy, Customer{})
	// Customer reaches every type the shop stores, so every personal
	// category the policy declares must be carried by some field.
	policytest.CheckCarried(t, privacy.Policy, Customer{})
}

// A CVV field tagged as what it is fails, because the policy promises
// not to store CVVs. The fake records what a real test would print.
func TestWrongTagFails(t *testing.T) {
	type SavedCard struct {
		Token string `privacy:"payment.token"`
		CVV   string `privacy:"payment.cvv"`
		Phone string `privacy:"account.phone"`
	}
	type Checkout struct {
		Customer Customer
		Card     *SavedCard
	}
	ft := &fakeT{}
	policytest.CheckTags(ft, privacy.Policy, Checkout{})
	want := []string{
		`Checkout.Card.CVV: privacy:"payment.cvv": the policy declares this data as not collected`,
		`Checkout.Card.Phone: privacy:"account.phone": the policy declares no such category`,
	}
	if fmt.Sprint(ft.errors) != fmt.Sprint(want) {
		t.Errorf("CheckTags reported\n%q\nwant\n%q", ft.errors, want)
	}
}

type fakeT struct {
	testing.TB
	errors []string
}

func (f *fakeT) Helper() {}
func (f *fakeT) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}

type recordingMailer struct{ sent []string }

func (m *recordingMailer) Send(to, subject, body string) error {
	m.sent = append(m.sent, to+": "+subject)
	return nil
}

func TestGuardInCodePath(t *testing.T) {
	guard, err := policy.NewGuard(privacy.Policy)
	if err != nil {
		t.Fatal(err)
	}
	mailer := &recordingMailer{}
	n := &Newsletter{Guard: guard, Mailer: mailer}
	c := &Customer{ID: 7, Email: "ann@example.com"}
	if err := n.Send(c, "News", "…"); err != nil {
		t.Errorf("Send: %v", err)
	}
	err = n.SendRecommendations(c)
	if !errors.Is(err, ErrUndeclared) || !strings.Contains(err.Error(), "customer 7") {
		t.Errorf("SendRecommendations = %v, want ErrUndeclared", err)
	}
	if fmt.Sprint(mailer.sent) != "[ann@example.com: News]" {
		t.Errorf("sent = %v", mailer.sent)
	}
}

// TestRenders checks every format against its golden file; the HTML page,
// with the CCPA table, goes through the page tests in the parent package.
func TestRenders(t *testing.T) {
	exampletest.Check(t, *update, privacy.Policy, nil, []string{"en"}, []string{
		"Notice to California Residents",
		"(A) Identifiers. Our data: email address and name.",
		"We do not sell or share your personal information",
	})
}
