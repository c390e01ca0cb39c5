package diff

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gopolicy/policy"
)

// A rule says how the values at one wire path are compared and classed.
type rule struct {
	// noun names what the path holds, for summaries; by default the last
	// field name of the path.
	noun string
	// key lists, for the elements of a list of objects, the fields that
	// identify an element across versions.
	key []string
	// ident marks a field that is part of its element's key: matched
	// elements never differ in it.
	ident bool
	// whole makes an object compared as one value, not field by field.
	whole bool
	// judge decides whether a change is material; nil for editorial
	// values. An object without a judge that appears or disappears is
	// material when one of its fields would be.
	judge judge
}

// A judge decides whether a change of the given kind from old to new (nil
// where absent) is material, and says why; an empty reason keeps the
// change's own summary.
type judge func(kind Kind, old, new []byte) (material bool, why string)

// rules is the materiality table, keyed by wire path pattern: the field
// names of the canonical encoding joined by dots, with "[]" for the
// elements of a list of objects. Every path of [policy.JSONSchema] has an
// entry here or under a whole ancestor; TestRulesCoverSchema keeps it so.
// It is read-only.
var rules = map[string]rule{
	"title":        {},
	"version":      {},
	"effective":    {noun: "effective date"},
	"updated":      {noun: "date of the last update"},
	"url":          {noun: "URL"},
	"language":     {},
	"laws":         {noun: "laws", judge: always("the laws the policy follows changed")},
	"scope":        {},
	"introduction": {},
	"principles":   {},

	"controller":              {},
	"controller.name":         {noun: "controller's name", judge: when(Changed, "another controller")},
	"controller.country":      {noun: "controller's country", judge: when(Changed, "the controller is in another country")},
	"controller.email":        {},
	"controller.phone":        {},
	"controller.address":      {},
	"controller.website":      {},
	"controller.registration": {},

	"dpo":         {noun: "data protection officer", judge: when(Removed, "the data protection officer is no longer named")},
	"dpo.name":    {},
	"dpo.email":   {},
	"dpo.phone":   {},
	"dpo.address": {},
	"dpo.website": {},

	"representatives[]":                 {noun: "representative", key: []string{"region"}, judge: when(Removed, "a representative is no longer named")},
	"representatives[].region":          {ident: true},
	"representative_exempt":             {noun: "exemption from naming a representative", judge: grows("now claims an exemption from naming a representative")},
	"representatives[].contact":         {},
	"representatives[].contact.name":    {},
	"representatives[].contact.email":   {},
	"representatives[].contact.phone":   {},
	"representatives[].contact.address": {},
	"representatives[].contact.website": {},

	"categories[]":                    {noun: "category", key: []string{"id"}, judge: when(Added, "")},
	"categories[].id":                 {ident: true},
	"categories[].name":               {},
	"categories[].description":        {},
	"categories[].items":              {judge: grows("collects more")},
	"categories[].sensitivity":        {judge: moreSensitive},
	"categories[].sources":            {judge: grows("new sources")},
	"categories[].source_detail":      {noun: "source detail"},
	"categories[].storage[]":          {noun: "storage location", key: []string{"subjects"}, judge: when(Added, "stored in a new country")},
	"categories[].storage[].subjects": {ident: true},
	"categories[].storage[].location": {noun: "storage country", judge: unless(Removed, "stored in another country")},
	"categories[].retention":          {whole: true, judge: keptLonger},
	"categories[].linked":             {noun: "link to the user", judge: when(Added, "now linked to the user's identity")},
	"categories[].tracking":           {noun: "use for tracking", judge: when(Added, "now used for tracking")},
	"categories[].biometric":          {noun: "biometric use", judge: when(Added, "now used to identify people biometrically")},
	"categories[].ccpa":               {noun: "CCPA categories", judge: grows("new CCPA categories")},
	// Links to standard vocabularies describe the data; they change no
	// practice.
	"categories[].terms": {noun: "vocabulary terms", whole: true},

	"storage[]":          {noun: "storage location", key: []string{"subjects"}, judge: when(Added, "stored in a new country")},
	"storage[].subjects": {ident: true},
	"storage[].location": {noun: "storage country", judge: unless(Removed, "stored in another country")},

	"not_collected[]":          {noun: "exclusion", key: []string{"id"}, judge: when(Removed, "no longer states that this data is not collected")},
	"not_collected[].id":       {ident: true},
	"not_collected[].name":     {},
	"not_collected[].category": {},
	"not_collected[].note":     {},

	"purposes[]":             {noun: "purpose", key: []string{"id"}, judge: when(Added, "")},
	"purposes[].id":          {ident: true},
	"purposes[].name":        {},
	"purposes[].description": {},
	"purposes[].categories":  {noun: "categories", judge: grows("uses more data")},
	"purposes[].bases":       {noun: "legal grounds", judge: awayFromConsent},
	"purposes[].interest":    {noun: "legitimate interest"},
	"purposes[].withdraw":    {noun: "how to withdraw consent"},
	"purposes[].opt_out":     {noun: "opt-out", judge: when(Removed, "users can no longer opt out")},
	"purposes[].retention":   {whole: true, judge: keptLonger},
	"purposes[].recipients":  {noun: "recipients", judge: grows("new recipients")},
	"purposes[].required":    {noun: "why the data is required"},
	"purposes[].automated":   {noun: "automated decision-making", judge: when(Added, "new automated decision-making")},
	"purposes[].terms":       {noun: "vocabulary terms", whole: true},

	"recipients[]":            {noun: "recipient", key: []string{"id"}, judge: when(Added, "")},
	"recipients[].id":         {ident: true},
	"recipients[].name":       {},
	"recipients[].role":       {judge: when(Changed, "another role")},
	"recipients[].categories": {noun: "categories", judge: grows("receives more data")},
	"recipients[].purpose":    {},
	"recipients[].country":    {judge: unless(Removed, "processes data in another country")},

	"transfers[]":              {noun: "transfer", key: []string{"destination", "recipient"}, judge: when(Added, "")},
	"transfers[].destination":  {ident: true},
	"transfers[].recipient":    {ident: true},
	"transfers[].categories":   {noun: "categories", judge: grows("transfers more data")},
	"transfers[].safeguard":    {judge: always("another safeguard")},
	"transfers[].laws":         {},
	"transfers[].note":         {},
	"transfers[].organisation": {noun: "international organisation", judge: always("data goes to another international organisation")},
	"transfers[].within_scope": {noun: "statement that the recipient is within the adequacy decision's scope"},
	"transfers[].notified":     {noun: "date the authority was notified"},
	"transfers[].risks":        {noun: "risks of the transfer"},

	"rights[]":      {noun: "right", key: []string{"kind"}, judge: rightDropped},
	"rights[].kind": {ident: true},
	"rights[].how":  {noun: "how to exercise the right"},

	"no_automated_decisions": {noun: "statement that no automated decisions are made", judge: when(Removed, "no longer states that no decisions are made by automated means alone")},

	"ccpa":                   {noun: "CCPA notice"},
	"ccpa.sold":              {noun: "sale of personal information", judge: becomes("yes", "starts selling personal information")},
	"ccpa.shared":            {noun: "sharing of personal information", judge: becomes("yes", "starts sharing personal information for cross-context behavioural advertising")},
	"ccpa.opt_out_url":       {noun: "opt-out URL"},
	"ccpa.request_methods":   {noun: "request methods"},
	"ccpa.toll_free_number":  {noun: "toll-free number for requests"},
	"ccpa.online_only":       {noun: "statement that the business operates only online"},
	"ccpa.sold_categories":   {noun: "categories of personal information sold or shared", judge: grows("sells or shares new categories of personal information")},
	"ccpa.sensitive_use":     {noun: "use of sensitive personal information beyond the permitted purposes", judge: becomes("yes", "starts using sensitive personal information beyond the permitted purposes")},
	"ccpa.limit_url":         {noun: "\"Limit the Use of My Sensitive Personal Information\" link"},
	"ccpa.opt_out_signals":   {noun: "processing of opt-out preference signals", judge: becomes("no", "stops honouring opt-out preference signals")},
	"ccpa.verification":      {noun: "how requests are verified"},
	"ccpa.authorised_agents": {noun: "how authorised agents make requests"},

	"security[]":             {noun: "security measure", key: []string{"name"}},
	"security[].name":        {ident: true},
	"security[].description": {},

	"children":                  {},
	"children.minimum_age":      {noun: "minimum age", judge: younger},
	"children.note":             {},
	"children.parental_consent": {noun: "use by younger children with a parent's consent", judge: becomes("true", "lets younger children use the service with a parent's consent")},

	"changes":        {},
	"changes.notify": {noun: "notification channels"},
	"changes.notice": {noun: "notice period"},
	"changes.note":   {},

	"contact":         {},
	"contact.name":    {},
	"contact.email":   {},
	"contact.phone":   {},
	"contact.address": {},
	"contact.website": {},
}

// summary returns the words for a change that no judge explains: for an
// element of a list, what it is and its name; for a field, its noun.
func (r *rule) summary(kind Kind, path string, v []byte) string {
	noun := r.noun
	if noun == "" {
		noun = path[strings.LastIndexByte(path, '.')+1:]
		if i := strings.IndexByte(noun, '['); i >= 0 {
			noun = noun[:i]
		}
		noun = strings.ReplaceAll(noun, "_", " ")
	}
	if r.key != nil && kind != Changed {
		label := text(field(v, "name"))
		for _, f := range r.key {
			if label == "" {
				label = text(field(v, f))
			}
		}
		if kind == Added {
			return fmt.Sprintf("new %s %q", noun, label)
		}
		return fmt.Sprintf("%s %q removed", noun, label)
	}
	return noun + " " + string(kind)
}

// verdict applies r's judge; generic is the summary when the judge gives
// no reason.
func (r *rule) verdict(kind Kind, a, b []byte, generic string) (bool, string) {
	m, why := r.judge(kind, a, b)
	if !m || why == "" {
		return m, generic
	}
	return true, why
}

// always classes every change as material.
func always(why string) judge {
	return func(Kind, []byte, []byte) (bool, string) { return true, why }
}

// when classes changes of kind k as material.
func when(k Kind, why string) judge {
	return func(kind Kind, _, _ []byte) (bool, string) { return kind == k, why }
}

// unless classes every change but those of kind k as material.
func unless(k Kind, why string) judge {
	return func(kind Kind, _, _ []byte) (bool, string) { return kind != k, why }
}

// grows classes a list gaining values as material, naming them.
func grows(why string) judge {
	return func(_ Kind, old, new []byte) (bool, string) {
		added := missing(elems(old), elems(new))
		if len(added) == 0 {
			return false, ""
		}
		for i, v := range added {
			added[i] = text([]byte(v))
		}
		return true, why + ": " + strings.Join(added, ", ")
	}
}

// becomes classes a value turning into v as material.
func becomes(v, why string) judge {
	return func(_ Kind, old, new []byte) (bool, string) {
		return text(new) == v && text(old) != v, why
	}
}

// consents are the grounds a purpose can move away from.
var consents = []string{`"consent"`, `"explicit_consent"`}

// awayFromConsent classes legal grounds as material when consent is
// dropped or a ground is added.
func awayFromConsent(_ Kind, old, new []byte) (bool, string) {
	oe, ne := elems(old), elems(new)
	for _, c := range consents {
		if contains(oe, c) && !contains(ne, c) {
			return true, "no longer rests on consent"
		}
	}
	if added := missing(oe, ne); len(added) > 0 {
		return true, "new legal grounds: " + strings.Join(added, ", ")
	}
	return false, ""
}

func contains(es [][]byte, v string) bool {
	for _, e := range es {
		if string(e) == v {
			return true
		}
	}
	return false
}

// moreSensitive classes a category becoming more sensitive as material.
func moreSensitive(_ Kind, old, new []byte) (bool, string) {
	var a, b policy.Sensitivity
	if old != nil && a.UnmarshalText([]byte(text(old))) != nil {
		return false, ""
	}
	if b.UnmarshalText([]byte(text(new))) != nil {
		return false, ""
	}
	return b > a, "now " + b.Name()
}

// rightDropped classes a right no longer stated as material.
func rightDropped(kind Kind, old, _ []byte) (bool, string) {
	if kind != Removed {
		return false, ""
	}
	var k policy.RightKind
	if k.UnmarshalText([]byte(text(field(old, "kind")))) != nil {
		return true, "no longer states a right"
	}
	return true, "no longer states the right " + k.Name()
}

// younger classes a lower minimum age as material.
func younger(kind Kind, old, new []byte) (bool, string) {
	a, errA := strconv.Atoi(string(old))
	b, errB := strconv.Atoi(string(new))
	return kind == Changed && errA == nil && errB == nil && b < a, "accepts younger children"
}

// keptLonger classes a retention as material when it keeps data longer:
// a longer period under the same rule, or a rule that keeps data longer
// (a period, then as long as the law requires, then indefinitely).
func keptLonger(kind Kind, old, new []byte) (bool, string) {
	if kind != Changed {
		return false, ""
	}
	ra, rb := text(field(old, "rule")), text(field(new, "rule"))
	if ra == rb && (ra == "period" || ra == "while_active") {
		pa, errA := policy.ParsePeriod(text(field(old, "period")))
		pb, errB := policy.ParsePeriod(text(field(new, "period")))
		return errA == nil && errB == nil && pb.Longer(pa), "kept longer"
	}
	rank := func(rule string) int {
		switch rule {
		case "indefinite":
			return 3
		case "required_by_law":
			return 2
		}
		return 1
	}
	return rank(rb) > rank(ra), "kept longer"
}
