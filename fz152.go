package policy

// What Federal Law No. 152-FZ asks a policy to state for each purpose
// (Art. 18.1(1)(2) as amended by Federal Law No. 266-FZ of 14 July 2022,
// in force from 1 September 2022, and Roskomnadzor's recommendations on
// the content of the policy) and about the operator's notification of
// processing (Art. 22).

// A DataSubject names a category of data subjects, the people whose data a
// purpose processes (152-FZ Art. 18.1(1)(2)).
type DataSubject uint8

// Categories of data subjects.
const (
	DataSubjectUsers             DataSubject = iota + 1 // Users of the service's websites, apps and services.
	DataSubjectCustomers                                // Customers who buy or subscribe, and people acting for them.
	DataSubjectVisitors                                 // Visitors to the website who have no account.
	DataSubjectEmployees                                // The operator's employees.
	DataSubjectApplicants                               // Applicants for a job with the operator.
	DataSubjectCounterparties                           // Representatives and employees of the operator's counterparties.
	DataSubjectMessageRecipients                        // People who receive the service's messages without an account, such as subscribers to a newsletter.
	DataSubjectFormerEmployees                          // People who used to work for the operator, whose records it keeps.
	DataSubjectRelatives                                // Family members of employees, whose data employment law requires.
	DataSubjectThirdParties                             // People a user tells the service about, such as the recipient of a delivery.
	DataSubjectPremisesVisitors                         // People who visit the operator's premises, such as its stores or offices, whom its video cameras record.
)

var dataSubjectEnum = enum{"DataSubject",
	[]string{"", "users", "customers", "visitors", "employees", "applicants", "counterparties", "message_recipients", "former_employees", "relatives", "third_parties", "premises_visitors"},
	[]string{"",
		"users of our websites and services",
		"customers",
		"visitors to our websites",
		"our employees",
		"job applicants",
		"representatives and employees of our counterparties",
		"recipients of our messages",
		"our former employees",
		"family members of our employees",
		"other people whose data our users give us",
		"visitors to our premises"}}

// Valid reports whether s is a defined category of data subjects.
func (s DataSubject) Valid() bool { return dataSubjectEnum.valid(uint8(s)) }

// Name returns the English name of s, such as "job applicants".
func (s DataSubject) Name() string { return dataSubjectEnum.name(uint8(s)) }

// String returns the stable identifier of s used in JSON.
func (s DataSubject) String() string { return dataSubjectEnum.str(uint8(s)) }

// MarshalText implements [encoding.TextMarshaler].
func (s DataSubject) MarshalText() ([]byte, error) { return dataSubjectEnum.marshal(uint8(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *DataSubject) UnmarshalText(b []byte) error {
	v, err := dataSubjectEnum.unmarshal(b)
	*s = DataSubject(v)
	return err
}

// An Action is an action performed on personal data, as 152-FZ Art. 3(3)
// defines processing: the policy lists, for each purpose, the actions it
// performs (Roskomnadzor's recommendations on the policy's content; the
// notification of Art. 22(3) lists them too).
type Action uint8

// Actions on personal data, in the order of 152-FZ Art. 3(3).
const (
	ActionCollection        Action = iota + 1 // Collection (сбор).
	ActionRecording                           // Recording (запись).
	ActionSystematisation                     // Systematisation (систематизация).
	ActionAccumulation                        // Accumulation (накопление).
	ActionStorage                             // Storage (хранение).
	ActionClarification                       // Clarification: updating and changing (уточнение).
	ActionExtraction                          // Extraction (извлечение).
	ActionUse                                 // Use (использование).
	ActionTransfer                            // Transfer: distribution, provision and access (передача).
	ActionDepersonalisation                   // Depersonalisation (обезличивание).
	ActionBlocking                            // Blocking (блокирование).
	ActionDeletion                            // Deletion (удаление).
	ActionDestruction                         // Destruction (уничтожение).
)

// The names are gerunds ("collecting"), not the nouns of the statute's
// English translations ("collection"), so that they do not collide with
// the names of events in the document's catalog.
var actionEnum = enum{"Action",
	[]string{"", "collection", "recording", "systematisation", "accumulation", "storage", "clarification", "extraction", "use", "transfer", "depersonalisation", "blocking", "deletion", "destruction"},
	[]string{"",
		"collecting",
		"recording",
		"systematising",
		"accumulating",
		"storing",
		"clarifying (updating, changing)",
		"extracting",
		"using",
		"transferring (distributing, providing, giving access)",
		"depersonalising",
		"blocking",
		"deleting",
		"destroying"}}

// Actions returns every action of 152-FZ Art. 3(3), in the statute's
// order, for a purpose that performs them all.
func Actions() []Action {
	out := make([]Action, 0, len(actionEnum.key)-1)
	for a := ActionCollection; a.Valid(); a++ {
		out = append(out, a)
	}
	return out
}

// Valid reports whether a is a defined action.
func (a Action) Valid() bool { return actionEnum.valid(uint8(a)) }

// Name returns the English name of a, such as "storing".
func (a Action) Name() string { return actionEnum.name(uint8(a)) }

// String returns the stable identifier of a used in JSON, such as
// "storage".
func (a Action) String() string { return actionEnum.str(uint8(a)) }

// MarshalText implements [encoding.TextMarshaler].
func (a Action) MarshalText() ([]byte, error) { return actionEnum.marshal(uint8(a)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (a *Action) UnmarshalText(b []byte) error {
	v, err := actionEnum.unmarshal(b)
	*a = Action(v)
	return err
}

// A ProcessingMethod says whether data is processed with automation tools
// (152-FZ Art. 3(4), 18.1(1)(2)); processing without them is governed by
// Government Decree No. 687 of 15 September 2008.
type ProcessingMethod uint8

// Methods of processing.
const (
	ProcessingMethodAutomated    ProcessingMethod = iota + 1 // With automation tools (computers).
	ProcessingMethodNonAutomated                             // Without automation tools, such as paper records.
	ProcessingMethodMixed                                    // Both.
)

var processingMethodEnum = enum{"ProcessingMethod",
	[]string{"", "automated", "non_automated", "mixed"},
	[]string{"", "automated", "non-automated", "mixed (automated and non-automated)"}}

// Valid reports whether m is a defined method.
func (m ProcessingMethod) Valid() bool { return processingMethodEnum.valid(uint8(m)) }

// Name returns the English name of m, such as "automated".
func (m ProcessingMethod) Name() string { return processingMethodEnum.name(uint8(m)) }

// String returns the stable identifier of m used in JSON.
func (m ProcessingMethod) String() string { return processingMethodEnum.str(uint8(m)) }

// MarshalText implements [encoding.TextMarshaler].
func (m ProcessingMethod) MarshalText() ([]byte, error) {
	return processingMethodEnum.marshal(uint8(m))
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (m *ProcessingMethod) UnmarshalText(b []byte) error {
	v, err := processingMethodEnum.unmarshal(b)
	*m = ProcessingMethod(v)
	return err
}

// An OperatorRegister is the operator's entry in the register of operators
// that Roskomnadzor keeps (152-FZ Art. 22): an operator notifies
// Roskomnadzor of its intention to process personal data before it starts
// (Art. 22(1)) and is entered in the register under a number, unless the
// processing falls under an exemption of Art. 22(2). The zero value states
// neither.
type OperatorRegister struct {
	// Number is the operator's registration number in the register, such
	// as "77-21-012345"; it is stated as it is, untranslated.
	Number string
	// Notified is the day the notification of Art. 22(1) was sent.
	Notified Date
	// Exempt states that the operator processes personal data without
	// notifying Roskomnadzor, under an exemption of Art. 22(2) (such as
	// processing required by labour law only). Federal Law No. 266-FZ
	// narrowed the exemptions from 1 September 2022; the library does not
	// check which one applies.
	Exempt bool
}

// IsZero reports whether r states nothing.
func (r OperatorRegister) IsZero() bool { return r == OperatorRegister{} }
