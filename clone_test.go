package policy

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// sharedMemory returns the paths of the pointers and non-empty slices
// reachable from b whose targets are also reachable from a.
func sharedMemory(a, b *Policy) []string {
	seen := map[uintptr]bool{}
	var walk func(path string, v reflect.Value, record bool, out *[]string)
	walk = func(path string, v reflect.Value, record bool, out *[]string) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() {
				return
			}
			addr := v.Pointer()
			if record {
				if seen[addr] {
					return
				}
				seen[addr] = true
			} else if seen[addr] {
				*out = append(*out, path)
				return
			}
			walk(path, v.Elem(), record, out)
		case reflect.Slice:
			if v.Len() == 0 {
				return
			}
			if record {
				seen[v.Pointer()] = true
			} else if seen[v.Pointer()] {
				*out = append(*out, path)
			}
			for i := range v.Len() {
				walk(path+"["+itoa(i)+"]", v.Index(i), record, out)
			}
		case reflect.Struct:
			if !strings.HasPrefix(v.Type().PkgPath(), "github.com/gopolicy/policy") {
				return
			}
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(path+"."+v.Type().Field(i).Name, v.Field(i), record, out)
				}
			}
		}
	}
	walk("", reflect.ValueOf(a), true, nil)
	var out []string
	walk("", reflect.ValueOf(b), false, &out)
	return out
}

func TestClone(t *testing.T) {
	p := clonePolicy()
	q := p.Clone()
	if shared := sharedMemory(p, q); len(shared) != 0 {
		t.Errorf("the clone shares memory with the original at %v", shared)
	}
	if !bytes.Equal(encode(t, p), encode(t, q)) {
		t.Errorf("the clone encodes differently:\n%s", cmp.Diff(string(encode(t, p)), string(encode(t, q))))
	}
	if diff := cmp.Diff(p.Validate(), q.Validate()); diff != "" {
		t.Errorf("the clone validates differently (-original +clone):\n%s", diff)
	}
	// References point into the clone's own declarations.
	if q.Purposes[0].Categories[0] != q.Categories[0] || q.Purposes[0].Recipients[0] != q.Recipients[0] ||
		q.Transfers[0].Recipient != q.Recipients[0] || q.Cookies[0].Purpose != q.Purposes[0] ||
		q.Cookies[2].Provider != q.Recipients[0] || q.NotCollected[1].Except[0] != q.Categories[1] || q.Categories[0].DerivedFrom[0] != q.Categories[1] ||
		q.Deletion[0].Categories[0] != q.Categories[0] || q.Recipients[0].Categories[0] != q.Categories[0] {
		t.Errorf("a reference of the clone does not point to the clone's declaration")
	}
	q.Categories[0].Items[0] = "changed"
	q.Cookies[0].Lifetime = Expires(Days(1))
	q.Deletion[0].Stages[0].Within = Days(1)
	if p.Categories[0].Items[0] == "changed" || p.Cookies[0].Lifetime != SessionOnly() || p.Deletion[0].Stages[0].Within != Days(30) {
		t.Errorf("changing the clone changed the original")
	}
	if (*Policy)(nil).Clone() != nil {
		t.Errorf("Clone of nil is not nil")
	}
}

// clonePolicy returns the test policy with every pointer and slice field
// of the model stated somewhere.
func clonePolicy() *Policy {
	p := testPolicy()
	p.Categories[0].CCPA = []CCPACategory{CCPAIdentifiers}
	p.Categories[0].VisibleTo = []Audience{AudienceOtherMembers}
	p.Categories[0].AutoDelete = []Period{Months(3), Months(18)}
	p.Disclosures[0].Jurisdictions = []language.Region{region("CH")}
	p.Categories[0].Secrecy = Secrecy{Kind: SecrecyMedical, Laws: []Obligation{{Act: "Strafgesetzbuch (StGB), § 203", Region: region("DE")}}}
	p.Storage = p.Categories[0].Storage
	p.Transfers[0].Laws = []Law{GDPR}
	p.RepresentativeExempt = []Law{UKGDPR}
	p.Purposes[0].Subjects = []DataSubject{DataSubjectUsers}
	p.Purposes[0].Actions = []Action{ActionCollection}
	p.CCPA.Metrics = &CCPAMetrics{Year: 2024, Know: CCPARequestCounts{Received: 3}}
	p.Purposes[0].Obligations = []Obligation{{Act: "Handelsgesetzbuch (HGB), § 257", Region: region("DE")}}
	p.Purposes[0].Criminal = CriminalAuthority{Official: true, Laws: []Obligation{{Act: "Personenbeförderungsgesetz (PBefG), § 13", Region: region("DE")}}, Condition: DPAConditionSafeguarding}
	p.Incentives = []Incentive{{ID: "rewards", Name: "Rewards", Categories: p.Categories[:1]}}
	p.GLBA.Sharing = []GLBASharing{{Reason: GLBAEverydayBusiness, Shares: AnswerYes, CanLimit: AnswerNo}}
	p.CCPA.RequestMethods = []string{"web form"}
	p.CCPA.SoldCategories = []CCPACategory{CCPAIdentifiers}
	p.Categories[0].DerivedFrom = p.Categories[1:2]
	p.Categories[0].Commitments = []Commitment{CommitmentNoAdvertisingUse}
	p.Children.ByRegion = []AgeLimit{{Region: region("EU"), Age: 16}}
	p.Children.Restrictions = []ChildRestriction{ChildRestrictionNoPersonalisedAds}
	p.Children.AgeChecks = []AgeCheck{AgeCheckDeclared}
	p.Purposes[0].AgeChecks = []AgeCheck{AgeCheckDocument}
	p.Termination = []Event{EventPurposeAchieved}
	p.Definitions = []Definition{DefinitionOperator}
	p.Requests.Contents = []RequestDetail{RequestDetailSignature}
	p.Purposes[1].ConsentRequiredBy = []Obligation{pecr}
	p.Purposes[1].ConsentExemptBy = []Obligation{{Act: "Privacy and Electronic Communications Regulations 2003, reg. 22(3)", Region: region("GB")}}
	p.Purposes[0].TippingOff = []Obligation{{Act: "Proceeds of Crime Act 2002, s. 333A", Region: region("GB")}}
	p.Purposes[0].Regions = []language.Region{region("US"), region("CA")}
	p.Purposes[0].DecisionAreas = []DecisionArea{DecisionEmployment}
	p.SafetyTips = []SafetyTip{SafetyTipTwoStep, SafetyTipNeverAsked}
	p.External = []ExternalService{ExternalLinkedSites}
	p.UserDuties = []UserDuty{UserDutyAccuracy}
	p.Deletion[0].Kept, p.Deletion[0].KeptFor = []KeptReason{KeptFraud, KeptAbuse}, Years(3)
	p.Recipients[0].Commitments = []Commitment{CommitmentNoModelTraining}
	p.Purposes[0].Suspension = Suspension{Targets: []SuspensionTarget{SuspensionTargetAccount}, Grounds: []SuspensionGround{SuspensionGroundFraud},
		Contest: "by writing to support"}
	// A reference to an undeclared category, which Validate reports.
	p.Purposes[0].Categories = append(p.Purposes[0].Categories, &Category{ID: "ghost", Name: "Ghost"})
	return p
}

// TestCloneCoversEveryField fails when a field holding a pointer or a
// slice is added to the model but left empty in clonePolicy, so that
// TestClone would not see whether Clone copies it.
func TestCloneCoversEveryField(t *testing.T) {
	stated := map[string]bool{}
	seen := map[any]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() && !seen[v.Interface()] {
				seen[v.Interface()] = true
				walk(v.Elem())
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Struct:
			typ := v.Type()
			if !strings.HasPrefix(typ.PkgPath(), "github.com/gopolicy/policy") {
				return
			}
			for i := range typ.NumField() {
				f := typ.Field(i)
				if k := f.Type.Kind(); f.IsExported() && (k == reflect.Pointer || k == reflect.Slice) {
					key := typ.Name() + "." + f.Name
					stated[key] = stated[key] || !v.Field(i).IsZero() && (k != reflect.Slice || v.Field(i).Len() > 0)
				}
				walk(v.Field(i))
			}
		}
	}
	walk(reflect.ValueOf(clonePolicy()))
	for key, ok := range stated {
		if !ok {
			t.Errorf("%s is empty in clonePolicy, so TestClone cannot check that Clone copies it", key)
		}
	}
	if len(stated) < 30 {
		t.Errorf("found only %d pointer and slice fields; the walk is broken", len(stated))
	}
}
