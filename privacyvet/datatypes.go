package privacyvet

import (
	"go/types"
	"slices"
	"strings"
	"unicode"
)

// A DataType is a kind of personal data that the analyzer recognises in a
// struct field, by the field's name or by its type.
//
// A field's name is split into lower-case words at underscores, hyphens,
// case changes and between letters and digits ("IPAddress" is "ip
// address", "date_of_birth" is "date of birth", "Address2" is "address 2").
// A pattern of Names matches where its words occur in that order, next to
// each other, anywhere in the field's words.
type DataType struct {
	// Kind is a short stable key, such as "email".
	Kind string
	// Name says what the data is, as the diagnostic names it, such as
	// "e-mail address".
	Name string
	// Names are word patterns, each a space-separated sequence of
	// lower-case words, that match wherever the field is declared.
	Names []string
	// PersonNames are word patterns that are too common alone ("name",
	// "address", "age") and match only in the context of a person: where
	// the struct's type name has a person word (User, Customer, Person,
	// Member, Employee, Patient, Contact, Account, Profile, Address, ...)
	// or where
	// a person word stands right before the pattern in the field's name
	// ("CustomerName", "UserAddress", "BillingAddress").
	PersonNames []string
	// Types are well-known types, written as "import/path.Name", whose
	// values are this kind of data whatever the field is called.
	Types []string
}

// dataTypes is the table behind [DataTypes]. The order matters: the first
// data type that matches names the finding, so the specific ones ("email
// address", "ip address", "mac address") come before the general ones
// (postal "address", person "name").
var dataTypes = []DataType{
	{
		Kind:  "email",
		Name:  "e-mail address",
		Names: []string{"email", "emails", "e mail", "mail address", "mail addr", "email addr"},
		Types: []string{"net/mail.Address"},
	},
	{
		Kind: "phone",
		Name: "phone number",
		Names: []string{"phone", "phones", "phone number", "phonenumber", "telephone",
			"mobile number", "mobile phone", "cell phone", "cellphone", "msisdn", "fax number"},
	},
	{
		Kind:  "ip",
		Name:  "IP address",
		Names: []string{"ip", "ips", "ipaddr", "ipaddress", "remote addr", "remote ip", "client addr", "client ip", "forwarded for"},
		Types: []string{"net.IP", "net/netip.Addr", "net/netip.AddrPort"},
	},
	{
		Kind: "device",
		Name: "device identifier",
		Names: []string{"device id", "deviceid", "device token", "udid", "idfa", "idfv", "imei", "imsi",
			"advertising id", "android id", "mac address", "mac addr", "macaddr", "push token", "fcm token", "apns token"},
		Types: []string{"net.HardwareAddr"},
	},
	{
		Kind: "card",
		Name: "payment card or bank account",
		Names: []string{"card number", "cardnumber", "credit card", "debit card", "card holder", "cardholder",
			"cvv", "cvv 2", "cvc", "card expiry", "card exp", "last 4", "iban", "bank account", "account number",
			"routing number", "sort code"},
	},
	{
		Kind: "nationalid",
		Name: "national identifier or passport",
		Names: []string{"ssn", "social security", "national id", "national identifier", "national insurance",
			"passport", "tax id", "taxpayer id", "driver license", "drivers license", "driving licence",
			"driving license", "nino", "cpf", "snils", "aadhaar", "nhs number", "id card number"},
	},
	{
		Kind:  "password",
		Name:  "password",
		Names: []string{"password", "passwords", "passwd", "pwd", "passphrase", "pin code"},
	},
	{
		Kind:        "birthdate",
		Name:        "birth date",
		Names:       []string{"birth", "birthday", "birthdate", "dob", "date of birth", "born"},
		PersonNames: []string{"age"},
	},
	{
		Kind: "location",
		Name: "location",
		Names: []string{"latitude", "longitude", "lat", "lng", "geo", "geolocation", "geo location", "geo point",
			"geopoint", "gps", "coordinates", "coords"},
		PersonNames: []string{"location"},
	},
	{
		Kind: "address",
		Name: "postal address",
		Names: []string{"street", "street address", "address line", "address 1", "address 2", "postcode",
			"post code", "postal code", "postal address", "zip code", "zipcode", "house number",
			"city"},
		PersonNames: []string{"address", "addresses", "addr", "zip"},
	},
	{
		Kind: "name",
		Name: "person's name",
		Names: []string{"first name", "firstname", "last name", "lastname", "surname", "given name", "givenname",
			"family name", "familyname", "middle name", "maiden name", "forename",
			"nickname", "user name", "username", "patronymic"},
		PersonNames: []string{"full name", "fullname", "name"},
	},
}

// DataTypes returns the data types the analyzer recognises, in the order
// it tries them. The result is a copy.
func DataTypes() []DataType {
	out := make([]DataType, len(dataTypes))
	for i, d := range dataTypes {
		d.Names = slices.Clone(d.Names)
		d.PersonNames = slices.Clone(d.PersonNames)
		d.Types = slices.Clone(d.Types)
		out[i] = d
	}
	return out
}

// personWords mark a struct type or a name prefix as being about a person.
var personWords = map[string]bool{
	"user": true, "users": true, "customer": true, "customers": true, "person": true, "people": true,
	"member": true, "employee": true, "patient": true, "contact": true, "account": true, "profile": true,
	"subscriber": true, "buyer": true, "seller": true, "author": true, "applicant": true, "student": true,
	"guest": true, "visitor": true, "citizen": true, "passenger": true, "signup": true, "postal": true,
	"billing": true, "shipping": true, "delivery": true, "home": true, "mailing": true, "residential": true,
	"address": true, "mention": true, "poster": true, "committer": true, "assignee": true, "reviewer": true,
}

// metaWords, as the last word of a field's name, say that the field holds
// something about the data rather than the data ("EmailVerified",
// "PasswordMinLength", "PhoneFormat", "CreatedAt").
var metaWords = map[string]bool{
	"verified": true, "verification": true, "confirmed": true, "enabled": true, "disabled": true,
	"allowed": true, "required": true, "visible": true, "hidden": true, "template": true, "templates": true,
	"count": true, "len": true, "length": true, "max": true, "min": true, "limit": true, "format": true,
	"pattern": true, "regex": true, "regexp": true, "re": true, "type": true, "kind": true, "field": true,
	"fields": true, "column": true, "header": true, "label": true, "placeholder": true, "status": true,
	"policy": true, "provider": true, "config": true, "settings": true, "mask": true, "at": true,
	"prefix": true, "suffix": true, "mode": true, "version": true, "index": true, "idx": true,
	"offset": true, "size": true, "domain": true, "hint": true, "input": true, "validator": true,
	"err": true, "error": true, "errors": true, "changed": true, "sent": true, "valid": true, "precision": true,
	"algo": true, "algorithm": true, "preference": true, "preferences": true, "notification": true,
	"notifications": true, "url": true, "uri": true, "endpoint": true, "lives": true, "ttl": true,
	"lifetime": true, "timeout": true, "expiry": true, "expires": true,
}

// slotWords, anywhere in a field's name, say that the field names where
// the data is found rather than holding it ("AttributeUsername", the LDAP
// attribute that holds user names; "EmailClaim").
var slotWords = map[string]bool{
	"attribute": true, "attr": true, "claim": true,
}

// configWords, as the last word of the name of a struct type with no
// person word, or in the name of its package, say that the struct holds
// the service's own configuration ("AzureBlobStorageConfig", package
// "setting"; but not "RepoSettingForm"): its fields are not matched by
// name.
var configWords = map[string]bool{
	"config": true, "configs": true, "cfg": true, "conf": true, "configuration": true,
	"setting": true, "settings": true,
}

// infraWords, anywhere in a field's name, say that the field is about the
// service's own infrastructure, not about a person ("LocalAddr",
// "ListenIP", "ProxyPassword", "DBPassword", "NextHop").
var infraWords = map[string]bool{
	"local": true, "localhost": true, "listen": true, "listener": true, "bind": true, "gateway": true,
	"hop": true, "upstream": true, "resolver": true, "nameserver": true, "dns": true, "router": true,
	"route": true, "bypass": true, "proxy": true, "server": true, "servers": true, "smtp": true,
	"db": true, "database": true, "redis": true, "bootstrap": true, "multicast": true, "broadcast": true,
	"subnet": true, "cidr": true, "loopback": true,
}

// aboutInfrastructure reports whether a field's name says it is about the
// service's own infrastructure.
func aboutInfrastructure(name string) bool {
	for _, w := range splitWords(name) {
		if infraWords[w] {
			return true
		}
	}
	return false
}

// A subject says what a struct is about, from its type's name and its
// package's name.
type subject int

const (
	subjectNone   subject = iota
	subjectPerson         // about a person: "name", "address", "age" count
	subjectConfig         // the service's own configuration: names do not count
)

// structSubject returns the subject of a struct type called typeName
// (empty for an anonymous struct outside any type declaration) declared
// in a package called pkgName. A person word in the type's name wins; then
// a configuration word ending the type's name; then the package's name
// ("package user", "package setting").
func structSubject(typeName, pkgName string) subject {
	words := splitWords(typeName)
	for _, w := range words {
		if personWords[w] {
			return subjectPerson
		}
	}
	if len(words) > 0 && configWords[words[len(words)-1]] {
		return subjectConfig
	}
	for _, w := range splitWords(pkgName) {
		switch {
		case personWords[w]:
			return subjectPerson
		case configWords[w]:
			return subjectConfig
		}
	}
	return subjectNone
}

// splitWords splits an identifier into lower-case words at underscores,
// hyphens, changes from lower to upper case, the end of an upper-case run
// followed by a lower-case word ("IPAddress" is "ip", "address"), and
// between letters and digits. An upper-case run followed only by "s" keeps
// it ("IPs" is "ips").
func splitWords(s string) []string {
	var words []string
	runes := []rune(s)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(string(runes[start:end])))
		}
		start = -1
	}
	class := func(r rune) int {
		switch {
		case unicode.IsUpper(r):
			return 1
		case unicode.IsLower(r):
			return 2
		case unicode.IsDigit(r):
			return 3
		}
		return 0
	}
	for i, r := range runes {
		c := class(r)
		if c == 0 {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		p := class(runes[i-1])
		switch {
		case c == 3 && p != 3, c != 3 && p == 3:
			flush(i)
			start = i
		case c == 1 && p == 2:
			flush(i)
			start = i
		case c == 2 && p == 1 && i-start > 1:
			// "IPAddress": the A starts the new word, unless the run
			// ends in a plural "s" ("IPs", "IDs").
			if r == 's' && (i+1 == len(runes) || class(runes[i+1]) != 2) {
				continue
			}
			flush(i - 1)
			start = i - 1
		}
	}
	flush(len(runes))
	return words
}

// containsSeq reports whether seq occurs in words, contiguous and in
// order, and returns the index of its first word.
func containsSeq(words, seq []string) (int, bool) {
	for i := 0; i+len(seq) <= len(words); i++ {
		if slices.Equal(words[i:i+len(seq)], seq) {
			return i, true
		}
	}
	return 0, false
}

// A matcher holds the data type table in the form matching needs.
type matcher struct {
	types []compiledType
	byTyp map[string]int // "import/path.Name" -> index into types
}

type compiledType struct {
	DataType
	names, personNames [][]string
}

func newMatcher(table []DataType) *matcher {
	m := &matcher{byTyp: make(map[string]int)}
	for i, d := range table {
		ct := compiledType{DataType: d}
		for _, n := range d.Names {
			ct.names = append(ct.names, strings.Fields(n))
		}
		for _, n := range d.PersonNames {
			ct.personNames = append(ct.personNames, strings.Fields(n))
		}
		for _, t := range d.Types {
			if _, dup := m.byTyp[t]; !dup {
				m.byTyp[t] = i
			}
		}
		m.types = append(m.types, ct)
	}
	return m
}

// matchName returns the data type a field called name looks like, inside
// a struct whose type is about a person if person is true.
func (m *matcher) matchName(name string, person bool) (*DataType, bool) {
	words := splitWords(name)
	if len(words) == 0 || metaWords[words[len(words)-1]] || aboutInfrastructure(name) {
		return nil, false
	}
	for _, w := range words {
		if slotWords[w] {
			return nil, false
		}
	}
	for i := range m.types {
		ct := &m.types[i]
		for _, seq := range ct.names {
			if _, ok := containsSeq(words, seq); ok {
				return &ct.DataType, true
			}
		}
		for _, seq := range ct.personNames {
			at, ok := containsSeq(words, seq)
			if !ok {
				continue
			}
			// The pattern must end the name ("UserNameFormat" is about a
			// format, "NameServer" is no name), and the struct or the
			// word before it must be about a person.
			if at+len(seq) != len(words) {
				continue
			}
			if person && at == 0 || at > 0 && personWords[words[at-1]] {
				return &ct.DataType, true
			}
		}
	}
	return nil, false
}

// matchType returns the data type of a well-known type that t is, or that
// t holds through pointers, slices, arrays and maps (keys and values).
func (m *matcher) matchType(t types.Type) (*DataType, bool) {
	for range 8 { // deep enough for [][]*T and map[K][]T
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
			if i, ok := m.byTyp[n.Obj().Pkg().Path()+"."+n.Obj().Name()]; ok {
				return &m.types[i].DataType, true
			}
		}
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			if d, ok := m.matchType(u.Key()); ok {
				return d, true
			}
			t = u.Elem()
		default:
			return nil, false
		}
	}
	return nil, false
}

// holdsValue reports whether a field of type t can hold the data itself,
// so that its name is worth matching: strings, numbers, byte slices,
// times and named types over them, and pointers, slices, arrays and maps
// of those. Booleans ("EmailVerified bool"), structs (whose own fields are
// checked where the struct is declared), interfaces, functions and
// channels hold no value to tag.
func holdsValue(t types.Type) bool {
	for range 8 {
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil &&
			n.Obj().Pkg().Path() == "time" && n.Obj().Name() == "Time" {
			return true
		}
		switch u := t.Underlying().(type) {
		case *types.Basic:
			return u.Info()&types.IsBoolean == 0
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		default:
			return false
		}
	}
	return false
}
