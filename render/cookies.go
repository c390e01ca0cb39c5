// The section on cookies and similar technologies, and how the service
// answers the privacy signals of a browser.

package render

import (
	"slices"
	"strings"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The places whose law requires consent to cookies.
var (
	regionEU = language.MustParseRegion("EU")
	regionGB = language.MustParseRegion("GB")
)

// technologyText names each technology other than a plain cookie in the
// cookie table, after the cookie's name.
var technologyText = map[policy.Technology]string{
	policy.TechnologyLocalStorage: "local storage",
	policy.TechnologyPixel:        "pixel or web beacon",
	policy.TechnologySDK:          "software development kit",
}

// cookies composes the section on cookies and similar technologies: a
// table of each with who sets it, why, for how long and whether it needs
// consent; where to change one's choices; and the answers to Do Not Track
// and Global Privacy Control. The section is left out where the policy
// declares none of these.
func (c *composer) cookies() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("cookies", pr.Sprintf("Cookies and Similar Technologies"))
	if len(p.Cookies) > 0 {
		tb := &Table{
			ID:     "cookies-table",
			Title:  pr.Sprintf("Cookies and similar technologies we use"),
			Header: []string{pr.Sprintf("Name"), pr.Sprintf("Set by"), pr.Sprintf("Purpose"), pr.Sprintf("Lifetime"), pr.Sprintf("Consent")},
		}
		necessary := false
		var optIn, optOut, byLaw, unstated, exempt bool
		where := c.cookieConsentPlaces()
		for i, k := range p.Cookies {
			path := c.elem("cookies", k.ID, i)
			c.from(path)
			name := text{}
			cname := c.fragment(at(path, ".name"), k.Name)
			if strings.Contains(cname, " ") {
				// A kind of cookies ("analytics cookies") starts its row
				// as a list item starts, capitalised; a cookie's own name
				// ("_ga", "tb_session") has no space and keeps its case.
				cname = capitaliseName(cname)
			}
			name.term(cname)
			if s, ok := technologyText[k.Technology]; ok {
				name.plain(" (" + pr.Sprintf(s) + ")")
			}
			var purpose text
			if pu := k.Purpose; pu != nil {
				purpose.plain(c.fragment(at(c.path(pu, "purposes", pu.ID), ".name"), pu.Name)).plain(" (").ref(pu.ID, anchor(kindPurpose, pu.ID)).plain(")")
			}
			if names := c.names(at(path, ".categories"), k.Categories); names != "" {
				if len(purpose.t) > 0 {
					purpose.plain("; ")
				}
				purpose.plain(pr.Sprintf("data: %s", names))
			}
			// A cell ends without a stop: the text layout adds one.
			if note := strings.TrimSuffix(c.sentenceOf(at(path, ".note"), k.Note), "."); note != "" {
				if len(purpose.t) > 0 {
					purpose.plain(".")
				}
				purpose.sentence(note)
			}
			var consent string
			switch c.cookieConsent(k) {
			case cookieNecessary:
				consent = pr.Sprintf("not needed, as this is strictly necessary to provide the service you ask for")
				necessary = true
			case policy.CookieConsentOptIn:
				consent = pr.Sprintf("needed")
				optIn = true
			case cookieConsentByLaw:
				consent = pr.Sprintf("needed in %s", where)
				byLaw = true
			case policy.CookieConsentOptOut:
				consent = pr.Sprintf("not asked; used unless you opt out")
				optOut = true
			case policy.CookieConsentExemptStatistics:
				consent = pr.Sprintf("not needed, as it only measures our audience; you can object")
				exempt = true
			default:
				// The document says nothing of the consent for a cookie
				// that declares none, nor a law requires.
				unstated = true
			}
			var consentCell Text // empty: the writers leave the cell blank
			if consent != "" {
				consentCell = plain(consent)
			}
			tb.Rows = append(tb.Rows, []Text{name.t, plain(c.cookieParty(path, k)), purpose.t, plain(c.lifetime(k.Lifetime)), consentCell})
			tb.Sources = append(tb.Sources, c.take())
		}
		if !necessary && !optIn && !optOut && !byLaw && !exempt {
			// No cookie says anything of consent: the column is left out.
			tb.Header = tb.Header[:len(tb.Header)-1]
			for i, r := range tb.Rows {
				tb.Rows[i] = r[:len(r)-1]
			}
		}
		sb.s.Table = tb
		c.library()
		var t text
		if slices.ContainsFunc(c.p.Cookies, func(k policy.Cookie) bool { return k.Party != policy.PartyFirst }) {
			t.plain(pr.Sprintf("We and the third parties named in the table in this section store information on your device, or read it from there, with cookies and similar technologies."))
		} else {
			// Every cookie is the service's own: no third party is named.
			t.plain(pr.Sprintf("We store information on your device, or read it from there, with cookies and similar technologies."))
		}
		if necessary {
			t.sentence(pr.Sprintf("Those that are strictly necessary to provide the service you ask for are set without your consent."))
		}
		if exempt {
			t.sentence(pr.Sprintf("Those that only measure the audience of our services, whose data we neither combine with other data nor pass to third parties, are set without your consent, as the law allows; you can object to them at any time."))
		}
		// The cookies set aside above are "the others" below.
		necessary = necessary || exempt
		// Consent is asserted only of the cookies it is declared for, or
		// required by law for; where the others differ, the table says
		// which is which.
		// Consent that only a law of some places requires is stated for
		// those places alone.
		switch {
		case byLaw && !optIn && !optOut && !unstated && necessary:
			t.sentence(pr.Sprintf("In %s, the others are set only with your consent, which you can withdraw at any time.", where))
		case byLaw && !optIn && !optOut && !unstated:
			t.sentence(pr.Sprintf("In %s, they are set only with your consent, which you can withdraw at any time.", where))
		case optIn && !byLaw && !optOut && !unstated && necessary:
			t.sentence(pr.Sprintf("The others are set only with your consent, which you can withdraw at any time."))
		case optIn && !byLaw && !optOut && !unstated:
			t.sentence(pr.Sprintf("They are set only with your consent, which you can withdraw at any time."))
		case optOut && !optIn && !byLaw && !unstated && necessary:
			t.sentence(pr.Sprintf("The others are set unless you opt out."))
		case optOut && !optIn && !byLaw && !unstated:
			t.sentence(pr.Sprintf("They are set unless you opt out."))
		case (optIn || byLaw) && necessary:
			t.sentence(pr.Sprintf("For each of the others, the table says whether it is set only with your consent, which you can withdraw at any time."))
		case optIn || byLaw:
			t.sentence(pr.Sprintf("For each of them, the table says whether it is set only with your consent, which you can withdraw at any time."))
		case optOut && necessary:
			t.sentence(pr.Sprintf("For each of the others, the table says whether it is set unless you opt out."))
		case optOut:
			t.sentence(pr.Sprintf("For each of them, the table says whether it is set unless you opt out."))
		}
		sb.clause("list", t.t)
	}
	if u := p.Links.CookieSettings; u != "" {
		c.from("links.cookie_settings")
		var t text
		t.plain(pr.Sprintf("You can change your choices at any time in the cookie settings at")).plain(" ").link(u).plain(".")
		sb.clause("settings", t.t)
	}
	var signals text
	if p.Signals.DoNotTrack.Valid() {
		c.from("signals.do_not_track")
	}
	if p.Signals.GlobalPrivacyControl.Valid() {
		c.from("signals.global_privacy_control")
	}
	switch p.Signals.DoNotTrack {
	case policy.AnswerYes:
		signals.sentence(pr.Sprintf("We honour the Do Not Track signal of your browser."))
	case policy.AnswerNo:
		signals.sentence(pr.Sprintf("We do not respond to the Do Not Track signal of your browser."))
	}
	switch p.Signals.GlobalPrivacyControl {
	case policy.AnswerYes:
		// The US state laws that make a controller honour a universal
		// opt-out mechanism apply it to targeted advertising as well as
		// to sale (such as Colo. Rev. Stat. 6-1-1306(1)(a)(IV)).
		if c.declares(policy.USStates) && p.USStates.TargetedAdvertising == policy.AnswerYes {
			signals.sentence(pr.Sprintf("We treat a Global Privacy Control signal, or another opt-out preference signal, from your browser as a request to opt out of the sale and sharing of your personal information and of targeted advertising."))
		} else {
			signals.sentence(pr.Sprintf("We treat a Global Privacy Control signal, or another opt-out preference signal, from your browser as a request to opt out of the sale and sharing of your personal information."))
		}
	case policy.AnswerNo:
		signals.sentence(pr.Sprintf("We do not treat a Global Privacy Control signal, or another opt-out preference signal, as a request to opt out of the sale and sharing of your personal information."))
	}
	if len(signals.t) > 0 {
		sb.clause("signals", signals.t)
	}
	return sb
}

// cookieNecessary is the consent a strictly necessary cookie needs: none.
const cookieNecessary policy.CookieConsent = 255

// cookieConsentByLaw is the consent a cookie that declares none needs in
// a policy that declares both a law requiring consent for it (the GDPR or
// the UK GDPR) and a law that does not, such as the CCPA: consent in the
// places of the first alone (cookieConsentPlaces).
const cookieConsentByLaw policy.CookieConsent = 254

// cookieConsent returns how cookie k comes to be set: cookieNecessary for
// a strictly necessary cookie; otherwise as k declares, or, where it does
// not, only with consent where a law of the policy requires consent for it
// (the ePrivacy Directive and PECR accompany the GDPR and the UK GDPR),
// and zero, nothing stated, where none does.
func (c *composer) cookieConsent(k policy.Cookie) policy.CookieConsent {
	switch {
	case k.StrictlyNecessary:
		return cookieNecessary
	case k.Consent.Valid():
		return k.Consent
	case c.p.Subject(policy.GDPR) || c.p.Subject(policy.UKGDPR):
		for _, l := range c.p.Laws {
			if l.Valid() && l != policy.GDPR && l != policy.UKGDPR {
				return cookieConsentByLaw
			}
		}
		return policy.CookieConsentOptIn
	}
	return 0
}

// cookieConsentPlaces names the places whose law requires consent for a
// cookie that is not strictly necessary: the European Union under the
// GDPR (with the ePrivacy Directive), the United Kingdom under the UK
// GDPR (with PECR).
func (c *composer) cookieConsentPlaces() string {
	var places []string
	if c.p.Subject(policy.GDPR) {
		places = append(places, c.place(regionEU))
	}
	if c.p.Subject(policy.UKGDPR) {
		places = append(places, c.place(regionGB))
	}
	return c.list(places)
}

// cookieParty states who sets cookie k, declared at path: the service or
// a third party, with the provider where one is named.
func (c *composer) cookieParty(path string, k policy.Cookie) string {
	pr := c.pr
	var provider string
	switch {
	case k.Provider != nil && k.Provider.Name != "":
		provider = c.fragment(at(c.path(k.Provider, "recipients", k.Provider.ID), ".name"), k.Provider.Name)
	case k.ProviderName != "":
		provider = c.fragment(at(path, ".provider_name"), k.ProviderName)
	}
	switch {
	case k.Party == policy.PartyFirst:
		return pr.Sprintf("us (first party)")
	case k.Party == policy.PartyThird && strings.HasSuffix(provider, ")"):
		// A name that ends in a parenthesis, such as "Yandex LLC
		// (Yandex Metrica)", takes the party after a comma, not in a
		// second parenthesis.
		if recipientPlural(provider, c.russian()) {
			return pr.Sprintf("%s, third parties", provider)
		}
		return pr.Sprintf("%s, a third party", provider)
	case k.Party == policy.PartyThird && provider != "":
		if recipientPlural(provider, c.russian()) {
			return pr.Sprintf("%s (third parties)", provider)
		}
		return pr.Sprintf("%s (third party)", provider)
	case k.Party == policy.PartyThird:
		return pr.Sprintf("a third party")
	case provider != "":
		return provider
	}
	return pr.Sprintf("not stated")
}

// lifetime states how long a cookie stays on the device.
func (c *composer) lifetime(l policy.Lifetime) string {
	pr := c.pr
	switch l.Expiry {
	case policy.ExpirySession:
		return pr.Sprintf("until the end of the browser session")
	case policy.ExpiryPeriod:
		if l.Period.Valid() {
			return c.period(l.Period)
		}
	case policy.ExpiryUntilCleared:
		return pr.Sprintf("until you clear it")
	}
	return pr.Sprintf("not stated")
}
