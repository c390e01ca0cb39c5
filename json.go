package policy

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// Encode writes p to w as canonical JSON: the field names of the documented
// schema, two-space indentation, no HTML escaping, a final newline. Encoding
// the result of [Decode] on canonical JSON reproduces it byte for byte.
// References between declarations are written as IDs.
func Encode(w io.Writer, p *Policy) error {
	e := newEncodeState(w, true)
	e.policy(toWire(p))
	return e.err
}

// MarshalJSON implements [encoding/json.Marshaler] with the encoding of [Encode],
// without indentation. It has a value receiver, so that encoding a Policy
// and a *Policy with encoding/json both give the canonical form.
func (p Policy) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	e := newEncodeState(&buf, false)
	e.policy(toWire(&p))
	if e.err != nil {
		return nil, e.err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// UnmarshalJSON implements [encoding/json.Unmarshaler] with the checks of a zero
// [Decoder]. It replaces all of *p.
func (p *Policy) UnmarshalJSON(data []byte) error {
	q, err := Decoder{}.Decode(bytes.NewReader(data))
	if err != nil {
		return err
	}
	*p = *q
	return nil
}

// Default limits of a [Decoder].
const (
	DefaultMaxBytes     = 4 << 20 // 4 MiB
	DefaultMaxDepth     = 64
	DefaultMaxExpansion = 8
)

// ExpansionSlack is the memory, in bytes, that a decoded policy may take
// beyond [Decoder.MaxExpansion] times its input, so that a short input
// may still declare a few dozen short declarations.
const ExpansionSlack = 1 << 20

// A Decoder reads a policy from JSON with limits on its size, its nesting
// and the memory it takes. The zero Decoder uses [DefaultMaxBytes],
// [DefaultMaxDepth] and [DefaultMaxExpansion]; it is safe for concurrent
// use.
//
// Decoding is strict: unknown fields, duplicate keys, null values, wrong
// types, trailing data, invalid UTF-8 (also as lone UTF-16 surrogates), a
// byte order mark, unknown enumerated values, IDs that are not [ValidID]
// and references to undeclared IDs are errors, each naming the path of the
// offending value, such as "purposes[2].categories[0]", and its JSON
// Pointer. Decoding streams: it stops at the first error, and holds no
// more of the input than the current token. Decoding does not judge the
// policy's content otherwise; call [Policy.Validate] for that.
type Decoder struct {
	// MaxBytes limits the size of the input; 0 means DefaultMaxBytes.
	MaxBytes int64
	// MaxDepth limits the nesting of objects and arrays; 0 means
	// DefaultMaxDepth.
	MaxDepth int
	// MaxExpansion limits the memory that the decoded policy takes, in
	// bytes per byte of input: decoding fails as soon as the policy read
	// so far takes more than MaxExpansion times the input read so far
	// plus ExpansionSlack; 0 means DefaultMaxExpansion. Policies as
	// services write them take one to two times their JSON; only many
	// declarations that state almost nothing, such as categories of an
	// ID alone (about 30 times), reach the default. See limits.go.
	MaxExpansion int
}

// Decode reads one policy from r with a zero [Decoder].
func Decode(r io.Reader) (*Policy, error) { return Decoder{}.Decode(r) }

// A DecodeError reports a problem at a path of the JSON input.
type DecodeError struct {
	Path string // such as "purposes[2].categories[0]"; empty for the document as a whole
	// Pointer is the JSON Pointer (RFC 6901) of the same value, such as
	// "/purposes/2/categories/0"; empty for the document as a whole.
	Pointer string
	Err     error

	rel  bool      // Path and Pointer are still to be built from segs
	segs []pathSeg // innermost first
}

// Error returns "policy json: path: problem". A value quoted in the
// problem is cut to its first 64 bytes, so that a huge input does not make
// a huge message.
func (e *DecodeError) Error() string {
	msg := shortenQuoted(e.Err.Error())
	if e.Path == "" {
		return "policy json: " + msg
	}
	return "policy json: " + shorten(e.Path) + ": " + msg
}

// Unwrap returns the underlying error.
func (e *DecodeError) Unwrap() error { return e.Err }

func decodeErr(path string, format string, args ...any) error {
	return &DecodeError{Path: path, Pointer: pointerOf(path), Err: fmt.Errorf(format, args...)}
}

// pointerOf returns the JSON Pointer of a path of known field names and
// indices, such as "/purposes/2/categories/0" for
// "purposes[2].categories[0]".
func pointerOf(path string) string {
	if path == "" {
		return ""
	}
	r := strings.NewReplacer(".", "/", "[", "/", "]", "")
	return "/" + r.Replace(path)
}

// Decode reads one policy from r.
func (d Decoder) Decode(r io.Reader) (*Policy, error) {
	return d.decode(r)
}

func toWire(p *Policy) *policyJSON {
	w := &policyJSON{
		Title: p.Title,
		Controller: controllerJSON{
			Name: p.Controller.Name, Email: p.Controller.Email, Phone: p.Controller.Phone,
			Address: p.Controller.Address, Website: p.Controller.Website, Registration: p.Controller.Registration,
			Country: regionString(p.Controller.Country), Individual: p.Controller.Individual,
		},
		DPO:         (*contactJSON)(p.DPO),
		Responsible: (*contactJSON)(p.Responsible),
		RepExempt:   p.RepresentativeExempt,
		Version:     p.Version,
		Effective:   p.Effective, Updated: p.Updated,
		URL:             p.URL,
		Laws:            p.Laws,
		LegalActs:       obligationsToWire(p.LegalActs),
		Definitions:     p.Definitions,
		Scope:           p.Scope,
		Introduction:    p.Introduction,
		Acknowledgement: p.Acknowledgement,
		Principles:      p.Principles,
		SafetyTips:      p.SafetyTips,
		External:        p.External,
		SecurityCaveat:  p.SecurityCaveat,
		UserDuties:      p.UserDuties,
		Commitments:     p.Commitments,
		Termination:     p.Termination,
		Signals:         signalsJSON(p.Signals),
		Requests:        requestsJSON(p.Requests),
		Links:           linksJSON(p.Links),
		NoAutomated:     p.NoAutomatedDecisions,
		CCPA:            ccpaToWire(p.CCPA),
		USStates:        usStatesJSON{Sells: p.USStates.Sells, TargetedAdvertising: p.USStates.TargetedAdvertising, Appeal: appealJSON(p.USStates.Appeal)},
		GLBA:            glbaToWire(p.GLBA),
		Children:        childrenToWire(p.Children),
		Changes:         changesJSON(p.Changes),
		Contact:         contactJSON(p.Contact),
		Storage:         storageToWire(p.Storage),
	}
	w.OperatorRegister = operatorRegisterJSON(p.OperatorRegister) // 152-FZ Art. 22
	// What the policy leaves to the customers' policies and to other notices.
	w.CustomerData = customerDataJSON(p.CustomerData)
	for _, n := range p.OtherNotices {
		w.OtherNotices = append(w.OtherNotices, noticeJSON(n))
	}
	if p.Language != language.Und {
		w.Language = p.Language.String()
	}
	for _, r := range p.Representatives {
		w.Representatives = append(w.Representatives, representativeJSON{Region: regionString(r.Region), Contact: contactJSON(r.Contact)})
	}
	for _, e := range p.Establishments {
		w.Establishments = append(w.Establishments, establishmentJSON{Region: regionString(e.Region), Contact: contactJSON(e.Contact),
			ControllerFor: regionString(e.ControllerFor)})
	}
	for _, r := range p.Rights {
		w.Rights = append(w.Rights, rightJSON(r))
	}
	for _, r := range p.Redress {
		w.Redress = append(w.Redress, redressJSON{Kind: r.Kind, Contact: contactJSON(r.Contact), Region: regionString(r.Region)})
	}
	for _, d := range p.Disclosures {
		w.Disclosures = append(w.Disclosures, disclosureJSON{Kind: d.Kind, Notice: d.Notice, SamePromises: d.SamePromises, ReportURL: d.ReportURL,
			Jurisdictions: regionStrings(d.Jurisdictions), Note: d.Note})
	}
	for _, d := range p.Deletion {
		dj := deletionJSON{From: d.From, Categories: CategoryIDs(d.Categories), LegalHold: d.LegalHold, Shared: d.SharedCopies,
			Kept: d.Kept, KeptFor: d.KeptFor, Restricted: d.KeptRestricted, Note: d.Note}
		for _, s := range d.Stages {
			dj.Stages = append(dj.Stages, stageJSON(s))
		}
		w.Deletion = append(w.Deletion, dj)
	}
	for _, c := range p.Cookies {
		cj := cookieJSON{
			ID: c.ID, Name: c.Name, Technology: c.Technology, Party: c.Party, ProviderName: c.ProviderName,
			Categories: CategoryIDs(c.Categories), Lifetime: lifetimeJSON(c.Lifetime),
			StrictlyNecessary: c.StrictlyNecessary, Consent: c.Consent, Note: c.Note,
		}
		if c.Provider != nil {
			cj.Provider = c.Provider.ID
		}
		if c.Purpose != nil {
			cj.Purpose = c.Purpose.ID
		}
		w.Cookies = append(w.Cookies, cj)
	}
	for _, m := range p.Security {
		w.Security = append(w.Security, measureJSON{Kind: m.Kind, Name: m.Name, Description: m.Description,
			Breach: breachNoticeJSON(m.Breach)})
	}
	for _, c := range p.Categories {
		if c == nil {
			continue
		}
		cj := categoryJSON{
			ID: c.ID, Name: c.Name, Items: c.Items, Description: c.Description,
			Sensitivity: c.Sensitivity, Sources: c.Sources, SourceDetail: c.SourceDetail,
			Retention: retentionJSON(c.Retention), Linked: c.Linked, Tracking: c.Tracking,
			Biometric: c.Biometric, Criminal: c.Criminal, Visibility: c.Visibility, OnDevice: c.OnDevice, VisibleTo: c.VisibleTo, DisseminationConsent: c.DisseminationConsent, RecordingNotice: c.RecordingNotice, DevicePermission: c.DevicePermission, EndToEnd: c.EndToEnd, Zones: c.Zones, OthersConsent: c.OthersConsent, ModelGenerated: c.ModelGenerated, GovernedBy: c.GovernedBy, CCPA: c.CCPA, Storage: storageToWire(c.Storage),
			Terms:       termsJSON(c.Terms),
			DerivedFrom: CategoryIDs(c.DerivedFrom), Commitments: c.Commitments,
			Secrecy: secrecyJSON{Kind: c.Secrecy.Kind, Laws: obligationsToWire(c.Secrecy.Laws)}, AutoDelete: c.AutoDelete,
		}
		w.Categories = append(w.Categories, cj)
	}
	for _, in := range p.Incentives {
		w.Incentives = append(w.Incentives, incentiveJSON{ID: in.ID, Name: in.Name, Summary: in.Summary, Categories: CategoryIDs(in.Categories),
			OptIn: in.OptIn, Withdraw: in.Withdraw, Value: in.Value})
	}
	for _, e := range p.NotCollected {
		ej := exclusionJSON{ID: e.ID, Name: e.Name, Class: e.Class, Except: CategoryIDs(e.Except), Note: e.Note}
		if e.Category != nil {
			ej.Category = e.Category.ID
		}
		w.NotCollected = append(w.NotCollected, ej)
	}
	for _, pu := range p.Purposes {
		if pu == nil {
			continue
		}
		w.Purposes = append(w.Purposes, purposeJSON{
			ID: pu.ID, Name: pu.Name, Description: pu.Description,
			Categories: CategoryIDs(pu.Categories), Bases: pu.Bases,
			Interest: pu.Interest, Withdraw: pu.Withdraw, OptOut: pu.OptOut, OptOutHow: pu.OptOutHow,
			ConsentMethod: pu.ConsentMethod, ConsentLogged: pu.ConsentLogged, PaidAlternative: paidAlternativeJSON(pu.PaidAlternative),
			Retention: retentionJSON(pu.Retention), Recipients: RecipientIDs(pu.Recipients), Required: pu.Required,
			Automated: pu.Automated, Areas: pu.DecisionAreas, Human: pu.HumanDecision, Journalism: pu.Journalism, MinimumAge: pu.MinimumAge, Scoring: pu.Scoring, Profiling: pu.Profiling, HighRisk: pu.HighRiskProfiling, Marketing: pu.DirectMarketing, Service: pu.ServiceMessages, Past: pu.Past, Terms: termsJSON(pu.Terms),
			// 152-FZ Art. 18.1(1)(2).
			Subjects: pu.Subjects, Actions: pu.Actions, Method: pu.Method,
			Obligations: obligationsToWire(pu.Obligations),
			Criminal:    criminalJSON{Official: pu.Criminal.Official, Laws: obligationsToWire(pu.Criminal.Laws), Condition: pu.Criminal.Condition},
			Suspension:  suspensionJSON(pu.Suspension), ImageConsent: pu.ImageConsent,
			ConsentRequiredBy: obligationsToWire(pu.ConsentRequiredBy),
			ConsentExemptBy:   obligationsToWire(pu.ConsentExemptBy),
			TippingOff:        obligationsToWire(pu.TippingOff),
			SpecialCondition:  pu.SpecialCondition,
			Regions:           regionStrings(pu.Regions),
			EthicsApproval:    pu.EthicsApproval,
			AgeChecks:         pu.AgeChecks,
		})
	}
	for _, r := range p.Recipients {
		if r == nil {
			continue
		}
		w.Recipients = append(w.Recipients, recipientJSON{
			ID: r.ID, Name: r.Name, Role: r.Role, Categories: CategoryIDs(r.Categories),
			Purpose: r.Purpose, Country: regionString(r.Country), Conditional: r.Conditional,
			NoticeURL: r.NoticeURL, Retention: r.Retention,
			Arrangement: r.Arrangement, Commitments: r.Commitments, OwnPolicy: r.OwnPolicy,
		})
	}
	for _, t := range p.Transfers {
		tj := transferJSON{
			Origin: regionString(t.Origin), Destination: regionString(t.Destination), ChosenDestination: t.ChosenDestination,
			Categories: CategoryIDs(t.Categories), Safeguard: t.Safeguard, Laws: t.Laws, Note: t.Note,
			Organisation: t.Organisation, WithinScope: t.WithinScope, Notified: t.Notified, NoticeGiven: t.NoticeGiven,
			Risks: t.Risks,
		}
		if t.Recipient != nil {
			tj.Recipient = t.Recipient.ID
		}
		w.Transfers = append(w.Transfers, tj)
	}
	return w
}

func storageToWire(ss []Storage) []storageJSON {
	var out []storageJSON
	for _, s := range ss {
		out = append(out, storageJSON{Subjects: regionString(s.Subjects), Location: regionString(s.Location)})
	}
	return out
}

func storageFromWire(path string, ss []storageJSON) ([]Storage, error) {
	out := slices.Grow([]Storage(nil), len(ss))
	for j, s := range ss {
		sp := path + "[" + strconv.Itoa(j) + "]"
		var st Storage
		var err error
		if st.Subjects, err = parseRegion(sp+".subjects", s.Subjects); err != nil {
			return nil, err
		}
		if st.Location, err = parseRegion(sp+".location", s.Location); err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, nil
}

func childrenToWire(c Children) childrenJSON {
	w := childrenJSON{MinimumAge: c.MinimumAge, Note: c.Note, ParentalConsent: c.ParentalConsent,
		ConsentAge: c.ConsentAge, Restrictions: c.Restrictions}
	w.SchoolConsent = c.SchoolConsent
	w.AgeChecks = c.AgeChecks
	w.ParentRequests = c.ParentRequests
	w.BestInterest = c.BestInterest
	w.Scope = c.Scope
	for _, a := range c.ByRegion {
		w.ByRegion = append(w.ByRegion, ageLimitJSON{Region: regionString(a.Region), Age: a.Age})
	}
	return w
}

func childrenFromWire(w childrenJSON) (Children, error) {
	c := Children{MinimumAge: w.MinimumAge, Note: w.Note, ParentalConsent: w.ParentalConsent,
		ConsentAge: w.ConsentAge, Restrictions: w.Restrictions}
	c.SchoolConsent = w.SchoolConsent
	c.AgeChecks = w.AgeChecks
	c.ParentRequests = w.ParentRequests
	c.BestInterest = w.BestInterest
	c.Scope = w.Scope
	c.ByRegion = slices.Grow(c.ByRegion, len(w.ByRegion))
	for i, a := range w.ByRegion {
		r, err := parseRegion("children.by_region["+strconv.Itoa(i)+"].region", a.Region)
		if err != nil {
			return Children{}, err
		}
		c.ByRegion = append(c.ByRegion, AgeLimit{Region: r, Age: a.Age})
	}
	return c, nil
}

func regionString(r language.Region) string {
	if r == (language.Region{}) {
		return ""
	}
	return r.String()
}

// regionStrings returns the codes of rs, or nil for none.
func regionStrings(rs []language.Region) []string {
	if len(rs) == 0 {
		return nil
	}
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = regionString(r)
	}
	return out
}

// fromWire builds the model from its JSON form, resolving references by ID.
// The declarations read straight into the model come in d; their lists in
// w are ignored.
func fromWire(w *policyJSON, d *decoded) (*Policy, error) {
	p := &Policy{
		Title: w.Title,
		Controller: Controller{
			Contact: Contact{Name: w.Controller.Name, Email: w.Controller.Email, Phone: w.Controller.Phone,
				Address: w.Controller.Address, Website: w.Controller.Website},
			Registration: w.Controller.Registration,
			Individual:   w.Controller.Individual,
		},
		DPO:                  (*Contact)(w.DPO),
		Responsible:          (*Contact)(w.Responsible),
		RepresentativeExempt: w.RepExempt,
		Version:              w.Version,
		Effective:            w.Effective, Updated: w.Updated,
		URL:                  w.URL,
		Laws:                 w.Laws,
		Scope:                w.Scope,
		Introduction:         w.Introduction,
		Acknowledgement:      w.Acknowledgement,
		Principles:           w.Principles,
		SafetyTips:           w.SafetyTips,
		External:             w.External,
		SecurityCaveat:       w.SecurityCaveat,
		UserDuties:           w.UserDuties,
		Commitments:          w.Commitments,
		Termination:          w.Termination,
		Definitions:          w.Definitions,
		Signals:              Signals(w.Signals),
		Requests:             Requests(w.Requests),
		Links:                Links(w.Links),
		NoAutomatedDecisions: w.NoAutomated,
		CCPA:                 ccpaFromWire(w.CCPA),
		USStates:             USStatesNotice{Sells: w.USStates.Sells, TargetedAdvertising: w.USStates.TargetedAdvertising, Appeal: Appeal(w.USStates.Appeal)},
		GLBA:                 glbaFromWire(w.GLBA),
		Changes:              Changes(w.Changes),
		Contact:              Contact(w.Contact),
	}
	p.OperatorRegister = OperatorRegister(w.OperatorRegister) // 152-FZ Art. 22
	// What the policy leaves to the customers' policies and to other notices.
	p.CustomerData = CustomerData(w.CustomerData)
	p.OtherNotices = slices.Grow(p.OtherNotices, len(w.OtherNotices))
	for _, n := range w.OtherNotices {
		p.OtherNotices = append(p.OtherNotices, Notice(n))
	}
	if w.Language != "" {
		tag, err := language.Parse(w.Language)
		if err != nil {
			return nil, decodeErr("language", "%q is not a BCP 47 language tag", w.Language)
		}
		p.Language = tag
	}
	var err error
	if p.Controller.Country, err = parseRegion("controller.country", w.Controller.Country); err != nil {
		return nil, err
	}
	if p.Storage, err = storageFromWire("storage", w.Storage); err != nil {
		return nil, err
	}
	if p.LegalActs, err = obligationsFromWire("legal_acts", w.LegalActs); err != nil {
		return nil, err
	}
	if p.Children, err = childrenFromWire(w.Children); err != nil {
		return nil, err
	}
	p.Representatives = slices.Grow(p.Representatives, len(w.Representatives))
	for i, r := range w.Representatives {
		path := "representatives[" + strconv.Itoa(i) + "]"
		rep := Representative{Contact: Contact(r.Contact)}
		if rep.Region, err = parseRegion(path+".region", r.Region); err != nil {
			return nil, err
		}
		p.Representatives = append(p.Representatives, rep)
	}

	p.Establishments = slices.Grow(p.Establishments, len(w.Establishments))
	for i, e := range w.Establishments {
		est := Establishment{Contact: Contact(e.Contact)}
		if est.Region, err = parseRegion("establishments["+strconv.Itoa(i)+"].region", e.Region); err != nil {
			return nil, err
		}
		if est.ControllerFor, err = parseRegion("establishments["+strconv.Itoa(i)+"].controller_for", e.ControllerFor); err != nil {
			return nil, err
		}
		p.Establishments = append(p.Establishments, est)
	}
	p.Rights = slices.Grow(p.Rights, len(w.Rights))
	for _, r := range w.Rights {
		p.Rights = append(p.Rights, Right(r))
	}
	p.Redress = slices.Grow(p.Redress, len(w.Redress))
	for i, r := range w.Redress {
		red := Redress{Kind: r.Kind, Contact: Contact(r.Contact)}
		if red.Region, err = parseRegion("redress["+strconv.Itoa(i)+"].region", r.Region); err != nil {
			return nil, err
		}
		p.Redress = append(p.Redress, red)
	}
	p.Disclosures = slices.Grow(p.Disclosures, len(w.Disclosures))
	for i, d := range w.Disclosures {
		dis := Disclosure{Kind: d.Kind, Notice: d.Notice, SamePromises: d.SamePromises, ReportURL: d.ReportURL, Note: d.Note}
		for j, r := range d.Jurisdictions {
			reg, err := parseRegion("disclosures["+strconv.Itoa(i)+"].jurisdictions["+strconv.Itoa(j)+"]", r)
			if err != nil {
				return nil, err
			}
			dis.Jurisdictions = append(dis.Jurisdictions, reg)
		}
		p.Disclosures = append(p.Disclosures, dis)
	}
	p.Security = slices.Grow(p.Security, len(w.Security))
	for _, m := range w.Security {
		p.Security = append(p.Security, Measure{Kind: m.Kind, Name: m.Name, Description: m.Description,
			Breach: BreachNotice(m.Breach)})
	}

	cats := make(map[string]*Category, len(d.categories))
	for i, c := range d.categories {
		if err := declare(cats, "categories["+strconv.Itoa(i)+"]", "category", c.ID, c); err != nil {
			return nil, err
		}
	}
	p.Categories = slices.Clip(d.categories)
	catRefs := func(path string, ids []string) ([]*Category, error) {
		return resolve(cats, path, "category", ids)
	}
	for _, dd := range d.derived {
		c := d.categories[dd.i]
		if c.DerivedFrom, err = catRefs("categories["+strconv.Itoa(dd.i)+"].derived_from", dd.ids); err != nil {
			return nil, err
		}
	}

	recips := make(map[string]*Recipient, len(d.recipients))
	if len(d.recipients) > 0 {
		p.Recipients = make([]*Recipient, 0, len(d.recipients))
	}
	for i, rd := range d.recipients {
		path := "recipients[" + strconv.Itoa(i) + "]"
		r := rd.r
		if r.Categories, err = catRefs(path+".categories", rd.categories); err != nil {
			return nil, err
		}
		if err := declare(recips, path, "recipient", r.ID, r); err != nil {
			return nil, err
		}
		p.Recipients = append(p.Recipients, r)
	}

	p.Incentives = slices.Grow(p.Incentives, len(w.Incentives))
	for i, ij := range w.Incentives {
		in := Incentive{ID: ij.ID, Name: ij.Name, Summary: ij.Summary, OptIn: ij.OptIn, Withdraw: ij.Withdraw, Value: ij.Value}
		if in.Categories, err = catRefs("incentives["+strconv.Itoa(i)+"].categories", ij.Categories); err != nil {
			return nil, err
		}
		p.Incentives = append(p.Incentives, in)
	}
	p.NotCollected = slices.Grow(p.NotCollected, len(w.NotCollected))
	for i, ej := range w.NotCollected {
		path := "not_collected[" + strconv.Itoa(i) + "]"
		e := Exclusion{ID: ej.ID, Name: ej.Name, Class: ej.Class, Note: ej.Note}
		if ej.Category != "" {
			if e.Category = cats[ej.Category]; e.Category == nil {
				return nil, decodeErr(path+".category", "unknown category %q: it is not declared in categories", ej.Category)
			}
		}
		if e.Except, err = catRefs(path+".except", ej.Except); err != nil {
			return nil, err
		}
		p.NotCollected = append(p.NotCollected, e)
	}

	purposes := make(map[string]*Purpose, len(d.purposes))
	if len(d.purposes) > 0 {
		p.Purposes = make([]*Purpose, 0, len(d.purposes))
	}
	for i, pd := range d.purposes {
		path := "purposes[" + strconv.Itoa(i) + "]"
		pu := pd.p
		if pu.Categories, err = catRefs(path+".categories", pd.categories); err != nil {
			return nil, err
		}
		if pu.Recipients, err = resolve(recips, path+".recipients", "recipient", pd.recipients); err != nil {
			return nil, err
		}
		p.Purposes = append(p.Purposes, pu)
		if pu.ID != "" && purposes[pu.ID] == nil {
			purposes[pu.ID] = pu
		}
	}

	p.Transfers = slices.Grow(p.Transfers, len(w.Transfers))
	for i, tj := range w.Transfers {
		path := "transfers[" + strconv.Itoa(i) + "]"
		t := Transfer{ChosenDestination: tj.ChosenDestination, Safeguard: tj.Safeguard, Laws: tj.Laws, Note: tj.Note,
			Organisation: tj.Organisation, WithinScope: tj.WithinScope, Notified: tj.Notified, NoticeGiven: tj.NoticeGiven,
			Risks: tj.Risks}
		if t.Origin, err = parseRegion(path+".origin", tj.Origin); err != nil {
			return nil, err
		}
		if t.Destination, err = parseRegion(path+".destination", tj.Destination); err != nil {
			return nil, err
		}
		if tj.Recipient != "" {
			if t.Recipient = recips[tj.Recipient]; t.Recipient == nil {
				return nil, decodeErr(path+".recipient", "unknown recipient %q: it is not declared in recipients", tj.Recipient)
			}
		}
		if t.Categories, err = catRefs(path+".categories", tj.Categories); err != nil {
			return nil, err
		}
		p.Transfers = append(p.Transfers, t)
	}

	p.Deletion = slices.Grow(p.Deletion, len(w.Deletion))
	for i, dj := range w.Deletion {
		path := "deletion[" + strconv.Itoa(i) + "]"
		d := Deletion{From: dj.From, LegalHold: dj.LegalHold, SharedCopies: dj.Shared, Kept: dj.Kept, KeptFor: dj.KeptFor, KeptRestricted: dj.Restricted, Note: dj.Note}
		if d.Categories, err = catRefs(path+".categories", dj.Categories); err != nil {
			return nil, err
		}
		d.Stages = slices.Grow(d.Stages, len(dj.Stages))
		for _, s := range dj.Stages {
			d.Stages = append(d.Stages, Stage(s))
		}
		p.Deletion = append(p.Deletion, d)
	}

	p.Cookies = slices.Grow(p.Cookies, len(w.Cookies))
	for i, cj := range w.Cookies {
		path := "cookies[" + strconv.Itoa(i) + "]"
		c := Cookie{
			ID: cj.ID, Name: cj.Name, Technology: cj.Technology, Party: cj.Party, ProviderName: cj.ProviderName,
			Lifetime: Lifetime(cj.Lifetime), StrictlyNecessary: cj.StrictlyNecessary, Consent: cj.Consent, Note: cj.Note,
		}
		if cj.Provider != "" {
			if c.Provider = recips[cj.Provider]; c.Provider == nil {
				return nil, decodeErr(path+".provider", "unknown recipient %q: it is not declared in recipients", cj.Provider)
			}
		}
		if cj.Purpose != "" {
			if c.Purpose = purposes[cj.Purpose]; c.Purpose == nil {
				return nil, decodeErr(path+".purpose", "unknown purpose %q: it is not declared in purposes", cj.Purpose)
			}
		}
		if c.Categories, err = catRefs(path+".categories", cj.Categories); err != nil {
			return nil, err
		}
		p.Cookies = append(p.Cookies, c)
	}
	return p, nil
}

// declare records decl under id, rejecting a duplicate: references to a
// duplicated ID would be ambiguous.
func declare[T any](m map[string]*T, path, kind, id string, decl *T) error {
	if id == "" {
		return decodeErr(path+".id", "%s has no id; references need one", kind)
	}
	if _, dup := m[id]; dup {
		return decodeErr(path+".id", "%s id %q is declared more than once", kind, id)
	}
	m[id] = decl
	return nil
}

func resolve[T any](m map[string]*T, path, kind string, ids []string) ([]*T, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	out := make([]*T, 0, len(ids))
	for j, id := range ids {
		d := m[id]
		if d == nil {
			return nil, decodeErr(path+"["+strconv.Itoa(j)+"]", "unknown %s %q: it is not declared in %s", kind, id, map[string]string{"category": "categories", "recipient": "recipients"}[kind])
		}
		out = append(out, d)
	}
	return out, nil
}

func parseRegion(path, s string) (language.Region, error) {
	r, err := regionOf(s)
	if err != nil {
		return language.Region{}, &DecodeError{Path: path, Pointer: pointerOf(path), Err: err}
	}
	return r, nil
}

// regionOf parses a region code in canonical form; "" is the zero Region.
func regionOf(s string) (language.Region, error) {
	if s == "" {
		return language.Region{}, nil
	}
	r, err := language.ParseRegion(s)
	if err != nil {
		return language.Region{}, fmt.Errorf("%q is not an ISO 3166 region code", s)
	}
	if r.String() != s {
		// ParseRegion also accepts lowercase and numeric codes; the
		// canonical form keeps round trips exact.
		return language.Region{}, fmt.Errorf("%q is not in canonical form; write %q", s, r.String())
	}
	return r, nil
}

// obligationsToWire converts a purpose's obligations to their wire form.
func obligationsToWire(os []Obligation) []obligationJSON {
	var out []obligationJSON
	for _, o := range os {
		out = append(out, obligationJSON{Act: o.Act, Region: regionString(o.Region)})
	}
	return out
}

// obligationsFromWire converts the wire form of acts, found at path, to
// the model's.
func obligationsFromWire(path string, ws []obligationJSON) ([]Obligation, error) {
	out := slices.Grow([]Obligation(nil), len(ws))
	for j, w := range ws {
		r, err := parseRegion(path+"["+strconv.Itoa(j)+"].region", w.Region)
		if err != nil {
			return nil, err
		}
		out = append(out, Obligation{Act: w.Act, Region: r})
	}
	return out, nil
}

// ccpaToWire converts the CCPA notice to its wire form.
func ccpaToWire(n CCPANotice) ccpaJSON {
	w := ccpaJSON{
		Sold: n.Sold, Shared: n.Shared, OptOutURL: n.OptOutURL, RequestMethods: n.RequestMethods,
		TollFreeNumber: n.TollFreeNumber, OnlineOnly: n.OnlineOnly, SoldCategories: n.SoldCategories,
		SensitiveUse: n.SensitiveUse, LimitURL: n.LimitURL,
		LargeVolume: n.LargeVolume, MetricsURL: n.MetricsURL, Under16: n.Under16, OptInProcess: n.OptInProcess, ShineTheLight: n.ShineTheLight,
	}
	if m := n.Metrics; m != nil {
		w.Metrics = &ccpaMetricsJSON{Year: m.Year, Mean: m.Mean,
			Delete: ccpaRequestsJSON(m.Delete), Correct: ccpaRequestsJSON(m.Correct), Know: ccpaRequestsJSON(m.Know),
			OptOut: ccpaRequestsJSON(m.OptOut), Limit: ccpaRequestsJSON(m.Limit)}
	}
	return w
}

// ccpaFromWire converts the wire form of the CCPA notice.
func ccpaFromWire(w ccpaJSON) CCPANotice {
	n := CCPANotice{
		Sold: w.Sold, Shared: w.Shared, OptOutURL: w.OptOutURL, RequestMethods: w.RequestMethods,
		TollFreeNumber: w.TollFreeNumber, OnlineOnly: w.OnlineOnly, SoldCategories: w.SoldCategories,
		SensitiveUse: w.SensitiveUse, LimitURL: w.LimitURL,
		LargeVolume: w.LargeVolume, MetricsURL: w.MetricsURL, Under16: w.Under16, OptInProcess: w.OptInProcess, ShineTheLight: w.ShineTheLight,
	}
	if m := w.Metrics; m != nil {
		n.Metrics = &CCPAMetrics{Year: m.Year, Mean: m.Mean,
			Delete: CCPARequestCounts(m.Delete), Correct: CCPARequestCounts(m.Correct), Know: CCPARequestCounts(m.Know),
			OptOut: CCPARequestCounts(m.OptOut), Limit: CCPARequestCounts(m.Limit)}
	}
	return n
}

func glbaToWire(n GLBANotice) glbaJSON {
	w := glbaJSON{LimitHow: n.LimitHow, WaitDays: n.WaitDays, FormerCustomers: n.FormerCustomers, JointAccounts: n.JointAccounts}
	for _, r := range n.Sharing {
		w.Sharing = append(w.Sharing, glbaSharingJSON(r))
	}
	return w
}

func glbaFromWire(w glbaJSON) GLBANotice {
	n := GLBANotice{LimitHow: w.LimitHow, WaitDays: w.WaitDays, FormerCustomers: w.FormerCustomers, JointAccounts: w.JointAccounts}
	for _, r := range w.Sharing {
		n.Sharing = append(n.Sharing, GLBASharing(r))
	}
	return n
}
