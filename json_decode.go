package policy

import (
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/go-json-experiment/json/jsontext"
	"golang.org/x/text/language"
)

// The decoder reads the JSON form in one streaming pass over the tokens of
// jsontext, which checks the syntax, rejects duplicate names and invalid
// UTF-8 (including lone surrogates), and tracks the JSON Pointer of every
// value. Each wire type has a hand-written method that accepts exactly its
// fields, so the first unknown field, wrong type or value too deep is
// reported as soon as it is read, without holding any part of the input
// beyond the current token. TestDecoderKnowsWireFields keeps the methods
// in step with the wire types' json tags.

// errTooLarge is returned by limitReader once the input exceeds its limit.
var errTooLarge = errors.New("input too large")

// limitReader reads at most n bytes from r and then fails with
// errTooLarge if r has more. It remembers the first bytes read, to name a
// byte order mark.
type limitReader struct {
	r    io.Reader
	n    int64 // bytes still allowed
	head []byte
	over bool
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.over {
		return 0, errTooLarge
	}
	if int64(len(p)) > l.n+1 {
		p = p[:l.n+1]
	}
	k, err := l.r.Read(p)
	if int64(k) > l.n {
		// One byte past the limit: the input is too large.
		k = int(l.n)
		l.over = true
		err = nil
	}
	l.n -= int64(k)
	if len(l.head) < 3 {
		l.head = append(l.head, p[:min(k, 3-len(l.head))]...)
	}
	return k, err
}

// decodeState holds one decoding in progress.
type decodeState struct {
	dec      *jsontext.Decoder
	in       *limitReader
	maxBytes int64
	maxDepth int
	scratch  []byte
	names    [][]byte // the member name being read, by depth
	strs     []string // the elements of the list of strings being read

	// built counts the bytes of memory that the policy read so far takes,
	// in the model and in the wire values that fromWire converts; decoding
	// fails once it exceeds expansion times the input read plus
	// ExpansionSlack (see budget).
	built     int64
	expansion int64

	decoded
}

// decoded holds the declarations that are read straight into the model,
// a policy's largest lists: a wire copy of each, converted afterwards,
// would double the memory that decoding takes. References, which may name
// declarations later in the input, are kept as IDs until fromWire
// resolves them.
type decoded struct {
	categories []*Category
	purposes   []purposeDecl
	recipients []recipientDecl
	derived    []derivedDecl
}

// A derivedDecl holds the IDs of the categories that categories[i] is
// derived from (Category.DerivedFrom).
type derivedDecl struct {
	i   int
	ids []string
}

// A purposeDecl is a purpose and the IDs of its references.
type purposeDecl struct {
	p                      *Purpose
	categories, recipients []string
}

// A recipientDecl is a recipient and the IDs of its categories.
type recipientDecl struct {
	r          *Recipient
	categories []string
}

func (d Decoder) decode(r io.Reader) (*Policy, error) {
	p, _, err := d.decodeCounting(r)
	return p, err
}

// decodeCounting decodes like decode and also returns the bytes of memory
// the budget counted.
func (d Decoder) decodeCounting(r io.Reader) (*Policy, int64, error) {
	maxBytes, maxDepth, expansion := d.MaxBytes, d.MaxDepth, d.MaxExpansion
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if maxDepth <= 0 {
		maxDepth = DefaultMaxDepth
	}
	if expansion <= 0 {
		expansion = DefaultMaxExpansion
	}
	in := &limitReader{r: r, n: maxBytes, head: make([]byte, 0, 3)}
	s := &decodeState{dec: jsontext.NewDecoder(in), in: in, maxBytes: maxBytes, maxDepth: maxDepth, expansion: int64(expansion)}
	var w policyJSON
	if err := s.policy(&w); err != nil {
		return nil, s.built, resolved(err)
	}
	end := s.dec.InputOffset()
	if _, err := s.dec.ReadToken(); err != io.EOF {
		if err = s.ioErr(err); err != nil {
			return nil, s.built, err
		}
		return nil, s.built, decodeErr("", "unexpected data after the policy object, which ends at byte %d", end)
	}
	p, err := fromWire(&w, &s.decoded)
	return p, s.built, err
}

// ioErr turns a failure to read the input into a DecodeError, or returns
// nil if err is not one.
func (s *decodeState) ioErr(err error) error {
	if errors.Is(err, errTooLarge) {
		return decodeErr("", "input exceeds the limit of %d bytes (Decoder.MaxBytes)", s.maxBytes)
	}
	var se *jsontext.SyntacticError
	if err == nil || errors.As(err, &se) || err == io.EOF {
		return nil
	}
	return &DecodeError{Err: fmt.Errorf("reading input: %w", err)}
}

// wrap turns an error of jsontext into a DecodeError.
func (s *decodeState) wrap(err error) error {
	if err == nil {
		return nil
	}
	if e := s.ioErr(err); e != nil {
		return e
	}
	var se *jsontext.SyntacticError
	if !errors.As(err, &se) {
		// io.EOF before the first token: the input is empty.
		return &DecodeError{Err: fmt.Errorf("unexpected end of input at byte %d", s.dec.InputOffset())}
	}
	ptr := string(se.JSONPointer)
	path := s.pathOf(se.JSONPointer)
	de := &DecodeError{Path: path, Pointer: ptr}
	switch {
	case errors.Is(se.Err, io.ErrUnexpectedEOF):
		de.Err = fmt.Errorf("unexpected end of input at byte %d", se.ByteOffset)
	case se.Err == jsontext.ErrDuplicateName:
		de.Err = fmt.Errorf("duplicate key %q", se.JSONPointer.LastToken())
	case se.ByteOffset == 0 && bytes.HasPrefix(s.in.head, []byte("\xef\xbb\xbf")):
		de.Err = errors.New("input begins with a byte order mark (U+FEFF); JSON text must not (RFC 8259, section 8.1): save the file as UTF-8 without BOM")
	case strings.Contains(se.Err.Error(), "invalid UTF-8"):
		de.Err = fmt.Errorf("invalid UTF-8 in a string at byte %d: JSON text must be UTF-8", se.ByteOffset)
	default:
		de.Err = fmt.Errorf("invalid JSON at byte %d: %w", se.ByteOffset, se.Err)
	}
	return de
}

// pathOf turns a JSON Pointer into the path form of messages, such as
// "purposes[2].categories[0]", using the kinds on the decoder's stack to
// tell array indices from object names.
func (s *decodeState) pathOf(ptr jsontext.Pointer) string {
	var b strings.Builder
	level := 1
	for tok := range ptr.Tokens() {
		kind := jsontext.Kind('{')
		if level <= s.dec.StackDepth() {
			kind, _ = s.dec.StackIndex(level)
		}
		if kind == '[' {
			b.WriteByte('[')
			b.WriteString(tok)
			b.WriteByte(']')
		} else {
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(shorten(tok))
		}
		level++
	}
	return b.String()
}

// fail reports a problem with the value read last. The error is relative
// to that value: each enclosing object and array adds its member name or
// index on the way out (see within), which costs nothing while decoding
// succeeds.
func (s *decodeState) fail(format string, args ...any) error {
	return &DecodeError{Err: fmt.Errorf(format, args...), rel: true}
}

// within adds the member name or the array index that err happened in,
// if err is relative.
func within(err error, name []byte, index int) error {
	de, ok := err.(*DecodeError)
	if !ok || !de.rel {
		return err
	}
	if name != nil {
		de.segs = append(de.segs, pathSeg{name: string(name)})
	} else {
		de.segs = append(de.segs, pathSeg{index: index, isIndex: true})
	}
	return de
}

// resolved fills in the Path and Pointer of a relative error.
func resolved(err error) error {
	de, ok := err.(*DecodeError)
	if !ok || !de.rel {
		return err
	}
	var path, ptr strings.Builder
	for i := len(de.segs) - 1; i >= 0; i-- {
		sg := de.segs[i]
		ptr.WriteByte('/')
		if sg.isIndex {
			path.WriteString("[" + strconv.Itoa(sg.index) + "]")
			ptr.WriteString(strconv.Itoa(sg.index))
			continue
		}
		if path.Len() > 0 {
			path.WriteByte('.')
		}
		path.WriteString(shorten(sg.name))
		ptr.WriteString(strings.NewReplacer("~", "~0", "/", "~1").Replace(sg.name))
	}
	de.Path, de.Pointer, de.segs, de.rel = path.String(), ptr.String(), nil, false
	return de
}

// A pathSeg is a member name or an array index in a path.
type pathSeg struct {
	name    string
	index   int
	isIndex bool
}

var kindNames = map[jsontext.Kind]string{'n': "null", 'f': "a boolean", 't': "a boolean", '"': "a string", '0': "a number", '[': "an array", '{': "an object"}

// expect peeks at the next value and fails unless it is of kind want,
// described by desc. A value of another kind is reported at its own path:
// only its first token is read, so a wrong array of any length costs
// nothing more.
func (s *decodeState) expect(want jsontext.Kind, desc string) error {
	k := s.dec.PeekKind()
	if k == want || want == 't' && k == 'f' {
		return nil
	}
	if _, err := s.dec.ReadToken(); err != nil {
		return s.wrap(err)
	}
	if k == 'n' {
		return s.fail("null is not allowed; omit the field instead")
	}
	return s.fail("got %s, want %s", kindNames[k], desc)
}

// begin reads the start of an object or array, checking the depth limit.
func (s *decodeState) begin(want jsontext.Kind, desc string) error {
	if err := s.expect(want, desc); err != nil {
		return err
	}
	if _, err := s.dec.ReadToken(); err != nil {
		return s.wrap(err)
	}
	if s.dec.StackDepth() > s.maxDepth {
		return s.fail("nesting exceeds the limit of %d levels (Decoder.MaxDepth)", s.maxDepth)
	}
	return nil
}

// end reads the end of an object or array.
func (s *decodeState) end() error {
	_, err := s.dec.ReadToken()
	return s.wrap(err)
}

// object reads an object, calling field for each member name; field reads
// the value.
func (s *decodeState) object(field func(name []byte) error) error {
	if err := s.begin('{', "an object"); err != nil {
		return err
	}
	depth := s.dec.StackDepth()
	for len(s.names) <= depth {
		s.names = append(s.names, nil)
	}
	for s.dec.PeekKind() != '}' {
		v, err := s.dec.ReadValue()
		if err != nil {
			return s.wrap(err)
		}
		// A copy, kept per depth, that the reads of the value leave intact.
		s.names[depth] = append(s.names[depth][:0], s.unquote(v)...)
		name := s.names[depth]
		if err := field(name); err != nil {
			return within(err, name, 0)
		}
	}
	return s.end()
}

// unknown reports an unknown field name.
func (s *decodeState) unknown(name []byte) error {
	if len(name) > maxQuoted {
		name = name[:maxQuoted+utf8.UTFMax] // shorten cuts it to whole runes
	}
	return s.fail("unknown field %q", shorten(string(name)))
}

// unquote returns the content of the string value v, which is valid only
// until the next read.
func (s *decodeState) unquote(v jsontext.Value) []byte {
	raw := v[1 : len(v)-1]
	if bytes.IndexByte(raw, '\\') < 0 {
		return raw
	}
	// jsontext has already checked the escapes.
	s.scratch, _ = jsontext.AppendUnquote(s.scratch[:0], v)
	return s.scratch
}

// rawString reads a string value; the result is valid only until the next
// read.
func (s *decodeState) rawString() ([]byte, error) {
	if err := s.expect('"', "a string"); err != nil {
		return nil, err
	}
	v, err := s.dec.ReadValue()
	if err != nil {
		return nil, s.wrap(err)
	}
	return s.unquote(v), nil
}

func (s *decodeState) str(dst *string) error {
	b, err := s.rawString()
	*dst = string(b)
	s.built += stringBytes(len(b))
	return err
}

// stringBytes is the memory that a string of n bytes takes beyond its
// header: the allocator rounds it up to a multiple of 8.
func stringBytes(n int) int64 { return int64(n+7) &^ 7 }

// id reads a declaration ID, which must be empty or satisfy [ValidID]: an
// ID reaches anchors and headings of the rendered documents.
func (s *decodeState) id(dst *string) error {
	b, err := s.rawString()
	if err != nil {
		return err
	}
	if len(b) > 0 && !ValidID(string(b)) {
		return s.fail("invalid id %q: want a dot path of lowercase words, digits, '_' and '-', such as \"account.email\", at most 128 bytes", shorten(string(b)))
	}
	*dst = string(b)
	s.built += stringBytes(len(b))
	return nil
}

// text reads a string into a value that parses itself, such as an enum,
// a Date or a Period.
func (s *decodeState) text(dst encoding.TextUnmarshaler) error {
	b, err := s.rawString()
	if err != nil {
		return err
	}
	if len(b) > maxTextValue {
		// No enum key, date or period is this long; quoting all of it in
		// the parser's error would cost more than reading it.
		return s.fail("%q is too long to be valid (%d bytes)", shorten(string(b[:maxQuoted+utf8.UTFMax])), len(b))
	}
	if err := dst.UnmarshalText(b); err != nil {
		return &DecodeError{Err: err, rel: true}
	}
	return nil
}

func (s *decodeState) boolean(dst *bool) error {
	if err := s.expect('t', "true or false"); err != nil {
		return err
	}
	v, err := s.dec.ReadValue()
	*dst = v.Kind() == 't'
	return s.wrap(err)
}

func (s *decodeState) integer(dst *int) error {
	if err := s.expect('0', "a whole number"); err != nil {
		return err
	}
	v, err := s.dec.ReadValue()
	if err != nil {
		return s.wrap(err)
	}
	i, err := strconv.ParseInt(string(v), 10, 32)
	if err != nil {
		return s.fail("%s is not a whole number in range", shorten(string(v)))
	}
	*dst = int(i)
	return nil
}

// decodeArray reads an array, appending each element to *dst with elem.
// It counts the memory of the slice towards the budget, every backing
// array that appending allocates (those it leaves behind stay in the heap
// until the garbage collector runs), and checks the budget after each
// element, since many short elements are the way a short input can make
// a large model.
func decodeArray[T any](s *decodeState, dst *[]T, elem func(*T) error) error {
	if err := s.begin('[', "an array"); err != nil {
		return err
	}
	for s.dec.PeekKind() != ']' {
		var zero T
		c := cap(*dst)
		*dst = append(*dst, zero)
		if cap(*dst) != c {
			s.built += int64(cap(*dst)) * int64(unsafe.Sizeof(zero))
		}
		i := len(*dst) - 1
		if err := elem(&(*dst)[i]); err != nil {
			return within(err, nil, i)
		}
		if err := s.budget(); err != nil {
			return within(err, nil, i)
		}
	}
	return s.end()
}

// budget fails if the policy read so far takes more memory than the input
// read so far allows.
func (s *decodeState) budget() error {
	read := s.dec.InputOffset()
	if s.built <= s.expansion*read+ExpansionSlack {
		return nil
	}
	return s.fail("the policy takes more than %d bytes of memory for its first %d bytes of JSON, over the limit of %d times the input plus %d bytes; "+
		"declarations this short are unusual in a policy: raise Decoder.MaxExpansion to accept them",
		s.expansion*read+ExpansionSlack, read, s.expansion, ExpansionSlack)
}

// Memory counted for a declaration beyond its struct: its slot in the map
// of IDs that fromWire resolves references with, and its pointer in the
// model's list.
const (
	idSlotBytes  = 48
	pointerBytes = int64(unsafe.Sizeof((*Category)(nil)))
)

// strings reads a list of strings into a slice of exactly its length,
// through the reused s.strs, so that a list of a few strings (the common
// case) is one allocation instead of one per doubling.
func (s *decodeState) strings(dst *[]string) error {
	s.strs = s.strs[:0]
	err := decodeArray(s, &s.strs, s.str)
	if err == nil && len(s.strs) > 0 {
		*dst = append([]string(nil), s.strs...)
		s.built += int64(cap(*dst)) * int64(unsafe.Sizeof(""))
	}
	clear(s.strs)
	return err
}

// refs reads a list of IDs that fromWire resolves into a list of pointers.
func (s *decodeState) refs(dst *[]string) error {
	err := s.strings(dst)
	s.built += int64(len(*dst)) * pointerBytes
	return err
}

// texts reads an array of values that parse themselves.
func decodeTexts[T any, PT interface {
	*T
	encoding.TextUnmarshaler
}](s *decodeState, dst *[]T) error {
	return decodeArray(s, dst, func(v *T) error { return s.text(PT(v)) })
}

func (s *decodeState) policy(w *policyJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "title":
			return s.str(&w.Title)
		case "controller":
			return s.controller(&w.Controller)
		case "dpo":
			w.DPO = new(contactJSON)
			return s.contact(w.DPO)
		case "responsible":
			w.Responsible = new(contactJSON)
			return s.contact(w.Responsible)
		case "representatives":
			return decodeArray(s, &w.Representatives, s.representative)
		case "representative_exempt":
			return decodeTexts(s, &w.RepExempt)
		case "establishments":
			return decodeArray(s, &w.Establishments, s.establishment)
		case "operator_register": // 152-FZ Art. 22
			return s.operatorRegister(&w.OperatorRegister)
		case "version":
			return s.str(&w.Version)
		case "effective":
			return s.text(&w.Effective)
		case "updated":
			return s.text(&w.Updated)
		case "url":
			return s.str(&w.URL)
		case "language":
			return s.str(&w.Language)
		case "laws":
			return decodeTexts(s, &w.Laws)
		case "legal_acts":
			return decodeArray(s, &w.LegalActs, s.act)
		case "definitions":
			return decodeTexts(s, &w.Definitions)
		case "scope":
			return s.strings(&w.Scope)
		case "customer_data":
			return s.customerData(&w.CustomerData)
		case "other_notices":
			return decodeArray(s, &w.OtherNotices, s.notice)
		case "introduction":
			return s.strings(&w.Introduction)
		case "acknowledgement":
			return s.boolean(&w.Acknowledgement)
		case "principles":
			return decodeTexts(s, &w.Principles)
		case "commitments":
			return decodeTexts(s, &w.Commitments)
		case "categories":
			return decodeArray(s, &s.categories, s.category)
		case "storage":
			return decodeArray(s, &w.Storage, s.storage)
		case "not_collected":
			return decodeArray(s, &w.NotCollected, s.exclusion)
		case "purposes":
			return decodeArray(s, &s.purposes, s.purpose)
		case "recipients":
			return decodeArray(s, &s.recipients, s.recipient)
		case "transfers":
			return decodeArray(s, &w.Transfers, s.transfer)
		case "disclosures":
			return decodeArray(s, &w.Disclosures, s.disclosure)
		case "deletion":
			return decodeArray(s, &w.Deletion, s.deletion)
		case "termination":
			return decodeTexts(s, &w.Termination)
		case "cookies":
			return decodeArray(s, &w.Cookies, s.cookie)
		case "signals":
			return s.signals(&w.Signals)
		case "rights":
			return decodeArray(s, &w.Rights, s.right)
		case "requests":
			return s.requests(&w.Requests)
		case "redress":
			return decodeArray(s, &w.Redress, s.redress)
		case "no_automated_decisions":
			return s.boolean(&w.NoAutomated)
		case "ccpa":
			return s.ccpa(&w.CCPA)
		case "incentives":
			return decodeArray(s, &w.Incentives, s.incentive)
		case "us_states":
			return s.usStates(&w.USStates)
		case "glba":
			return s.glba(&w.GLBA)
		case "security":
			return decodeArray(s, &w.Security, s.measure)
		case "safety_tips":
			return decodeTexts(s, &w.SafetyTips)
		case "external":
			return decodeTexts(s, &w.External)
		case "security_caveat":
			return s.boolean(&w.SecurityCaveat)
		case "user_duties":
			return decodeTexts(s, &w.UserDuties)
		case "links":
			return s.links(&w.Links)
		case "children":
			return s.children(&w.Children)
		case "changes":
			return s.changes(&w.Changes)
		case "contact":
			return s.contact(&w.Contact)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) controller(c *controllerJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "name":
			return s.str(&c.Name)
		case "email":
			return s.str(&c.Email)
		case "phone":
			return s.str(&c.Phone)
		case "address":
			return s.str(&c.Address)
		case "website":
			return s.str(&c.Website)
		case "registration":
			return s.str(&c.Registration)
		case "country":
			return s.str(&c.Country)
		case "individual":
			return s.boolean(&c.Individual)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) contact(c *contactJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "name":
			return s.str(&c.Name)
		case "email":
			return s.str(&c.Email)
		case "phone":
			return s.str(&c.Phone)
		case "address":
			return s.str(&c.Address)
		case "website":
			return s.str(&c.Website)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) representative(r *representativeJSON) error {
	s.built += int64(unsafe.Sizeof(Representative{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "region":
			return s.str(&r.Region)
		case "contact":
			return s.contact(&r.Contact)
		}
		return s.unknown(name)
	})
}

// category reads a category into a new model value: the fields of
// categoryJSON, with the regions of its storage parsed as they are read.
func (s *decodeState) category(dst **Category) error {
	c := new(Category)
	*dst = c
	s.built += int64(unsafe.Sizeof(*c)) + idSlotBytes
	var public, visibility bool
	err := s.object(func(name []byte) error {
		switch string(name) {
		case "id":
			return s.id(&c.ID)
		case "name":
			return s.str(&c.Name)
		case "items":
			return s.strings(&c.Items)
		case "description":
			return s.str(&c.Description)
		case "sensitivity":
			return s.text(&c.Sensitivity)
		case "sources":
			return decodeTexts(s, &c.Sources)
		case "source_detail":
			return s.str(&c.SourceDetail)
		case "derived_from":
			// Resolved by fromWire, once every category is read.
			d := derivedDecl{i: len(s.categories) - 1}
			err := s.refs(&d.ids)
			s.derived = append(s.derived, d)
			return err
		case "storage":
			return decodeArray(s, &c.Storage, s.storageRegions)
		case "retention":
			return s.retention((*retentionJSON)(&c.Retention))
		case "linked":
			return s.boolean(&c.Linked)
		case "tracking":
			return s.boolean(&c.Tracking)
		case "biometric":
			return s.boolean(&c.Biometric)
		case "criminal":
			return s.boolean(&c.Criminal)
		case "visibility":
			visibility = true
			return s.text(&c.Visibility)
		case "on_device":
			return s.text(&c.OnDevice)
		case "visible_to":
			return decodeTexts(s, &c.VisibleTo)
		case "dissemination_consent":
			return s.boolean(&c.DisseminationConsent)
		case "recording_notice":
			return s.boolean(&c.RecordingNotice)
		case "device_permission":
			return s.boolean(&c.DevicePermission)
		case "end_to_end":
			return s.boolean(&c.EndToEnd)
		case "zones":
			return s.text(&c.Zones)
		case "others_consent":
			return s.boolean(&c.OthersConsent)
		case "model_generated":
			return s.boolean(&c.ModelGenerated)
		case "governed_by":
			return s.text(&c.GovernedBy)
		case "public":
			// The former field, outside the schema: true says
			// VisibilityOptional.
			return s.boolean(&public)
		case "ccpa":
			return decodeTexts(s, &c.CCPA)
		case "terms":
			return s.terms((*termsJSON)(&c.Terms))
		case "commitments":
			return decodeTexts(s, &c.Commitments)
		case "secrecy":
			return s.secrecy(&c.Secrecy)
		case "auto_delete":
			return decodeTexts(s, &c.AutoDelete)
		}
		return s.unknown(name)
	})
	if err == nil && public {
		if visibility && c.Visibility != VisibilityOptional {
			return &DecodeError{Err: fmt.Errorf("public is true but visibility is %q; give visibility alone", c.Visibility), rel: true}
		}
		c.Visibility = VisibilityOptional
	}
	return err
}

// storageRegions reads the fields of storageJSON into a Storage.
func (s *decodeState) storageRegions(st *Storage) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "subjects":
			return s.region(&st.Subjects)
		case "location":
			return s.region(&st.Location)
		}
		return s.unknown(name)
	})
}

// region reads a region code in canonical form.
func (s *decodeState) region(dst *language.Region) error {
	b, err := s.rawString()
	if err != nil {
		return err
	}
	if *dst, err = regionOf(string(b)); err != nil {
		return &DecodeError{Err: err, rel: true}
	}
	return nil
}

func (s *decodeState) storage(st *storageJSON) error {
	s.built += int64(unsafe.Sizeof(Storage{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "subjects":
			return s.str(&st.Subjects)
		case "location":
			return s.str(&st.Location)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) retention(r *retentionJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "rule":
			return s.text(&r.Kind)
		case "period":
			return s.text(&r.Period)
		case "from":
			return s.text(&r.From)
		case "law":
			return s.str(&r.Law)
		case "criteria":
			return s.str(&r.Criteria)
		case "anonymise":
			return s.boolean(&r.Anonymise)
		case "legal_hold":
			return s.boolean(&r.LegalHold)
		case "note":
			return s.str(&r.Note)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) incentive(x *incentiveJSON) error {
	s.built += int64(unsafe.Sizeof(Incentive{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "id":
			return s.id(&x.ID)
		case "name":
			return s.str(&x.Name)
		case "summary":
			return s.str(&x.Summary)
		case "categories":
			return s.refs(&x.Categories)
		case "opt_in":
			return s.str(&x.OptIn)
		case "withdraw":
			return s.str(&x.Withdraw)
		case "value":
			return s.str(&x.Value)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) exclusion(e *exclusionJSON) error {
	s.built += int64(unsafe.Sizeof(Exclusion{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "id":
			return s.id(&e.ID)
		case "name":
			return s.str(&e.Name)
		case "category":
			return s.str(&e.Category)
		case "class":
			return s.text(&e.Class)
		case "except":
			return s.refs(&e.Except)
		case "note":
			return s.str(&e.Note)
		}
		return s.unknown(name)
	})
}

// purpose reads the fields of purposeJSON into a new Purpose, keeping the
// IDs of its references for fromWire.
func (s *decodeState) purpose(d *purposeDecl) error {
	p := new(Purpose)
	d.p = p
	s.built += int64(unsafe.Sizeof(*p)) + pointerBytes + idSlotBytes
	return s.object(func(name []byte) error {
		switch string(name) {
		case "id":
			return s.id(&p.ID)
		case "name":
			return s.str(&p.Name)
		case "description":
			return s.str(&p.Description)
		case "categories":
			return s.refs(&d.categories)
		case "bases":
			return decodeTexts(s, &p.Bases)
		case "interest":
			return s.str(&p.Interest)
		case "withdraw":
			return s.str(&p.Withdraw)
		case "consent_method":
			return s.text(&p.ConsentMethod)
		case "consent_logged":
			return s.boolean(&p.ConsentLogged)
		case "paid_alternative":
			return s.paidAlternative((*paidAlternativeJSON)(&p.PaidAlternative))
		case "consent_required_by":
			return decodeArray(s, &p.ConsentRequiredBy, s.obligation)
		case "consent_exempt_by":
			return decodeArray(s, &p.ConsentExemptBy, s.obligation)
		case "obligations":
			return decodeArray(s, &p.Obligations, s.obligation)
		case "criminal":
			return s.criminal(&p.Criminal)
		case "opt_out":
			return s.boolean(&p.OptOut)
		case "opt_out_how":
			return s.str(&p.OptOutHow)
		case "retention":
			return s.retention((*retentionJSON)(&p.Retention))
		case "recipients":
			return s.refs(&d.recipients)
		case "required":
			return s.str(&p.Required)
		case "automated":
			return s.str(&p.Automated)
		case "decision_areas":
			return decodeTexts(s, &p.DecisionAreas)
		case "journalism":
			return s.boolean(&p.Journalism)
		case "minimum_age":
			return s.integer(&p.MinimumAge)
		case "human_decision":
			return s.boolean(&p.HumanDecision)
		case "scoring":
			return s.boolean(&p.Scoring)
		case "profiling":
			return s.boolean(&p.Profiling)
		case "high_risk_profiling":
			return s.boolean(&p.HighRiskProfiling)
		case "direct_marketing":
			return s.boolean(&p.DirectMarketing)
		case "service_messages":
			return s.boolean(&p.ServiceMessages)
		case "past":
			return s.boolean(&p.Past)
		case "terms":
			return s.terms((*termsJSON)(&p.Terms))
		// 152-FZ Art. 18.1(1)(2).
		case "subjects":
			return decodeTexts(s, &p.Subjects)
		case "actions":
			return decodeTexts(s, &p.Actions)
		case "method":
			return s.text(&p.Method)
		case "suspension":
			return s.suspension((*suspensionJSON)(&p.Suspension))
		case "image_consent":
			return s.boolean(&p.ImageConsent)
		case "tipping_off":
			return decodeArray(s, &p.TippingOff, s.obligation)
		case "special_condition":
			return s.text(&p.SpecialCondition)
		case "regions":
			return decodeArray(s, &p.Regions, s.region)
		case "ethics_approval":
			return s.boolean(&p.EthicsApproval)
		case "age_checks":
			return decodeTexts(s, &p.AgeChecks)
		}
		return s.unknown(name)
	})
}

// operatorRegister reads the operator's entry in Roskomnadzor's register
// (152-FZ Art. 22).
func (s *decodeState) operatorRegister(r *operatorRegisterJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "number":
			return s.str(&r.Number)
		case "notified":
			return s.text(&r.Notified)
		case "exempt":
			return s.boolean(&r.Exempt)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) terms(t *termsJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "fides":
			return s.strings(&t.Fides)
		case "dpv":
			return s.strings(&t.DPV)
		case "apple":
			return s.strings(&t.Apple)
		case "play":
			return s.strings(&t.Play)
		}
		return s.unknown(name)
	})
}

// recipient reads the fields of recipientJSON into a new Recipient,
// keeping the IDs of its categories for fromWire.
func (s *decodeState) recipient(d *recipientDecl) error {
	r := new(Recipient)
	d.r = r
	s.built += int64(unsafe.Sizeof(*r)) + pointerBytes + idSlotBytes
	return s.object(func(name []byte) error {
		switch string(name) {
		case "id":
			return s.id(&r.ID)
		case "name":
			return s.str(&r.Name)
		case "role":
			return s.text(&r.Role)
		case "categories":
			return s.refs(&d.categories)
		case "purpose":
			return s.str(&r.Purpose)
		case "country":
			return s.region(&r.Country)
		case "conditional":
			return s.boolean(&r.Conditional)
		case "notice_url":
			return s.str(&r.NoticeURL)
		case "retention":
			return s.text(&r.Retention)
		case "arrangement":
			return s.str(&r.Arrangement)
		case "commitments":
			return decodeTexts(s, &r.Commitments)
		case "own_policy":
			return s.boolean(&r.OwnPolicy)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) transfer(t *transferJSON) error {
	s.built += int64(unsafe.Sizeof(Transfer{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "origin":
			return s.str(&t.Origin)
		case "destination":
			return s.str(&t.Destination)
		case "chosen_destination":
			return s.text(&t.ChosenDestination)
		case "recipient":
			return s.str(&t.Recipient)
		case "categories":
			return s.refs(&t.Categories)
		case "safeguard":
			return s.text(&t.Safeguard)
		case "laws":
			return decodeTexts(s, &t.Laws)
		case "note":
			return s.str(&t.Note)
		case "organisation":
			return s.text(&t.Organisation)
		case "within_scope":
			return s.boolean(&t.WithinScope)
		case "notified":
			return s.text(&t.Notified)
		case "notice_given":
			return s.boolean(&t.NoticeGiven)
		case "risks":
			return s.str(&t.Risks)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) right(r *rightJSON) error {
	s.built += int64(unsafe.Sizeof(Right{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "kind":
			return s.text(&r.Kind)
		case "how":
			return s.str(&r.How)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) measure(m *measureJSON) error {
	s.built += int64(unsafe.Sizeof(Measure{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "kind":
			return s.text(&m.Kind)
		case "name":
			return s.str(&m.Name)
		case "description":
			return s.str(&m.Description)
		case "breach":
			return s.object(func(name []byte) error {
				switch string(name) {
				case "authority":
					return s.text(&m.Breach.Authority)
				case "results":
					return s.text(&m.Breach.Results)
				}
				return s.unknown(name)
			})
		}
		return s.unknown(name)
	})
}

func (s *decodeState) usStates(u *usStatesJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "sells":
			return s.text(&u.Sells)
		case "targeted_advertising":
			return s.text(&u.TargetedAdvertising)
		case "appeal":
			return s.appeal(&u.Appeal)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) glba(g *glbaJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "sharing":
			return decodeArray(s, &g.Sharing, s.glbaSharing)
		case "limit_how":
			return s.str(&g.LimitHow)
		case "wait_days":
			return s.integer(&g.WaitDays)
		case "former_customers":
			return s.boolean(&g.FormerCustomers)
		case "joint_accounts":
			return s.str(&g.JointAccounts)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) glbaSharing(r *glbaSharingJSON) error {
	s.built += int64(unsafe.Sizeof(GLBASharing{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "reason":
			return s.text(&r.Reason)
		case "shares":
			return s.text(&r.Shares)
		case "can_limit":
			return s.text(&r.CanLimit)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) appeal(a *appealJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "how":
			return s.str(&a.How)
		case "url":
			return s.str(&a.URL)
		case "deadline":
			return s.text(&a.Deadline)
		case "attorney_general":
			return s.boolean(&a.AttorneyGeneral)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) ccpa(c *ccpaJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "sold":
			return s.text(&c.Sold)
		case "shared":
			return s.text(&c.Shared)
		case "opt_out_url":
			return s.str(&c.OptOutURL)
		case "request_methods":
			return s.strings(&c.RequestMethods)
		case "toll_free_number":
			return s.str(&c.TollFreeNumber)
		case "online_only":
			return s.boolean(&c.OnlineOnly)
		case "sold_categories":
			return decodeTexts(s, &c.SoldCategories)
		case "sensitive_use":
			return s.text(&c.SensitiveUse)
		case "limit_url":
			return s.str(&c.LimitURL)
		case "large_volume":
			return s.boolean(&c.LargeVolume)
		case "metrics":
			c.Metrics = new(ccpaMetricsJSON)
			return s.ccpaMetrics(c.Metrics)
		case "metrics_url":
			return s.str(&c.MetricsURL)
		case "under_16":
			return s.text(&c.Under16)
		case "shine_the_light":
			return s.boolean(&c.ShineTheLight)
		case "opt_in_process":
			return s.str(&c.OptInProcess)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) ccpaMetrics(m *ccpaMetricsJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "year":
			return s.integer(&m.Year)
		case "mean":
			return s.boolean(&m.Mean)
		case "delete":
			return s.ccpaRequests(&m.Delete)
		case "correct":
			return s.ccpaRequests(&m.Correct)
		case "know":
			return s.ccpaRequests(&m.Know)
		case "opt_out":
			return s.ccpaRequests(&m.OptOut)
		case "limit":
			return s.ccpaRequests(&m.Limit)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) ccpaRequests(r *ccpaRequestsJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "received":
			return s.integer(&r.Received)
		case "complied":
			return s.integer(&r.Complied)
		case "denied":
			return s.integer(&r.Denied)
		case "days":
			return s.integer(&r.Days)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) children(c *childrenJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "minimum_age":
			return s.integer(&c.MinimumAge)
		case "note":
			return s.str(&c.Note)
		case "parental_consent":
			return s.boolean(&c.ParentalConsent)
		case "school_consent":
			return s.boolean(&c.SchoolConsent)
		case "by_region":
			return decodeArray(s, &c.ByRegion, s.ageLimit)
		case "consent_age":
			return s.integer(&c.ConsentAge)
		case "restrictions":
			return decodeTexts(s, &c.Restrictions)
		case "age_checks":
			return decodeTexts(s, &c.AgeChecks)
		case "parent_requests":
			return s.str(&c.ParentRequests)
		case "best_interest":
			return s.boolean(&c.BestInterest)
		case "scope":
			return s.str(&c.Scope)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) ageLimit(a *ageLimitJSON) error {
	s.built += int64(unsafe.Sizeof(AgeLimit{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "region":
			return s.str(&a.Region)
		case "age":
			return s.integer(&a.Age)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) changes(c *changesJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "notify":
			return decodeTexts(s, &c.Notify)
		case "all_channels":
			return s.boolean(&c.AllChannels)
		case "material_only":
			return s.boolean(&c.MaterialOnly)
		case "notice":
			return s.text(&c.Notice)
		case "history_url":
			return s.str(&c.HistoryURL)
		case "note":
			return s.str(&c.Note)
		case "effective_on_posting":
			return s.boolean(&c.EffectiveOnPosting)
		}
		return s.unknown(name)
	})
}

// act reads an act the policy as a whole rests on; fromWire parses its
// region.
func (s *decodeState) act(o *obligationJSON) error {
	s.built += int64(unsafe.Sizeof(Obligation{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "act":
			return s.str(&o.Act)
		case "region":
			return s.str(&o.Region)
		}
		return s.unknown(name)
	})
}

// criminal reads the fields of criminalJSON into a CriminalAuthority.
func (s *decodeState) criminal(a *CriminalAuthority) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "official":
			return s.boolean(&a.Official)
		case "laws":
			return decodeArray(s, &a.Laws, s.obligation)
		case "condition":
			return s.text(&a.Condition)
		}
		return s.unknown(name)
	})
}

// secrecy reads the fields of secrecyJSON into a Secrecy.
func (s *decodeState) secrecy(x *Secrecy) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "kind":
			return s.text(&x.Kind)
		case "laws":
			return decodeArray(s, &x.Laws, s.obligation)
		}
		return s.unknown(name)
	})
}

// obligation reads the fields of obligationJSON into an Obligation.
func (s *decodeState) obligation(o *Obligation) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "act":
			return s.str(&o.Act)
		case "region":
			return s.region(&o.Region)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) establishment(e *establishmentJSON) error {
	s.built += int64(unsafe.Sizeof(Establishment{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "region":
			return s.str(&e.Region)
		case "contact":
			return s.contact(&e.Contact)
		case "controller_for":
			return s.str(&e.ControllerFor)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) disclosure(d *disclosureJSON) error {
	s.built += int64(unsafe.Sizeof(Disclosure{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "kind":
			return s.text(&d.Kind)
		case "notice":
			return s.boolean(&d.Notice)
		case "same_promises":
			return s.boolean(&d.SamePromises)
		case "report_url":
			return s.str(&d.ReportURL)
		case "jurisdictions":
			return decodeArray(s, &d.Jurisdictions, s.str)
		case "note":
			return s.str(&d.Note)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) deletion(d *deletionJSON) error {
	s.built += int64(unsafe.Sizeof(Deletion{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "from":
			return s.text(&d.From)
		case "categories":
			return s.refs(&d.Categories)
		case "stages":
			return decodeArray(s, &d.Stages, s.stage)
		case "legal_hold":
			return s.boolean(&d.LegalHold)
		case "shared_copies":
			return s.boolean(&d.Shared)
		case "kept":
			return decodeTexts(s, &d.Kept)
		case "kept_for":
			return s.text(&d.KeptFor)
		case "kept_restricted":
			return s.boolean(&d.Restricted)
		case "note":
			return s.str(&d.Note)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) stage(st *stageJSON) error {
	s.built += int64(unsafe.Sizeof(Stage{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "removal":
			return s.text(&st.Removal)
		case "within":
			return s.text(&st.Within)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) cookie(c *cookieJSON) error {
	s.built += int64(unsafe.Sizeof(Cookie{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "id":
			return s.id(&c.ID)
		case "name":
			return s.str(&c.Name)
		case "technology":
			return s.text(&c.Technology)
		case "party":
			return s.text(&c.Party)
		case "provider":
			return s.str(&c.Provider)
		case "provider_name":
			return s.str(&c.ProviderName)
		case "purpose":
			return s.str(&c.Purpose)
		case "categories":
			return s.refs(&c.Categories)
		case "lifetime":
			return s.lifetime(&c.Lifetime)
		case "strictly_necessary":
			return s.boolean(&c.StrictlyNecessary)
		case "consent":
			return s.text(&c.Consent)
		case "note":
			return s.str(&c.Note)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) lifetime(l *lifetimeJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "expiry":
			return s.text(&l.Expiry)
		case "period":
			return s.text(&l.Period)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) signals(g *signalsJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "do_not_track":
			return s.text(&g.DoNotTrack)
		case "global_privacy_control":
			return s.text(&g.GlobalPrivacyControl)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) requests(r *requestsJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "verification":
			return decodeTexts(s, &r.Verification)
		case "verification_detail":
			return s.str(&r.VerificationDetail)
		case "agents":
			return s.text(&r.Agents)
		case "deadline":
			return s.text(&r.Deadline)
		case "extension":
			return s.text(&r.Extension)
		case "working_days":
			return s.boolean(&r.WorkingDays)
		case "without_account":
			return s.str(&r.WithoutAccount)
		case "contents":
			return decodeTexts(s, &r.Contents)
		case "repeat_after":
			return s.text(&r.RepeatAfter)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) redress(r *redressJSON) error {
	s.built += int64(unsafe.Sizeof(Redress{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "kind":
			return s.text(&r.Kind)
		case "contact":
			return s.contact(&r.Contact)
		case "region":
			return s.str(&r.Region)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) links(l *linksJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "subprocessors":
			return s.str(&l.Subprocessors)
		case "security":
			return s.str(&l.Security)
		case "cookie_settings":
			return s.str(&l.CookieSettings)
		case "request_form":
			return s.str(&l.RequestForm)
		case "vendors":
			return s.str(&l.Vendors)
		case "recommendations":
			return s.str(&l.Recommendations)
		}
		return s.unknown(name)
	})
}

// maxTextValue bounds the length of a value that parses itself: the
// longest valid one without leading zeros, the period
// P100000Y100000M100000DT2400000H, has 31 bytes.
const maxTextValue = 256

// maxQuoted bounds the bytes of a value or name repeated in an error
// message.
const maxQuoted = 64

// shorten returns s, or its first maxQuoted bytes (whole runes) and an
// ellipsis if it is longer.
func shorten(s string) string {
	if len(s) <= maxQuoted {
		return s
	}
	i := maxQuoted
	for i > 0 && !utf8RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// shortenQuoted shortens each double-quoted string in msg, as %q writes
// them, to maxQuoted bytes of content and an ellipsis.
func shortenQuoted(msg string) string {
	var b strings.Builder
	start := -1 // index after the opening quote of the current string
	last := 0   // msg[:last] is written or to be skipped
	for i := 0; i < len(msg); i++ {
		switch c := msg[i]; {
		case start < 0 && c == '"':
			start = i + 1
		case start >= 0 && c == '\\':
			i++
		case start >= 0 && c == '"':
			if i-start > maxQuoted {
				b.WriteString(msg[last:start])
				b.WriteString(shorten(msg[start:i]))
				last = i
			}
			start = -1
		}
	}
	if last == 0 {
		return msg
	}
	b.WriteString(msg[last:])
	return b.String()
}

// customerData reads the data processed on behalf of customers.
func (s *decodeState) customerData(d *customerDataJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "customers":
			return s.str(&d.Customers)
		case "data":
			return s.str(&d.Data)
		case "terms_url":
			return s.str(&d.TermsURL)
		case "contract_prevails":
			return s.boolean(&d.ContractPrevails)
		case "chooses_storage":
			return s.boolean(&d.ChoosesStorage)
		case "forwards_requests":
			return s.boolean(&d.ForwardsRequests)
		}
		return s.unknown(name)
	})
}

// notice reads one of the controller's other notices.
func (s *decodeState) notice(n *noticeJSON) error {
	s.built += int64(unsafe.Sizeof(Notice{})) // the model value fromWire converts it to
	return s.object(func(name []byte) error {
		switch string(name) {
		case "covers":
			return s.str(&n.Covers)
		case "url":
			return s.str(&n.URL)
		}
		return s.unknown(name)
	})
}

// paidAlternative reads the paid alternative to a purpose's consent.
// suspension reads what a purpose may block or suspend.
func (s *decodeState) suspension(x *suspensionJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "targets":
			return decodeTexts(s, &x.Targets)
		case "grounds":
			return decodeTexts(s, &x.Grounds)
		case "automated":
			return s.text(&x.Automated)
		case "contest":
			return s.str(&x.Contest)
		case "contest_url":
			return s.str(&x.ContestURL)
		case "contest_within":
			return s.text(&x.ContestWithin)
		case "human_review":
			return s.boolean(&x.HumanReview)
		case "reasons":
			return s.boolean(&x.Reasons)
		case "out_of_court":
			return s.boolean(&x.OutOfCourt)
		}
		return s.unknown(name)
	})
}

func (s *decodeState) paidAlternative(a *paidAlternativeJSON) error {
	return s.object(func(name []byte) error {
		switch string(name) {
		case "offer":
			return s.str(&a.Offer)
		case "url":
			return s.str(&a.URL)
		}
		return s.unknown(name)
	})
}
