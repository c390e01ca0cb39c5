package render

import (
	"bytes"
	"errors"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

func smallPolicy() *policy.Policy {
	email := &policy.Category{ID: "email", Name: "Email", Items: []string{"address"}, Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Period{Years: 1, Months: 6}, policy.EventCollection)}
	return &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Acme", Email: "privacy@acme.example"}},
		Effective:  policy.MakeDate(2025, time.January, 2),
		Categories: []*policy.Category{email},
		Purposes: []*policy.Purpose{
			{ID: "news", Name: "Newsletter", Categories: []*policy.Category{email}, Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "unsubscribe"},
			{ID: "billing", Name: "Billing", Categories: []*policy.Category{email}, Bases: []policy.Basis{policy.BasisContract, policy.BasisConsent}, Withdraw: "unsubscribe"},
		},
		Changes: policy.Changes{EffectiveOnPosting: true},
	}
}

func TestComposeNumbersAndRefs(t *testing.T) {
	d := mustCompose(t, smallPolicy(), Options{})
	var got []string
	for _, s := range d.Sections {
		got = append(got, s.Number+" "+s.ID)
	}
	want := []string{"1. general", "2. categories", "3. purposes", "4. grounds", "5. retention", "6. changes", "7. contact"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("sections (-want +got):\n%s", diff)
	}
	purposes := d.Sections[2].Clauses[0]
	if n := purposes.Clauses[1].Number; n != "3.1.2." || purposes.Clauses[1].ID != "purpose:billing" {
		t.Errorf("second purpose = %s %s, want 3.1.2. purpose:billing", n, purposes.Clauses[1].ID)
	}
	// The grounds are in Art. 6 order (consent before contract) whatever
	// the order of declaration, and purposes refer to them by number.
	grounds := d.Sections[3].Clauses[0].Clauses
	if grounds[0].ID != "basis:consent" || grounds[1].ID != "basis:contract" {
		t.Errorf("grounds = %s, %s", grounds[0].ID, grounds[1].ID)
	}
	var refs []Span
	for _, s := range purposes.Clauses[1].Text {
		if s.Kind == Ref {
			refs = append(refs, s)
		}
	}
	wantRefs := []Span{{Kind: Ref, Text: "4.1.2", Href: "#basis:contract"}, {Kind: Ref, Text: "4.1.1", Href: "#basis:consent"}}
	if diff := cmp.Diff(wantRefs, refs); diff != "" {
		t.Errorf("references (-want +got):\n%s", diff)
	}
	if s := purposes.Clauses[1].Text.String(); !strings.Contains(s, "performance of a contract (4.1.2); consent (4.1.1)") {
		t.Errorf("purpose text = %q", s)
	}
	ret := d.Sections[4].Clauses[0].Clauses[0].Text.String()
	if ret != "Email: for 1 year and 6 months after collection, then deleted." {
		t.Errorf("retention = %q", ret)
	}
	if len(d.Meta) != 1 || d.Meta[0].String() != "Effective date: 2 January 2025" {
		t.Errorf("meta = %v", d.Meta)
	}
}

func TestComposeTolerant(t *testing.T) {
	// An invalid policy still composes: nil declarations and undefined
	// values are skipped, never dereferenced.
	p := smallPolicy()
	p.Categories = append(p.Categories, nil)
	p.Purposes = append(p.Purposes, nil, &policy.Purpose{ID: "x", Name: "X", Categories: []*policy.Category{nil}, Bases: []policy.Basis{0, 99}})
	p.Recipients = []*policy.Recipient{nil}
	p.Rights = []policy.Right{{Kind: 77}}
	p.Transfers = []policy.Transfer{{}}
	p.Categories[0].Retention = policy.Retention{Kind: 9}
	var buf bytes.Buffer
	if err := WriteText(&buf, mustCompose(t, p, Options{}), TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "Email: not stated.") {
		t.Errorf("undefined retention not rendered as not stated:\n%s", buf.String())
	}
	if err := WriteText(&buf, mustCompose(t, &policy.Policy{}, Options{}), TextOptions{}); err != nil {
		t.Fatal(err)
	}
}

func TestComposeLanguageFallback(t *testing.T) {
	p := smallPolicy()
	for _, tag := range []language.Tag{language.Und, language.English, language.BritishEnglish, language.Japanese} {
		if d := mustCompose(t, p, Options{Language: tag}); d.Language != language.English {
			t.Errorf("Compose(%v).Lang = %v, want en", tag, d.Language)
		}
	}
}

func TestDeterministic(t *testing.T) {
	p := smallPolicy()
	render := func() []byte {
		var buf bytes.Buffer
		if err := WriteText(&buf, mustCompose(t, p, Options{}), TextOptions{}); err != nil {
			t.Error(err)
		}
		return buf.Bytes()
	}
	want := render()
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	for _, procs := range []int{1, 8} {
		runtime.GOMAXPROCS(procs)
		var wg sync.WaitGroup
		outs := make([][]byte, 50)
		for i := range outs {
			wg.Go(func() { outs[i] = render() })
		}
		wg.Wait()
		for i, got := range outs {
			if !bytes.Equal(got, want) {
				t.Fatalf("GOMAXPROCS=%d render %d differs", procs, i)
			}
		}
	}
}

func TestWrap(t *testing.T) {
	d := &Document{
		Title: "Policy",
		Intro: []Text{plain("one two three four five six")},
		Sections: []*Section{{Number: "1.", Title: "Section", Clauses: []*Clause{{
			Number: "1.1.", Text: plain("alpha beta gamma https://example.com/a/very/long/url delta"),
			Clauses: []*Clause{{Number: "1.1.1.", Text: plain("日本語の文字 幅 テスト")}},
		}}}},
	}
	tests := []struct {
		width int
		want  string
	}{
		{20, "Policy\n======\n\none two three four\nfive six\n\n1. Section\n\n1.1. alpha beta\n     gamma\n     https://example.com/a/very/long/url\n     delta\n\n1.1.1. 日本語の文字\n       幅 テスト\n"},
		{-1, "Policy\n======\n\none two three four five six\n\n1. Section\n\n1.1. alpha beta gamma https://example.com/a/very/long/url delta\n\n1.1.1. 日本語の文字 幅 テスト\n"},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := WriteText(&buf, d, TextOptions{Width: tt.width}); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, buf.String()); diff != "" {
			t.Errorf("width %d (-want +got):\n%s", tt.width, diff)
		}
		for _, line := range strings.Split(buf.String(), "\n") {
			if tt.width > 0 && columns(line) > tt.width && !strings.Contains(line, "https://") {
				t.Errorf("width %d: line %q is %d columns", tt.width, line, columns(line))
			}
		}
	}
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func TestWriteTextError(t *testing.T) {
	d := mustCompose(t, smallPolicy(), Options{})
	err := WriteText(&failWriter{n: 100}, d, TextOptions{})
	if err == nil || err.Error() != "disk full" {
		t.Errorf("WriteText to a failing writer = %v, want disk full", err)
	}
}

func mustCompose(t testing.TB, p *policy.Policy, opts Options) *Document {
	t.Helper()
	d, err := Compose(p, opts)
	if err != nil {
		t.Fatalf("Compose: %v", err)
	}
	return d
}
