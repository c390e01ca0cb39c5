// Package fields holds struct fields that do and do not look like personal
// data, checked without a policy.
package fields

import (
	"net"
	"net/mail"
	"net/netip"
	"time"
)

// Customer is about a person: "Name", "Address" and "Age" count here.
type Customer struct {
	ID        int64
	Email     string    // want `Email looks like personal data \(e-mail address\) and has no privacy tag`
	Name      string    // want `Name looks like personal data \(person's name\)`
	FirstName string    // want `FirstName looks like personal data \(person's name\)`
	Surname   string    // want `Surname looks like personal data \(person's name\)`
	Address   string    // want `Address looks like personal data \(postal address\)`
	Age       int       // want `Age looks like personal data \(birth date\)`
	BirthDate time.Time // want `BirthDate looks like personal data \(birth date\)`
	Phones    []string  // want `Phones looks like personal data \(phone number\)`
	Location  string    // want `Location looks like personal data \(location\)`
	Orders    []Order   // a struct: its own fields are checked
	Billing   *Billing  // a struct
	CreatedAt time.Time

	EmailVerified  bool      // a flag, not the address
	EmailSentAt    time.Time // about the address: ends in a meta word
	PasswordMinLen int       // ends in a meta word

	Tagged string `privacy:"account.email"`
	Hidden string `privacy:"-" privacyreason:"an opaque internal handle"`
}

// Billing holds a card and a postal address.
type Billing struct {
	CardNumber   string // want `CardNumber looks like personal data \(payment card or bank account\)`
	Last4        string // want `Last4 looks like personal data \(payment card or bank account\)`
	IBAN         string // want `IBAN looks like personal data \(payment card or bank account\)`
	Street, City string // want `Street looks like personal data \(postal address\)` `City looks like personal data \(postal address\)`
	PostalCode   string // want `PostalCode looks like personal data \(postal address\)`
	Zip          string // want `Zip looks like personal data \(postal address\)`
}

// Session is not about a person by name, but its fields are.
type Session struct {
	UserIP         string             // want `UserIP looks like personal data \(IP address\)`
	RemoteAddr     string             // want `RemoteAddr looks like personal data \(IP address\)`
	Peer           netip.Addr         // want `Peer holds personal data \(IP address: type net/netip.Addr\)`
	Seen           map[netip.Addr]int // want `Seen holds personal data \(IP address: type map\[net/netip.Addr\]int\)`
	Hops           [][]net.IP         // want `Hops holds personal data \(IP address: type \[\]\[\]net.IP\)`
	From           *mail.Address      // want `From holds personal data \(e-mail address: type \*net/mail.Address\)`
	MAC            net.HardwareAddr   // want `MAC holds personal data \(device identifier: type net.HardwareAddr\)`
	DeviceID       string             // want `DeviceID looks like personal data \(device identifier\)`
	IDFA           string             // want `IDFA looks like personal data \(device identifier\)`
	Lat, Lng       float64            // want `Lat looks like personal data \(location\)` `Lng looks like personal data \(location\)`
	SSN            string             // want `SSN looks like personal data \(national identifier or passport\)`
	PassportNumber string             // want `PassportNumber looks like personal data \(national identifier or passport\)`
	PasswordHash   []byte             // want `PasswordHash looks like personal data \(password\)`
	CustomerName   string             // want `CustomerName looks like personal data \(person's name\)`
	ShippingAddr   string             // want `ShippingAddr looks like personal data \(postal address\)`
	HomeAddress    string             // want `HomeAddress looks like personal data \(postal address\)`
	Token          string
	LocalAddr      netip.AddrPort // the service's own address
	Gateway        net.IP
	DBPassword     string
	embeddedIP
	Expires time.Time
}

// Server is about no person: "Name", "Address", "Location" and "Age" are
// not personal data here.
type Server struct {
	Name       string
	Address    string
	Location   *time.Location
	MaxAge     time.Duration
	Age        int
	NameServer string
	ZipFile    string
	IPVersion  int
	HTTPClient any
	Email      func() string // a function holds no value
}

// Order is not about a person either.
type Order struct {
	SKU  string
	Name string
}

// Anonymous structs are checked too, with their enclosing type's context.
type Envelope struct {
	Sender struct {
		Email string // want `Email looks like personal data \(e-mail address\)`
		Name  string
	}
}

func handler() {
	var req struct {
		Email string // want `Email looks like personal data \(e-mail address\)`
		Phone string `json:"phone"` // want `Phone looks like personal data \(phone number\)`
	}
	_ = req
}

// embeddedIP is embedded above: embedding a well-known type is reported
// where it is embedded.
type embeddedIP struct {
	net.IP // want `embedded net.IP holds personal data \(IP address\)`
}

// Repository is no person: its full name is "owner/name", a reference's
// full name is "refs/heads/main".
type Repository struct {
	FullName    string
	RefFullName string
	fullName    string
}

// Mention and Poster are about a person.
type Mention struct {
	FullName string // want `FullName looks like personal data \(person's name\)`
}

// IssuePoster is about a person.
type IssuePoster struct {
	UserFullName string // want `UserFullName looks like personal data \(person's name\)`
	FullName     string // want `FullName looks like personal data \(person's name\)`
}

// LoginSource says where an identity provider keeps the data and how the
// service handles it: names of attributes and claims, endpoints,
// algorithms, preferences and lifetimes are not the data.
type LoginSource struct {
	AttributeUsername            string
	AttributeSurname             string
	FullNameClaimName            string
	EmailURL                     string
	PasswordHashAlgo             string
	PasswordAlgorithm            string
	EmailNotificationsPreference string
	DefaultEmailNotification     string
	ResetPwdCodeLives            int
	Email                        string // want `Email looks like personal data \(e-mail address\)`
	PinCode                      string // want `PinCode looks like personal data \(password\)`
}

// StorageConfig is the service's own configuration: "AccountName" is a
// storage account, "Password" the service's own.
type StorageConfig struct {
	AccountName string
	Password    string
	Location    string
}

// UserSettings is about a person, configuration or not.
type UserSettings struct {
	FullName string // want `FullName looks like personal data \(person's name\)`
	Email    string // want `Email looks like personal data \(e-mail address\)`
}

// RepoSettingForm is a form, not configuration: "Setting" does not end its
// name, and the mirror's credentials are the user's.
type RepoSettingForm struct {
	MirrorUsername string // want `MirrorUsername looks like personal data \(person's name\)`
	MirrorPassword string // want `MirrorPassword looks like personal data \(password\)`
}
