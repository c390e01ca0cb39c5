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
		{"P1Y2M3D", Period{Years: 1, Months: 2, Days: 3}, true},
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
		{"PT1H", Hours(1), true},
		{"PT25H", Hours(25), true},
		{"P1DT2H", Period{Days: 1, Hours: 2}, true},
		{"P1Y2M3DT4H", Period{Years: 1, Months: 2, Days: 3, Hours: 4}, true},
		{"P2WT1H", Period{Days: 14, Hours: 1}, true},
		{"PT2400000H", Hours(MaxPeriodHours), true},
		{"PT2400001H", Period{}, false},
		{"PT", Period{}, false},
		{"P1DT", Period{}, false},
		{"P1D2H", Period{}, false},
		{"PT1M", Period{}, false},
		{"PT1S", Period{}, false},
		{"PT1H30M", Period{}, false},
		{"PT1H1H", Period{}, false},
		{"PT1HT", Period{}, false},
		{"P1DTT1H", Period{}, false},
		{"PT1D", Period{}, false},
		{"PT1Y", Period{}, false},
		{"PTH", Period{}, false},
		{"PT-1H", Period{}, false},
		{"PT1.5H", Period{}, false},
		{"P1T1H", Period{}, false},
		{"PT1HP1D", Period{}, false},
		{"P1X", Period{}, false},
		{"P100001D", Period{}, false},
		{"P100000Y100000M100000D", Period{Years: MaxPeriodUnit, Months: MaxPeriodUnit, Days: MaxPeriodUnit}, true},
		{"P100000Y100000M100000DT2400000H", Period{Years: MaxPeriodUnit, Months: MaxPeriodUnit, Days: MaxPeriodUnit, Hours: MaxPeriodHours}, true},
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

// TestPeriodString covers the forms ParsePeriod accepts but String does
// not write: weeks, zero components and leading zeros.
func TestPeriodString(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"PT0H", "P0D"},
		{"P0DT0H", "P0D"},
		{"P0YT24H", "PT24H"},
		{"PT024H", "PT24H"},
		{"P1WT12H", "P7DT12H"},
		{"P1Y0DT1H", "P1YT1H"},
	} {
		p, err := ParsePeriod(tt.in)
		if err != nil || p.String() != tt.want {
			t.Errorf("ParsePeriod(%q).String() = %q, %v; want %q", tt.in, p.String(), err, tt.want)
		}
	}
}

func TestPeriodMarshalTextLimits(t *testing.T) {
	for _, p := range []Period{Years(MaxPeriodUnit + 1), Days(-1), {Months: 1 << 40}, Hours(MaxPeriodHours + 1), Hours(-1), {Days: 1, Hours: -1}} {
		if b, err := p.MarshalText(); err == nil {
			t.Errorf("%#v.MarshalText() = %q, want an error", p, b)
		}
	}
	for _, tt := range []struct {
		p    Period
		want string
	}{
		{Period{Years: MaxPeriodUnit, Months: MaxPeriodUnit, Days: MaxPeriodUnit}, "P100000Y100000M100000D"},
		{Hours(MaxPeriodHours), "PT2400000H"},
		{Hours(72), "PT72H"},
		{Period{Days: 1, Hours: 12}, "P1DT12H"},
		{Period{Years: 1, Hours: 1}, "P1YT1H"},
	} {
		if b, err := tt.p.MarshalText(); err != nil || string(b) != tt.want {
			t.Errorf("%#v.MarshalText() = %q, %v; want %q", tt.p, b, err, tt.want)
		}
		var back Period
		if err := back.UnmarshalText([]byte(tt.want)); err != nil || back != tt.p {
			t.Errorf("UnmarshalText(%q) = %#v, %v; want %#v", tt.want, back, err, tt.p)
		}
	}
	if _, err := Hours(MaxPeriodHours + 1).MarshalText(); err == nil || !strings.Contains(err.Error(), "more than 2400000 hours") {
		t.Errorf("MarshalText over the hour limit: %v, want an error naming the hours", err)
	}
}

func FuzzParsePeriod(f *testing.F) {
	// P17000W once parsed to P119000D, beyond the limit ParsePeriod itself
	// enforces, so the published JSON could not be read back.
	for _, s := range []string{"P3Y", "P1Y6M2D", "P2W", "PT1H", "P-1D", "P17000W", "P14285W", "P14286W1D", "PT25H", "P1DT12H", "P2WT3H", "PT2400001H", "P1DT", "PT1H30M", "PT0H"} {
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
	for _, tt := range []struct {
		p, q Period
		want bool
	}{
		{Hours(25), Days(1), true},
		{Hours(24), Days(1), false},
		{Days(1), Hours(24), false},
		{Days(1), Hours(23), true},
		{Days(2), Hours(47), true},
		{Hours(72), Days(3), false},
		{Hours(73), Days(3), true},
		{Days(3), Hours(72), false},
		{Period{Days: 1, Hours: 1}, Hours(24), true},
		{Period{Days: 1, Hours: 1}, Hours(25), false},
		{Hours(24 * 31), Months(1), false},
		{Hours(24*31 + 1), Months(1), true},
		{Months(1), Hours(24*28 - 1), true},
		{Months(1), Hours(24 * 28), false},
		{Hours(MaxPeriodHours), Days(MaxPeriodUnit - 1), true},
		{Hours(MaxPeriodHours), Days(MaxPeriodUnit), false},
	} {
		if got := tt.p.Longer(tt.q); got != tt.want {
			t.Errorf("%v.Longer(%v) = %v, want %v", tt.p, tt.q, got, tt.want)
		}
	}
	for _, tt := range []struct {
		p    Period
		d    Date
		want Date
	}{
		{Months(1), MakeDate(2025, time.January, 31), MakeDate(2025, time.March, 3)},
		{Hours(1), MakeDate(2025, time.March, 1), MakeDate(2025, time.March, 2)},
		{Hours(24), MakeDate(2025, time.March, 1), MakeDate(2025, time.March, 2)},
		{Hours(25), MakeDate(2025, time.March, 1), MakeDate(2025, time.March, 3)},
		{Hours(72), MakeDate(2024, time.February, 28), MakeDate(2024, time.March, 2)},
		{Period{Days: 1, Hours: 12}, MakeDate(2025, time.December, 31), MakeDate(2026, time.January, 2)},
		{Period{Months: 1, Hours: 48}, MakeDate(2025, time.January, 31), MakeDate(2025, time.March, 5)},
	} {
		if got := tt.p.AddTo(tt.d); got != tt.want {
			t.Errorf("%v.AddTo(%v) = %v, want %v", tt.p, tt.d, got, tt.want)
		}
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
	check("Source", []textValue{SourceUser, SourceAutomatic, SourceThirdParty, SourcePublic, SourceDerived, SourceOtherUsers}, func(b []byte) (any, error) { var v Source; err := v.UnmarshalText(b); return v, err })
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

// TestDateValidMatchesTime checks Date.Valid, which counts the days of a
// month itself, against package time's normalisation for every day of
// every month of every valid year, and the days either side.
func TestDateValidMatchesTime(t *testing.T) {
	for y := MinYear; y <= MaxYear; y++ {
		for m := time.January; m <= time.December; m++ {
			for d := 27; d <= 32; d++ {
				tt := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
				want := tt.Day() == d && tt.Month() == m
				if got := (Date{y, m, d}).Valid(); got != want {
					t.Fatalf("Date{%d, %d, %d}.Valid() = %v, want %v", y, m, d, got, want)
				}
			}
		}
	}
}
