package policy

import (
	"strings"
	"testing"
	"time"
)

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in   string
		want Period
		ok   bool
	}{
		{"P3Y", Years(3), true},
		{"P1Y6M", Period{Years: 1, Months: 6}, true},
		{"P1Y2M3D", Period{1, 2, 3}, true},
		{"P2W", Days(14), true},
		{"P1W2D", Days(9), true},
		{"P0D", Period{}, true},
		{"", Period{}, false},
		{"P", Period{}, false},
		{"3Y", Period{}, false},
		{"P3", Period{}, false},
		{"PY", Period{}, false},
		{"P1M1Y", Period{}, false},
		{"P1Y1Y", Period{}, false},
		{"P-1Y", Period{}, false},
		{"P1.5Y", Period{}, false},
		{"PT1H", Period{}, false},
		{"P1X", Period{}, false},
		{"P100001D", Period{}, false},
		{"P100000Y100000M100000D", Period{MaxPeriodUnit, MaxPeriodUnit, MaxPeriodUnit}, true},
		{"P14285W5D", Days(MaxPeriodUnit), true},
		{"P14285W6D", Period{}, false},
		{"P17000W", Period{}, false}, // 119,000 days, which P119000D could not express
		{"P100000W", Period{}, false},
		{"P99999999999999999999Y", Period{}, false},
	}
	for _, tt := range tests {
		got, err := ParsePeriod(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParsePeriod(%q) = %v, %v; want %v, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
		if tt.ok && tt.want.String() != tt.in && !strings.Contains(tt.in, "W") {
			t.Errorf("%v.String() = %q, want %q", tt.want, tt.want.String(), tt.in)
		}
	}
}

func TestPeriodMarshalTextLimits(t *testing.T) {
	for _, p := range []Period{Years(MaxPeriodUnit + 1), Days(-1), {Months: 1 << 40}} {
		if b, err := p.MarshalText(); err == nil {
			t.Errorf("%#v.MarshalText() = %q, want an error", p, b)
		}
	}
	if b, err := (Period{MaxPeriodUnit, MaxPeriodUnit, MaxPeriodUnit}).MarshalText(); err != nil || string(b) != "P100000Y100000M100000D" {
		t.Errorf("MarshalText at the limit = %q, %v", b, err)
	}
}

func FuzzParsePeriod(f *testing.F) {
	// P17000W once parsed to P119000D, beyond the limit ParsePeriod itself
	// enforces, so the published JSON could not be read back.
	for _, s := range []string{"P3Y", "P1Y6M2D", "P2W", "PT1H", "P-1D", "P17000W", "P14285W", "P14286W1D"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s)
		if err != nil {
			return
		}
		q, err := ParsePeriod(p.String())
		if err != nil || q != p {
			t.Fatalf("ParsePeriod(%q) = %v; its String %q parses to %v, %v", s, p, p.String(), q, err)
		}
	})
}

func TestPeriodCompare(t *testing.T) {
	if !Years(1).Longer(Months(11)) || Months(12).Longer(Years(1)) || Days(31).Longer(Months(1)) {
		t.Error("Longer gives a wrong answer")
	}
	if got := Months(1).AddTo(MakeDate(2025, time.January, 31)); got != MakeDate(2025, time.March, 3) {
		t.Errorf("AddTo = %v", got)
	}
}

func TestDate(t *testing.T) {
	for _, tt := range []struct {
		in string
		ok bool
	}{{"2024-02-29", true}, {"2025-02-29", false}, {"2025-13-01", false}, {"25-01-01", false}, {"2025-1-1", false}} {
		d, err := ParseDate(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("ParseDate(%q) = %v, %v", tt.in, d, err)
		}
		if tt.ok && d.String() != tt.in {
			t.Errorf("String = %q", d.String())
		}
	}
	if (Date{2025, 2, 30}).Valid() || !(Date{2025, 2, 28}).Valid() || (Date{}).Valid() {
		t.Error("Valid gives a wrong answer")
	}
	if _, err := (Date{2025, 2, 30}).MarshalText(); err == nil {
		t.Error("MarshalText accepted an invalid date")
	}
}

func TestEnumsRoundTrip(t *testing.T) {
	type textValue interface {
		MarshalText() ([]byte, error)
	}
	check := func(name string, vals []textValue, unmarshal func([]byte) (any, error)) {
		for _, v := range vals {
			b, err := v.MarshalText()
			if err != nil {
				t.Errorf("%s %v: %v", name, v, err)
				continue
			}
			back, err := unmarshal(b)
			if err != nil || back != v {
				t.Errorf("%s %q round trip = %v, %v", name, b, back, err)
			}
		}
		if _, err := unmarshal([]byte("no-such-value")); err == nil {
			t.Errorf("%s accepted an unknown value", name)
		}
	}
	var bases []textValue
	for _, b := range Bases() {
		bases = append(bases, b)
	}
	check("Basis", bases, func(b []byte) (any, error) { var v Basis; err := v.UnmarshalText(b); return v, err })
	var laws []textValue
	for _, l := range Laws() {
		laws = append(laws, l)
	}
	check("Law", laws, func(b []byte) (any, error) { var v Law; err := v.UnmarshalText(b); return v, err })
	check("Sensitivity", []textValue{SensitivityNotPersonal, SensitivityPersonal, SensitivitySpecial, SensitivitySensitive}, func(b []byte) (any, error) { var v Sensitivity; err := v.UnmarshalText(b); return v, err })
	check("Source", []textValue{SourceUser, SourceAutomatic, SourceThirdParty, SourcePublic}, func(b []byte) (any, error) { var v Source; err := v.UnmarshalText(b); return v, err })
	check("Event", []textValue{EventCollection, EventAccountClosure, EventContractEnd, EventConsentWithdrawal, EventLastActivity, EventPurposeAchieved}, func(b []byte) (any, error) { var v Event; err := v.UnmarshalText(b); return v, err })
	check("RetentionKind", []textValue{RetentionKeepFor, RetentionWhileActive, RetentionRequiredByLaw, RetentionIndefinite}, func(b []byte) (any, error) { var v RetentionKind; err := v.UnmarshalText(b); return v, err })
	check("RecipientRole", []textValue{RoleProcessor, RoleThirdParty, RoleJointController, RoleAuthority}, func(b []byte) (any, error) { var v RecipientRole; err := v.UnmarshalText(b); return v, err })
	check("Safeguard", []textValue{SafeguardAdequacy, SafeguardStandardClauses, SafeguardBindingCorporateRules, SafeguardExplicitConsent, SafeguardContractNecessity, SafeguardPrivacyShield, SafeguardDataPrivacyFramework, SafeguardUKTransferAgreement}, func(b []byte) (any, error) { var v Safeguard; err := v.UnmarshalText(b); return v, err })
	check("RightKind", []textValue{RightAccess, RightRectification, RightErasure, RightRestriction, RightPortability, RightObjection, RightWithdrawConsent, RightComplaint, RightNoAutomatedDecision, RightOptOutOfSale, RightLimitSensitiveUse, RightNonDiscrimination}, func(b []byte) (any, error) { var v RightKind; err := v.UnmarshalText(b); return v, err })
	check("Principle", []textValue{PrincipleLawfulness, PrincipleFairness, PrincipleTransparency, PrinciplePurposeLimitation, PrincipleProportionality, PrincipleMinimisation, PrincipleAccuracy, PrincipleStorageLimitation, PrincipleIntegrity, PrincipleAccountability}, func(b []byte) (any, error) { var v Principle; err := v.UnmarshalText(b); return v, err })
	check("Channel", []textValue{ChannelEmail, ChannelInService}, func(b []byte) (any, error) { var v Channel; err := v.UnmarshalText(b); return v, err })
	check("CCPACategory", []textValue{CCPAIdentifiers, CCPACustomerRecords, CCPAProtectedTraits, CCPACommercialInfo, CCPABiometricInfo, CCPAInternetActivity, CCPAGeolocation, CCPASensoryData, CCPAProfessionalInfo, CCPAEducationInfo, CCPAInferences}, func(b []byte) (any, error) { var v CCPACategory; err := v.UnmarshalText(b); return v, err })
	check("Answer", []textValue{AnswerYes, AnswerNo}, func(b []byte) (any, error) { var v Answer; err := v.UnmarshalText(b); return v, err })
	if CCPAInferences.Letter() != "K" || CCPAIdentifiers.Letter() != "A" {
		t.Error("CCPACategory.Letter gives a wrong answer")
	}
	if _, err := Sensitivity(0).MarshalText(); err == nil {
		t.Error("the zero Sensitivity marshals")
	}
	if Basis(0).Valid() || Basis(7).Valid() || !BasisArchivingResearch.Special() || BasisContract.Special() {
		t.Error("Basis.Valid or Special gives a wrong answer")
	}
}
