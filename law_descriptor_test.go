package policy

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// missing lists what d lacks or gets wrong, each as the field name and the
// problem.
func (d *lawDescriptor) missing() []string {
	var out []string
	bad := func(field, why string) { out = append(out, field+": "+why) }
	if d.law == 0 {
		bad("law", "the zero Law")
	}
	if d.key == "" || strings.ToLower(d.key) != d.key || strings.ContainsAny(d.key, " \t") {
		bad("key", "empty or not a lowercase identifier")
	}
	if d.name == "" {
		bad("name", "empty")
	}
	if d.fullName == "" {
		bad("fullName", "empty")
	}
	if len(d.home) == 0 {
		bad("home", "no home regions: every law must say where a transfer becomes international")
	}
	for _, r := range d.home {
		if !regionOK(r) {
			bad("home", r.String()+" is not a country or EU")
		}
	}
	if len(d.cite) == 0 && d.citeNote == "" {
		bad("cite", "no citations and no citeNote saying why")
	}
	for b, c := range d.cite {
		if !b.Valid() || c == "" {
			bad("cite", "an empty citation or an undefined ground")
		}
	}
	switch {
	case d.transfers == nil && d.noTransfers == "":
		bad("transfers", "no transfer regime and no noTransfers saying why")
	case d.transfers != nil && d.noTransfers != "":
		bad("noTransfers", "set although the law has a transfer regime")
	case d.transfers != nil:
		if d.transfers.refuse == nil {
			bad("transfers.refuse", "nil")
		}
		if !slices.IsSortedFunc(d.transfers.adequacy, compareDecisions) {
			bad("transfers.adequacy", "not sorted by destination and start")
		}
		if !d.transfers.checked.Valid() {
			bad("transfers.checked", "not the valid date the table was checked")
		}
		if tm := d.transfers.terms; strings.Count(tm.one, "%s") != 1 || strings.Count(tm.one, "%") != 1 || tm.cite == "" || tm.list == "" {
			bad("transfers.terms", "not the law's words for adequacy: one with a single %s, cite and list")
		}
		for i, a := range d.transfers.adequacy {
			dest := a.destination()
			if i > 0 && compareDecisions(d.transfers.adequacy[i-1], a) == 0 {
				bad("transfers.adequacy", dest+" listed twice from one day")
			}
			if (a.Region == (language.Region{})) == (a.Organisation == 0) {
				bad("transfers.adequacy", dest+" names both or neither a region and an organisation")
			}
			if a.Organisation == 0 && slices.Contains(d.home, a.Region) {
				bad("transfers.adequacy", dest+" is a home region")
			}
			if !a.Until.IsZero() && a.Until.Before(a.Since) {
				bad("transfers.adequacy", dest+" expires before it starts")
			}
			if a.Since.After(d.transfers.checked) {
				bad("transfers.adequacy", dest+" starts after the table was checked")
			}
			if a.Certified && a.Scope == "" {
				bad("transfers.adequacy", dest+" is limited to certified organisations but does not name the framework")
			}
		}
	}
	if d.authority.Name == "" {
		bad("authority.Name", "empty")
	}
	if len(d.rights) == 0 {
		bad("rights", "empty")
	}
	if u := d.authority.URL; u != "" && !strings.HasPrefix(u, "https://") {
		bad("authority.URL", "not an https URL")
	}
	if len(d.rules) == 0 || !d.rules[0].scope {
		bad("rules", "no rules, or the first is not the scope rule")
	}
	prefix, transferRules := "", 0
	for _, r := range d.rules {
		if r.Law != d.law || r.ID == "" || r.Article == "" || r.Element == "" || (r.check == nil) == (r.CoveredBy == "") {
			bad("rules", string(r.ID)+" is incomplete, names another law, or both checks and is covered")
		}
		p, _, _ := strings.Cut(string(r.ID), ".")
		if prefix == "" {
			prefix = p
		} else if p != prefix {
			bad("rules", string(r.ID)+" does not share the prefix "+prefix)
		}
		if r.transfer {
			transferRules++
		}
	}
	if (d.transfers != nil) != (transferRules == 1) || transferRules > 1 {
		bad("rules", "a transfer regime needs exactly one transfer rule, and a transfer rule a regime")
	}
	for _, s := range d.statements {
		if strings.HasPrefix(s.Topic.String(), "Topic(") || s.Text == "" {
			bad("statements", "an undefined topic or an empty text")
		}
	}
	return out
}

// TestLawDescriptorsComplete fails for a registered law whose descriptor
// lacks a required field, and for gaps in the numbering of the laws.
func TestLawDescriptorsComplete(t *testing.T) {
	laws := Laws()
	if len(laws) == 0 {
		t.Fatal("no laws registered")
	}
	seen := map[Rule]Law{}
	for i, law := range laws {
		if law != Law(i+1) {
			t.Errorf("Laws()[%d] = %d; the law constants must be numbered 1 to %d without gaps", i, law, len(laws))
		}
		d := law.descriptor()
		for _, m := range d.missing() {
			t.Errorf("%s descriptor: %s", d.key, m)
		}
		if law.String() != d.key || law.Name() != d.name {
			t.Errorf("%s: the Law enum says %q, %q", d.key, law.String(), law.Name())
		}
		for _, r := range d.rules {
			if other, dup := seen[r.ID]; dup {
				t.Errorf("rule %s belongs to both %s and %s", r.ID, other, law)
			}
			seen[r.ID] = law
		}
	}
	if len(lawEnum.key) != len(laws)+1 {
		t.Errorf("the Law enum has %d keys for %d laws", len(lawEnum.key)-1, len(laws))
	}
}

// TestLawDescriptorMissing shows that missing reports each required field
// left out of an otherwise complete descriptor.
func TestLawDescriptorMissing(t *testing.T) {
	for _, tc := range []struct {
		field  string
		change func(d *lawDescriptor)
	}{
		{"law", func(d *lawDescriptor) { d.law = 0 }},
		{"key", func(d *lawDescriptor) { d.key = "" }},
		{"name", func(d *lawDescriptor) { d.name = "" }},
		{"fullName", func(d *lawDescriptor) { d.fullName = "" }},
		{"home", func(d *lawDescriptor) { d.home = nil }},
		{"cite", func(d *lawDescriptor) { d.cite, d.citeNote = nil, "" }},
		{"transfers", func(d *lawDescriptor) { d.transfers, d.noTransfers = nil, "" }},
		{"noTransfers", func(d *lawDescriptor) { d.noTransfers = "none" }},
		{"transfers.adequacy", func(d *lawDescriptor) {
			d.transfers = &transferRegime{refuse: d.transfers.refuse, adequacy: slices.Clone(d.transfers.adequacy)}
			slices.Reverse(d.transfers.adequacy)
		}},
		{"authority.Name", func(d *lawDescriptor) { d.authority.Name = "" }},
		{"authority.URL", func(d *lawDescriptor) { d.authority.URL = "http://example.com" }},
		{"rules", func(d *lawDescriptor) { d.rules = d.rules[1:] }},
		{"statements", func(d *lawDescriptor) { d.statements = []Statement{{Topic: TopicStorage}} }},
	} {
		t.Run(tc.field, func(t *testing.T) {
			d := *FADP.descriptor()
			if m := d.missing(); len(m) != 0 {
				t.Fatalf("the FADP descriptor is incomplete: %v", m)
			}
			tc.change(&d)
			m := d.missing()
			if !slices.ContainsFunc(m, func(s string) bool { return strings.HasPrefix(s, tc.field+":") }) {
				t.Errorf("missing() = %q; want a complaint about %s", m, tc.field)
			}
		})
	}
}

// TestLawAccessors checks the exported view of the descriptors: copies,
// not the registry's own slices, and zero values for an undefined Law.
func TestLawAccessors(t *testing.T) {
	eu, de, ch := language.MustParseRegion("EU"), language.MustParseRegion("DE"), language.MustParseRegion("CH")
	if !GDPR.Domestic(eu) || !GDPR.Domestic(de) || GDPR.Domestic(ch) || !FADP.Domestic(ch) || Law(0).Domestic(ch) {
		t.Error("Domestic gives a wrong answer")
	}
	h := GDPR.Home()
	h[0] = ch
	if GDPR.Home()[0] == ch {
		t.Error("Home returns the registry's slice")
	}
	st := FZ152.Statements()
	if len(st) != 1 || st[0].Topic != TopicStorage || !strings.Contains(st[0].Text, "Art. 18(5)") {
		t.Fatalf("152-FZ statements = %+v", st)
	}
	st[0].Text = ""
	if FZ152.Statements()[0].Text == "" {
		t.Error("Statements returns the registry's slice")
	}
	if got := UKGDPR.Authority(); got.URL != "https://ico.org.uk" {
		t.Errorf("UK GDPR authority = %+v", got)
	}
	var undefined Law = 200
	if undefined.Valid() || undefined.Authority() != (SupervisoryAuthority{}) || undefined.Statements() != nil ||
		undefined.Home() != nil || undefined.FullName() != "" || Requirements(undefined) != nil || AdequacyDecisions(undefined) != nil {
		t.Error("an undefined Law has data")
	}
	if _, ok := BasisConsent.Citation(undefined); ok {
		t.Error("Consent is cited under an undefined Law")
	}
	if c, ok := BasisContract.Citation(FADP); !ok || c != "Art. 31(2)(a)" {
		t.Errorf("Contract under FADP = %q, %v", c, ok)
	}
	if _, ok := BasisVitalInterests.Citation(FADP); ok {
		t.Error("VitalInterests is cited under FADP")
	}
	if AdequacyDecisions(CCPA) != nil {
		t.Error("the CCPA has an adequacy table")
	}
}

// TestResponseDeadlines checks the time each law gives to answer a data
// subject's request against the statutes.
func TestResponseDeadlines(t *testing.T) {
	for _, tt := range []struct {
		law         Law
		period, ext Period
		working     bool
	}{
		{GDPR, Months(1), Months(2), false},
		{UKGDPR, Months(1), Months(2), false},
		{FZ152, Days(10), Days(5), true},
		{LGPD, Days(15), Period{}, false},
		{CCPA, Days(45), Days(45), false},
		{FADP, Days(30), Period{}, false},
	} {
		d, ok := tt.law.ResponseDeadline()
		if !ok || d.Period != tt.period || d.Extension != tt.ext || d.WorkingDays != tt.working || d.Article == "" {
			t.Errorf("%s.ResponseDeadline() = %+v, %v; want %v + %v, working days %v", tt.law, d, ok, tt.period, tt.ext, tt.working)
		}
	}
	if d, ok := Law(0).ResponseDeadline(); ok {
		t.Errorf("Law(0).ResponseDeadline() = %+v, true", d)
	}
	for _, law := range Laws() {
		if _, ok := law.ResponseDeadline(); !ok {
			t.Errorf("%s has no response deadline", law)
		}
	}
}

// TestUpdateDue checks the day by which a policy must be updated: the
// shortest interval of its laws after its last update.
func TestUpdateDue(t *testing.T) {
	p := &Policy{Laws: []Law{GDPR}, Effective: MakeDate(2025, 3, 1), Updated: MakeDate(2025, 2, 1)}
	if d, ok := p.UpdateDue(); ok {
		t.Errorf("GDPR only: UpdateDue() = %v, true; want none", d)
	}
	p.Laws = append(p.Laws, CCPA)
	if d, ok := p.UpdateDue(); !ok || d != MakeDate(2026, 2, 1) {
		t.Errorf("UpdateDue() = %v, %v; want 2026-02-01", d, ok)
	}
	p.Updated = Date{}
	if d, ok := p.UpdateDue(); !ok || d != MakeDate(2026, 3, 1) {
		t.Errorf("without Updated: UpdateDue() = %v, %v; want 2026-03-01 from Effective", d, ok)
	}
	p.Effective = Date{}
	if d, ok := p.UpdateDue(); ok {
		t.Errorf("without dates: UpdateDue() = %v, true", d)
	}
}

// TestCitation checks that a finding cites an article of the law with the
// law's name, and an article of another act by that act alone.
func TestCitation(t *testing.T) {
	for _, tt := range []struct {
		law           Law
		article, want string
	}{
		{GDPR, "Art. 13(1)(a)", "GDPR Art. 13(1)(a)"},
		{FZ152, "Arts. 18(5), 22", "Federal Law No. 152-FZ Arts. 18(5), 22"},
		{GDPR, "Directive 2002/58/EC (ePrivacy) Art. 5(3)", "Directive 2002/58/EC (ePrivacy) Art. 5(3)"},
		{UKGDPR, "PECR reg. 6", "PECR reg. 6"},
		{CCPA, "Cal. Civ. Code 1798.130(a)(5)", "Cal. Civ. Code 1798.130(a)(5)"},
	} {
		if got := citation(tt.law, tt.article); got != tt.want {
			t.Errorf("citation(%v, %q) = %q, want %q", tt.law, tt.article, got, tt.want)
		}
	}
}
