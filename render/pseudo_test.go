package render

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/net/html"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// notFreeText names the string fields of the policy's types that a
// document states as they are, untranslated: identifiers, addresses a
// reader types or follows, telephone numbers, the version label, and the
// links to standard vocabularies (keys, never shown). A key is a field
// name, which excludes that field of every type, or Type.Field, which
// excludes one type's field where another type has a field of the same
// name that is free text (Links.Security is an address, Policy.Security
// a list of measures). Every other string field is free text, which a
// document in another language must translate.
var notFreeText = map[string]bool{
	"ID": true, "Email": true, "Phone": true, "Website": true, "URL": true, "OptOutURL": true, "Version": true,
	"Terms":               true,
	"Links.Subprocessors": true, "Links.Security": true, "Links.CookieSettings": true, "Links.RequestForm": true, "Links.Vendors": true, "Links.Recommendations": true,
	"Changes.HistoryURL": true, "Disclosure.ReportURL": true,
	"Recipient.NoticeURL": true,
	"CCPANotice.LimitURL": true, "CCPANotice.TollFreeNumber": true, "CCPANotice.MetricsURL": true,
	"OperatorRegister.Number": true, // 152-FZ Art. 22: a register number
	"CustomerData.TermsURL":   true,
	"Suspension.ContestURL":   true,
}

// skipField reports whether field f of struct type t is not free text.
func skipField(t reflect.Type, f reflect.StructField) bool {
	return !f.IsExported() || notFreeText[f.Name] || notFreeText[t.Name()+"."+f.Name]
}

// freeText calls fn with each free-text string of v and the name of its
// field as Type.Field, walking v's fields by reflection, so that a field
// added to the policy's types is covered without naming it here. Each
// declaration reached through a pointer is walked once.
func freeText(v any, fn func(field, s string)) {
	seen := make(map[uintptr]bool)
	var walk func(v reflect.Value, field string)
	walk = func(v reflect.Value, field string) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			walk(v.Elem(), field)
		case reflect.Struct:
			t := v.Type()
			for i := range t.NumField() {
				f := t.Field(i)
				if !skipField(t, f) {
					walk(v.Field(i), t.Name()+"."+f.Name)
				}
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i), field)
			}
		case reflect.String:
			if s := v.String(); s != "" {
				fn(field, s)
			}
		}
	}
	walk(reflect.ValueOf(v), "")
}

// freeTextFields returns every Type.Field of a free-text string field
// reachable from t.
func freeTextFields(t reflect.Type) []string {
	var out []string
	seen := make(map[reflect.Type]bool)
	var walk func(t reflect.Type, field string)
	walk = func(t reflect.Type, field string) {
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			walk(t.Elem(), field)
		case reflect.Struct:
			if seen[t] {
				return
			}
			seen[t] = true
			for i := range t.NumField() {
				f := t.Field(i)
				if !skipField(t, f) {
					walk(f.Type, t.Name()+"."+f.Name)
				}
			}
		case reflect.String:
			out = append(out, field)
		}
	}
	walk(t, "")
	slices.Sort(out)
	return slices.Compact(out)
}

// markedCatalog returns a catalog that translates every free-text string
// of p into lang as mark gives it, except the string skip.
func markedCatalog(t *testing.T, p *policy.Policy, lang language.Tag, mark func(string) string, skip string) catalog.Catalog {
	t.Helper()
	b := catalog.NewBuilder()
	freeText(p, func(_, s string) {
		if s != skip {
			if err := b.SetString(lang, s, mark(s)); err != nil {
				t.Fatal(err)
			}
		}
	})
	return b
}

// latinNames are the words in Latin letters that the library's Russian
// wording uses: abbreviations of laws, authorities and instruments, and
// the title of the link the CCPA prescribes.
var latinNames = map[string]bool{
	"GDPR": true, "DPO": true, "UK": true, "LGPD": true, "CCPA": true, "EU": true, "US": true, "ICO": true, "ANPD": true,
	"CPPA": true, "IDTA": true, "Privacy": true, "Shield": true, "Data": true, "Framework": true,
	"Extension": true, "Swiss": true,
	"Do": true, "Not": true, "Sell": true, "or": true, "Share": true, "My": true, "Personal": true, "Information": true,
	"Track": true, "Global": true, "Control": true, "cookie": true, "e": true, "mail": true,
}

// pseudo marks s as translated.
func pseudo(s string) string { return "⟦" + s + "⟧" }

var (
	marked     = regexp.MustCompile(`⟦[^⟦⟧]*⟧`)
	mdEscape   = regexp.MustCompile(`\\([!-/:-@\[-` + "`" + `{-~])`)
	mdAnchor   = regexp.MustCompile(`<a id="[^"]*"></a>|\]\([^)]*\)`)
	whiteSpace = regexp.MustCompile(`\s+`)
	latinWord  = regexp.MustCompile(`[A-Za-z]{2,}`)
	// Email addresses and web addresses are stated as they are.
	addresses = regexp.MustCompile(`[^\s(\[<]+@[^\s)\]>]+|https?://[^\s)\]>]+`)
)

// readerText returns what a reader of out, written by the writer named
// format, reads: the text without markup, escapes and line breaks.
func readerText(t *testing.T, format string, out []byte) string {
	t.Helper()
	var s string
	switch format {
	case "html":
		var b strings.Builder
		z := html.NewTokenizer(bytes.NewReader(out))
		inStyle := false
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			switch tt {
			case html.StartTagToken, html.EndTagToken:
				name, _ := z.TagName()
				inStyle = tt == html.StartTagToken && string(name) == "style"
				b.WriteByte(' ')
			case html.TextToken:
				if !inStyle {
					b.Write(z.Text())
				}
			}
		}
		s = b.String()
	case "markdown":
		s = mdEscape.ReplaceAllString(mdAnchor.ReplaceAllString(string(out), "]"), "$1")
	default:
		s = string(out)
	}
	return whiteSpace.ReplaceAllString(s, " ")
}

// checkPseudo renders p in Russian, with every free-text string of it
// translated as ⟦string⟧, in every writer, and fails if a free-text string
// appears unmarked in the output: a string of the service that reached
// the document without a translation.
func checkPseudo(t *testing.T, p *policy.Policy) {
	t.Helper()
	for _, l := range layouts {
		checkPseudoLayout(t, p, l.layout)
	}
}

func checkPseudoLayout(t *testing.T, p *policy.Policy, layout Layout) {
	t.Helper()
	lang := language.Russian
	cat := markedCatalog(t, p, lang, pseudo, "")
	if fs := CheckTranslations(p, lang, cat); len(fs) > 0 {
		t.Fatalf("CheckTranslations with every string translated:\n%v", fs)
	}
	d, err := Compose(p, Options{Language: lang, Translations: cat, Layout: layout})
	if err != nil {
		t.Fatal(err)
	}
	outputs := map[string]func(*bytes.Buffer) error{
		"text":     func(b *bytes.Buffer) error { return WriteText(b, d, TextOptions{}) },
		"markdown": func(b *bytes.Buffer) error { return WriteMarkdown(b, d) },
		"html":     func(b *bytes.Buffer) error { return WriteHTML(b, d, HTMLOptions{}) },
	}
	var sources []string
	freeText(p, func(_, s string) { sources = append(sources, whiteSpace.ReplaceAllString(strings.TrimSpace(s), " ")) })
	for format, write := range outputs {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		read := readerText(t, format, b.Bytes())
		if !strings.Contains(read, "⟦") {
			t.Fatalf("%s: no translated string in the output:\n%s", format, read)
		}
		rest := addresses.ReplaceAllString(marked.ReplaceAllString(read, " "), " ")
		for _, s := range sources {
			if strings.Contains(rest, s) {
				t.Errorf("%s: %q appears untranslated:\n%s", format, s, read)
			}
		}
		// What is left is the library's wording: Russian, but for names
		// of laws and authorities.
		for _, w := range latinWord.FindAllString(rest, -1) {
			if !latinNames[w] {
				t.Errorf("%s: English word %q in the Russian wording:\n%s", format, w, read)
			}
		}
	}
}

// fullPolicy sets every free-text field of the policy's types in a way
// that reaches the document (TestFullPolicyCoversFields checks the
// first).
func fullPolicy() *policy.Policy {
	email := &policy.Category{
		ID: "account.email", Name: "Account data", Items: []string{"email address", "username"},
		Description: "What you sign in with.", Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "single sign-on providers",
		Retention: policy.Retention{Kind: policy.RetentionRequiredByLaw, Law: "the Accounting Act", Note: "Five years at present.",
			Criteria: "the limitation period for claims", LegalHold: true},
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers},
	}
	mailer := &policy.Recipient{ID: "mailer", Name: "Mail provider", Role: policy.RoleProcessor,
		Categories: []*policy.Category{email}, Purpose: "sending our messages", Country: language.MustParseRegion("US"),
		NoticeURL: "https://mail.example/privacy", Retention: policy.Days(30)}
	partner := &policy.Recipient{ID: "partner", Name: "Partner Ltd", Role: policy.RoleJointController, Categories: []*policy.Category{email},
		Purpose: "running the newsletter with us", Arrangement: "We send the letter and answer your requests."}
	news := &policy.Purpose{
		ID: "news", Name: "Newsletter", Description: "A monthly letter about our products.",
		Categories: []*policy.Category{email}, Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegitimateInterests},
		Interest: "telling customers about new products", Withdraw: "the unsubscribe link in every letter",
		OptOut: true, OptOutHow: "by replying STOP to any text",
		Required: "an email address is needed to receive the letter", Automated: "topics are chosen by a model",
		Retention:  policy.Retention{Kind: policy.RetentionRequiredByLaw, Law: "the Marketing Act", Note: "Until you unsubscribe."},
		Recipients: []*policy.Recipient{mailer, partner}, Profiling: true,
		Obligations:   []policy.Obligation{{Act: "the Accounting Act, s. 5", Region: language.MustParseRegion("DE")}},
		ConsentMethod: policy.ConsentMethodDoubleOptIn, ConsentLogged: true,
		PaidAlternative: policy.PaidAlternative{Offer: "the Plus plan without the letter", URL: "https://acme.example/plus"},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach},
			Contest: "by replying to the letter that tells you", ContestURL: "https://acme.example/blocked"},
	}
	return &policy.Policy{
		Title: "Privacy Notice of Acme",
		Controller: policy.Controller{
			Contact:      policy.Contact{Name: "Acme Ltd", Email: "privacy@acme.example", Address: "1 High Street, Springfield"},
			Registration: "Company No. 123",
		},
		DPO:             &policy.Contact{Name: "Jane Doe", Email: "dpo@acme.example", Address: "2 High Street, Springfield"},
		Representatives: []policy.Representative{{Region: language.MustParseRegion("DE"), Contact: policy.Contact{Name: "Acme GmbH", Address: "Hauptstraße 1, Berlin"}}},
		Establishments:  []policy.Establishment{{Region: language.MustParseRegion("IE"), Contact: policy.Contact{Name: "Acme Ireland Ltd", Address: "1 Dock Road, Dublin"}}},
		Commitments:     []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoModelTraining},
		Effective:       policy.MakeDate(2025, time.January, 2),
		Laws:            []policy.Law{policy.GDPR, policy.CCPA, policy.USStates},
		Scope:           []string{"the Acme app", "acme.example"},
		CustomerData: policy.CustomerData{Customers: "companies on the Team plan", Data: "the files their staff upload",
			TermsURL: "https://acme.example/dpa"},
		OtherNotices: []policy.Notice{{Covers: "job applicants", URL: "https://acme.example/careers/privacy"}},
		Introduction: []string{"Welcome to the notice of Acme."},
		Categories:   []*policy.Category{email},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Note: "the payment provider holds them", Category: email},
			{ID: "location", Name: "precise location", Note: "not even coarse"},
			{ID: "sensitive", Name: "special categories of data", Class: policy.DataClassSpecial},
		},
		Purposes:   []*policy.Purpose{news},
		Recipients: []*policy.Recipient{mailer, partner},
		Transfers: []policy.Transfer{{Origin: language.MustParseRegion("EU"), Destination: language.MustParseRegion("US"), Recipient: mailer,
			Categories: []*policy.Category{email}, Safeguard: policy.SafeguardExplicitConsent, Note: "Copies are kept in Ireland too.",
			Risks: "authorities there may access the data without the remedies you have at home"}},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://acme.example/transparency", Note: "We challenge requests that are too broad."},
			{Kind: policy.DisclosureBusinessTransfer, Notice: true, SamePromises: true},
		},
		Deletion: []policy.Deletion{{
			From: policy.EventDeletionRequest, Categories: []*policy.Category{email}, LegalHold: true,
			Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}, {Removal: policy.RemovalBackups, Within: policy.Days(60)}},
			Note:   "Logs are overwritten sooner.",
		}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "sid", Party: policy.PartyFirst, Lifetime: policy.SessionOnly(), StrictlyNecessary: true, Note: "It keeps you signed in."},
			{ID: "ads", Name: "_ads_id", Party: policy.PartyThird, ProviderName: "Ad Network Inc", Purpose: news,
				Categories: []*policy.Category{email}, Lifetime: policy.Expires(policy.Months(13))},
			{ID: "open", Name: "open pixel", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: mailer, Lifetime: policy.UntilCleared()},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights:  []policy.Right{{Kind: policy.RightAccess, How: "the download button in your settings"}},
		Requests: policy.Requests{
			Verification:       []policy.Verification{policy.VerificationEmail, policy.VerificationDataPoints},
			VerificationDetail: "we match two details of your account", Agents: policy.AnswerYes,
			WithoutAccount: "by writing to our privacy team",
		},
		Redress: []policy.Redress{{Kind: policy.RedressDisputeResolution, Region: language.MustParseRegion("US"),
			Contact: policy.Contact{Name: "Privacy Mediation Board", Address: "5 Court Lane, Springfield", Website: "https://mediation.example"}}},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, RequestMethods: []string{"the web form", "a toll-free number"},
			TollFreeNumber: "1-800-555-0100", SensitiveUse: policy.AnswerYes, LimitURL: "https://acme.example/limit",
			Under16: policy.AnswerYes, OptInProcess: "Parents opt in by signing a consent form.", MetricsURL: "https://acme.example/metrics",
			LargeVolume: true, Metrics: &policy.CCPAMetrics{Year: 2024, Know: policy.CCPARequestCounts{Received: 10, Complied: 9, Denied: 1, Days: 7}}},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer", URL: "https://acme.example/appeal", Deadline: policy.Days(45), AttorneyGeneral: true}},
		GLBA: policy.GLBANotice{Sharing: []policy.GLBASharing{{Reason: policy.GLBAAffiliatesMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerYes}},
			LimitHow: "by calling us", WaitDays: 45, FormerCustomers: true, JointAccounts: "apply to everyone on your account"},
		Incentives: []policy.Incentive{{ID: "rewards", Name: "Rewards club", Summary: "Members earn a point for every dollar spent.",
			Categories: []*policy.Category{email}, OptIn: "by signing up in the app", Withdraw: "in the account settings",
			Value: "We estimate a member's data at $5 a year, the cost of the rewards."}},
		Security: []policy.Measure{{Name: "Encryption", Description: "All connections use TLS."}, {Kind: policy.MeasureAudits, Description: "An outside firm tests us every year."}},
		Links: policy.Links{Subprocessors: "https://acme.example/subprocessors", Security: "https://acme.example/security",
			CookieSettings: "https://acme.example/cookies", RequestForm: "https://acme.example/request", Vendors: "https://acme.example/vendors"},
		Children: policy.Children{MinimumAge: 16, Note: "We delete accounts of younger users.", ParentRequests: "by writing to privacy@acme.example", Scope: "our websites and apps"},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelBlog}, Note: "Old versions stay online.",
			MaterialOnly: true, Notice: policy.Days(30), HistoryURL: "https://github.com/acme/policy"},
		Contact: policy.Contact{Name: "Privacy team", Email: "team@acme.example", Address: "3 High Street, Springfield"},
	}
}

// TestFullPolicyCoversFields fails when a free-text field of the policy's
// types is added and fullPolicy does not set it, so that the
// pseudo-localisation test covers every field.
func TestFullPolicyCoversFields(t *testing.T) {
	set := make(map[string]bool)
	freeText(fullPolicy(), func(field, _ string) { set[field] = true })
	fields := freeTextFields(reflect.TypeFor[policy.Policy]())
	if len(fields) < 25 {
		t.Fatalf("found only %d free-text fields; the walk is broken: %v", len(fields), fields)
	}
	for _, f := range fields {
		if !set[f] {
			t.Errorf("fullPolicy does not set %s", f)
		}
	}
}

// TestPseudoLocalisation renders the full policy and every example policy
// with every string translated to a marked form, and fails if any string
// of the policy reaches a document unmarked.
func TestPseudoLocalisation(t *testing.T) {
	t.Run("full", func(t *testing.T) { checkPseudo(t, fullPolicy()) })
	files, err := filepath.Glob(filepath.FromSlash("../examples/*/testdata/policy.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 3 {
		t.Fatalf("found %d example policies, want at least 3: %v", len(files), files)
	}
	for _, name := range files {
		t.Run(filepath.Base(filepath.Dir(filepath.Dir(name))), func(t *testing.T) {
			f, err := os.Open(name)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			p, err := policy.Decode(f)
			if err != nil {
				t.Fatal(err)
			}
			checkPseudo(t, p)
		})
	}
}
