package policy

import (
	"encoding"
	"fmt"
	"io"
	"strconv"

	"github.com/go-json-experiment/json/jsontext"
)

// The encoder writes the wire types field by field through jsontext, which
// indents as it goes: one pass, no reflection, and the same bytes that
// encoding/json's Encoder with SetIndent("", "  ") and SetEscapeHTML(false)
// writes (U+2028 and U+2029 escaped, '<', '>' and '&' not). Fields are
// written in the order of the wire types, and omitted where their json
// tags say omitempty or omitzero and the value is empty or zero.

// encodeState holds one encoding in progress; it keeps the first error.
type encodeState struct {
	enc *jsontext.Encoder
	err error
}

func newEncodeState(w io.Writer, indent bool) *encodeState {
	opts := []jsontext.Options{
		jsontext.EscapeForJS(true),
		jsontext.AllowInvalidUTF8(true), // replaced with U+FFFD, as encoding/json does
		jsontext.AllowDuplicateNames(true),
	}
	if indent {
		opts = append(opts, jsontext.WithIndent("  "))
	}
	return &encodeState{enc: jsontext.NewEncoder(w, opts...)}
}

func (e *encodeState) tok(t jsontext.Token) {
	if e.err == nil {
		e.err = e.enc.WriteToken(t)
	}
}

func (e *encodeState) name(n string) { e.tok(jsontext.String(n)) }

func (e *encodeState) begin() { e.tok(jsontext.BeginObject) }
func (e *encodeState) end()   { e.tok(jsontext.EndObject) }

// str writes a string member, omitted if empty.
func (e *encodeState) str(n, v string) {
	if v != "" {
		e.name(n)
		e.tok(jsontext.String(v))
	}
}

// id writes a declaration ID, which is never omitted.
func (e *encodeState) id(v string) {
	e.name("id")
	e.tok(jsontext.String(v))
}

func (e *encodeState) boolean(n string, v bool) {
	if v {
		e.name(n)
		e.tok(jsontext.True)
	}
}

func (e *encodeState) integer(n string, v int) {
	if v != 0 {
		e.name(n)
		e.tok(jsontext.Int(int64(v)))
	}
}

// textValue writes a value that formats itself.
func (e *encodeState) textValue(path string, v encoding.TextMarshaler) {
	if e.err != nil {
		return
	}
	b, err := v.MarshalText()
	if err != nil {
		e.err = fmt.Errorf("policy json: %s: %w", path, err)
		return
	}
	e.tok(jsontext.String(string(b)))
}

// text writes a member that formats itself, omitted if zero.
func (e *encodeState) text(n string, zero bool, v encoding.TextMarshaler) {
	if !zero {
		e.name(n)
		e.textValue(n, v)
	}
}

func (e *encodeState) strings(n string, vs []string) {
	if len(vs) == 0 {
		return
	}
	e.name(n)
	e.tok(jsontext.BeginArray)
	for _, v := range vs {
		e.tok(jsontext.String(v))
	}
	e.tok(jsontext.EndArray)
}

// texts writes an array member of values that format themselves.
func encodeTexts[T any, PT interface {
	*T
	encoding.TextMarshaler
}](e *encodeState, n string, vs []T) {
	if len(vs) == 0 {
		return
	}
	e.name(n)
	e.tok(jsontext.BeginArray)
	for i := range vs {
		e.textValue(n+"["+strconv.Itoa(i)+"]", PT(&vs[i]))
	}
	e.tok(jsontext.EndArray)
}

// objects writes an array member of objects.
func encodeObjects[T any](e *encodeState, n string, vs []T, elem func(*T)) {
	if len(vs) == 0 {
		return
	}
	e.name(n)
	e.tok(jsontext.BeginArray)
	for i := range vs {
		elem(&vs[i])
	}
	e.tok(jsontext.EndArray)
}

func (e *encodeState) policy(w *policyJSON) {
	e.begin()
	e.str("title", w.Title)
	if w.Controller != (controllerJSON{}) {
		e.name("controller")
		e.controller(&w.Controller)
	}
	if w.DPO != nil {
		e.name("dpo")
		e.contact(w.DPO)
	}
	if w.Responsible != nil {
		e.name("responsible")
		e.contact(w.Responsible)
	}
	encodeObjects(e, "representatives", w.Representatives, e.representative)
	encodeTexts(e, "representative_exempt", w.RepExempt)
	encodeObjects(e, "establishments", w.Establishments, e.establishment)
	e.str("version", w.Version)
	e.text("effective", w.Effective.IsZero(), w.Effective)
	e.text("updated", w.Updated.IsZero(), w.Updated)
	e.str("url", w.URL)
	e.str("language", w.Language)
	encodeTexts(e, "laws", w.Laws)
	encodeObjects(e, "legal_acts", w.LegalActs, e.obligation)
	encodeTexts(e, "definitions", w.Definitions)
	e.strings("scope", w.Scope)
	if d := w.CustomerData; d != (customerDataJSON{}) {
		e.name("customer_data")
		e.begin()
		e.str("customers", d.Customers)
		e.str("data", d.Data)
		e.str("terms_url", d.TermsURL)
		e.boolean("contract_prevails", d.ContractPrevails)
		e.boolean("chooses_storage", d.ChoosesStorage)
		e.boolean("forwards_requests", d.ForwardsRequests)
		e.end()
	}
	encodeObjects(e, "other_notices", w.OtherNotices, e.notice)
	e.strings("introduction", w.Introduction)
	e.boolean("acknowledgement", w.Acknowledgement)
	encodeTexts(e, "principles", w.Principles)
	encodeTexts(e, "commitments", w.Commitments)
	encodeObjects(e, "categories", w.Categories, e.category)
	encodeObjects(e, "storage", w.Storage, e.storage)
	encodeObjects(e, "not_collected", w.NotCollected, e.exclusion)
	encodeObjects(e, "purposes", w.Purposes, e.purpose)
	encodeObjects(e, "recipients", w.Recipients, e.recipient)
	encodeObjects(e, "transfers", w.Transfers, e.transfer)
	encodeObjects(e, "disclosures", w.Disclosures, e.disclosure)
	encodeObjects(e, "deletion", w.Deletion, e.deletion)
	encodeTexts(e, "termination", w.Termination)
	encodeObjects(e, "cookies", w.Cookies, e.cookie)
	if g := w.Signals; g != (signalsJSON{}) {
		e.name("signals")
		e.begin()
		e.text("do_not_track", g.DoNotTrack == 0, g.DoNotTrack)
		e.text("global_privacy_control", g.GlobalPrivacyControl == 0, g.GlobalPrivacyControl)
		e.end()
	}
	encodeObjects(e, "rights", w.Rights, e.right)
	if r := w.Requests; len(r.Verification) > 0 || r.VerificationDetail != "" || r.Agents != 0 ||
		!r.Deadline.IsZero() || !r.Extension.IsZero() || r.WorkingDays || r.WithoutAccount != "" ||
		len(r.Contents) > 0 || !r.RepeatAfter.IsZero() {
		e.name("requests")
		e.begin()
		encodeTexts(e, "verification", r.Verification)
		e.str("verification_detail", r.VerificationDetail)
		e.text("agents", r.Agents == 0, r.Agents)
		e.text("deadline", r.Deadline.IsZero(), r.Deadline)
		e.text("extension", r.Extension.IsZero(), r.Extension)
		e.boolean("working_days", r.WorkingDays)
		e.str("without_account", r.WithoutAccount)
		encodeTexts(e, "contents", r.Contents)
		e.text("repeat_after", r.RepeatAfter.IsZero(), r.RepeatAfter)
		e.end()
	}
	encodeObjects(e, "redress", w.Redress, e.redress)
	e.boolean("no_automated_decisions", w.NoAutomated)
	if c := w.CCPA; c.Sold != 0 || c.Shared != 0 || c.OptOutURL != "" || c.RequestMethods != nil ||
		c.TollFreeNumber != "" || c.OnlineOnly || c.SoldCategories != nil || c.SensitiveUse != 0 ||
		c.LimitURL != "" || c.LargeVolume || c.Metrics != nil || c.MetricsURL != "" || c.Under16 != 0 || c.OptInProcess != "" || c.ShineTheLight {
		e.name("ccpa")
		e.ccpa(&w.CCPA)
	}
	encodeObjects(e, "incentives", w.Incentives, e.incentive)
	if u := w.USStates; u != (usStatesJSON{}) {
		e.name("us_states")
		e.usStates(&u)
	}
	if g := &w.GLBA; g.Sharing != nil || g.LimitHow != "" || g.WaitDays != 0 || g.FormerCustomers || g.JointAccounts != "" {
		e.name("glba")
		e.begin()
		encodeObjects(e, "sharing", g.Sharing, e.glbaSharing)
		e.str("limit_how", g.LimitHow)
		if g.WaitDays != 0 {
			e.integer("wait_days", g.WaitDays)
		}
		e.boolean("former_customers", g.FormerCustomers)
		e.str("joint_accounts", g.JointAccounts)
		e.end()
	}
	encodeObjects(e, "security", w.Security, e.measure)
	encodeTexts(e, "safety_tips", w.SafetyTips)
	encodeTexts(e, "external", w.External)
	e.boolean("security_caveat", w.SecurityCaveat)
	encodeTexts(e, "user_duties", w.UserDuties)
	if l := w.Links; l != (linksJSON{}) {
		e.name("links")
		e.begin()
		e.str("subprocessors", l.Subprocessors)
		e.str("security", l.Security)
		e.str("cookie_settings", l.CookieSettings)
		e.str("request_form", l.RequestForm)
		e.str("vendors", l.Vendors)
		e.str("recommendations", l.Recommendations)
		e.end()
	}
	if c := w.Children; c.MinimumAge != 0 || c.Note != "" || c.ParentalConsent || c.ByRegion != nil || c.ConsentAge != 0 || c.Restrictions != nil || c.SchoolConsent || c.AgeChecks != nil || c.ParentRequests != "" || c.BestInterest || c.Scope != "" {
		e.name("children")
		e.begin()
		e.integer("minimum_age", c.MinimumAge)
		e.str("note", c.Note)
		e.boolean("parental_consent", c.ParentalConsent)
		e.boolean("school_consent", c.SchoolConsent)
		encodeObjects(e, "by_region", c.ByRegion, e.ageLimit)
		e.integer("consent_age", c.ConsentAge)
		encodeTexts(e, "restrictions", c.Restrictions)
		encodeTexts(e, "age_checks", c.AgeChecks)
		e.str("parent_requests", c.ParentRequests)
		e.boolean("best_interest", c.BestInterest)
		e.str("scope", c.Scope)
		e.end()
	}
	if c := w.Changes; c.Notify != nil || c.AllChannels || c.MaterialOnly || !c.Notice.IsZero() || c.HistoryURL != "" || c.Note != "" || c.EffectiveOnPosting {
		e.name("changes")
		e.begin()
		encodeTexts(e, "notify", c.Notify)
		e.boolean("all_channels", c.AllChannels)
		e.boolean("material_only", c.MaterialOnly)
		e.text("notice", c.Notice.IsZero(), c.Notice)
		e.str("history_url", c.HistoryURL)
		e.str("note", c.Note)
		e.boolean("effective_on_posting", c.EffectiveOnPosting)
		e.end()
	}
	if w.Contact != (contactJSON{}) {
		e.name("contact")
		e.contact(&w.Contact)
	}
	if r := w.OperatorRegister; r != (operatorRegisterJSON{}) { // 152-FZ Art. 22
		e.name("operator_register")
		e.begin()
		e.str("number", r.Number)
		e.text("notified", r.Notified.IsZero(), r.Notified)
		e.boolean("exempt", r.Exempt)
		e.end()
	}
	e.end()
}

func (e *encodeState) controller(c *controllerJSON) {
	e.begin()
	e.str("name", c.Name)
	e.str("email", c.Email)
	e.str("phone", c.Phone)
	e.str("address", c.Address)
	e.str("website", c.Website)
	e.str("registration", c.Registration)
	e.str("country", c.Country)
	e.boolean("individual", c.Individual)
	e.end()
}

func (e *encodeState) contact(c *contactJSON) {
	e.begin()
	e.str("name", c.Name)
	e.str("email", c.Email)
	e.str("phone", c.Phone)
	e.str("address", c.Address)
	e.str("website", c.Website)
	e.end()
}

func (e *encodeState) representative(r *representativeJSON) {
	e.begin()
	e.str("region", r.Region)
	if r.Contact != (contactJSON{}) {
		e.name("contact")
		e.contact(&r.Contact)
	}
	e.end()
}

func (e *encodeState) category(c *categoryJSON) {
	e.begin()
	e.id(c.ID)
	e.str("name", c.Name)
	e.strings("items", c.Items)
	e.str("description", c.Description)
	e.text("sensitivity", c.Sensitivity == 0, c.Sensitivity)
	encodeTexts(e, "sources", c.Sources)
	e.str("source_detail", c.SourceDetail)
	e.strings("derived_from", c.DerivedFrom)
	encodeObjects(e, "storage", c.Storage, e.storage)
	e.retention(&c.Retention)
	e.boolean("linked", c.Linked)
	e.boolean("tracking", c.Tracking)
	e.boolean("biometric", c.Biometric)
	e.boolean("criminal", c.Criminal)
	e.text("visibility", c.Visibility == 0, c.Visibility)
	e.text("on_device", c.OnDevice == 0, c.OnDevice)
	encodeTexts(e, "visible_to", c.VisibleTo)
	e.boolean("dissemination_consent", c.DisseminationConsent)
	e.boolean("recording_notice", c.RecordingNotice)
	e.boolean("device_permission", c.DevicePermission)
	e.boolean("end_to_end", c.EndToEnd)
	e.text("zones", c.Zones == 0, c.Zones)
	e.boolean("others_consent", c.OthersConsent)
	e.boolean("model_generated", c.ModelGenerated)
	e.text("governed_by", c.GovernedBy == 0, c.GovernedBy)
	encodeTexts(e, "ccpa", c.CCPA)
	e.terms(&c.Terms)
	encodeTexts(e, "commitments", c.Commitments)
	if s := &c.Secrecy; s.Kind != 0 || len(s.Laws) > 0 {
		e.name("secrecy")
		e.begin()
		e.text("kind", s.Kind == 0, s.Kind)
		encodeObjects(e, "laws", s.Laws, e.obligation)
		e.end()
	}
	encodeTexts(e, "auto_delete", c.AutoDelete)
	e.end()
}

// terms writes the terms member, omitted if empty.
func (e *encodeState) terms(t *termsJSON) {
	if len(t.Fides)+len(t.DPV)+len(t.Apple)+len(t.Play) == 0 {
		return
	}
	e.name("terms")
	e.begin()
	e.strings("fides", t.Fides)
	e.strings("dpv", t.DPV)
	e.strings("apple", t.Apple)
	e.strings("play", t.Play)
	e.end()
}

func (e *encodeState) ageLimit(a *ageLimitJSON) {
	e.begin()
	e.str("region", a.Region)
	e.integer("age", a.Age)
	e.end()
}

func (e *encodeState) storage(s *storageJSON) {
	e.begin()
	e.str("subjects", s.Subjects)
	e.str("location", s.Location)
	e.end()
}

// retention writes the retention member, omitted if zero.
func (e *encodeState) retention(r *retentionJSON) {
	if *r == (retentionJSON{}) {
		return
	}
	e.name("retention")
	e.begin()
	e.text("rule", r.Kind == 0, r.Kind)
	e.text("period", r.Period.IsZero(), r.Period)
	e.text("from", r.From == 0, r.From)
	e.str("law", r.Law)
	e.str("criteria", r.Criteria)
	e.boolean("anonymise", r.Anonymise)
	e.boolean("legal_hold", r.LegalHold)
	e.str("note", r.Note)
	e.end()
}

func (e *encodeState) incentive(x *incentiveJSON) {
	e.begin()
	e.id(x.ID)
	e.str("name", x.Name)
	e.str("summary", x.Summary)
	e.strings("categories", x.Categories)
	e.str("opt_in", x.OptIn)
	e.str("withdraw", x.Withdraw)
	e.str("value", x.Value)
	e.end()
}

func (e *encodeState) exclusion(x *exclusionJSON) {
	e.begin()
	e.id(x.ID)
	e.str("name", x.Name)
	e.str("category", x.Category)
	e.text("class", x.Class == 0, x.Class)
	e.strings("except", x.Except)
	e.str("note", x.Note)
	e.end()
}

func (e *encodeState) purpose(p *purposeJSON) {
	e.begin()
	e.id(p.ID)
	e.str("name", p.Name)
	e.str("description", p.Description)
	e.strings("categories", p.Categories)
	encodeTexts(e, "bases", p.Bases)
	e.str("interest", p.Interest)
	e.str("withdraw", p.Withdraw)
	e.text("consent_method", p.ConsentMethod == 0, p.ConsentMethod)
	e.boolean("consent_logged", p.ConsentLogged)
	if a := p.PaidAlternative; a != (paidAlternativeJSON{}) {
		e.name("paid_alternative")
		e.begin()
		e.str("offer", a.Offer)
		e.str("url", a.URL)
		e.end()
	}
	encodeObjects(e, "consent_required_by", p.ConsentRequiredBy, e.obligation)
	encodeObjects(e, "consent_exempt_by", p.ConsentExemptBy, e.obligation)
	encodeObjects(e, "obligations", p.Obligations, e.obligation)
	if a := &p.Criminal; a.Official || len(a.Laws) > 0 || a.Condition != 0 {
		e.name("criminal")
		e.begin()
		e.boolean("official", a.Official)
		encodeObjects(e, "laws", a.Laws, e.obligation)
		e.text("condition", a.Condition == 0, a.Condition)
		e.end()
	}
	e.boolean("opt_out", p.OptOut)
	e.str("opt_out_how", p.OptOutHow)
	e.retention(&p.Retention)
	e.strings("recipients", p.Recipients)
	e.str("required", p.Required)
	e.str("automated", p.Automated)
	encodeTexts(e, "decision_areas", p.Areas)
	e.boolean("human_decision", p.Human)
	e.boolean("journalism", p.Journalism)
	if p.MinimumAge != 0 {
		e.integer("minimum_age", p.MinimumAge)
	}
	e.boolean("scoring", p.Scoring)
	e.boolean("profiling", p.Profiling)
	e.boolean("high_risk_profiling", p.HighRisk)
	e.boolean("direct_marketing", p.Marketing)
	e.boolean("service_messages", p.Service)
	e.boolean("past", p.Past)
	e.terms(&p.Terms)
	// 152-FZ Art. 18.1(1)(2).
	encodeTexts(e, "subjects", p.Subjects)
	encodeTexts(e, "actions", p.Actions)
	e.text("method", p.Method == 0, p.Method)
	if x := &p.Suspension; !Suspension(*x).IsZero() {
		e.name("suspension")
		e.begin()
		encodeTexts(e, "targets", x.Targets)
		encodeTexts(e, "grounds", x.Grounds)
		e.text("automated", x.Automated == 0, x.Automated)
		e.str("contest", x.Contest)
		e.str("contest_url", x.ContestURL)
		e.text("contest_within", x.ContestWithin.IsZero(), x.ContestWithin)
		e.boolean("human_review", x.HumanReview)
		e.boolean("reasons", x.Reasons)
		e.boolean("out_of_court", x.OutOfCourt)
		e.end()
	}
	e.boolean("image_consent", p.ImageConsent)
	encodeObjects(e, "tipping_off", p.TippingOff, e.obligation)
	e.text("special_condition", p.SpecialCondition == 0, p.SpecialCondition)
	e.strings("regions", p.Regions)
	e.boolean("ethics_approval", p.EthicsApproval)
	encodeTexts(e, "age_checks", p.AgeChecks)
	e.end()
}

func (e *encodeState) recipient(r *recipientJSON) {
	e.begin()
	e.id(r.ID)
	e.str("name", r.Name)
	e.text("role", r.Role == 0, r.Role)
	e.strings("categories", r.Categories)
	e.str("purpose", r.Purpose)
	e.str("country", r.Country)
	e.boolean("conditional", r.Conditional)
	e.str("notice_url", r.NoticeURL)
	e.text("retention", r.Retention.IsZero(), r.Retention)
	e.str("arrangement", r.Arrangement)
	encodeTexts(e, "commitments", r.Commitments)
	e.boolean("own_policy", r.OwnPolicy)
	e.end()
}

func (e *encodeState) transfer(t *transferJSON) {
	e.begin()
	e.str("origin", t.Origin)
	e.str("destination", t.Destination)
	e.text("chosen_destination", t.ChosenDestination == 0, t.ChosenDestination)
	e.str("recipient", t.Recipient)
	e.strings("categories", t.Categories)
	e.text("safeguard", t.Safeguard == 0, t.Safeguard)
	encodeTexts(e, "laws", t.Laws)
	e.str("note", t.Note)
	e.text("organisation", t.Organisation == 0, t.Organisation)
	e.boolean("within_scope", t.WithinScope)
	e.text("notified", t.Notified.IsZero(), t.Notified)
	e.boolean("notice_given", t.NoticeGiven)
	e.str("risks", t.Risks)
	e.end()
}

func (e *encodeState) right(r *rightJSON) {
	e.begin()
	e.text("kind", r.Kind == 0, r.Kind)
	e.str("how", r.How)
	e.end()
}

func (e *encodeState) measure(m *measureJSON) {
	e.begin()
	e.text("kind", m.Kind == 0, m.Kind)
	e.str("name", m.Name)
	e.str("description", m.Description)
	if b := m.Breach; b != (breachNoticeJSON{}) {
		e.name("breach")
		e.begin()
		e.text("authority", b.Authority.IsZero(), b.Authority)
		e.text("results", b.Results.IsZero(), b.Results)
		e.end()
	}
	e.end()
}

// usStates writes the notice under the US state privacy laws.
func (e *encodeState) glbaSharing(r *glbaSharingJSON) {
	e.begin()
	e.text("reason", false, r.Reason)
	e.text("shares", r.Shares == 0, r.Shares)
	e.text("can_limit", r.CanLimit == 0, r.CanLimit)
	e.end()
}

func (e *encodeState) usStates(u *usStatesJSON) {
	e.begin()
	e.text("sells", u.Sells == 0, u.Sells)
	e.text("targeted_advertising", u.TargetedAdvertising == 0, u.TargetedAdvertising)
	if a := u.Appeal; a != (appealJSON{}) {
		e.name("appeal")
		e.begin()
		e.str("how", a.How)
		e.str("url", a.URL)
		e.text("deadline", a.Deadline.IsZero(), a.Deadline)
		e.boolean("attorney_general", a.AttorneyGeneral)
		e.end()
	}
	e.end()
}

func (e *encodeState) ccpa(c *ccpaJSON) {
	e.begin()
	e.text("sold", c.Sold == 0, c.Sold)
	e.text("shared", c.Shared == 0, c.Shared)
	e.str("opt_out_url", c.OptOutURL)
	e.strings("request_methods", c.RequestMethods)
	e.str("toll_free_number", c.TollFreeNumber)
	e.boolean("online_only", c.OnlineOnly)
	encodeTexts(e, "sold_categories", c.SoldCategories)
	e.text("sensitive_use", c.SensitiveUse == 0, c.SensitiveUse)
	e.str("limit_url", c.LimitURL)
	e.boolean("large_volume", c.LargeVolume)
	if m := c.Metrics; m != nil {
		e.name("metrics")
		e.begin()
		e.integer("year", m.Year)
		e.boolean("mean", m.Mean)
		e.ccpaRequests("delete", &m.Delete)
		e.ccpaRequests("correct", &m.Correct)
		e.ccpaRequests("know", &m.Know)
		e.ccpaRequests("opt_out", &m.OptOut)
		e.ccpaRequests("limit", &m.Limit)
		e.end()
	}
	e.str("metrics_url", c.MetricsURL)
	e.text("under_16", c.Under16 == 0, c.Under16)
	e.str("opt_in_process", c.OptInProcess)
	e.boolean("shine_the_light", c.ShineTheLight)
	e.end()
}

// ccpaRequests writes the metrics of one kind of request, unless all are
// zero.
func (e *encodeState) ccpaRequests(n string, r *ccpaRequestsJSON) {
	if *r == (ccpaRequestsJSON{}) {
		return
	}
	e.name(n)
	e.begin()
	e.integer("received", r.Received)
	e.integer("complied", r.Complied)
	e.integer("denied", r.Denied)
	e.integer("days", r.Days)
	e.end()
}

func (e *encodeState) obligation(x *obligationJSON) {
	e.begin()
	e.str("act", x.Act)
	e.str("region", x.Region)
	e.end()
}

func (e *encodeState) establishment(x *establishmentJSON) {
	e.begin()
	e.str("region", x.Region)
	if x.Contact != (contactJSON{}) {
		e.name("contact")
		e.contact(&x.Contact)
	}
	e.str("controller_for", x.ControllerFor)
	e.end()
}

func (e *encodeState) disclosure(d *disclosureJSON) {
	e.begin()
	e.text("kind", d.Kind == 0, d.Kind)
	e.boolean("notice", d.Notice)
	e.boolean("same_promises", d.SamePromises)
	e.str("report_url", d.ReportURL)
	e.strings("jurisdictions", d.Jurisdictions)
	e.str("note", d.Note)
	e.end()
}

func (e *encodeState) deletion(d *deletionJSON) {
	e.begin()
	e.text("from", d.From == 0, d.From)
	e.strings("categories", d.Categories)
	encodeObjects(e, "stages", d.Stages, e.stage)
	e.boolean("legal_hold", d.LegalHold)
	e.boolean("shared_copies", d.Shared)
	encodeTexts(e, "kept", d.Kept)
	e.text("kept_for", d.KeptFor.IsZero(), d.KeptFor)
	e.boolean("kept_restricted", d.Restricted)
	e.str("note", d.Note)
	e.end()
}

func (e *encodeState) stage(s *stageJSON) {
	e.begin()
	e.text("removal", s.Removal == 0, s.Removal)
	e.text("within", s.Within.IsZero(), s.Within)
	e.end()
}

func (e *encodeState) cookie(c *cookieJSON) {
	e.begin()
	e.id(c.ID)
	e.str("name", c.Name)
	e.text("technology", c.Technology == 0, c.Technology)
	e.text("party", c.Party == 0, c.Party)
	e.str("provider", c.Provider)
	e.str("provider_name", c.ProviderName)
	e.str("purpose", c.Purpose)
	e.strings("categories", c.Categories)
	if l := c.Lifetime; l != (lifetimeJSON{}) {
		e.name("lifetime")
		e.begin()
		e.text("expiry", l.Expiry == 0, l.Expiry)
		e.text("period", l.Period.IsZero(), l.Period)
		e.end()
	}
	e.boolean("strictly_necessary", c.StrictlyNecessary)
	e.text("consent", c.Consent == 0, c.Consent)
	e.str("note", c.Note)
	e.end()
}

func (e *encodeState) redress(r *redressJSON) {
	e.begin()
	e.text("kind", r.Kind == 0, r.Kind)
	if r.Contact != (contactJSON{}) {
		e.name("contact")
		e.contact(&r.Contact)
	}
	e.str("region", r.Region)
	e.end()
}

func (e *encodeState) notice(n *noticeJSON) {
	e.begin()
	e.str("covers", n.Covers)
	e.str("url", n.URL)
	e.end()
}
