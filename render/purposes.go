// The sections on purposes and on legal grounds.

package render

import (
	"slices"
	"strings"

	"github.com/gopolicy/policy"
)

func (c *composer) purposes() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("purposes", pr.Sprintf("Purposes of Data Processing"))
	var items []*Clause
	for _, pu := range p.Purposes {
		if pu == nil {
			continue
		}
		var t text
		path := c.path(pu, "purposes", pu.ID)
		t.term(capitaliseName(c.fragment(at(path, ".name"), pu.Name))).plain(".")
		t.sentence(c.sentenceOf(at(path, ".description"), pu.Description))
		c.regionsOf(&t, path, pu)
		if names := c.names(at(path, ".categories"), pu.Categories); names != "" {
			t.sentence(pr.Sprintf("Data used: %s.", names))
		}
		if names := enumNames(c, at(path, ".subjects"), pu.Subjects); names != "" {
			t.sentence(pr.Sprintf("Categories of data subjects: %s.", names))
		}
		if names := c.actionNames(at(path, ".actions"), pu); names != "" {
			t.sentence(pr.Sprintf("Actions performed on the data: %s.", names))
		}
		if pu.Method.Valid() {
			c.fromAt(at(path, ".method"))
			t.sentence(pr.Sprintf("Method of processing: %s.", pr.Sprintf(pu.Method.Name())))
		}
		c.groundsOf(&t, path, pu)
		c.obligationsOf(&t, path, pu)
		c.criminalOf(&t, path, pu)
		c.specialConditionOf(&t, path, pu)
		if pu.Interest != "" {
			if c.fadpAlone() {
				t.sentence(pr.Sprintf("Our overriding interest: %s.", c.fragment(at(path, ".interest"), pu.Interest)))
			} else {
				t.sentence(pr.Sprintf("Our legitimate interest: %s.", c.fragment(at(path, ".interest"), pu.Interest)))
			}
		}
		c.consentLawsOf(&t, path, pu)
		exempt := c.consentExemptionOf(&t, path, pu)
		// How consent is given comes before how it is withdrawn.
		c.consentMethodOf(&t, path, pu)
		if pu.Withdraw != "" {
			how := c.fragment(at(path, ".withdraw"), pu.Withdraw)
			if c.saysAnyTime(how) {
				// "in the app, at any time" says it already.
				t.sentence(pr.Sprintf("You can withdraw your consent: %s.", how))
			} else {
				t.sentence(pr.Sprintf("You can withdraw your consent at any time: %s.", how))
			}
		}
		c.consentText(&t, path, pu)
		c.imageConsentText(&t, path, pu)
		c.ethicsApprovalText(&t, path, pu)
		if pu.MinimumAge > 0 {
			c.fromAt(at(path, ".minimum_age"))
			t.sentence(pr.Sprintf("This purpose concerns only people who are %s old or over.", pr.Sprintf("%d years", pu.MinimumAge)))
		}
		c.purposeAgeChecksText(&t, path, pu)
		// The law that lets the purpose go ahead without consent has
		// already said that the person can refuse it.
		if pu.OptOut && !exempt {
			c.optOut(&t, path, pu)
		}
		if pu.Required != "" {
			t.sentence(pr.Sprintf("Providing the data: %s.", c.fragment(at(path, ".required"), pu.Required)))
		}
		if pu.Automated != "" {
			t.sentence(pr.Sprintf("Automated decision-making: %s.", c.fragment(at(path, ".automated"), pu.Automated)))
			c.decisionAreas(&t, path, pu)
		}
		if statesHumanDecision(pu) {
			c.fromAt(at(path, ".human_decision"))
			t.sentence(pr.Sprintf("Automated systems may flag cases for us, but a member of our staff takes every decision that affects you."))
		}
		if pu.Journalism {
			c.fromAt(at(path, ".journalism"))
			t.sentence(pr.Sprintf("This processing serves journalism: the law exempts it from some of the rights described in this Policy so far as they would be incompatible with the freedom of expression and information."))
		}
		c.suspensionText(&t, path, pu)
		c.tippingOffOf(&t, path, pu)
		if pu.Scoring {
			c.fromAt(at(path, ".scoring"))
			t.sentence(pr.Sprintf("This purpose produces scores about you, such as a credit score, that others use to take decisions about you."))
		}
		switch {
		case pu.Profiling && pu.Scoring:
			// The scores stated above have effects through others'
			// decisions: the profiling sentence must not deny them.
			c.fromAt(at(path, ".profiling"))
			t.sentence(pr.Sprintf("This purpose involves profiling."))
		case pu.Profiling && pu.Automated != "":
			// The automated decisions stated above may have such effects;
			// the profiling sentence must not deny them.
			c.fromAt(at(path, ".profiling"))
			t.sentence(pr.Sprintf("Apart from the automated decisions above, this purpose involves profiling, which has no legal or similarly significant effect on you."))
		case pu.Profiling:
			c.fromAt(at(path, ".profiling"))
			t.sentence(pr.Sprintf("This purpose involves profiling, which has no legal or similarly significant effect on you."))
		}
		if pu.HighRiskProfiling {
			c.fromAt(at(path, ".high_risk_profiling"))
			t.sentence(pr.Sprintf("This purpose involves high-risk profiling: it links data in a way that allows an assessment of essential aspects of your personality."))
		}
		if pu.ServiceMessages && !pu.DirectMarketing {
			c.fromAt(at(path, ".service_messages"))
			t.sentence(pr.Sprintf("The messages this purpose sends are not marketing: we send them even if you have opted out of marketing."))
		}
		if pu.Past {
			c.fromAt(at(path, ".past"))
			t.sentence(pr.Sprintf("We no longer pursue this purpose: we state it because we processed data for it in the preceding 12 months, and we are removing that data."))
		}
		items = append(items, c.item(anchor(kindPurpose, pu.ID), t.t))
	}
	if len(items) > 0 {
		c.library()
		sb.clause("list", plain(pr.Sprintf("We process data for the following purposes:")), items...)
	}
	if p.NoAutomatedDecisions {
		c.from("no_automated_decisions")
		sb.clause("automated", plain(c.word("We do not make decisions based solely on automated processing, including profiling, that produce legal effects concerning you or similarly significantly affect you.")))
	}
	if u := p.Links.Recommendations; u != "" {
		c.from("links.recommendations")
		var t text
		if p.Subject(policy.FZ152) {
			// Federal Law No. 149-FZ, Art. 10.2-2: the rules for applying
			// recommendation technologies.
			t.plain(pr.Sprintf("The rules for applying the recommendation technologies with which we select the information shown to you are published at"))
		} else {
			// Digital Services Act, Art. 27: the main parameters of a
			// recommender system and the options to modify them.
			t.plain(pr.Sprintf("The main parameters of the recommender systems with which we select the information shown to you, and the options you have to modify or influence them, are set out at"))
		}
		t.plain(" ").link(u).plain(".")
		sb.clause("recommendations", t.t)
	}
	return sb
}

// optOut states how the user stops the processing of pu, which declares
// that the user can. Objection (GDPR Art. 21) is a right against
// processing on grounds other than consent: for a purpose that rests on
// consent alone, stopping it is withdrawing consent, stated with how
// where the purpose says so; for a purpose that states no ground, as
// under the CCPA alone, it is opting out.
func (c *composer) optOut(t *text, path string, pu *policy.Purpose) {
	pr := c.pr
	consentOnly := len(pu.Bases) > 0
	for _, b := range pu.Bases {
		if b != policy.BasisConsent && b != policy.BasisExplicitConsent {
			consentOnly = false
		}
	}
	switch {
	case consentOnly && pu.Withdraw != "":
		// Already stated, with how.
		return
	case consentOnly:
		c.fromAt(at(path, ".opt_out"))
		t.sentence(pr.Sprintf("You can withdraw your consent at any time."))
		return
	}
	c.fromAt(at(path, ".opt_out"))
	object := len(pu.Bases) > 0 && c.generalObjection()
	switch how := pu.OptOutHow; {
	case how != "" && object:
		t.sentence(pr.Sprintf("You can object to this processing or opt out of it at any time: %s.", c.fragment(at(path, ".opt_out_how"), how)))
	case how != "":
		t.sentence(pr.Sprintf("You can opt out of this processing at any time: %s.", c.fragment(at(path, ".opt_out_how"), how)))
	case object:
		t.sentence(pr.Sprintf("You can object to this processing or opt out of it at any time."))
	default:
		t.sentence(pr.Sprintf("You can opt out of this processing at any time."))
	}
}

// generalObjection reports whether the document can speak of objecting to
// a purpose: true unless 152-FZ is declared without a law that gives a
// general right to object (GDPR and UK GDPR Art. 21, FADP Art. 30(2)(b),
// LGPD Art. 18 §2). 152-FZ gives the right to object only to direct
// marketing (Art. 15(1)) and to decisions based solely on automated
// processing (Art. 16(3)), so under it alone the user opts out.
func (c *composer) generalObjection() bool {
	if !c.declares(policy.FZ152) {
		return true
	}
	return slices.ContainsFunc(c.p.Laws, func(l policy.Law) bool {
		return l == policy.GDPR || l == policy.UKGDPR || l == policy.FADP || l == policy.LGPD
	})
}

// enumNames lists the names of the valid values of vs in the document's
// language, recording l as their source; it is empty when none is valid.
// It states the categories of data subjects and the actions of a purpose
// (152-FZ Art. 18.1(1)(2), 3(3)).
func enumNames[E interface {
	Valid() bool
	Name() string
}](c *composer, l loc, vs []E) string {
	names := make([]string, 0, len(vs))
	for _, v := range vs {
		if v.Valid() {
			names = append(names, c.pr.Sprintf(v.Name()))
		}
	}
	if len(names) == 0 {
		return ""
	}
	c.fromAt(l)
	return c.list(names)
}

// decisionAreas says which areas of life pu's automated decisions
// concern (Purpose.DecisionAreas), or, where the only area stated is
// DecisionOther, that they concern none of those the US state privacy
// laws list, which is why those laws' opt-out of profiling does not
// reach them.
func (c *composer) decisionAreas(t *text, path string, pu *policy.Purpose) {
	l := at(path, ".decision_areas")
	if areas := pu.DecisionAreas; len(areas) == 1 && areas[0] == policy.DecisionOther {
		c.fromAt(l)
		t.sentence(c.pr.Sprintf("These decisions do not concern financial or lending services, housing, insurance, education, criminal justice, employment, health care or access to essential goods or services."))
		return
	}
	if names := enumNames(c, l, pu.DecisionAreas); names != "" {
		t.sentence(c.pr.Sprintf("These decisions concern %s.", names))
	}
}

// actionNames names the actions pu performs on its data (152-FZ
// Art. 3(3)). Transfer is named with dissemination, the disclosure to an
// indefinite circle of people, only where some of pu's data is made
// visible to others (Category.Visibility), which under 152-FZ Art. 10.1
// needs a consent of its own; otherwise it is provision and access alone.
func (c *composer) actionNames(l loc, pu *policy.Purpose) string {
	public := slices.ContainsFunc(pu.Categories, func(cat *policy.Category) bool {
		return cat != nil && cat.Visibility.Valid() && cat.Visibility != policy.VisibilityLink
	})
	names := make([]string, 0, len(pu.Actions))
	for _, a := range pu.Actions {
		switch {
		case !a.Valid():
			continue
		case a == policy.ActionTransfer && !public:
			names = append(names, c.pr.Sprintf("transferring (providing, giving access)"))
		default:
			names = append(names, c.pr.Sprintf(a.Name()))
		}
	}
	if len(names) == 0 {
		return ""
	}
	c.fromAt(l)
	if public {
		for _, cat := range pu.Categories {
			if cat != nil && cat.Visibility.Valid() && cat.Visibility != policy.VisibilityLink {
				c.fromAt(at(c.path(cat, "categories", cat.ID), ".visibility"))
			}
		}
	}
	return c.list(names)
}

// groundText is the statement of each legal ground in the grounds section.
var groundText = map[policy.Basis]string{
	policy.BasisConsent:                   "your consent to the processing of your personal data",
	policy.BasisContract:                  "the need to conclude, perform or terminate a contract with you",
	policy.BasisLegalObligation:           "the need to fulfil obligations imposed on us by law",
	policy.BasisVitalInterests:            "the need to protect your vital interests or those of another person",
	policy.BasisPublicTask:                "the need to perform a task carried out in the public interest",
	policy.BasisLegitimateInterests:       "the need to exercise our rights and legitimate interests or those of third parties, provided that this does not violate your rights and freedoms",
	policy.BasisExplicitConsent:           "your explicit consent to the processing of special categories of your personal data",
	policy.BasisEmploymentLaw:             "obligations and rights in employment, social security and social protection law",
	policy.BasisVitalInterestsIncapable:   "the protection of the vital interests of a person physically or legally incapable of giving consent",
	policy.BasisNotForProfitBody:          "the legitimate activities of a not-for-profit body with regard to its members",
	policy.BasisMadePublic:                "data you have manifestly made public",
	policy.BasisLegalClaims:               "the establishment, exercise or defence of legal claims",
	policy.BasisSubstantialPublicInterest: "reasons of substantial public interest on the basis of law",
	policy.BasisHealthCare:                "preventive or occupational medicine and the provision of health care",
	policy.BasisPublicHealth:              "reasons of public interest in the area of public health",
	policy.BasisArchivingResearch:         "archiving in the public interest, scientific or historical research, or statistics",
	policy.BasisResearchBody:              "the need to carry out studies by a research body",
	policy.BasisExerciseOfRights:          "the need to exercise rights in judicial, administrative or arbitration proceedings",
	policy.BasisHealthProtection:          "the need to protect health, by health professionals or health authorities",
	policy.BasisCreditProtection:          "the need to protect credit",
	policy.BasisFraudPrevention:           "the need to prevent fraud and protect your security",
	// UK GDPR Art. 6(1)(ea) and Annex 1.
	policy.BasisRecognisedLegitimateInterests: "the need to pursue a recognised legitimate interest, such as responding to an emergency, preventing crime or safeguarding vulnerable people",
}

// groundName names b, for special-category or biometric data where
// sensitive is true: under the LGPD, the exercise of rights is then the
// wider ground of Art. 11(II)(d), in a contract too.
func (c *composer) groundName(b policy.Basis, sensitive bool) string {
	if c.widerRights(b, sensitive) {
		return c.word("regular exercise of rights, including in a contract and in judicial, administrative or arbitration proceedings")
	}
	if b == policy.BasisLegitimateInterests && c.fadpAlone() {
		// FADP Art. 31(1): an overriding private or public interest,
		// as the grounds section states it.
		return c.pr.Sprintf("overriding interest")
	}
	return c.word(b.Name())
}

// widerRights reports whether b, stated for sensitive data or not, is the
// exercise of rights as LGPD Art. 11(II)(d) provides it for sensitive
// data: wider than Art. 7(VI), in a contract too.
func (c *composer) widerRights(b policy.Basis, sensitive bool) bool {
	return b == policy.BasisExerciseOfRights && sensitive && c.declares(policy.LGPD)
}

// sensitivityOf reports whether some of pus use personal data that is
// neither a special category nor biometric (general), and whether some
// use a special category or biometric data (sensitive, as LGPD Art. 5(II)
// defines sensitive data).
func sensitivityOf(pus []*policy.Purpose) (general, sensitive bool) {
	for _, pu := range pus {
		for _, cat := range pu.Categories {
			switch {
			case cat == nil || !cat.Personal():
			case cat.Sensitivity == policy.SensitivitySpecial || cat.Biometric:
				sensitive = true
			default:
				general = true
			}
		}
	}
	return general, sensitive
}

// biometricOnly reports whether each of pus uses a biometric category and
// none uses a special category of personal data.
func biometricOnly(pus []*policy.Purpose) bool {
	for _, pu := range pus {
		var bio bool
		for _, cat := range pu.Categories {
			if cat == nil {
				continue
			}
			if cat.Sensitivity == policy.SensitivitySpecial {
				return false
			}
			bio = bio || cat.Biometric && cat.Personal()
		}
		if !bio {
			return false
		}
	}
	return len(pus) > 0
}

func (c *composer) grounds() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("grounds", pr.Sprintf("Legal Grounds for Data Processing"))
	used := make(map[policy.Basis][]*policy.Purpose)
	for _, pu := range p.Purposes {
		if pu == nil {
			continue
		}
		for _, b := range pu.Bases {
			if !b.Valid() {
				continue
			}
			// Unless a purpose is declared twice, it can only be the
			// last one listed, for a ground it states twice.
			l := used[b]
			if len(l) > 0 && l[len(l)-1] == pu || c.purposeRepeats && contains(l, pu) {
				continue
			}
			used[b] = append(l, pu)
		}
	}
	c.legalActs(sb)
	var items []*Clause
	for _, b := range policy.Bases() {
		pus := used[b]
		if len(pus) == 0 {
			continue
		}
		var t text
		ground := c.word(groundText[b])
		general, sensitive := sensitivityOf(pus)
		if c.widerRights(b, sensitive) {
			ground = c.word("the need for the regular exercise of rights, including in a contract and in judicial, administrative or arbitration proceedings")
		}
		// Under 152-FZ biometric personal data is not a special category
		// (Art. 10) but has a written-consent rule of its own (Art. 11(1)).
		biometric := b == policy.BasisExplicitConsent && c.declares(policy.FZ152) && biometricOnly(pus)
		if biometric {
			ground = c.word("your explicit consent to the processing of your biometric personal data")
		}
		t.plain(capitalise(ground))
		for _, pu := range pus {
			c.from(c.purposeFields(pu).bases)
		}
		var cites []string
		for _, law := range p.Laws {
			if cite, ok := b.Citation(law); ok && slices.ContainsFunc(pus, func(pu *policy.Purpose) bool { return pu.RestsOn(b, law) }) {
				if biometric && law == policy.FZ152 {
					cite = "Art. 11(1)"
				}
				// A ground the law provides again for sensitive data
				// (LGPD Art. 11(II)) is cited where purposes use such
				// data, alone where they use no other personal data.
				if special, ok := b.SensitiveCitation(law); ok && sensitive {
					if general {
						cite += ", " + strings.TrimPrefix(special, "Art. ")
					} else {
						cite = special
					}
				}
				c.lawSource(law, textCitation)
				cites = append(cites, pr.Sprintf("%[1]s %[2]s", pr.Sprintf(law.Name()), c.citation(law, cite)))
			}
		}
		if len(cites) > 0 {
			t.plain(" (" + strings.Join(cites, "; ") + ")")
		}
		if len(pus) == 1 {
			t.plain(". ").plain(pr.Sprintf("Purpose:")).plain(" ")
		} else {
			t.plain(". ").plain(pr.Sprintf("Purposes:")).plain(" ")
		}
		for i, pu := range pus {
			if i > 0 {
				t.plain(", ")
			}
			t.ref(pu.ID, anchor(kindPurpose, pu.ID))
		}
		t.plain(".")
		items = append(items, c.item(anchor(kindBasis, b.String()), t.t))
	}
	switch {
	case len(items) == 0:
	case c.groundless():
		// The CCPA and the US state laws rest processing on no ground:
		// the grounds some purposes state do not imply that the others
		// lack one.
		c.library()
		sb.clause("list", plain(pr.Sprintf("The laws that apply to us do not require a legal ground for each purpose; some of our purposes rest on the following:")), items...)
	default:
		c.library()
		sb.clause("list", plain(pr.Sprintf("We process personal data on one or more of the following legal grounds:")), items...)
	}
	return sb
}

// regionsOf says whose data pu, declared at path, concerns where it is
// limited to the data subjects of some regions (Purpose.Regions).
func (c *composer) regionsOf(t *text, path string, pu *policy.Purpose) {
	if len(pu.Regions) == 0 {
		return
	}
	c.fromAt(at(path, ".regions"))
	places := make([]string, len(pu.Regions))
	for i, r := range pu.Regions {
		places[i] = c.place(r)
	}
	t.sentence(c.pr.Sprintf("This purpose concerns only people in %s.", c.list(places)))
}

// saysAnyTime reports whether the fragment s, in the document's language,
// already says "at any time", so that the sentence that sets it need not
// say it again.
func (c *composer) saysAnyTime(s string) bool {
	return strings.Contains(strings.ToLower(s), c.pr.Sprintf("at any time"))
}
