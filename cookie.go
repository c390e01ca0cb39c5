package policy

// A Cookie is a cookie or a similar technology (local storage, a pixel, a
// software development kit) that the service or a third party sets on the
// user's device, declared with who sets it, why, for how long, and whether
// it is strictly necessary (ePrivacy Directive Art. 5(3), UK PECR reg. 6).
type Cookie struct {
	// ID is a stable identifier, such as "session".
	ID string
	// Name is the cookie's name, or a pattern of names such as "_ga_*".
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Name string
	// Technology says what kind of technology it is; zero means a cookie.
	Technology Technology
	// Party says whether the service itself (first party) or another
	// organisation (third party) sets and reads it.
	Party Party
	// Provider is the declared recipient that sets a third-party cookie;
	// ProviderName names the provider instead where it is not a declared
	// recipient.
	Provider     *Recipient
	ProviderName string
	// Purpose is the declared purpose the cookie serves.
	Purpose *Purpose
	// Categories are the declared categories of data the cookie holds or
	// collects.
	Categories []*Category
	// Lifetime says how long the cookie stays on the device.
	Lifetime Lifetime
	// StrictlyNecessary reports that the cookie is strictly necessary to
	// provide the service the user asked for, and so is set without
	// consent; false means Consent says how it comes to be set.
	StrictlyNecessary bool
	// Consent says how a cookie that is not strictly necessary comes to
	// be set: only with the user's consent (opt-in), or unless the user
	// opts out, as US law allows. Zero means not stated: the document
	// then says that the cookie is set with consent only where a law of
	// Policy.Laws requires it (the ePrivacy Directive and PECR, which
	// accompany the GDPR and the UK GDPR), and otherwise says nothing of
	// consent.
	Consent CookieConsent
	// Note adds a sentence.
	// Shape: one or more sentences, each ending with a stop.
	Note string
}

// A CookieConsent says how a cookie that is not strictly necessary comes
// to be set on the user's device.
type CookieConsent uint8

// Ways a cookie comes to be set.
const (
	CookieConsentOptIn  CookieConsent = iota + 1 // Only after the user consents; the consent can be withdrawn.
	CookieConsentOptOut                          // Unless the user opts out.
	// CookieConsentExemptStatistics is a cookie that is not strictly
	// necessary but that the law lets the service set without consent
	// because it serves only to measure the audience of the service
	// itself, with the user able to object: the exemption for audience
	// measurement of France's CNIL (délibération n° 2020-091, under
	// Art. 82 of Loi n° 78-17) and PECR reg. 6(2A) as the Data (Use and
	// Access) Act 2025 amended it (statistical purposes). The cookie is
	// the service's own or set by its processor, and its data is not
	// combined with other data nor passed to third parties.
	CookieConsentExemptStatistics
)

var cookieConsentEnum = enum{"CookieConsent",
	[]string{"", "opt_in", "opt_out", "exempt_statistics"},
	[]string{"", "set only with your consent", "set unless you opt out", "set without consent to measure our audience, unless you object"}}

// Valid reports whether k is a defined way a cookie comes to be set.
func (k CookieConsent) Valid() bool { return cookieConsentEnum.valid(uint8(k)) }

// Name returns the English name of k.
func (k CookieConsent) Name() string { return cookieConsentEnum.name(uint8(k)) }

// String returns the stable identifier of k used in JSON.
func (k CookieConsent) String() string { return cookieConsentEnum.str(uint8(k)) }

// MarshalText implements [encoding.TextMarshaler].
func (k CookieConsent) MarshalText() ([]byte, error) { return cookieConsentEnum.marshal(uint8(k)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *CookieConsent) UnmarshalText(b []byte) error {
	v, err := cookieConsentEnum.unmarshal(b)
	*k = CookieConsent(v)
	return err
}

// ThirdParty reports whether c is set by a third party.
func (c *Cookie) ThirdParty() bool { return c != nil && c.Party == PartyThird }

// A Party says who sets a cookie.
type Party uint8

// Parties that set cookies.
const (
	PartyFirst Party = iota + 1 // Set and read by the service itself.
	PartyThird                  // Set and read by another organisation.
)

var partyEnum = enum{"Party", []string{"", "first", "third"}, []string{"", "first-party", "third-party"}}

// Valid reports whether p is a defined party.
func (p Party) Valid() bool { return partyEnum.valid(uint8(p)) }

// Name returns the English name of p.
func (p Party) Name() string { return partyEnum.name(uint8(p)) }

// String returns the stable identifier of p used in JSON.
func (p Party) String() string { return partyEnum.str(uint8(p)) }

// MarshalText implements [encoding.TextMarshaler].
func (p Party) MarshalText() ([]byte, error) { return partyEnum.marshal(uint8(p)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (p *Party) UnmarshalText(b []byte) error {
	v, err := partyEnum.unmarshal(b)
	*p = Party(v)
	return err
}

// A Technology is a kind of technology that stores or reads information on
// the user's device.
type Technology uint8

// Technologies similar to cookies.
const (
	TechnologyCookie       Technology = iota + 1 // An HTTP cookie.
	TechnologyLocalStorage                       // The browser's local or session storage.
	TechnologyPixel                              // A pixel, web beacon or tag that reports a visit.
	TechnologySDK                                // A software development kit in a mobile app.
)

var technologyEnum = enum{"Technology",
	[]string{"", "cookie", "local_storage", "pixel", "sdk"},
	[]string{"", "cookie", "local storage", "pixel or web beacon", "software development kit"}}

// Valid reports whether t is a defined technology.
func (t Technology) Valid() bool { return technologyEnum.valid(uint8(t)) }

// Name returns the English name of t.
func (t Technology) Name() string { return technologyEnum.name(uint8(t)) }

// String returns the stable identifier of t used in JSON.
func (t Technology) String() string { return technologyEnum.str(uint8(t)) }

// MarshalText implements [encoding.TextMarshaler].
func (t Technology) MarshalText() ([]byte, error) { return technologyEnum.marshal(uint8(t)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (t *Technology) UnmarshalText(b []byte) error {
	v, err := technologyEnum.unmarshal(b)
	*t = Technology(v)
	return err
}

// A Lifetime says how long a cookie stays on the device. Its zero value
// means "not stated". Build one with [SessionOnly], [Expires] or
// [UntilCleared].
type Lifetime struct {
	Expiry Expiry
	// Period is how long the cookie lasts after it is set; used with
	// ExpiryPeriod.
	Period Period
}

// IsZero reports whether l states nothing.
func (l Lifetime) IsZero() bool { return l == Lifetime{} }

// SessionOnly returns the Lifetime of a cookie deleted when the browser is
// closed.
func SessionOnly() Lifetime { return Lifetime{Expiry: ExpirySession} }

// Expires returns the Lifetime of a cookie that expires period p after it
// is set.
func Expires(p Period) Lifetime { return Lifetime{Expiry: ExpiryPeriod, Period: p} }

// UntilCleared returns the Lifetime of stored data that stays until the
// user clears it, as local storage does.
func UntilCleared() Lifetime { return Lifetime{Expiry: ExpiryUntilCleared} }

// An Expiry says when a cookie ends.
type Expiry uint8

// Kinds of cookie lifetime.
const (
	ExpirySession      Expiry = iota + 1 // When the browser session ends.
	ExpiryPeriod                         // A Period after it is set.
	ExpiryUntilCleared                   // When the user clears it.
)

var expiryEnum = enum{"Expiry",
	[]string{"", "session", "period", "until_cleared"},
	[]string{"", "until the end of the browser session", "for a period", "until you clear it"}}

// Valid reports whether e is a defined expiry.
func (e Expiry) Valid() bool { return expiryEnum.valid(uint8(e)) }

// Name returns the English name of e.
func (e Expiry) Name() string { return expiryEnum.name(uint8(e)) }

// String returns the stable identifier of e used in JSON.
func (e Expiry) String() string { return expiryEnum.str(uint8(e)) }

// MarshalText implements [encoding.TextMarshaler].
func (e Expiry) MarshalText() ([]byte, error) { return expiryEnum.marshal(uint8(e)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (e *Expiry) UnmarshalText(b []byte) error {
	v, err := expiryEnum.unmarshal(b)
	*e = Expiry(v)
	return err
}

// Signals says how the service answers the privacy signals a browser
// sends. Each Answer's zero value means "not stated".
type Signals struct {
	// DoNotTrack says whether the service honours the Do Not Track header
	// (the California Online Privacy Protection Act, Bus. & Prof. Code
	// 22575(b)(5), asks a policy to say).
	DoNotTrack Answer
	// GlobalPrivacyControl says whether the service treats Global
	// Privacy Control and other opt-out preference signals as a request
	// to opt out of the sale and sharing of personal information (Cal.
	// Code Regs. tit. 11, 7025).
	GlobalPrivacyControl Answer
}

// IsZero reports whether s states nothing.
func (s Signals) IsZero() bool { return s == Signals{} }
