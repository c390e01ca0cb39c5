package privacyvet

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestSplitWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Email", []string{"email"}},
		{"EMail", []string{"e", "mail"}},
		{"IPAddress", []string{"ip", "address"}},
		{"UserIPs", []string{"user", "ips"}},
		{"userIDs", []string{"user", "ids"}},
		{"date_of_birth", []string{"date", "of", "birth"}},
		{"Address2", []string{"address", "2"}},
		{"Last4Digits", []string{"last", "4", "digits"}},
		{"CVV2", []string{"cvv", "2"}},
		{"HTTPServer", []string{"http", "server"}},
		{"firstName", []string{"first", "name"}},
		{"x-forwarded-for", []string{"x", "forwarded", "for"}},
		{"ÄrzteName", []string{"ärzte", "name"}},
		{"_", nil},
	}
	for _, tt := range tests {
		if got := splitWords(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("splitWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMatchName(t *testing.T) {
	m := newMatcher(dataTypes)
	tests := []struct {
		name   string
		person bool
		want   string // kind, or "" for no match
	}{
		{"Email", false, "email"},
		{"EmailAddress", false, "email"},
		{"EmailVerified", false, ""},
		{"EmailTemplate", false, ""},
		{"IPAddress", true, "ip"},
		{"MacAddress", false, "device"},
		{"Address", true, "address"},
		{"Address", false, ""},
		{"BillingAddress", false, "address"},
		{"ListenAddress", false, ""},
		{"Name", true, "name"},
		{"Name", false, ""},
		{"NameServer", true, ""},
		{"AuthorName", false, "name"},
		{"FileName", false, ""},
		{"Age", true, "birthdate"},
		{"MaxAge", true, ""},
		{"DateOfBirth", false, "birthdate"},
		{"CardNumber", false, "card"},
		{"PasswordHash", false, "password"},
		{"PasswordMinLength", false, ""},
		{"NationalID", false, "nationalid"},
		{"Latitude", false, "location"},
		{"Location", false, ""},
		{"UserLocation", false, "location"},
		{"ZipFile", true, ""},
		{"ZipCode", false, "address"},
		{"ListenIP", false, ""},
		{"ProxyPassword", false, ""},
		{"DBPassword", true, ""},
		{"NextHopIP", false, ""},
		{"FullName", false, ""},
		{"FullName", true, "name"},
		{"RefFullName", true, ""},
		{"UserFullName", false, "name"},
		{"FullNameClaimName", true, ""},
		{"AttributeUsername", false, ""},
		{"PasswdHashAlgo", true, ""},
		{"EmailNotificationsPreference", true, ""},
		{"EmailURL", false, ""},
		{"ResetPwdCodeLives", false, ""},
		{"PosterName", false, "name"},
		{"PinCode", false, "password"},
	}
	for _, tt := range tests {
		d, ok := m.matchName(tt.name, tt.person)
		got := ""
		if ok {
			got = d.Kind
		}
		if got != tt.want {
			t.Errorf("matchName(%q, person=%v) = %q, want %q", tt.name, tt.person, got, tt.want)
		}
	}
}

func TestStructSubject(t *testing.T) {
	tests := []struct {
		typeName, pkg string
		want          subject
	}{
		{"Customer", "shop", subjectPerson},
		{"Order", "shop", subjectNone},
		{"StorageConfig", "shop", subjectConfig},
		{"RepoSettingForm", "forms", subjectNone},
		{"UserSettings", "setting", subjectPerson},
		{"Database", "setting", subjectConfig},
		{"", "setting", subjectConfig},
		{"UpdateOptions", "user", subjectPerson},
		{"StorageConfig", "user", subjectConfig},
		{"", "main", subjectNone},
	}
	for _, tt := range tests {
		if got := structSubject(tt.typeName, tt.pkg); got != tt.want {
			t.Errorf("structSubject(%q, %q) = %d, want %d", tt.typeName, tt.pkg, got, tt.want)
		}
	}
}

// TestDataTypesWellFormed keeps the table usable: patterns are lower-case
// words as splitWords produces them, so that each can match.
func TestDataTypesWellFormed(t *testing.T) {
	kinds := make(map[string]bool)
	for _, d := range DataTypes() {
		if d.Kind == "" || d.Name == "" || kinds[d.Kind] {
			t.Errorf("data type %+v: want a unique Kind and a Name", d)
		}
		kinds[d.Kind] = true
		for _, p := range slices.Concat(d.Names, d.PersonNames) {
			if got := strings.Join(splitWords(p), " "); got != p {
				t.Errorf("%s: pattern %q splits as %q; it could never match", d.Kind, p, got)
			}
		}
		for _, ty := range d.Types {
			if i := strings.LastIndex(ty, "."); i <= 0 || i == len(ty)-1 {
				t.Errorf("%s: type %q: want import/path.Name", d.Kind, ty)
			}
		}
	}
}

// TestDocListsTables keeps the package documentation in step with the
// tables: it names every data type and every SDK's import path.
func TestDocListsTables(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	for _, d := range dataTypes {
		if !strings.Contains(text, d.Name) {
			t.Errorf("doc.go does not name data type %q", d.Name)
		}
		for _, ty := range d.Types {
			if !strings.Contains(text, ty) {
				t.Errorf("doc.go does not name type %s", ty)
			}
		}
	}
	for _, s := range sdks {
		if !strings.Contains(text, s.Path+" ") && !strings.Contains(text, s.Path+"\n") {
			t.Errorf("doc.go does not list SDK %s", s.Path)
		}
	}
}

func TestLookupSDK(t *testing.T) {
	tests := []struct{ path, want string }{
		{"github.com/stripe/stripe-go", "Stripe"},
		{"github.com/stripe/stripe-go/v82/customer", "Stripe"},
		{"github.com/stripe/stripe-gopher", ""},
		{"github.com/aws/aws-sdk-go-v2/service/ses", "Amazon Web Services"},
		{"github.com/aws/aws-sdk-go-v2/service/sesv2/types", "Amazon Web Services"},
		{"github.com/aws/aws-sdk-go-v2/service/s3", ""},
		{"github.com/plutov/paypal/v4", "PayPal"},
		{"google.golang.org/genai", "Google"},
		{"github.com/ory/analytics-go/v5", "Ory"},
		{"github.com/ory/x/errorsx", ""},
		{"google.golang.org/grpc", ""},
	}
	for _, tt := range tests {
		s, ok := lookupSDK(tt.path)
		if got := s.Provider; got != tt.want || ok != (tt.want != "") {
			t.Errorf("lookupSDK(%q) = %q, %v; want %q", tt.path, got, ok, tt.want)
		}
	}
}

func TestClosest(t *testing.T) {
	ids := []string{"account.email", "account.name", "shipping.address"}
	tests := []struct{ in, want string }{
		{"acount.email", "account.email"},
		{"account.emial", "account.email"},
		{"account.names", "account.name"},
		{"account.phone", ""},
		{"health", ""},
		{"x", ""},
	}
	for _, tt := range tests {
		if got := closest(tt.in, ids); got != tt.want {
			t.Errorf("closest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPolicyErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"categories": [{"id": "a", "bogus": 1}]}`), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ file, want string }{
		{filepath.Join(dir, "missing.json"), "reading the policy: open "},
		{bad, "reading the policy " + bad + ": "},
	} {
		r := &runner{cfg: Config{PolicyFile: tt.file}}
		_, err := r.policy()
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("policy(%s): error %v, want one containing %q", tt.file, err, tt.want)
		}
	}
	r := &runner{}
	if lp, err := r.policy(); lp != nil || err != nil {
		t.Errorf("policy() without a file = %v, %v; want nil, nil", lp, err)
	}
}
