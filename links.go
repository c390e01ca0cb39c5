package policy

// Links are addresses of pages the policy refers to, each an absolute
// http or https URL; empty means there is none.
type Links struct {
	// Subprocessors is the list of the service's subprocessors.
	Subprocessors string
	// Security is the overview of the service's security practices.
	Security string
	// CookieSettings is where the user changes their cookie choices.
	CookieSettings string
	// RequestForm is the form for requests to exercise a right.
	RequestForm string
	// Vendors is the list of the vendors and partners that receive data,
	// with the purposes for which each uses it, kept outside the policy,
	// such as a consent manager's vendor list (the IAB TCF's Global
	// Vendor List) or a privacy center.
	Vendors string
	// Recommendations is the page that sets out how the service's
	// recommendation technologies select the information shown to the
	// user: the rules for applying recommendation technologies that
	// Federal Law No. 149-FZ, Art. 10.2-2, asks a Russian website or app
	// to publish, or the main parameters of a recommender system that
	// Art. 27 of the EU Digital Services Act asks an online platform to
	// set out.
	Recommendations string
}

// IsZero reports whether l states nothing.
func (l Links) IsZero() bool { return l == Links{} }
