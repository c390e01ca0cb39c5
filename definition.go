package policy

// A Definition is a term of 152-FZ Art. 3 a policy defines for its
// readers, beside personal data, which every document defines. Russian
// policies open with these definitions; the document states each in the
// words of Art. 3.
type Definition uint8

// Terms of 152-FZ Art. 3, in the order of the article.
const (
	DefinitionOperator            Definition = iota + 1 // Art. 3(2): who organises or carries out processing and determines its purposes.
	DefinitionProcessing                                // Art. 3(3): any action with personal data, listed.
	DefinitionAutomatedProcessing                       // Art. 3(4): processing by computer.
	DefinitionDissemination                             // Art. 3(5): disclosure to an indefinite circle of persons.
	DefinitionProvision                                 // Art. 3(6): disclosure to a definite person or circle of persons.
	DefinitionBlocking                                  // Art. 3(7): temporary cessation of processing.
	DefinitionDestruction                               // Art. 3(8): actions after which the data cannot be restored.
	DefinitionDepersonalisation                         // Art. 3(9): actions after which data cannot be attributed to a person without more information.
	DefinitionInformationSystem                         // Art. 3(10): the databases and the technology that processes them.
	DefinitionCrossBorderTransfer                       // Art. 3(11): transfer to a foreign state's authority or a foreign person.
)

var definitionEnum = enum{"Definition",
	[]string{"", "operator", "processing", "automated_processing", "dissemination", "provision", "blocking", "destruction", "depersonalisation", "information_system", "cross_border_transfer"},
	[]string{"", "operator", "processing of personal data", "automated processing of personal data", "dissemination of personal data", "provision of personal data", "blocking of personal data", "destruction of personal data", "depersonalisation of personal data", "personal data information system", "cross-border transfer of personal data"}}

// Valid reports whether d is a defined term.
func (d Definition) Valid() bool { return definitionEnum.valid(uint8(d)) }

// Name returns the English term d defines, such as "operator".
func (d Definition) Name() string { return definitionEnum.name(uint8(d)) }

// String returns the stable identifier of d used in JSON.
func (d Definition) String() string { return definitionEnum.str(uint8(d)) }

// MarshalText implements [encoding.TextMarshaler].
func (d Definition) MarshalText() ([]byte, error) { return definitionEnum.marshal(uint8(d)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (d *Definition) UnmarshalText(b []byte) error {
	v, err := definitionEnum.unmarshal(b)
	*d = Definition(v)
	return err
}
