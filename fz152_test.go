package policy

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// fz152Policy returns the test policy with what 152-FZ asks for each
// purpose and the operator's register entry stated.
func fz152Policy() *Policy {
	p := testPolicy()
	p.Purposes[0].Subjects = []DataSubject{DataSubjectUsers, DataSubjectCustomers}
	p.Purposes[0].Actions = Actions()
	p.Purposes[0].Method = ProcessingMethodMixed
	p.Purposes[1].Actions = []Action{ActionCollection, ActionDestruction}
	p.OperatorRegister = OperatorRegister{Number: "77-21-012345", Notified: MakeDate(2021, time.March, 4)}
	return p
}

// TestFZ152JSON checks that the fields 152-FZ adds go through the JSON
// form and back unchanged, under their documented names.
func TestFZ152JSON(t *testing.T) {
	p := fz152Policy()
	b := encode(t, p)
	for _, want := range []string{
		`"subjects": [`, `"users"`, `"customers"`, `"actions": [`, `"systematisation"`, `"depersonalisation"`,
		`"method": "mixed"`, `"operator_register": {`, `"number": "77-21-012345"`, `"notified": "2021-03-04"`,
	} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("the encoding lacks %s:\n%s", want, b)
		}
	}
	q, err := Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	for i := range p.Purposes {
		if diff := cmp.Diff([]any{p.Purposes[i].Subjects, p.Purposes[i].Actions, p.Purposes[i].Method},
			[]any{q.Purposes[i].Subjects, q.Purposes[i].Actions, q.Purposes[i].Method}); diff != "" {
			t.Errorf("purpose %d after a round trip (-want +got):\n%s", i, diff)
		}
	}
	if q.OperatorRegister != p.OperatorRegister {
		t.Errorf("operator register = %+v, want %+v", q.OperatorRegister, p.OperatorRegister)
	}
	if again := encode(t, q); !bytes.Equal(again, b) {
		t.Errorf("decode then encode changed the bytes:\n%s", cmp.Diff(string(b), string(again)))
	}
	exempt := testPolicy()
	exempt.OperatorRegister.Exempt = true
	if b := encode(t, exempt); !bytes.Contains(b, []byte(`"operator_register": {`+"\n"+`    "exempt": true`)) {
		t.Errorf("the exemption is not encoded:\n%s", b)
	}
	if b := encode(t, testPolicy()); bytes.Contains(b, []byte("operator_register")) || bytes.Contains(b, []byte(`"method"`)) {
		t.Errorf("a policy that states neither encodes them:\n%s", b)
	}
}

func TestFZ152DecodeErrors(t *testing.T) {
	for _, tt := range []struct{ input, want, path string }{
		{`{"purposes": [{"id": "a", "actions": ["selling"]}]}`, `unknown action "selling"`, "purposes[0].actions[0]"},
		{`{"purposes": [{"id": "a", "subjects": ["aliens"]}]}`, `unknown data subject "aliens"`, "purposes[0].subjects[0]"},
		{`{"purposes": [{"id": "a", "method": "manual"}]}`, `unknown processing method "manual"`, "purposes[0].method"},
		{`{"operator_register": {"number": "1", "fax": "2"}}`, `unknown field "fax"`, "operator_register.fax"},
		{`{"operator_register": {"notified": "2021-02-30"}}`, "invalid date", "operator_register.notified"},
		{`{"operator_register": {"exempt": "yes"}}`, "want true or false", "operator_register.exempt"},
	} {
		_, err := Decode(strings.NewReader(tt.input))
		var de *DecodeError
		if !errors.As(err, &de) || !strings.Contains(err.Error(), tt.want) || de.Path != tt.path {
			t.Errorf("Decode(%s) = %v; want a DecodeError at %s with %q", tt.input, err, tt.path, tt.want)
		}
	}
}

// TestFZ152Values checks that values outside the enums and an invalid
// notification date are reported, so that a policy that validates always
// encodes.
func TestFZ152Values(t *testing.T) {
	for _, tt := range []struct {
		change func(p *Policy)
		rule   Rule
		path   string
	}{
		{func(p *Policy) { p.Purposes[0].Subjects = []DataSubject{DataSubjectUsers, 0} }, RuleInvalidValue, "purposes[account].subjects[1]"},
		{func(p *Policy) { p.Purposes[0].Actions = []Action{99} }, RuleInvalidValue, "purposes[account].actions[0]"},
		{func(p *Policy) { p.Purposes[0].Method = 4 }, RuleInvalidValue, "purposes[account].method"},
		{func(p *Policy) { p.OperatorRegister.Notified = Date{2021, time.February, 30} }, RuleInvalidDate, "operator_register.notified"},
	} {
		p := fz152Policy()
		if fs := p.Validate(); slices.ContainsFunc(fs, func(f Finding) bool { return f.Severity == SeverityError }) {
			t.Fatalf("the base policy has errors: %v", fs)
		}
		tt.change(p)
		fs := p.Validate()
		if !slices.ContainsFunc(fs, func(f Finding) bool { return f.Rule == tt.rule && f.Path == tt.path }) {
			t.Errorf("no %s finding at %s: %v", tt.rule, tt.path, fs)
		}
		if _, err := p.MarshalJSON(); tt.rule == RuleInvalidValue && err == nil {
			t.Errorf("%s: MarshalJSON accepted an invalid value", tt.path)
		}
	}
}

func TestActions(t *testing.T) {
	var keys []string
	for _, a := range Actions() {
		keys = append(keys, a.String())
	}
	want := []string{"collection", "recording", "systematisation", "accumulation", "storage", "clarification", "extraction",
		"use", "transfer", "depersonalisation", "blocking", "deletion", "destruction"}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("Actions() (-want +got):\n%s", diff)
	}
	if Action(0).Valid() || Action(14).Valid() || ActionDestruction.Name() != "destroying" {
		t.Errorf("Action validity or names are wrong")
	}
}
