package policy

import (
	"net/mail"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// contacts checks the parties and the ways to reach them: the controller,
// the DPO, the person responsible for the processing, the representatives and the policy's contact, with their email
// addresses and websites, and the policy's URL.
func (v *validator) contacts() {
	p := v.p
	c := p.Controller
	if c.Name == "" {
		v.add(SeverityError, RuleMissingController, "controller.name", "the controller (the organisation responsible for the processing) is not named")
	}
	if c.Email == "" && c.Address == "" {
		v.add(SeverityError, RuleMissingContact, "controller", "the controller has neither an email nor a postal address; users need a way to reach it")
	}
	v.contact("controller", c.Contact)
	if c.Country != (language.Region{}) {
		v.region("controller.country", c.Country)
	}
	if p.DPO != nil {
		// Art. 37(7) asks for contact details that let people reach
		// the DPO easily; besides email and post, the Article 29
		// Working Party's DPO guidelines (WP243) name a dedicated
		// telephone number or contact form.
		if d := p.DPO; d.Email == "" && d.Address == "" && d.Phone == "" && d.Website == "" {
			v.add(SeverityError, RuleMissingContact, "dpo", "the data protection officer has no email, postal address, telephone number or contact form")
		}
		v.contact("dpo", *p.DPO)
	}
	if p.Responsible != nil {
		if p.Responsible.Name == "" {
			// Many policies give the role and its contact only; the
			// document then says how to reach the person.
			v.add(SeverityWarning, RuleMissingName, "responsible.name", "the person responsible for organising the processing of personal data is not named; the document gives only the contact")
		}
		if p.Responsible.Email == "" && p.Responsible.Address == "" {
			v.add(SeverityError, RuleMissingContact, "responsible", "the person responsible for organising the processing of personal data has neither an email nor a postal address")
		}
		v.contact("responsible", *p.Responsible)
	}
	for i, r := range p.Representatives {
		path := index("representatives", i)
		v.region(path+".region", r.Region)
		if r.Contact.Name == "" {
			v.add(SeverityError, RuleMissingName, path+".contact.name", "the representative is not named")
		}
		v.contact(path+".contact", r.Contact)
	}
	v.contact("contact", p.Contact)
	if p.URL != "" {
		v.url("url", p.URL)
	}
}

func (v *validator) contact(path string, c Contact) {
	if c.Email != "" && !plainAddress(c.Email) {
		v.add(SeverityError, RuleInvalidEmail, path+".email", "%q is not a plain email address such as privacy@example.com (no name, brackets or ?, #, %%, & parameters)", clip(c.Email))
	}
	if c.Website != "" {
		v.url(path+".website", c.Website)
	}
}

func (v *validator) url(path, s string) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		v.add(SeverityError, RuleInvalidURL, path, "%q is not an absolute http or https URL", clip(s))
	}
}

// plainAddress reports whether s is a plain addr-spec, local@domain, that
// is safe to put in a mailto: link as it is: net/mail parses it to itself
// (no display name, angle brackets, comments or quoting), its local part
// holds none of the URI delimiters '?', '#', '%' and '&', and its domain is
// a host name of letters, digits and hyphens.
func plainAddress(s string) bool {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return false
	}
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return false
	}
	local, domain := s[:at], s[at+1:]
	if strings.ContainsAny(local, "?#%&\"\\") {
		return false
	}
	return hostName(domain)
}

// hostName reports whether s is a DNS host name: dot-separated labels of
// letters (internationalised ones too), digits and inner hyphens, each at
// most 63 bytes.
func hostName(s string) bool {
	if s == "" || len(s) > 253 {
		return false
	}
	for label := range strings.SplitSeq(s, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, r := range label {
			switch {
			case r == utf8.RuneError:
				return false
			case r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r):
				return false
			}
		}
	}
	return true
}
