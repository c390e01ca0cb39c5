// The sections on recipients and international transfers.

package render

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

func (c *composer) recipients() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("recipients", pr.Sprintf("Recipients of Data"))
	var items, conditional []*Clause
	for _, r := range p.Recipients {
		if r == nil {
			continue
		}
		var t text
		path := c.path(r, "recipients", r.ID)
		name := capitaliseName(c.fragment(at(path, ".name"), r.Name))
		t.term(name)
		plural := recipientPlural(name, c.russian())
		if r.Role.Valid() {
			c.fromAt(at(path, ".role"))
			role := c.roleName(r.Role, plural)
			if r.Role == policy.RoleProcessor && c.californian() {
				c.lawSource(policy.CCPA, textWording) // Cal. Civ. Code 1798.140(ag)
				role = pr.Sprintf("service provider")
				if plural {
					role = pr.Sprintf("service providers")
				}
			}
			if strings.HasSuffix(name, ")") {
				// A name that ends in a parenthesis, such as "Yandex
				// LLC (Yandex Metrica)", takes its role in a sentence
				// of its own, not in a second parenthesis.
				t.plain(".").sentence(pr.Sprintf("Role: %s.", role))
			} else {
				t.plain(" (" + role + ").")
			}
		} else {
			t.plain(".")
		}
		if names := c.names(at(path, ".categories"), r.Categories); names != "" {
			t.sentence(pr.Sprintf("Data received: %s.", names))
		}
		if r.Purpose != "" {
			if r.Conditional {
				t.sentence(pr.Sprintf("Only when: %s.", event(c.fragment(at(path, ".purpose"), r.Purpose))))
			} else {
				t.sentence(pr.Sprintf("Purpose: %s.", c.fragment(at(path, ".purpose"), r.Purpose)))
			}
		}
		if r.Conditional {
			c.fromAt(at(path, ".conditional"))
		}
		if r.Country != (language.Region{}) {
			c.fromAt(at(path, ".country"))
			t.sentence(pr.Sprintf("Location: %s.", c.region(r.Country)))
		}
		if n := r.Retention; !n.IsZero() && n.Valid() {
			c.fromAt(at(path, ".retention"))
			if plural {
				t.sentence(pr.Sprintf("These recipients keep the data for up to %s.", c.period(n)))
			} else {
				t.sentence(pr.Sprintf("The recipient keeps the data for up to %s.", c.period(n)))
			}
		}
		c.recipientCommitments(&t, path, r)
		if r.NoticeURL != "" {
			c.fromAt(at(path, ".notice_url"))
			if r.OwnPolicy {
				c.fromAt(at(path, ".own_policy"))
			}
			if plural {
				t.sentence(pr.Sprintf("How these recipients use the data is explained in their own privacy notices, published at")).plain(" ").link(r.NoticeURL).plain(".")
			} else {
				t.sentence(pr.Sprintf("How the recipient uses the data is explained in its own privacy notice, published at")).plain(" ").link(r.NoticeURL).plain(".")
			}
		} else if r.OwnPolicy && r.Role != policy.RoleProcessor {
			c.fromAt(at(path, ".own_policy"))
			if plural {
				t.sentence(pr.Sprintf("These recipients use the data under their own privacy policies, which govern what they do with it."))
			} else {
				t.sentence(pr.Sprintf("The recipient uses the data under its own privacy policy, which governs what it does with it."))
			}
		}
		if r.Role == policy.RoleJointController {
			c.jointController(&t, path, r)
		}
		cl := c.item(anchor(kindRecipient, r.ID), t.t)
		if r.Conditional {
			conditional = append(conditional, cl)
		} else {
			items = append(items, cl)
		}
	}
	if len(items) > 0 {
		c.library()
		sb.clause("list", plain(pr.Sprintf("We disclose data to the following recipients, only to the extent the purposes above require:")), items...)
	}
	if len(conditional) > 0 {
		c.library()
		sb.clause("conditional", plain(pr.Sprintf("We disclose data to the following recipients only if the event stated for each occurs:")), conditional...)
	}
	c.disclosures(sb)
	return sb
}

// recipientCommitment states each commitment that can bind a recipient
// as what the recipient is bound to do.
var recipientCommitment = map[policy.Commitment]string{
	policy.CommitmentNoSale:             "not to sell the data",
	policy.CommitmentNoSharing:          "not to share the data for cross-context behavioral advertising",
	policy.CommitmentNoModelTraining:    "not to use the data to train machine-learning models",
	policy.CommitmentNoReidentification: "not to try to re-identify the data",
	policy.CommitmentNoAdvertisingUse:   "not to use the data for advertising",
}

// recipientCommitments states, in the clause of r, declared at path, the
// commitments that bind r, in one sentence.
func (c *composer) recipientCommitments(t *text, path string, r *policy.Recipient) {
	var promises []string
	for i, k := range r.Commitments {
		if w, ok := recipientCommitment[k]; ok && !contains(r.Commitments[:i], k) {
			promises = append(promises, c.pr.Sprintf(w))
		}
	}
	if len(promises) == 0 {
		return
	}
	c.fromAt(at(path, ".commitments"))
	t.sentence(c.pr.Sprintf("The recipient is bound %s.", c.list(promises)))
}

// jointController states, in the clause of r, a joint controller, the
// essence of the arrangement between the joint controllers (GDPR and UK
// GDPR Art. 26(2)) and, where either law is declared, that the user may
// exercise their rights against each of the controllers whatever the
// arrangement says (Art. 26(3)).
func (c *composer) jointController(t *text, path string, r *policy.Recipient) {
	if r.Arrangement != "" {
		t.sentence(c.word("The essence of our arrangement with this joint controller:")).plain(" ").plain(c.sentenceOf(at(path, ".arrangement"), r.Arrangement))
	}
	var stated bool
	for _, law := range [...]policy.Law{policy.GDPR, policy.UKGDPR} {
		if c.declares(law) {
			c.law(law, lawRules[textJointRights][law])
			stated = true
		}
	}
	if stated {
		t.sentence(c.word("Whatever the arrangement, you may exercise your rights against us and against this joint controller alike."))
	}
}

// safeguardText states each safeguard as the ground of a transfer.
var safeguardText = map[policy.Safeguard]string{
	policy.SafeguardAdequacy:              "on the basis of an adequacy decision",
	policy.SafeguardStandardClauses:       "on the basis of standard contractual clauses",
	policy.SafeguardBindingCorporateRules: "on the basis of binding corporate rules",
	policy.SafeguardExplicitConsent:       "on the basis of your explicit consent",
	policy.SafeguardContractNecessity:     "because the transfer is necessary for the performance of a contract with you",
	policy.SafeguardPrivacyShield:         "on the basis of the EU-US Privacy Shield",
	policy.SafeguardDataPrivacyFramework:  "on the basis of the EU-US Data Privacy Framework",
	policy.SafeguardUKTransferAgreement:   "on the basis of the UK International Data Transfer Agreement or Addendum",
	policy.SafeguardANPDClauses:           "on the basis of the standard contractual clauses of Brazil's National Data Protection Authority (ANPD)",
}

// safeguardPhrase states the safeguard of tr as the ground of the
// transfer. The Data Privacy Framework is one certification with three
// parts: the EU-US framework, its UK Extension for transfers from the
// United Kingdom, and the Swiss-US framework for transfers from
// Switzerland; a transfer is named by the part its origin uses.
func (c *composer) safeguardPhrase(tr policy.Transfer) string {
	pr := c.pr
	if tr.Safeguard == policy.SafeguardAdequacy {
		// The FADP finds adequacy by the Federal Council's list, not by
		// decisions (Art. 16(1), Annex 1 to the Data Protection Ordinance);
		// the UK by adequacy regulations (Data Protection Act 2018 s. 17A);
		// 152-FZ by the list of states Roskomnadzor approves (Art. 12).
		switch laws := c.p.TransferLaws(tr); {
		case len(laws) == 1 && laws[0] == policy.FADP:
			return pr.Sprintf("because the destination is on the Swiss Federal Council's list of countries with adequate data protection (Annex 1 to the Data Protection Ordinance)")
		case len(laws) == 1 && laws[0] == policy.UKGDPR:
			return pr.Sprintf("on the basis of UK adequacy regulations (section 17A of the Data Protection Act 2018)")
		case len(laws) == 1 && laws[0] == policy.FZ152 && conventionParty(tr.Destination):
			return pr.Sprintf("because the destination is a party to the Council of Europe Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data (Art. 12 of Federal Law No. 152-FZ)")
		case len(laws) == 1 && laws[0] == policy.FZ152:
			return pr.Sprintf("because the destination is on the list of foreign states ensuring adequate protection of the rights of personal data subjects approved by Roskomnadzor (Art. 12 of Federal Law No. 152-FZ)")
		case len(laws) > 1:
			return c.adequacyUnder(tr, laws)
		}
	}
	if tr.Safeguard == policy.SafeguardDataPrivacyFramework {
		switch dpfOrigin(c.p, tr) {
		case "GB":
			return pr.Sprintf("on the basis of the UK Extension to the EU-US Data Privacy Framework")
		case "CH":
			return pr.Sprintf("on the basis of the Swiss-US Data Privacy Framework")
		case "":
			if s := c.dpfParts(tr); s != "" {
				return s
			}
		}
	}
	return pr.Sprintf(safeguardText[tr.Safeguard])
}

// dpfParts names, for a transfer on the Data Privacy Framework that
// states no origin and that several of the GDPR, the UK GDPR and the FADP
// govern, the part of the framework each of them uses, as data leaving
// Switzerland goes under the Swiss-US framework, not the EU-US one; ""
// where fewer than two of them govern it.
func (c *composer) dpfParts(tr policy.Transfer) string {
	var eu, uk, ch bool
	for _, l := range c.p.TransferLaws(tr) {
		switch l {
		case policy.GDPR:
			eu = true
		case policy.UKGDPR:
			uk = true
		case policy.FADP:
			ch = true
		}
	}
	pr := c.pr
	switch {
	case eu && uk && ch:
		return pr.Sprintf("on the basis of the EU-US Data Privacy Framework, its UK Extension and the Swiss-US Data Privacy Framework")
	case eu && uk:
		return pr.Sprintf("on the basis of the EU-US Data Privacy Framework and its UK Extension")
	case eu && ch:
		return pr.Sprintf("on the basis of the EU-US Data Privacy Framework and the Swiss-US Data Privacy Framework")
	case uk && ch:
		return pr.Sprintf("on the basis of the UK Extension to the EU-US Data Privacy Framework and the Swiss-US Data Privacy Framework")
	}
	return ""
}

// dpfOrigin returns the origin whose part of the Data Privacy Framework a
// transfer uses: its stated origin or, where it states none, the home of
// the one law that governs it, so that a transfer under the FADP alone is
// named by the Swiss-US framework and one under the UK GDPR alone by the
// UK Extension.
func dpfOrigin(p *policy.Policy, tr policy.Transfer) string {
	if tr.Origin != (language.Region{}) {
		return tr.Origin.String()
	}
	if laws := p.TransferLaws(tr); len(laws) == 1 {
		switch laws[0] {
		case policy.FADP:
			return "CH"
		case policy.UKGDPR:
			return "GB"
		}
	}
	return ""
}

// adequacyUnder states adequacy as the ground of a transfer that several
// laws govern, naming the ground in each law's own terms: an adequacy
// decision of the European Commission (GDPR Art. 45), UK adequacy
// regulations (Data Protection Act 2018 s. 17A), the Swiss Federal
// Council's list (Annex 1 to the Data Protection Ordinance), the list
// Roskomnadzor approves (152-FZ Art. 12) or an adequacy decision of the
// ANPD (LGPD Art. 33(I)). Where one of the laws has no terms here, it
// says that the destination is recognised as adequate under each law,
// which holds whatever the laws call it.
func (c *composer) adequacyUnder(tr policy.Transfer, laws []policy.Law) string {
	pr := c.pr
	grounds := make([]string, 0, len(laws))
	for _, law := range laws {
		var g string
		switch law {
		case policy.GDPR:
			g = pr.Sprintf("an adequacy decision of the European Commission (GDPR Art. 45)")
		case policy.UKGDPR:
			g = pr.Sprintf("UK adequacy regulations (section 17A of the Data Protection Act 2018)")
		case policy.FADP:
			g = pr.Sprintf("the Swiss Federal Council's list of countries with adequate data protection (Annex 1 to the Data Protection Ordinance)")
		case policy.FZ152:
			if conventionParty(tr.Destination) {
				g = pr.Sprintf("the Council of Europe Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data, to which the destination is a party (Art. 12 of Federal Law No. 152-FZ)")
				break
			}
			g = pr.Sprintf("the list of foreign states ensuring adequate protection of the rights of personal data subjects approved by Roskomnadzor (Art. 12 of Federal Law No. 152-FZ)")
		case policy.LGPD:
			g = pr.Sprintf("an adequacy decision of Brazil's National Data Protection Authority (LGPD Art. 33(I))")
		default:
			return pr.Sprintf("because the destination is recognised as ensuring an adequate level of data protection under each law that governs the transfer")
		}
		grounds = append(grounds, g)
	}
	return pr.Sprintf("on the basis of %s", c.list(grounds))
}

// withinScope states that the recipient of tr falls within the limited
// scope of the destination's adequacy (Transfer.WithinScope), in the
// words of the laws that govern tr.
func (c *composer) withinScope(tr policy.Transfer) string {
	laws := c.p.TransferLaws(tr)
	if len(laws) > 1 {
		return c.pr.Sprintf("The recipient falls within the scope of each of these grounds of adequacy for the destination.")
	}
	if len(laws) == 1 {
		switch laws[0] {
		case policy.FADP:
			return c.pr.Sprintf("The recipient falls within the scope of the destination's entry on the Swiss Federal Council's list of countries with adequate data protection.")
		case policy.UKGDPR:
			return c.pr.Sprintf("The recipient falls within the scope of the UK adequacy regulations for the destination.")
		case policy.FZ152:
			return c.pr.Sprintf("The recipient falls within the scope of the destination's entry on the list approved by Roskomnadzor.")
		}
	}
	return c.pr.Sprintf("The recipient falls within the scope of the adequacy decision for the destination.")
}

// sameButOrigin reports whether a and b state the same transfer from two
// different origins, such as one data flow from the EU, the UK and
// Switzerland under the three parts of the Data Privacy Framework: only
// their origins and safeguards differ.
func sameButOrigin(a, b policy.Transfer) bool {
	none := language.Region{}
	return a.Origin != none && b.Origin != none && a.Origin != b.Origin &&
		a.Destination == b.Destination && a.ChosenDestination == b.ChosenDestination && a.Recipient == b.Recipient && a.Organisation == b.Organisation &&
		slices.Equal(a.Categories, b.Categories) && slices.Equal(a.Laws, b.Laws) &&
		a.Note == b.Note && a.WithinScope == b.WithinScope && a.Notified == b.Notified && a.NoticeGiven == b.NoticeGiven && a.Risks == b.Risks
}

// transferLead returns the index of the transfer whose clause states
// transfer i: the first of the transfers that state the same flow from
// other origins (see sameButOrigin), or i itself.
func (c *composer) transferLead(i int) int {
	if c.transferLeads == nil {
		c.groupTransfers()
	}
	return c.transferLeads[i]
}

// transferKey holds what transfers stated by one clause share, but their
// categories, which sameButOrigin compares.
type transferKey struct {
	destination  language.Region
	chosen       policy.ChosenDestination
	recipient    *policy.Recipient
	organisation policy.Organisation
	categories   int
	note, risks  string
}

// groupTransfers finds, for each transfer, the transfer whose clause
// states it (transferLeads) and, for each such lead, the transfers its
// clause states after it (transferMembers). Transfers are looked up by
// what they share, so a policy of many transfers is grouped in linear
// time.
func (c *composer) groupTransfers() {
	trs := c.p.Transfers
	c.transferLeads = make([]int, len(trs))
	var leads map[transferKey][]int
	for j, tr := range trs {
		c.transferLeads[j] = j
		if tr.Origin == (language.Region{}) {
			continue
		}
		if leads == nil {
			leads = make(map[transferKey][]int)
		}
		key := transferKey{tr.Destination, tr.ChosenDestination, tr.Recipient, tr.Organisation, len(tr.Categories), tr.Note, tr.Risks}
		for _, k := range leads[key] {
			if sameButOrigin(trs[k], tr) && !c.sharesOrigin(k, tr.Origin) {
				c.transferLeads[j] = k
				if c.transferMembers == nil {
					c.transferMembers = make(map[int][]int)
				}
				c.transferMembers[k] = append(c.transferMembers[k], j)
				break
			}
		}
		if c.transferLeads[j] == j {
			leads[key] = append(leads[key], j)
		}
	}
}

// sharesOrigin reports whether the clause of transfer lead already states
// a transfer from origin.
func (c *composer) sharesOrigin(lead int, origin language.Region) bool {
	if c.p.Transfers[lead].Origin == origin {
		return true
	}
	for _, k := range c.transferMembers[lead] {
		if c.p.Transfers[k].Origin == origin {
			return true
		}
	}
	return false
}

// fromOrigins states the origins of a transfer stated once for several
// of them, with the safeguard of each: "from the European Union, the
// United Kingdom and Switzerland, on the basis of standard contractual
// clauses", or where the safeguards differ, "from the European Union on
// the basis of …, and from the United Kingdom on the basis of …".
func (c *composer) fromOrigins(group []policy.Transfer) string {
	pr := c.pr
	places := make([]string, len(group))
	phrases := make([]string, len(group))
	same := true
	for k, tr := range group {
		places[k] = c.place(tr.Origin)
		if tr.Safeguard.Valid() {
			phrases[k] = c.safeguardPhrase(tr)
		}
		same = same && phrases[k] == phrases[0]
	}
	if same {
		s := pr.Sprintf("from %s", c.list(places))
		if phrases[0] != "" {
			s += ", " + phrases[0]
		}
		return s
	}
	each := make([]string, len(group))
	for k := range group {
		if phrases[k] == "" {
			each[k] = pr.Sprintf("from %s", places[k])
		} else {
			each[k] = pr.Sprintf("from %s %s", places[k], phrases[k])
		}
	}
	return c.list(each)
}

func (c *composer) transfers() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("transfers", pr.Sprintf("International Transfers"))
	var items []*Clause
	for i, tr := range p.Transfers {
		if c.transferLead(i) != i {
			continue
		}
		path := c.elem("transfers", "", i)
		c.from(path)
		group := []policy.Transfer{tr}
		for _, j := range c.transferMembers[i] {
			c.from(c.elem("transfers", "", j))
			group = append(group, p.Transfers[j])
		}
		var t text
		t.term(c.transferPlace(tr)).plain(": ")
		names := c.names(at(path, ".categories"), tr.Categories)
		if names == "" {
			names = pr.Sprintf("personal data")
		}
		if tr.Recipient != nil && tr.Recipient.Name != "" {
			t.plain(pr.Sprintf("%s, transferred to %s", names, c.fragment(at(c.path(tr.Recipient, "recipients", tr.Recipient.ID), ".name"), tr.Recipient.Name)))
		} else {
			t.plain(names)
		}
		switch {
		case len(group) > 1:
			t.plain(", ").plain(c.fromOrigins(group))
			tr.Origin = language.Region{} // stated
		case tr.Safeguard.Valid():
			t.plain(", ").plain(c.safeguardPhrase(tr))
		}
		if len(tr.Laws) > 0 {
			var laws []string
			for _, l := range tr.Laws {
				if l.Valid() {
					laws = append(laws, c.lawTitle(l))
				}
			}
			t.plain(pr.Sprintf(" (under %s)", c.list(laws)))
		}
		t.plain(".")
		c.transferExtra(&t, path, tr)
		t.sentence(c.sentenceOf(at(path, ".note"), tr.Note))
		items = append(items, c.item(anchor(kindTransfer, strconv.Itoa(i+1)), t.t))
	}
	if len(items) > 0 {
		c.library()
		sb.clause("list", plain(pr.Sprintf("We transfer data to other countries in the following cases:")), items...)
	}
	return sb
}

// conventionParty reports whether 152-FZ holds dest adequate as a party
// to Council of Europe Convention 108 (Art. 12(1)) rather than as a
// state on the list Roskomnadzor approves, which names only states that
// are not parties (Art. 12(2)).
func conventionParty(dest language.Region) bool {
	for _, d := range policy.AdequacyDecisions(policy.FZ152) {
		if d.Region == dest && d.Region != (language.Region{}) {
			return d.Act == "party to Convention 108"
		}
	}
	return false
}

// event returns the event of a conditional recipient, s, as the
// document's "Only when:" introduces it: without a "when" of its own,
// which would read "Only when: when the law requires it".
func event(s string) string {
	for _, w := range []string{"when ", "When "} {
		if rest, ok := strings.CutPrefix(s, w); ok && rest != "" {
			return rest
		}
	}
	return s
}

// roleName returns the name of role, for one recipient or, where plural,
// for a kind of recipients ("payment service providers (processors)"),
// in the words the declared laws use.
func (c *composer) roleName(role policy.RecipientRole, plural bool) string {
	if !plural {
		return c.word(role.Name())
	}
	switch role {
	case policy.RoleProcessor:
		return c.word("processors")
	case policy.RoleThirdParty:
		return c.word("third parties")
	case policy.RoleJointController:
		return c.word("joint controllers")
	case policy.RoleAuthority:
		return c.word("public authorities")
	}
	return c.word(role.Name())
}

// recipientPlural reports whether name, a recipient's name as the
// document states it (in Russian where russian is set), names more than
// one recipient: a kind of recipients ("payment service providers",
// "Банки-корреспонденты") or several named ones ("Delta Air Lines and
// Marriott International"). A name can only be read, not parsed, so the
// test is narrow: a name it cannot tell is one recipient.
func recipientPlural(name string, russian bool) bool {
	if russian || strings.ContainsFunc(name, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) {
		return russianPlural(name)
	}
	// What a parenthesis holds only explains the name before it.
	for {
		i := strings.Index(name, " (")
		j := strings.Index(name[max(i, 0):], ")")
		if i < 0 || j < 0 {
			break
		}
		name = name[:i] + name[i+j+1:]
	}
	if strings.Contains(name, " and other ") || strings.Contains(name, " and the other ") {
		return true // "Yandex LLC and other analytics services"
	}
	// A relative clause or an apposition describes the recipient and
	// does not add others: "Acquirente Unico S.p.A., which runs the
	// system of the electricity and gas markets".
	for _, stop := range []string{", which ", ", who ", ", whose ", " which ", " who ", " whose ", " whom ", " that ", " such as ", " including ", " — ", " – "} {
		if i := strings.Index(name, stop); i > 0 {
			name = name[:i]
		}
	}
	parts := strings.Split(name, " and ")
	named := len(parts) > 1
	for i, part := range parts {
		words := headWords(part)
		if len(words) == 0 {
			named = false
			continue
		}
		last := words[len(words)-1]
		r, _ := utf8.DecodeRuneInString(last)
		// A capitalised word is a name ("Amazon Web Services"), but
		// for the first word of all, which a list capitalises
		// ("Banks").
		if (!unicode.IsUpper(r) || i == 0 && len(words) == 1) && englishPluralNoun(strings.ToLower(last)) {
			return true
		}
		// Names joined: each starts with a capital, and the one before
		// "and" is not itself a name that runs on with "of" or "for"
		// ("The Authority for Energy, Networks and Environment").
		if !startsNamed(part) || i < len(parts)-1 && (strings.Contains(part, " of ") || strings.Contains(part, " for ")) {
			named = false
		}
	}
	// Several named recipients: "Delta Air Lines and Marriott
	// International".
	return named
}

// headWords returns the words of part, an English name or a part of one
// between "and"s, up to its head noun: what follows a comma, a dash, a
// relative clause or a preposition qualifies the head, and participles
// after it ("the other insurers involved") are left out.
func headWords(part string) []string {
	cut := len(part)
	for _, stop := range []string{", ", " — ", " – ", " - ", " that ", " which ", " who ", " whose ", " whom ", " we ", " you ",
		" the ", " for ", " of ", " to ", " from ", " with ", " in ", " on ", " at ", " by ", " under ", " such as ", " including ", " like ",
		" outside ", " within ", " across ", " acting ", " providing ", " offering ", " built ", " if ", " when ", " where "} {
		if i := strings.Index(part, stop); i > 0 && i < cut {
			cut = i
		}
	}
	words := strings.Fields(part[:cut])
	for len(words) > 1 && strings.HasSuffix(words[len(words)-1], "ed") {
		words = words[:len(words)-1]
	}
	return words
}

// startsNamed reports whether part, an English name or a part of one,
// starts with a name: a capital, or "the" and a capital ("the Bank of
// Russia").
func startsNamed(part string) bool {
	part = strings.TrimPrefix(strings.TrimPrefix(part, "the "), "The ")
	r, _ := utf8.DecodeRuneInString(part)
	return unicode.IsUpper(r)
}

// englishPluralNoun reports whether w, a lower-case English noun, is
// plural: a regular plural in -s, or one of the irregular ones that name
// recipients.
func englishPluralNoun(w string) bool {
	switch w {
	case "people", "children", "media", "personnel", "police":
		return true
	}
	if !strings.HasSuffix(w, "s") || len(w) < 3 {
		return false
	}
	for _, end := range []string{"ss", "us", "is", "ics", "ws"} {
		if strings.HasSuffix(w, end) {
			return strings.HasSuffix(w, "eaus") // bureaus
		}
	}
	return true
}

// russianPlural reports whether name, a recipient's name in Russian,
// names more than one recipient: its first word, the head noun or an
// adjective before it, is in the nominative plural («Банки-корреспонденты»,
// «Государственные органы», «Операторы связи»), or it ends a list with
// «и другие» («ООО «Ромашка» и другие компании группы»).
func russianPlural(name string) bool {
	if strings.Contains(name, " и други") || strings.Contains(name, " и иные") {
		return true
	}
	// «ООО «Пример» и его дочерние общества»: a possessive after «и»
	// introduces others.
	for _, poss := range []string{" и его ", " и её ", " и ее ", " и их "} {
		if _, rest, ok := strings.Cut(name, poss); ok {
			next, _, _ := strings.Cut(rest, " ")
			if russianPluralWord(strings.ToLower(next)) {
				return true
			}
		}
	}
	first, _, _ := strings.Cut(name, " ")
	first = strings.ToLower(strings.Trim(first, "«»\"„“,.:;"))
	// Of a compound, the part that inflects: «Банки-корреспонденты»,
	// «Ассистанс-компании».
	for _, w := range strings.Split(first, "-") {
		if russianPluralWord(w) {
			return true
		}
	}
	return false
}

// russianPluralWord reports whether w, a lower-case Russian word, is a
// noun or adjective in the nominative plural: an ending in -ы, -и, -ые
// or -ие, or one of the neuter plurals in -а, -я that name recipients
// («лица», «агентства»), which the ending alone cannot tell from a
// feminine singular («служба», «компания»).
func russianPluralWord(w string) bool {
	switch w {
	case "лица", "агентства", "общества", "учреждения", "предприятия", "ведомства", "сообщества", "объединения", "партнёрства", "товарищества", "управления", "подразделения":
		return true
	}
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, end := range []string{"ые", "ие", "ы", "и"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}
