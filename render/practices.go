// Practices stated on their own: commitments, establishments, conditional
// disclosures, staged deletion, exclusions of whole classes of data, and
// the transfers' origins and conditions. Each composer method here adds
// clauses or sentences to a section built elsewhere.

package render

import (
	"slices"
	"strconv"
	"strings"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// Kinds of declaration anchors added by this file (see anchor).
const (
	kindEstablishment = "establishment"
	kindDisclosure    = "disclosure"
	kindDeletion      = "deletion"
	kindCookie        = "cookie"
	kindRedress       = "redress"
	kindCommitment    = "commitment"
)

// commitments adds the policy's commitments to the general provisions,
// each as a sub-clause of "Our commitments:".
func (c *composer) commitments(sb *sectionBuilder) {
	var items []*Clause
	for i, k := range c.p.Commitments {
		if k.Valid() {
			c.from("commitments[" + strconv.Itoa(i) + "]")
			w := c.pr.Sprintf(k.Name())
			if k == policy.CommitmentNoDisclosureWithoutConsent {
				switch c.lawfulException(nil) {
				case exceptLaw:
					w = c.pr.Sprintf("we do not disclose your personal data to third parties without your consent, except where the law requires it")
				case exceptFederalLaw:
					w = c.pr.Sprintf("we do not disclose your personal data to third parties without your consent, unless otherwise provided by federal law")
				}
			}
			items = append(items, c.item(anchor(kindCommitment, k.String()), plain(capitalise(w)+".")))
		}
	}
	if len(items) > 0 {
		c.library()
		sb.clause("commitments", plain(c.pr.Sprintf("Our commitments:")), items...)
	}
}

// An exception is how a promise not to disclose data without consent
// states the disclosures the law requires.
type exception uint8

const (
	exceptNone       exception = iota // no such disclosure is declared
	exceptLaw                         // "except where the law requires it"
	exceptFederalLaw                  // 152-FZ Art. 7: "unless otherwise provided by federal law"
)

// lawfulException returns how the promise not to disclose the data of
// cat (any data where cat is nil) without consent must state the
// disclosures the law requires. Such a disclosure is a Disclosure on
// legal process, which covers all data, or a recipient that is a public
// authority and receives the data of cat (or names no categories). The
// exception is in the words of 152-FZ where that is the only law the
// policy declares, and in general terms otherwise; exceptNone where no
// such disclosure is declared, for then the promise holds as it is.
func (c *composer) lawfulException(cat *policy.Category) exception {
	found := false
	for i, d := range c.p.Disclosures {
		if d.Kind == policy.DisclosureLegalProcess {
			c.from("disclosures[" + strconv.Itoa(i) + "]")
			found = true
			break
		}
	}
	for i, r := range c.p.Recipients {
		if found {
			break
		}
		if r != nil && r.Role == policy.RoleAuthority && (cat == nil || len(r.Categories) == 0 || contains(r.Categories, cat)) {
			c.from(c.elem("recipients", r.ID, i))
			found = true
		}
	}
	switch {
	case !found:
		return exceptNone
	case len(c.p.Laws) == 1 && c.p.Laws[0] == policy.FZ152:
		return exceptFederalLaw
	default:
		return exceptLaw
	}
}

// establishments adds the controller's establishments in other
// jurisdictions, and the exemptions from designating a representative it
// claims, to the general provisions.
func (c *composer) establishments(sb *sectionBuilder) {
	pr := c.pr
	for i, e := range c.p.Establishments {
		if sameEstablishmentBefore(c.p.Establishments, i) {
			continue
		}
		path := c.elem("establishments", "", i)
		c.fromAt(at(path, ".region"))
		var t text
		place, name := c.place(e.Region), c.fragment(at(path, ".contact.name"), e.Contact.Name)
		switch k := e.Contact; {
		case k.Email != "" || k.Phone != "" || k.Website != "":
			t.plain(pr.Sprintf("Our establishment in %s is %s, reachable at", place, name)).plain(" ")
			c.reach(&t, path+".contact", k)
		case k.Address != "":
			// An address alone is where the establishment is, not a way
			// to reach it.
			t.plain(pr.Sprintf("Our establishment in %s is %s", place, name)).plain(", ").plain(c.fragment(at(path, ".contact.address"), k.Address))
		default:
			t.plain(pr.Sprintf("Our establishment in %s is %s", place, name))
		}
		sb.s.Clauses = append(sb.s.Clauses, c.item(anchor(kindEstablishment, strconv.Itoa(i+1)), t.plain(".").t))
	}
	var exempt text
	for i, law := range c.p.RepresentativeExempt {
		if law.Valid() {
			c.from("representative_exempt[" + strconv.Itoa(i) + "]")
			exempt.sentence(pr.Sprintf("Under %s, we are not required to designate a representative.", pr.Sprintf("%[1]s %[2]s", pr.Sprintf(law.Name()), c.citation(law, "Art. 27(2)"))))
		}
	}
	if len(exempt.t) > 0 {
		sb.clause("representative-exempt", exempt.t)
	}
}

// disclosureNotice states the notice the service promises for each kind
// of conditional disclosure that Disclosure.Notice applies to.
var disclosureNotice = map[policy.DisclosureKind]string{
	policy.DisclosureLegalProcess:     "We tell you before we disclose your data, unless the law forbids it.",
	policy.DisclosureBusinessTransfer: "We tell you before your data is transferred.",
}

// disclosures adds the circumstances in which data would be disclosed to
// the recipients section, each with the promises the policy makes for it.
func (c *composer) disclosures(sb *sectionBuilder) {
	pr := c.pr
	var items []*Clause
	for i, d := range c.p.Disclosures {
		if !d.Kind.Valid() {
			continue
		}
		path := c.elem("disclosures", "", i)
		c.fromAt(at(path, ".kind"))
		var t text
		name := pr.Sprintf(d.Kind.Name())
		if d.Kind == policy.DisclosureLegalProcess && slices.ContainsFunc(c.p.Recipients, func(r *policy.Recipient) bool { return r != nil && r.Role == policy.RoleAuthority }) {
			// The authorities the policy names as recipients receive data
			// as it says there; the legal process is for the others.
			name = pr.Sprintf("to public authorities other than those named above, only on valid legal process such as a court order or another binding demand")
		}
		t.plain(capitalise(name)).plain(".")
		if notice, ok := disclosureNotice[d.Kind]; ok && d.Notice {
			t.sentence(pr.Sprintf(notice))
		}
		if d.SamePromises && d.Kind == policy.DisclosureBusinessTransfer {
			t.sentence(pr.Sprintf("The buyer or successor is bound by the promises of this Policy."))
		}
		if d.ReportURL != "" {
			t.sentence(pr.Sprintf("Our transparency report on requests from authorities is published at")).plain(" ").link(d.ReportURL).plain(".")
		}
		if d.Kind == policy.DisclosureLegalProcess && len(d.Jurisdictions) > 0 {
			c.fromAt(at(path, ".jurisdictions"))
			places := make([]string, len(d.Jurisdictions))
			for j, r := range d.Jurisdictions {
				places[j] = c.place(r)
			}
			t.sentence(pr.Sprintf("We answer only the orders of the courts and authorities of %s; an authority of another country must ask them for international legal assistance.", c.list(places)))
		}
		t.sentence(c.sentenceOf(at(path, ".note"), d.Note))
		items = append(items, c.item(anchor(kindDisclosure, d.Kind.String()+"-"+strconv.Itoa(i+1)), t.t))
	}
	if len(items) > 0 {
		c.library()
		sb.clause("disclosures", plain(pr.Sprintf("We may also disclose data, but only in the following circumstances:")), items...)
	}
	if u := c.p.Links.Subprocessors; u != "" {
		c.from("links.subprocessors")
		var t text
		t.plain(pr.Sprintf("The current list of our subprocessors is published at")).plain(" ").link(u).plain(".")
		sb.clause("subprocessors", t.t)
	}
	if u := c.p.Links.Vendors; u != "" {
		c.from("links.vendors")
		var t text
		t.plain(pr.Sprintf("The list of our vendors and partners, with the purposes for which each uses data, is published at")).plain(" ").link(u).plain(".")
		sb.clause("vendors", t.t)
	}
}

// stageText states each step of removal as the stage of a deletion that
// ends with it, taking the stage's longest duration.
var stageText = map[policy.Removal]string{
	policy.RemovalTrash:      "It stays in the trash, where it can be restored, for up to %s.",
	policy.RemovalLive:       "It is removed from our live systems within %s.",
	policy.RemovalBackups:    "It is removed from our backups within %s.",
	policy.RemovalAnonymised: "It is anonymised within %s.",
}

// stageTextOpen states each step of removal for a stage whose duration is
// not stated.
var stageTextOpen = map[policy.Removal]string{
	policy.RemovalTrash:      "It stays in the trash, where it can be restored.",
	policy.RemovalLive:       "It is then removed from our live systems.",
	policy.RemovalBackups:    "It is then removed from our backups.",
	policy.RemovalAnonymised: "It is then anonymised.",
}

// deletion adds the staged deletions to the retention section: each
// deletion is a clause naming its event and data, its total, its legal
// hold and its note, with a sub-clause per stage where it has more than
// one; a deletion of one stage states it in the clause.
func (c *composer) deletion(sb *sectionBuilder) {
	pr := c.pr
	for i, d := range c.p.Deletion {
		path := c.elem("deletion", "", i)
		type stage struct {
			path, line string
		}
		var stages []stage
		timed := true
		var last policy.Removal
		for j, s := range d.Stages {
			if !s.Removal.Valid() {
				continue
			}
			last = s.Removal
			var line string
			if s.Within.Valid() {
				line = pr.Sprintf(stageText[s.Removal], c.period(s.Within))
			} else {
				line = pr.Sprintf(stageTextOpen[s.Removal])
				timed = false
			}
			stages = append(stages, stage{path + ".stages[" + strconv.Itoa(j) + "]", line})
		}
		if len(stages) == 0 && len(d.Stages) > 0 {
			continue // no stage is valid: Validate reports each
		}
		// A deletion without stages says that the data is removed, and
		// what is kept, but not how soon.
		untimed := len(stages) == 0
		single := len(stages) <= 1
		// Each stage of several is a sub-clause with its own source; the
		// clause takes the sources of the rest.
		var items []*Clause
		if !single {
			for j, s := range stages {
				c.from(s.path)
				items = append(items, c.item(anchor(kindDeletion, strconv.Itoa(i+1)+"-"+strconv.Itoa(j+1)), plain(s.line)))
			}
		}
		var t text
		event := pr.Sprintf("the event that starts it")
		if d.From.Valid() {
			c.fromAt(at(path, ".from"))
			event = c.deletionStart(d.From)
		} else {
			c.from(path)
		}
		names := c.names(at(path, ".categories"), d.Categories)
		// Under 152-FZ data is destroyed once the purpose is achieved
		// (Art. 21(4)), as the retention clauses say: a deletion whose
		// last stage removes the data, rather than keeping it in the
		// trash or anonymising it, is its destruction, and its stages
		// are the steps of removal that lead to it.
		destroy := c.declares(policy.FZ152) && (untimed || last == policy.RemovalLive || last == policy.RemovalBackups)
		if destroy {
			c.lawSource(policy.FZ152, textWording)
		}
		switch {
		case destroy && single && names != "":
			t.plain(pr.Sprintf("After %[1]s, we destroy the following data: %[2]s.", event, names))
		case destroy && single:
			t.plain(pr.Sprintf("After %s, we destroy your data.", event))
		case destroy && names != "":
			t.plain(pr.Sprintf("After %[1]s, we destroy the following data in stages: %[2]s.", event, names))
		case destroy:
			t.plain(pr.Sprintf("After %s, we destroy your data in stages.", event))
		case single && names != "":
			t.plain(pr.Sprintf("After %[1]s, we remove the following data: %[2]s.", event, names))
		case single:
			t.plain(pr.Sprintf("After %s, we remove your data.", event))
		case names != "":
			t.plain(pr.Sprintf("After %[1]s, we remove the following data in stages: %[2]s.", event, names))
		default:
			t.plain(pr.Sprintf("After %s, we remove your data in stages.", event))
		}
		switch {
		case untimed:
		case single:
			c.from(stages[0].path)
			t.sentence(stages[0].line)
		case timed:
			c.fromAt(at(path, ".stages"))
			if destroy {
				t.sentence(pr.Sprintf("In all, destruction takes no longer than %s.", c.period(d.Total())))
			} else {
				t.sentence(pr.Sprintf("In all, removal takes no longer than %s.", c.period(d.Total())))
			}
		}
		if d.LegalHold {
			c.fromAt(at(path, ".legal_hold"))
			switch {
			case destroy && single:
				t.sentence(pr.Sprintf("Data subject to a legal hold is kept until the hold ends; destruction then runs from the end of the hold."))
			case single:
				t.sentence(pr.Sprintf("Data subject to a legal hold is kept until the hold ends; removal then runs from the end of the hold."))
			default:
				t.sentence(pr.Sprintf("Data subject to a legal hold is kept until the hold ends; the stages then run from the end of the hold."))
			}
		}
		if d.SharedCopies {
			c.fromAt(at(path, ".shared_copies"))
			t.sentence(pr.Sprintf("What you sent or shared with other people stays with them."))
		}
		c.keptAfter(&t, path, d, event)
		t.sentence(c.sentenceOf(at(path, ".note"), d.Note))
		if !single {
			t.sentence(pr.Sprintf("Each stage is counted from the end of the one before:"))
		}
		sb.s.Clauses = append(sb.s.Clauses, c.item(anchor(kindDeletion, strconv.Itoa(i+1)), t.t, items...))
	}
}

// keptAfter states why some of the data outlives deletion d, declared
// at path, and for how long after event, where d says so
// (Deletion.Kept, Deletion.KeptFor).
func (c *composer) keptAfter(t *text, path string, d policy.Deletion, event string) {
	pr := c.pr
	var why []string
	for _, r := range d.Kept {
		if r.Valid() {
			why = append(why, pr.Sprintf(r.Name()))
		}
	}
	if len(why) == 0 {
		return
	}
	c.fromAt(at(path, ".kept"))
	if !d.KeptFor.Valid() {
		t.sentence(pr.Sprintf("Even so, we keep some of the data %s.", c.list(why)))
	} else {
		c.fromAt(at(path, ".kept_for"))
		t.sentence(pr.Sprintf("Even so, we keep some of the data %[1]s, for no longer than %[2]s after %[3]s.", c.list(why), c.period(d.KeptFor), event))
	}
	if d.KeptRestricted {
		c.fromAt(at(path, ".kept_restricted"))
		t.sentence(pr.Sprintf("We restrict what we keep: we store it apart, use it only for the reason we keep it, and make it available only to courts and the authorities entitled to it, until we remove it."))
	}
}

// retentionExtra states, after a retention rule, what the rule's phrase
// leaves out: the law that sets a period other than "as long as the law
// requires", the criteria behind a rule other than criteria alone, and
// the legal hold.
func (c *composer) retentionExtra(t *text, l loc, r policy.Retention) {
	pr := c.pr
	if r.Law != "" && r.Kind != policy.RetentionRequiredByLaw {
		t.sentence(pr.Sprintf("This period is set by %s.", c.fragment(l.sub(".law"), r.Law)))
	}
	if r.Criteria != "" && r.Kind != policy.RetentionCriteria {
		t.sentence(pr.Sprintf("We determine the period by these criteria: %s.", c.fragment(l.sub(".criteria"), r.Criteria)))
	}
	if r.LegalHold {
		t.sentence(pr.Sprintf("Data subject to a legal hold, such as for a pending lawsuit or investigation, is kept until the hold ends."))
	}
}

// excluded returns what exclusion e says is not collected: its name, or
// the name of the class of data it excludes.
func (c *composer) excluded(path string, e policy.Exclusion) string {
	if e.Name != "" {
		return c.fragment(at(path, ".name"), e.Name)
	}
	if e.Class.Valid() {
		return c.pr.Sprintf(e.Class.Name())
	}
	return ""
}

// exceptions states the declared categories an exclusion does not cover.
func (c *composer) exceptions(t *text, path string, e policy.Exclusion) {
	if names := c.names(at(path, ".except"), e.Except); names != "" {
		if len(e.Except) == 1 {
			t.sentence(c.pr.Sprintf("Exception: %s.", names))
		} else {
			t.sentence(c.pr.Sprintf("Exceptions: %s.", names))
		}
	}
}

// onlyOrigin reports whether origin goes without saying: every transfer
// that states an origin states this one, and every law the policy
// declares governs it, as the United Kingdom under the UK GDPR alone.
func (c *composer) onlyOrigin(origin language.Region) bool {
	if len(c.p.Laws) == 0 {
		return false
	}
	for _, l := range c.p.Laws {
		if !l.Domestic(origin) {
			return false
		}
	}
	for _, tr := range c.p.Transfers {
		if tr.Origin != (language.Region{}) && tr.Origin != origin {
			return false
		}
	}
	return true
}

// transferExtra states what a transfer declares beyond its destination and
// safeguard: where it starts, that the recipient is within the scope of
// an adequacy decision, when the authority was notified, and its risks.
func (c *composer) transferExtra(t *text, path string, tr policy.Transfer) {
	pr := c.pr
	if tr.Origin != (language.Region{}) && !c.onlyOrigin(tr.Origin) {
		t.sentence(pr.Sprintf("The data is transferred from %s.", c.place(tr.Origin)))
	}
	if tr.WithinScope {
		t.sentence(c.withinScope(tr))
	}
	if tr.Notified.Valid() {
		if contains(c.p.TransferLaws(tr), policy.FZ152) {
			// 152-FZ Art. 12(3) requires the notice, to Roskomnadzor, as
			// the operator register's clause names it.
			t.sentence(pr.Sprintf("We notified Roskomnadzor of our intention to make this cross-border transfer on %s.", c.date(tr.Notified)))
		} else {
			t.sentence(pr.Sprintf("We notified the supervisory authority of our intention to make this transfer on %s.", c.date(tr.Notified)))
		}
	} else if tr.NoticeGiven {
		c.fromAt(at(path, ".notice_given"))
		if contains(c.p.TransferLaws(tr), policy.FZ152) {
			t.sentence(pr.Sprintf("We notified Roskomnadzor of our intention to make this cross-border transfer before making it."))
		} else {
			t.sentence(pr.Sprintf("We notified the supervisory authority of our intention to make this transfer before making it."))
		}
	}
	if tr.Risks != "" {
		t.sentence(pr.Sprintf("Before you consent, we inform you of the possible risks of the transfer: %s.", c.fragment(at(path, ".risks"), tr.Risks)))
	}
}

// transferPlace names where a transfer goes: the country the data
// subject's choice determines, the international organisation, with its
// country where one is stated, or the country.
func (c *composer) transferPlace(tr policy.Transfer) string {
	if tr.ChosenDestination.Valid() {
		return capitalise(c.pr.Sprintf(tr.ChosenDestination.Name()))
	}
	if !tr.Organisation.Valid() {
		return c.region(tr.Destination)
	}
	org := capitalise(c.pr.Sprintf(tr.Organisation.Name()))
	if tr.Destination == (language.Region{}) {
		return org
	}
	return org + " (" + c.region(tr.Destination) + ")"
}

// transferDestination names where a transfer goes mid-sentence: the
// country the data subject's choice determines, or the destination
// country.
func (c *composer) transferDestination(tr policy.Transfer) string {
	if tr.ChosenDestination.Valid() {
		return c.pr.Sprintf(tr.ChosenDestination.Name())
	}
	return c.region(tr.Destination)
}

// listOr joins items as alternatives ("a, b or c"), as list joins them
// with "and".
func (c *composer) listOr(items []string) string {
	if len(items) < 2 {
		return c.list(items)
	}
	if c.russian() {
		return russianList(items, true)
	}
	or := c.pr.Sprintf(" or ")
	sep := ", "
	switch {
	case semicolons(items, or):
		sep, or = "; ", ";"+or
	case slices.ContainsFunc(items, func(it string) bool { return strings.Contains(it, or) }):
		// An item that is itself two alternatives ("suspend a payment
		// or transfer") is set off by a comma before the last "or",
		// so that the alternatives do not run together.
		or = "," + or
	}
	return strings.Join(items[:len(items)-1], sep) + or + items[len(items)-1]
}

// deletionStart names event e as the start of a deletion ("After %s, we
// remove the following data"), where, unlike in a retention period, no
// data has been named yet for the event's name to refer to ("your
// request to delete it"), and "the last activity" does not say whose.
func (c *composer) deletionStart(e policy.Event) string {
	switch e {
	case policy.EventDeletionRequest:
		return c.pr.Sprintf("your request for deletion")
	case policy.EventTrashed:
		return c.pr.Sprintf("you move data to the trash")
	case policy.EventLastActivity:
		return c.pr.Sprintf("your last activity in the service")
	}
	return c.pr.Sprintf(e.Name())
}
