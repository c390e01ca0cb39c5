// The section on the categories of data.

package render

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

func (c *composer) categories() *sectionBuilder {
	p, pr := c.p, c.pr
	var sb *sectionBuilder
	var items []*Clause
	byCategory := c.layout == LayoutCategories
	if byCategory {
		// Each category has a section of its own; this one holds what
		// the policy says of data in general.
		sb = c.section("categories", pr.Sprintf("Data in General"))
	} else {
		sb = c.section("categories", pr.Sprintf("Categories of Processed Data"))
		items = make([]*Clause, 0, len(p.Categories))
		for i, cat := range p.Categories {
			if cat != nil {
				items = append(items, c.item(anchor(kindCategory, cat.ID), c.categoryText(cat, c.categoryAt(i).path)))
			}
		}
	}
	if !p.CollectsPersonalData() {
		c.library()
		sb.clause("no-personal-data", plain(pr.Sprintf("We do not collect your personal data: we do not request or store information that allows us to identify you.")))
		if byCategory && len(p.Categories) > 0 {
			c.library()
			sb.clause("non-personal", plain(pr.Sprintf("The data we collect does not relate, directly or indirectly, to an identified or identifiable natural person and does not identify you, so none of it is personal data.")))
		}
		if len(items) > 0 {
			c.library()
			sb.clause("non-personal", plain(pr.Sprintf("The data we collect does not relate, directly or indirectly, to an identified or identifiable natural person and does not identify you, so none of it is personal data. It includes:")), items...)
		}
	} else if len(items) > 0 {
		c.library()
		sb.clause("list", plain(pr.Sprintf("We may process the following categories of data:")), items...)
	}
	var general text
	// Exclusions that stand alone, with no exception or note, are
	// stated together: "We do not collect special categories of
	// personal data or biometric data."
	var run []string
	flush := func() {
		if len(run) > 0 {
			general.sentence(pr.Sprintf("We do not collect %s.", c.listOr(run)))
			run = run[:0]
		}
	}
	for i, e := range p.NotCollected {
		path := c.elem("not_collected", e.ID, i)
		if e.Category == nil && (e.Name != "" || e.Class.Valid()) {
			name := c.excluded(path, e)
			if len(e.Except) == 0 && e.Note == "" {
				run = append(run, name)
				continue
			}
			flush()
			general.sentence(pr.Sprintf("We do not collect %s.", name))
			c.exceptions(&general, path, e)
			general.sentence(c.sentenceOf(at(path, ".note"), e.Note))
		}
	}
	flush()
	if len(general.t) > 0 {
		sb.clause("not-collected", general.t)
	}
	var storage text
	storage.sentence(c.storage())
	for _, st := range c.statements(policy.TopicStorage) {
		storage.sentence(st)
	}
	if len(storage.t) > 0 {
		sb.clause("storage", storage.t)
	}
	return sb
}

// categoryText states cat, declared at path.
func (c *composer) categoryText(cat *policy.Category, path string) Text {
	pr := c.pr
	t := c.scratch(scratchCategory)
	t.term(capitaliseName(c.fragment(at(path, ".name"), cat.Name)))
	// What follows the name is plain text, built in one string.
	var rest sentenceRun
	rest.Grow(128)
	if len(cat.Items) > 0 {
		rest.WriteString(": ")
		rest.WriteString(c.itemList(c.translateAll(at(path, ".items"), cat.Items)))
	}
	rest.WriteString(".")
	rest.sentence(c.sentenceOf(at(path, ".description"), cat.Description))
	// biometric is whether the biometric sentence is still to be stated:
	// a sensitivity sentence of the library's own takes it in.
	biometric := cat.Biometric && cat.Personal()
	switch governed := cat.GovernedBy.Valid() && c.groundless(); {
	case governed && (cat.Sensitivity == policy.SensitivitySpecial || cat.Sensitivity == policy.SensitivitySensitive):
		// Not the CCPA's sensitive personal information: the CCPA
		// exempts the data, which another law governs.
		c.fromAt(at(path, ".sensitivity"))
		c.fromAt(at(path, ".governed_by"))
		rest.sentence(pr.Sprintf("This is sensitive data, which %s governs.", pr.Sprintf(cat.GovernedBy.Name())))
	case cat.Sensitivity == policy.SensitivitySpecial || cat.Sensitivity == policy.SensitivitySensitive:
		c.fromAt(at(path, ".sensitivity"))
		kind := pr.Sprintf("This is sensitive personal information.")
		if cat.Sensitivity == policy.SensitivitySpecial && !c.groundless() {
			// The CCPA and the US state laws know no special
			// categories; what they call sensitive includes them.
			kind = c.word("This is a special category of personal data.")
		}
		if biometric {
			// One sentence, not two that each start "This is".
			c.fromAt(at(path, ".biometric"))
			kind = strings.TrimSuffix(kind, ".") + pr.Sprintf(": biometric data, used to identify you.")
			biometric = false
		}
		rest.sentence(kind)
	}
	if biometric {
		c.fromAt(at(path, ".biometric"))
		rest.sentence(pr.Sprintf("This is biometric data, used to identify you."))
	}
	if cat.Criminal && cat.Personal() {
		c.fromAt(at(path, ".criminal"))
		rest.sentence(pr.Sprintf("This is personal data relating to criminal convictions and offences."))
	}
	switch cat.Zones {
	case policy.ZonesHidden:
		c.fromAt(at(path, ".zones"))
		rest.sentence(pr.Sprintf("You can choose places, such as your home, near which this data is hidden from others."))
	case policy.ZonesNotRecorded:
		c.fromAt(at(path, ".zones"))
		rest.sentence(pr.Sprintf("You can mark areas, such as a neighbour's garden, that are not recorded."))
	}
	if cat.EndToEnd {
		c.fromAt(at(path, ".end_to_end"))
		rest.sentence(pr.Sprintf("This data is end-to-end encrypted: we store or pass it on, but cannot read it."))
	}
	if cat.RecordingNotice {
		c.fromAt(at(path, ".recording_notice"))
		rest.sentence(pr.Sprintf("You are told before a recording starts."))
	}
	if cat.DevicePermission && cat.Personal() {
		c.fromAt(at(path, ".device_permission"))
		rest.sentence(pr.Sprintf("We collect this data only once you allow it in your device's settings, where you can withdraw the permission at any time."))
	}
	if cat.Personal() {
		c.secrecy(&rest, path, cat)
	}
	// The data a category is derived from is named in its source, where
	// that is "derived from other data we hold", not in a second sentence
	// that says the same.
	from := c.names(at(path, ".derived_from"), cat.DerivedFrom)
	derived := ""
	if from != "" && slices.Contains(cat.Sources, policy.SourceDerived) {
		if ownedOrClause(from) {
			derived = pr.Sprintf("derived from %s", from)
		} else {
			derived = pr.Sprintf("derived from your %s", from)
		}
	}
	if src, n := c.sources(cat, path, derived); n == 1 {
		rest.sentence(pr.Sprintf("Source: %s.", src))
	} else if n > 1 {
		rest.sentence(pr.Sprintf("Sources: %s.", src))
	}
	if from != "" && derived == "" {
		if ownedOrClause(from) {
			// "your your searches", "your what you buy": the name
			// says whose data it is, or is a clause of its own.
			rest.sentence(pr.Sprintf("We derive it from %s.", from))
		} else {
			rest.sentence(pr.Sprintf("We derive it from your %s.", from))
		}
	}
	if cat.Linked && cat.Personal() {
		c.fromAt(at(path, ".linked"))
		if len(cat.Sources) > 0 && !slices.ContainsFunc(cat.Sources, func(s policy.Source) bool { return s != policy.SourceOtherUsers }) {
			// Data only other users give, such as the names of the
			// other passengers on a booking, is about them.
			rest.sentence(pr.Sprintf("This data is linked to the identity of the people it is about."))
		} else {
			rest.sentence(pr.Sprintf("This data is linked to your identity."))
		}
	}
	switch cat.OnDevice {
	case policy.OnDeviceOnly:
		c.fromAt(at(path, ".on_device"))
		rest.sentence(pr.Sprintf("This data stays on your device: it is processed there and is not sent to us."))
	case policy.OnDeviceUntilShared:
		c.fromAt(at(path, ".on_device"))
		rest.sentence(pr.Sprintf("This data stays on your device until you choose to send it to us."))
	case policy.OnDeviceUntilActivated:
		c.fromAt(at(path, ".on_device"))
		rest.sentence(pr.Sprintf("This data stays on your device until you activate the service, such as with its wake word or button; only what follows is sent to us."))
	}
	if cat.Visibility.Valid() {
		c.fromAt(at(path, ".visibility"))
		switch cat.Visibility {
		case policy.VisibilityOptional:
			rest.sentence(pr.Sprintf("You can choose to make this data public; then anyone can see it, and others may copy or archive it."))
		case policy.VisibilityDefault:
			rest.sentence(pr.Sprintf("This data is public unless you choose otherwise; while it is public, anyone can see it, and others may copy or archive it."))
		case policy.VisibilityAlways:
			if cat.DisseminationConsent {
				// Public whenever it is held, but only once consented
				// to: "always" would contradict the consent.
				rest.sentence(pr.Sprintf("This data is public once you consent to its dissemination: anyone can see it, and others may copy or archive it."))
				break
			}
			rest.sentence(pr.Sprintf("This data is always public: anyone can see it, and others may copy or archive it."))
		case policy.VisibilityLink:
			rest.sentence(pr.Sprintf("You can share this data through a link; then anyone who has the link can see it, and others may copy or archive it."))
		}
		switch {
		case cat.DisseminationConsent && cat.Visibility == policy.VisibilityAlways:
			c.fromAt(at(path, ".dissemination_consent"))
			rest.sentence(pr.Sprintf("You give that consent separately from any other consent; in it you may forbid others to process the data or set conditions for its processing. You may demand at any time that we stop disseminating it."))
		case cat.DisseminationConsent:
			c.fromAt(at(path, ".dissemination_consent"))
			rest.sentence(pr.Sprintf("We make it public only with your consent to its dissemination, which you give separately from any other consent; in it you may forbid others to process the data or set conditions for its processing. You may demand at any time that we stop disseminating it."))
		}
	}
	if cat.OthersConsent {
		c.fromAt(at(path, ".others_consent"))
		rest.sentence(pr.Sprintf("A user who gives us such data about another person confirms having that person's consent or another right to give it, and answers for it."))
	}
	if cat.ModelGenerated {
		c.fromAt(at(path, ".model_generated"))
		rest.sentence(pr.Sprintf("This data is generated by a machine-learning model and may contain inaccurate information about people. If it contains inaccurate personal data about you, you can ask us to correct it or, where correction is not technically feasible, to remove it."))
	}
	// Data that is always public is visible to anyone, which already
	// says who sees it: naming some of them as well reads as if only
	// they did.
	if who := c.audiences(cat.VisibleTo); who != "" {
		c.fromAt(at(path, ".visible_to"))
		if cat.Visibility != policy.VisibilityAlways {
			rest.sentence(pr.Sprintf("This data is visible to %s.", who))
		}
	}
	if after := c.autoDelete(cat.AutoDelete); after != "" {
		c.fromAt(at(path, ".auto_delete"))
		rest.sentence(pr.Sprintf("You can choose to have this data deleted automatically after %s.", after))
	}
	if cat.Tracking {
		c.fromAt(at(path, ".tracking"))
		rest.sentence(pr.Sprintf("We use this data to track you across apps and websites owned by other companies."))
	}
	for i, st := range c.ownStorage(cat) {
		c.fromAt(at(path, storageField(i)))
		if st.Subjects == (language.Region{}) {
			rest.sentence(c.storedIn("The data is stored in %s.", c.place(st.Location)))
		} else {
			rest.sentence(c.storedIn("Data of users in %s is stored in %s.", c.place(st.Subjects), c.place(st.Location)))
		}
	}
	c.categoryCommitments(&rest, path, cat)
	t.plain(rest.String())
	for i, e := range c.p.NotCollected {
		if e.Category == cat && (e.Name != "" || e.Class.Valid()) {
			epath := c.elem("not_collected", e.ID, i)
			t.sentence(pr.Sprintf("We do not collect or store %s.", c.excluded(epath, e)))
			c.exceptions(t, epath, e)
			t.sentence(c.sentenceOf(at(epath, ".note"), e.Note))
		}
	}
	return c.keep(t.t)
}

// ownedOrClause reports whether a list of category names, lowered as a
// sentence sets them, starts with a word that says whose data it is
// ("your searches") or with a clause ("what you buy", "how you use the
// app"), after which "your" would not read.
func ownedOrClause(names string) bool {
	first, _, _ := strings.Cut(names, " ")
	switch first {
	case "your", "our", "their", "what", "how", "when", "where", "which", "who", "whom", "whether":
		return true
	}
	return false
}

// autoDelete states the valid periods in list, each once and in the
// order given, as alternatives: "3, 18 or 36 months" where every period
// is a number of one and the same unit, "3 months or 1 year" otherwise;
// "" if there are none.
func (c *composer) autoDelete(list []policy.Period) string {
	var ps []policy.Period
	for i, p := range list {
		if p.Valid() && !contains(list[:i], p) {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		return ""
	}
	unit, _ := oneUnit(ps[0])
	for _, p := range ps[1:] {
		if u, _ := oneUnit(p); u != unit {
			unit = 0
			break
		}
	}
	items := make([]string, len(ps))
	for i, p := range ps {
		if _, n := oneUnit(p); unit != 0 && i < len(ps)-1 {
			items[i] = c.pr.p.Sprint(n) // localised digits; the unit is named once, after the last number
		} else {
			items[i] = c.period(p)
		}
	}
	return c.listOr(items)
}

// oneUnit returns the unit of p ('Y', 'M', 'D' or 'H') and its number
// where p is stated in that unit alone, or 0 otherwise.
func oneUnit(p policy.Period) (unit byte, n int) {
	switch {
	case p.Months == 0 && p.Days == 0 && p.Hours == 0:
		return 'Y', p.Years
	case p.Years == 0 && p.Days == 0 && p.Hours == 0:
		return 'M', p.Months
	case p.Years == 0 && p.Months == 0 && p.Hours == 0:
		return 'D', p.Days
	case p.Years == 0 && p.Months == 0 && p.Days == 0:
		return 'H', p.Hours
	}
	return 0, 0
}

// audiences names the defined audiences in list, each once, joined as a
// list; "" if there are none.
func (c *composer) audiences(list []policy.Audience) string {
	var names []string
	for i, a := range list {
		if a.Valid() && !contains(list[:i], a) {
			names = append(names, c.pr.Sprintf(a.Name()))
		}
	}
	return c.list(names)
}

// sources states where cat's data, declared at path, comes from, and how
// many sources it names; derived, where not empty, states
// SourceDerived with the data it is derived from.
func (c *composer) sources(cat *policy.Category, path, derived string) (string, int) {
	if len(cat.Sources) > 0 {
		c.fromAt(at(path, ".sources"))
	}
	var s []string
	n := 0         // the sources stated
	detailed := -1 // the item the source detail follows
	for _, src := range cat.Sources {
		if !src.Valid() {
			continue
		}
		n++
		name := c.pr.Sprintf(src.Name())
		if src == policy.SourceDerived && derived != "" {
			name = derived
		}
		if src == policy.SourceAutomatic && cat.OnDevice == policy.OnDeviceOnly {
			// Not "collected": the data never reaches the service.
			name = c.pr.Sprintf("gathered automatically on your device")
		}
		if (src == policy.SourceThirdParty || src == policy.SourcePublic) && cat.SourceDetail != "" {
			if detailed >= 0 {
				// The detail names where both come from: one item, so
				// that it is not stated twice nor read as one's only.
				s[detailed] = c.list([]string{s[detailed], name})
				continue
			}
			detailed = len(s)
		}
		s = append(s, name)
	}
	if detailed >= 0 {
		if d := c.fragment(at(path, ".source_detail"), cat.SourceDetail); strings.ContainsAny(d, "()") {
			// A detail with parentheses of its own, such as "the
			// Revenue Agency (Agenzia delle Entrate)", follows a dash,
			// not a second pair of parentheses.
			s[detailed] += " — " + d
		} else {
			s[detailed] += " (" + d + ")"
		}
	}
	return strings.Join(s, "; "), n
}

// categoryCommitment states each commitment a category can carry as a
// promise about "it", the category's data.
var categoryCommitment = map[policy.Commitment]string{
	policy.CommitmentNoSale:                     "we do not sell it",
	policy.CommitmentNoSharing:                  "we do not share it for cross-context behavioral advertising",
	policy.CommitmentNoModelTraining:            "we do not use it to train machine-learning models",
	policy.CommitmentModelTrainingOptIn:         "we use it to train machine-learning models only with your permission",
	policy.CommitmentNoReidentification:         "we keep and use it only in de-identified form and do not try to re-identify it",
	policy.CommitmentNoAdvertisingUse:           "we do not use it for advertising",
	policy.CommitmentNoDisclosureWithoutConsent: "we do not disclose it to third parties without your consent",
}

// categoryCommitments adds to rest the commitments made for cat, declared
// at path, in one sentence.
func (c *composer) categoryCommitments(rest *sentenceRun, path string, cat *policy.Category) {
	var promises []string
	for i, k := range cat.Commitments {
		if w, ok := categoryCommitment[k]; ok && !contains(cat.Commitments[:i], k) {
			w = c.pr.Sprintf(w)
			if k == policy.CommitmentNoDisclosureWithoutConsent {
				switch c.lawfulException(cat) {
				case exceptLaw:
					w = c.pr.Sprintf("we do not disclose it to third parties without your consent, except where the law requires it")
				case exceptFederalLaw:
					w = c.pr.Sprintf("we do not disclose it to third parties without your consent, unless otherwise provided by federal law")
				}
			}
			promises = append(promises, w)
		}
	}
	switch len(promises) {
	case 0:
		return
	case 1:
		c.fromAt(at(path, ".commitments"))
		rest.sentence(c.pr.Sprintf("Our commitment for this data: %s.", promises[0]))
	default:
		c.fromAt(at(path, ".commitments"))
		rest.sentence(c.pr.Sprintf("Our commitments for this data: %s.", c.list(promises)))
	}
}

// storage states, in one sentence, where the policy stores data
// (Policy.Storage): the places for everyone's data, and for the data of
// users in a country where the policy says so, with the places for
// everyone's data then stated as those of the other users. Countries
// whose users' data is stored in the same places share one clause ("data
// of users in Russia and Belarus is stored in Russia"). Where a category
// declares its own storage, the sentence says that the category's
// prevails. It returns "" where the policy declares no storage.
func (c *composer) storage() string {
	p, pr := c.p, c.pr
	if len(p.Storage) == 0 {
		return ""
	}
	// The places for everyone's data, and for each country's users, in
	// the order the policy first names them, each place once.
	var everyone []language.Region
	type group struct {
		subjects, locations []language.Region
	}
	var groups []group
	for i, st := range p.Storage {
		c.from(c.elem("storage", "", i))
		if st.Subjects == (language.Region{}) {
			if !slices.Contains(everyone, st.Location) {
				everyone = append(everyone, st.Location)
			}
			continue
		}
		k := slices.IndexFunc(groups, func(g group) bool { return g.subjects[0] == st.Subjects })
		if k < 0 {
			groups = append(groups, group{subjects: []language.Region{st.Subjects}})
			k = len(groups) - 1
		}
		if !slices.Contains(groups[k].locations, st.Location) {
			groups[k].locations = append(groups[k].locations, st.Location)
		}
	}
	// Countries whose users' data is stored in the same places.
	for i := 0; i < len(groups); i++ {
		for j := i + 1; j < len(groups); {
			if slices.Equal(groups[i].locations, groups[j].locations) {
				groups[i].subjects = append(groups[i].subjects, groups[j].subjects...)
				groups = slices.Delete(groups, j, j+1)
				continue
			}
			j++
		}
	}
	places := func(rs []language.Region) string {
		names := make([]string, len(rs))
		for i, r := range rs {
			names[i] = c.place(r)
		}
		return c.list(names)
	}
	// Whether some category states places of its own, which the
	// general statement then gives way to.
	excepted := slices.ContainsFunc(p.Categories, func(cat *policy.Category) bool { return cat != nil && len(c.ownStorage(cat)) > 0 })
	if len(everyone) == 0 && len(groups) == 1 && slices.Equal(groups[0].subjects, []language.Region{regionRU}) &&
		slices.Equal(groups[0].locations, []language.Region{regionRU}) && c.declares(policy.FZ152) && !excepted {
		// 152-FZ's own sentence (Art. 18(5)) says it, of citizens'
		// data, in the statute's words.
		return ""
	}
	parts := make([]string, 0, len(groups)+1)
	for _, g := range groups {
		parts = append(parts, c.storedIn("data of users in %s is stored in %s", places(g.subjects), places(g.locations)))
	}
	switch {
	case len(everyone) == 0:
	case len(groups) == 0:
		parts = append(parts, c.storedIn("the data is stored in %s", places(everyone)))
	default:
		parts = append(parts, c.storedIn("the data of other users is stored in %s", places(everyone)))
	}
	s := strings.Join(parts, "; ")
	if excepted {
		return pr.Sprintf("Unless a category states otherwise, %s.", s)
	}
	return capitalise(s) + "."
}

// regionRU is the region of 152-FZ's localisation rule (Art. 18(5)).
var regionRU = language.MustParseRegion("RU")

// ownStorage returns the places a category states for its data, or none
// where they are the policy's own places (Policy.Storage), which the
// document states once for all data.
func (c *composer) ownStorage(cat *policy.Category) []policy.Storage {
	general := c.p.Storage
	if len(cat.Storage) != len(general) {
		return cat.Storage
	}
	for _, st := range cat.Storage {
		if !slices.Contains(general, st) {
			return cat.Storage
		}
	}
	for _, st := range general {
		if !slices.Contains(cat.Storage, st) {
			return cat.Storage
		}
	}
	return nil
}

// storedIn formats key, a sentence or clause on where data is stored,
// in the document's language: under 152-FZ in the words of its Art.
// 18(5), which speaks of databases in the territory of a country, and
// otherwise in plain words.
func (c *composer) storedIn(key string, args ...any) string {
	if c.declares(policy.FZ152) {
		if f, ok := lawWording[policy.FZ152][c.lang][key]; ok {
			return fmt.Sprintf(f, args...)
		}
	}
	return c.pr.Sprintf(key, args...)
}
