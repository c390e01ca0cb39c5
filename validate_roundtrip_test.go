package policy

import (
	"bytes"
	"reflect"
	"slices"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// fuzzPolicy builds a policy from fuzz input: the test policy, changed by
// one operation for each few bytes of ops, taking strings from pieces of s.
type fuzzPolicy struct {
	ops []byte
	s   string
}

func (f *fuzzPolicy) byte() byte {
	if len(f.ops) == 0 {
		return 0
	}
	b := f.ops[0]
	f.ops = f.ops[1:]
	return b
}

// num returns a number that is often small, sometimes at or over a limit
// and sometimes negative.
func (f *fuzzPolicy) num() int {
	switch k := f.byte(); k % 8 {
	case 0:
		return -int(f.byte())
	case 1:
		return MaxPeriodUnit + int(f.byte()) - 128
	case 2:
		return int(f.byte())<<16 | int(f.byte())<<8 | int(f.byte())
	case 3:
		return 1 << (f.byte() % 63)
	default:
		return int(k)
	}
}

func (f *fuzzPolicy) period() Period {
	return Period{Years: f.num(), Months: f.num(), Days: f.num()}
}

// hours sets the hours of *p where the next byte is odd, so that ops that
// run out leave the period as it was.
func (f *fuzzPolicy) hours(p *Period) {
	if f.byte()%2 == 1 {
		p.Hours = f.num()
	}
}

// str returns the next piece of s, of a length the next byte gives.
func (f *fuzzPolicy) str() string {
	n := min(int(f.byte()%32), len(f.s))
	piece := f.s[:n]
	f.s = f.s[n:]
	return piece
}

func (f *fuzzPolicy) policy() *Policy {
	p := testPolicy()
	for len(f.ops) > 0 {
		cat := p.Categories[int(f.byte())%len(p.Categories)]
		pu := p.Purposes[int(f.byte())%len(p.Purposes)]
		ck := &p.Cookies[int(f.byte())%len(p.Cookies)]
		switch f.byte() % 32 {
		case 0:
			cat.Retention = Retention{Kind: RetentionKind(f.byte() % 6), From: Event(f.byte() % 8), Period: f.period()}
			f.hours(&cat.Retention.Period)
		case 1:
			pu.Retention = Retention{Kind: RetentionKind(f.byte() % 6), From: Event(f.byte() % 8), Period: f.period(), Law: f.str(), Note: f.str()}
		case 2:
			p.Children.MinimumAge = f.num()
		case 3:
			p.Changes.Notice = f.period()
			p.Recipients[0].Retention = f.period()
		case 4:
			setters := stringFields(p)
			keys := make([]string, 0, len(setters))
			for k := range setters {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			setters[keys[int(f.byte())%len(keys)]](f.str())
		case 5:
			cat.Sensitivity = Sensitivity(f.byte() % 6)
			cat.Sources = append(cat.Sources, Source(f.byte()%6))
		case 6:
			p.Effective = Date{f.num(), time.Month(f.byte() % 14), int(f.byte() % 33)}
		case 7:
			if r, err := language.ParseRegion(f.str()); err == nil {
				p.Controller.Country = r
				p.Controller.Individual = f.byte()%2 == 0
				cat.Storage = append(cat.Storage, Storage{Location: r})
			}
		case 8:
			c := &Category{ID: f.str(), Name: f.str(), Sensitivity: SensitivityPersonal, Sources: []Source{SourceUser}, Retention: Keep(f.period(), EventCollection)}
			p.Categories = append(p.Categories, c)
			pu.Categories = append(pu.Categories, c)
		case 9:
			cat.ID = f.str()
		case 10:
			p.Contact.Email = f.str()
		case 11:
			p.Language = language.Make(f.str())
		case 12:
			pu.Bases = append(pu.Bases, Basis(f.byte()%40))
		case 13:
			p.Transfers[0].Safeguard = Safeguard(f.byte() % 12)
			p.Transfers[0].Laws = append(p.Transfers[0].Laws, Law(f.byte()%12))
		case 14:
			p.Rights = append(p.Rights, Right{Kind: RightKind(f.byte() % 21), How: f.str()})
		case 15:
			cat.Items = append(cat.Items, f.str())
			cat.CCPA = append(cat.CCPA, CCPACategory(f.byte()%14))
		case 16:
			ck.Lifetime = Lifetime{Expiry: Expiry(f.byte() % 5), Period: f.period()}
		case 17:
			d := &p.Deletion[0]
			d.From = Event(f.byte() % 16)
			d.Stages = append(d.Stages, Stage{Removal: Removal(f.byte() % 6), Within: f.period()})
			// The legal hold's byte also says, in its higher bits, why
			// data outlives the deletion and whether for the stage's
			// time, so that the seeds keep their coverage.
			h := f.byte()
			d.LegalHold = h%2 == 0
			if h&2 != 0 {
				d.Kept = append(d.Kept, KeptReason(h>>2%6))
			}
			if h&0x80 != 0 {
				d.KeptFor = d.Stages[len(d.Stages)-1].Within
			}
			d.KeptRestricted = h&0x40 != 0
			d.SharedCopies = f.byte()%2 == 0
			p.Termination = append(p.Termination, Event(f.byte()%16))
			p.Definitions = append(p.Definitions, Definition(f.byte()%12))
		case 18:
			p.Commitments = append(p.Commitments, Commitment(f.byte()%7))
			p.CCPA.Sold = Answer(f.byte() % 4)
			// The acknowledgement's byte also says, in higher bits,
			// whether the policy adds the security caveat and asks a
			// duty of its users.
			ab := f.byte()
			p.Acknowledgement = ab%2 == 0
			p.SecurityCaveat = ab&0x40 != 0
			if ab&0x80 != 0 {
				p.UserDuties = append(p.UserDuties, UserDuty(ab>>2%4))
			}
		case 19:
			p.Requests.Deadline, p.Requests.Extension = f.period(), f.period()
			p.Requests.Agents = Answer(f.byte() % 4)
			p.Requests.Verification = append(p.Requests.Verification, Verification(f.byte()%6))
			p.Requests.Contents = append(p.Requests.Contents, RequestDetail(f.byte()%6))
			p.Requests.RepeatAfter = f.period()
			f.hours(&p.Requests.Deadline)
		case 20:
			p.Signals = Signals{DoNotTrack: Answer(f.byte() % 4), GlobalPrivacyControl: Answer(f.byte() % 4)}
			b := f.byte()
			p.Disclosures = append(p.Disclosures, Disclosure{Kind: DisclosureKind(b % 5), Notice: b&8 != 0, SamePromises: b&16 != 0, ReportURL: f.str()})
			if b&32 != 0 {
				r, _ := language.ParseRegion(f.str())
				p.Disclosures[len(p.Disclosures)-1].Jurisdictions = []language.Region{r}
			}
		case 21:
			r, _ := language.ParseRegion(f.str())
			p.Transfers[0].Origin = r
			p.Redress = append(p.Redress, Redress{Kind: RedressKind(f.byte() % 6), Contact: Contact{Name: f.str(), Website: f.str()}, Region: r})
			p.Establishments = append(p.Establishments, Establishment{Region: r, Contact: Contact{Name: f.str()}})
			if f.byte()%2 == 0 {
				p.Establishments[len(p.Establishments)-1].ControllerFor = r
			}
		case 22:
			p.Security = append(p.Security, Measure{Kind: MeasureKind(f.byte() % 26), Name: f.str(),
				Breach: BreachNotice{Authority: f.period(), Results: f.period()}})
			e := &p.NotCollected[int(f.byte())%len(p.NotCollected)]
			e.Class = DataClass(f.byte() % 7)
			e.Except = append(e.Except, cat)
			cat.Biometric = f.byte()%2 == 0
			f.hours(&p.Security[len(p.Security)-1].Breach.Authority)
		case 23:
			ck.ID, ck.Name = f.str(), f.str()
			ck.Party = Party(f.byte() % 4)
			ck.ProviderName = f.str()
			ck.Technology = Technology(f.byte() % 6)
			ck.StrictlyNecessary = f.byte()%2 == 0
			if f.byte()%2 == 0 {
				ck.Purpose = pu
				ck.Categories = append(ck.Categories, cat)
			}
			p.Changes.AllChannels = f.byte()%2 == 0
			p.Changes.Notify = append(p.Changes.Notify, Channel(f.byte()%6))
			pu.Profiling, pu.Past, pu.HighRiskProfiling = f.byte()%2 == 0, f.byte()%2 == 0, f.byte()%2 == 0
			// From the same bytes, so that the operations' seeds keep their meaning.
			pu.DirectMarketing = pu.Profiling && !pu.Past
			pu.HumanDecision = pu.Past && pu.HighRiskProfiling
			pu.Scoring = pu.HumanDecision && !pu.Profiling
			pu.Journalism = pu.Scoring && pu.HighRiskProfiling
			pu.ServiceMessages = pu.HighRiskProfiling && !pu.Profiling
			cat.Retention = Retention{Kind: RetentionCriteria, Criteria: f.str(), LegalHold: true}
		case 24:
			pu.Subjects = append(pu.Subjects, DataSubject(f.byte()%13))
			pu.Actions = append(pu.Actions, Action(f.byte()%16))
			pu.Method = ProcessingMethod(f.byte() % 5)
			p.OperatorRegister = OperatorRegister{Number: f.str(), Notified: Date{f.num(), time.Month(f.byte() % 14), int(f.byte() % 33)}, Exempt: f.byte()%2 == 0}
		case 25:
			cat.Visibility = Visibility(f.byte() % 6)
			cat.VisibleTo = append(cat.VisibleTo, Audience(f.byte()%13))
			p.Incentives = append(p.Incentives, Incentive{ID: f.str(), Name: f.str(), Summary: f.str(), Categories: []*Category{cat},
				OptIn: f.str(), Withdraw: f.str(), Value: f.str()})
			p.CCPA = CCPANotice{LargeVolume: f.byte()%2 == 0, MetricsURL: f.str(), Under16: Answer(f.byte() % 4), OptInProcess: f.str()}
			p.CCPA.ShineTheLight = p.CCPA.LargeVolume && p.CCPA.Under16 == AnswerNo
			if f.byte()%2 == 0 {
				p.CCPA.Metrics = &CCPAMetrics{Year: f.num(), Mean: f.byte()%2 == 0,
					Know:    CCPARequestCounts{Received: f.num(), Days: f.num()},
					Delete:  CCPARequestCounts{Received: f.num(), Complied: f.num(), Denied: f.num(), Days: f.num()},
					Correct: CCPARequestCounts{Received: f.num()}, OptOut: CCPARequestCounts{Complied: f.num()},
					Limit: CCPARequestCounts{Denied: f.num()}}
			}
			// One byte, so that the seeds read the ops after it as before.
			b := f.byte()
			cat.DisseminationConsent = b%2 == 0
			cat.OthersConsent = b&2 != 0
			if b&4 != 0 {
				cat.Sources = append(cat.Sources, SourceOtherUsers)
			}
			cat.RecordingNotice = b&8 != 0
			cat.EndToEnd = b&0x40 != 0
			cat.DevicePermission = b&0x80 != 0
			cat.Zones = Zones(b >> 4 % 4)
			mg := f.byte()
			cat.ModelGenerated = mg%2 == 0
			cat.GovernedBy = SectoralLaw(mg >> 1 % 6) // 5 is not a law
		case 26:
			cat.Sources = append(cat.Sources, SourceDerived)
			cat.DerivedFrom = append(cat.DerivedFrom, p.Categories[int(f.byte())%len(p.Categories)])
			cat.Commitments = append(cat.Commitments, Commitment(f.byte()%12))
			r, _ := language.ParseRegion(f.str())
			p.Children.ByRegion = append(p.Children.ByRegion, AgeLimit{Region: r, Age: f.num()})
			p.Children.ConsentAge = f.num()
			p.Children.Restrictions = append(p.Children.Restrictions, ChildRestriction(f.byte()%9))
			p.Links.Vendors = f.str()
			p.Children.AgeChecks = append(p.Children.AgeChecks, AgeCheck(f.byte()%10))
		case 27:
			p.CustomerData = CustomerData{Customers: f.str(), Data: f.str(), TermsURL: f.str(), ContractPrevails: f.byte()%2 == 0, ChoosesStorage: f.byte()%2 == 0}
			p.OtherNotices = append(p.OtherNotices, Notice{Covers: f.str(), URL: f.str()})
			pu.ConsentMethod = ConsentMethod(f.byte() % 7)
			pu.ConsentLogged = f.byte()%2 == 0
			pu.PaidAlternative = PaidAlternative{Offer: f.str(), URL: f.str()}
			act, _ := language.ParseRegion(f.str())
			p.LegalActs = append(p.LegalActs, Obligation{Act: f.str(), Region: act})
			p.CustomerData.ForwardsRequests = f.byte()%2 == 0
		case 28:
			cat.Criminal = f.byte()%2 == 0
			pu.Criminal.Official = f.byte()%2 == 0
			pu.Criminal.Condition = DPACondition(f.byte() % 18)
			pu.SpecialCondition = DPACondition(f.byte() % 18)
			// From the byte already read, so that the seeds' bytes for the
			// fields below stay where they were.
			pu.EthicsApproval = pu.Criminal.Condition%2 == 1
			r, _ := language.ParseRegion(f.str())
			if f.byte()%2 == 0 {
				pu.Criminal.Laws = append(pu.Criminal.Laws, Obligation{Act: f.str(), Region: r})
			}
			if f.byte()%2 == 0 {
				pu.Obligations = append(pu.Obligations, Obligation{Act: f.str(), Region: r})
			}
			if b := f.byte(); b%2 == 0 {
				p.Laws = append(p.Laws, Law(b/2%9))
			}
			rc := p.Recipients[int(f.byte())%len(p.Recipients)]
			rc.Role = RecipientRole(f.byte() % 6)
			// The byte also says, in its second bit, whether the
			// recipient's own policy governs the data.
			b := f.byte()
			rc.Conditional, rc.OwnPolicy = b%2 == 0, b&2 != 0
			rc.NoticeURL = f.str()
			if f.byte()%2 == 0 {
				rc.Categories = append(rc.Categories, cat)
			}
		case 29:
			c := &p.CCPA
			c.Sold, c.Shared, c.SensitiveUse = Answer(f.byte()%4), Answer(f.byte()%4), Answer(f.byte()%4)
			c.OptOutURL, c.TollFreeNumber, c.LimitURL = f.str(), f.str(), f.str()
			c.RequestMethods = append(c.RequestMethods, f.str())
			c.OnlineOnly = f.byte()%2 == 0
			c.SoldCategories = append(c.SoldCategories, CCPACategory(f.byte()%14))
			p.USStates = USStatesNotice{Sells: Answer(f.byte() % 4), TargetedAdvertising: Answer(f.byte() % 4),
				Appeal: Appeal{How: f.str(), URL: f.str(), Deadline: f.period(), AttorneyGeneral: f.byte()%2 == 0}}
			// Where the next byte is odd, a row of the notice under the
			// Gramm-Leach-Bliley Act: its reason in the byte's middle
			// bits, former customers in its top bit.
			if b := f.byte(); b%2 == 1 {
				g := &p.GLBA
				g.Sharing = append(g.Sharing, GLBASharing{Reason: GLBAReason(b / 2 % 9), Shares: Answer(f.byte() % 4), CanLimit: Answer(f.byte() % 4)})
				g.LimitHow, g.JointAccounts = f.str(), f.str()
				g.WaitDays = f.num()
				g.FormerCustomers = b&0x80 != 0
			}
		case 30:
			tr := &p.Transfers[0]
			tr.Organisation = Organisation(f.byte() % 3)
			tr.WithinScope = f.byte()%2 == 0
			tr.NoticeGiven = tr.WithinScope
			tr.Notified = Date{f.num(), time.Month(f.byte() % 14), int(f.byte() % 33)}
			tr.Risks = f.str()
			p.Children.ParentalConsent = f.byte()%2 == 0
			ck.Consent = CookieConsent(f.byte() % 4)
			p.NoAutomatedDecisions = f.byte()%2 == 0
			p.RepresentativeExempt = append(p.RepresentativeExempt, Law(f.byte()%9))
			r, _ := language.ParseRegion(f.str())
			p.Storage = append(p.Storage, Storage{Location: r})
			p.Requests.WorkingDays = f.byte()%2 == 0
			tr.ChosenDestination = ChosenDestination(f.byte() % 5)
			// The byte also says, in its second bit, whether children's
			// data is processed in their best interest.
			b := f.byte()
			p.Children.SchoolConsent, p.Children.BestInterest = b%2 == 0, b&2 != 0
			p.Children.ParentRequests = f.str()
			p.Children.Scope = f.str()
		case 31:
			su := &pu.Suspension
			su.Targets = append(su.Targets, SuspensionTarget(f.byte()%10))
			su.Grounds = append(su.Grounds, SuspensionGround(f.byte()%12))
			su.Automated = Answer(f.byte() % 4)
			su.Contest, su.ContestURL = f.str(), f.str()
			su.ContestWithin = f.period()
			// The human review's byte also says, in higher bits, whether
			// a statement of reasons and an out-of-court body are stated.
			hb := f.byte()
			su.HumanReview = hb%2 == 0
			su.Reasons, su.OutOfCourt = hb&0x40 != 0, hb&0x80 != 0
			pu.ImageConsent = f.byte()%2 == 0
			// The ground's byte again, so that the bytes later operations
			// read stay where the seeds expect them.
			pu.AgeChecks = append(pu.AgeChecks, AgeCheck(uint8(su.Grounds[len(su.Grounds)-1])%10))
			pu.MinimumAge = int(uint8(su.Grounds[len(su.Grounds)-1])) % 200
			p.Changes.EffectiveOnPosting = f.byte()%2 == 0
			p.Links.Recommendations = f.str()
			cat.Secrecy.Kind = SecrecyKind(f.byte() % 6)
			if f.byte()%2 == 1 {
				r, _ := language.ParseRegion(f.str())
				cat.Secrecy.Laws = append(cat.Secrecy.Laws, Obligation{Act: f.str(), Region: r})
			}
			cat.OnDevice = OnDevice(f.byte() % 4)
			if f.byte()%2 == 1 {
				r, _ := language.ParseRegion(f.str())
				pu.ConsentRequiredBy = append(pu.ConsentRequiredBy, Obligation{Act: f.str(), Region: r})
			}
			if f.byte()%2 == 1 {
				cat.AutoDelete = append(cat.AutoDelete, f.period())
			}
			if rc := p.Recipients[int(f.byte())%len(p.Recipients)]; f.byte()%2 == 1 {
				rc.Role = RoleJointController
				rc.Arrangement = f.str()
			}
			if f.byte()%2 == 1 {
				r, _ := language.ParseRegion(f.str())
				pu.TippingOff = append(pu.TippingOff, Obligation{Act: f.str(), Region: r})
			}
			if rc := p.Recipients[int(f.byte())%len(p.Recipients)]; f.byte()%2 == 1 {
				rc.Commitments = append(rc.Commitments, Commitment(f.byte()%10))
			}
			if f.byte()%2 == 1 {
				// The home regions of the laws, and one of none, so that
				// each law's rules see some purposes taken out.
				// The region's byte also names, in higher bits, an area of
				// the purpose's automated decisions.
				homes := []string{"US", "DE", "EU", "GB", "RU", "BR", "CH", "JP"}
				b := f.byte()
				pu.Regions = append(pu.Regions, language.MustParseRegion(homes[int(b)%len(homes)]))
				if b&0x80 != 0 {
					pu.DecisionAreas = append(pu.DecisionAreas, DecisionArea((b>>3)&0x0f%11))
				}
			}
			if f.byte()%2 == 1 {
				// The tip's byte also names, in higher bits, a kind of
				// external service the policy does not cover.
				b := f.byte()
				p.SafetyTips = append(p.SafetyTips, SafetyTip(b%16))
				if b&0x80 != 0 {
					p.External = append(p.External, ExternalService(b>>4%5))
				}
			}
			if f.byte()%2 == 1 {
				r, _ := language.ParseRegion(f.str())
				pu.ConsentExemptBy = append(pu.ConsentExemptBy, Obligation{Act: f.str(), Region: r})
			}
		}
	}
	return p
}

// roundTripSeeds is the seed corpus of FuzzValidRoundTrip: ops and s for
// fuzzPolicy. TestFuzzPolicyCoverage requires that together they set every
// field of the model.
var roundTripSeeds = []struct {
	ops []byte
	s   string
}{
	{[]byte{}, ""},
	{[]byte{0, 0, 0, 0, 2, 200, 200, 200}, ""},                                               // retention near MaxPeriodUnit
	{[]byte{0, 0, 0, 2, 3, 40}, ""},                                                          // minimum age 1<<40
	{[]byte{0, 0, 0, 3, 1, 100, 4, 4}, ""},                                                   // notice over the limit
	{[]byte{0, 0, 0, 4, 7, 12, 0, 0, 0, 10, 30}, "privacy@example.com?bcc=x%40evil.example"}, // email with parameters
	{[]byte{0, 0, 0, 4, 3, 14, 1, 1, 0, 15, 9}, "Account\xe2 data\x1b[2J"},
	{[]byte{0, 0, 0, 4, 96, 16}, "by replying STOP"}, // how to opt out of a purpose
	{[]byte{1, 1, 0, 1, 2, 5, 3, 1, 2, 3}, "law"},
	{[]byte{0, 0, 0, 11, 5}, "en-US"},
	{[]byte{0, 0, 0, 16, 2, 1, 200, 200, 200}, ""},                                                                              // cookie lifetime near MaxPeriodUnit
	{[]byte{0, 0, 0, 17, 2, 4, 3, 3, 0}, ""},                                                                                    // another deletion stage
	{[]byte{0, 0, 0, 17, 3, 4, 4, 4, 4, 0x86, 1}, ""},                                                                           // data kept after deletion, for a time
	{[]byte{0, 0, 0, 17, 3, 4, 4, 4, 4, 0xca, 1}, ""},                                                                           // data kept after deletion to defend claims, restricted
	{[]byte{0, 0, 0, 25, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 9, 1}, ""},                                                      // a recording people are told of
	{[]byte{0, 1, 1, 23, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0}, ""},                                                            // a person takes every decision
	{[]byte{0, 0, 0, 25, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0x51, 1}, ""},                                                   // places hidden from others; end-to-end encrypted
	{[]byte{0, 0, 0, 25, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0x81, 1}, ""},                                                   // collected with a device permission
	{[]byte{0, 0, 0, 25, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0x01, 6}, ""},                                                   // health information HIPAA governs, from a model
	{[]byte{0, 0, 0, 19, 0, 5, 1, 1, 2, 1, 1, 3}, ""},                                                                           // negative request deadline
	{[]byte{0, 0, 0, 21, 2, 5, 1, 3}, "USFTChttps://ftc.gov"},                                                                   // transfer origin and redress
	{[]byte{0, 1, 1, 23, 3, 3, 3, 1, 5, 2, 0, 0, 0, 0, 1, 1, 1, 4}, "ga_ga Analytics Incwhile needed"},                          // cookie fields
	{[]byte{0, 1, 0, 24, 2, 7, 2, 2, 2, 3, 3, 15, 0}, "77-23-000000"},                                                           // 152-FZ purpose fields and register
	{[]byte{0, 0, 0, 25, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1}, "rewardsRewardsA summary.by joiningin settingsA value."}, // an incentive and the CCPA metrics
	{[]byte{0, 0, 0, 26, 1, 2, 2, 14, 29, 1, 27}, "DEhttps://example.com/vendors"},                                              // derived data, category commitments, ages by region, vendors
	{[]byte{0, 1, 0, 27, 4, 1, 8, 2, 2, 0, 0, 0}, "a paid planhttps://example.com/plans"},                                       // customer data, other notices, consent details
	{[]byte{0, 1, 0, 1, 3, 0, 0, 0, 0, 0, 0, 0, 8, 16}, "Tax CodeKept for audits."},                                             // a purpose's retention by law, with a note
	{[]byte{0, 0, 0, 7, 2, 0}, "DE"},                                                                                            // the controller's country, an individual
	{[]byte{0, 0, 0, 13, 1, 1}, ""},                                                                                             // a transfer's safeguard and laws
	{[]byte{0, 0, 0, 15, 5, 3}, "phone"},                                                                                        // a category's items and CCPA categories
	{[]byte{0, 0, 0, 18, 7, 1, 0}, ""},                                                                                          // commitments, sold, acknowledgement
	{[]byte{0, 0, 0, 18, 7, 1, 0xc4}, ""},                                                                                       // the same, with the security caveat and the users' duty of accuracy
	{[]byte{1, 0, 0, 22, 13, 10, 0, 0, 0, 0, 4, 0, 0, 0, 0, 12, 1, 5, 0}, "Breach log"},                                         // a breach notice, a criminal-data exclusion, biometric data
	{[]byte{0, 0, 0, 25, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 2, 1, 0, 2, 0, 7, 233, 0, 12, 5, 13, 12, 5, 7, 4, 4, 5}, "rRsowvp"},      // every CCPA metric
	{[]byte{1, 3, 0, 28, 0, 1, 3, 2, 0, 15, 1, 1, 0, 1, 1, 26, 1}, "DEStrafgesetzbuchhttps://example.com/mailer"},               // criminal-offence data authorised by a member state's law, a recipient's notice
	{[]byte{1, 3, 0, 28, 0, 0, 0, 2, 1, 0, 25, 8, 0, 2, 0, 0, 0}, "BRLei 13.709/2018, art. 7º"},
	// a third party whose own privacy policy governs the data
	{[]byte{1, 3, 0, 28, 1, 1, 1, 1, 0, 1, 1, 1, 0, 2, 3, 0, 1}, ""}, // criminal-offence data by official authority, an obligation, under the LGPD
	{[]byte{0, 0, 0, 29, 2, 2, 1, 26, 12, 25, 8, 0, 3, 2, 2, 8, 26, 0, 0, 0, 0, 45, 0}, "https://example.com/optout800-555-0100https://example.com/limitweb formby emailhttps://example.com/appeal"}, // the CCPA notice and the US states' appeal
	// and a financial institution's notice under the Gramm-Leach-Bliley Act
	{[]byte{0, 0, 0, 29, 2, 2, 1, 26, 12, 25, 8, 0, 3, 2, 2, 8, 26, 0, 0, 0, 0, 45, 0, 141, 1, 1, 13, 26, 45}, "https://example.com/optout800-555-0100https://example.com/limitweb formby emailhttps://example.com/appealby calling usto everyone on the account"},
	{[]byte{0, 0, 1, 30, 1, 0, 2, 0, 7, 233, 3, 15, 27, 0, 1, 0, 2, 2, 0}, "US authorities may read it.DE"},    // a transfer's organisation, date and risks, and other flags
	{[]byte{0, 0, 1, 30, 1, 0, 2, 0, 7, 233, 3, 15, 27, 0, 1, 0, 2, 2, 0, 1}, "US authorities may read it.DE"}, // a transfer to the country the data subject travels to
	{[]byte{0, 2, 0, 23, 7, 3, 1, 0, 1, 0, 1, 1, 1, 0, 1, 0, 22}, "sessionsidwhile the case is open"},          // high-risk profiling
	{[]byte{0, 0, 0, 3, 0, 0, 0, 0, 30, 0, 0, 6, 0, 0}, ""},                                                    // notice of changes, a recipient's own retention
	{[]byte{0, 0, 0, 19, 0, 0, 0, 0, 30, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 12, 0, 0}, ""},
	{[]byte{0, 0, 0, 31, 1, 1, 1, 20, 30, 4, 4, 4, 0, 0, 0}, "with supporthttps://example.com/appeal"},   // an automated suspension, contestable, with human review; image consent; effect on posting
	{[]byte{0, 0, 0, 31, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 29}, "https://example.com/recommend"}, // the rules of recommendation technologies                                                                                                             // request deadline and repeat interval
	{[]byte{0, 0, 0, 31, 1, 1, 1, 20, 30, 4, 4, 4, 0, 0, 0}, "with supporthttps://example.com/appeal"},   // an automated suspension, contestable, with human review; image consent; effect on posting                                                                                                             // request deadline and repeat interval
	// a statement of reasons, and an out-of-court body for disputes about the answer to an objection
	{[]byte{0, 0, 0, 31, 1, 1, 1, 12, 26, 4, 4, 4, 0xc0, 0, 0}, "with supporthttps://example.com/appeal"},
	// medical confidentiality laid down by a member state's law
	{[]byte{0, 0, 0, 31, 1, 1, 1, 0, 0, 4, 4, 4, 0, 0, 0, 0, 1, 1, 2, 30}, "DEStrafgesetzbuch (StGB), § 203"},
	// data kept on the device until the user sends it
	{[]byte{0, 0, 0, 31, 1, 1, 1, 0, 0, 4, 4, 4, 0, 0, 0, 0, 0, 0, 2}, ""},
	// marketing by email on consent that a law other than the data-protection law requires
	{[]byte{0, 1, 0, 31, 1, 1, 2, 0, 0, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 1, 2, 13}, "GBPECR, reg. 22"},
	// data the user can choose to have deleted automatically after 36 months
	{[]byte{0, 0, 0, 31, 1, 1, 1, 12, 26, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 36, 0, 0}, "with supporthttps://example.com/appeal"},
	// a joint controller and the essence of the arrangement
	{[]byte{0, 0, 0, 31, 1, 1, 1, 12, 26, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 31}, "with supporthttps://example.com/appealWe answer requests for both."},
	// a law that forbids telling the person of a report about them
	{[]byte{0, 0, 0, 31, 1, 1, 1, 12, 26, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 26}, "with supporthttps://example.com/appealGBProceeds of Crime Act 2002"},
	// a breach reported to the authority within 72 hours
	{[]byte{1, 0, 0, 22, 13, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 5, 1, 1, 2, 0, 0, 72}, "Breach log"},
	// requests answered within 72 hours
	{[]byte{0, 0, 0, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 72}, ""},
	// data kept for 25 hours after collection
	{[]byte{0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 25}, ""},
	// data kept for 4 days and 12 hours after collection
	{[]byte{0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 4, 1, 12}, ""},
	// a recipient bound not to train models on the data
	{[]byte{0, 0, 0, 31, 1, 1, 1, 12, 26, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 4}, "with supporthttps://example.com/appeal"},
	// data other users give, with the confirmation asked of them
	{[]byte{0, 0, 0, 25, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 7}, ""},
	// the advice to turn on two-step verification
	{[]byte{0, 0, 0, 31, 1, 1, 1, 12, 26, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 4}, "with supporthttps://example.com/appeal"},
	// the same advice, and the websites the service links to, which the policy does not cover
	{[]byte{0, 0, 0, 31, 1, 1, 1, 12, 26, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0xb4}, "with supporthttps://example.com/appeal"},
	// a purpose for data subjects in the United States only
	{[]byte{0, 0, 0, 31, 1, 1, 1, 12, 26, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0}, "with supporthttps://example.com/appeal"},
	// the purpose with automated decisions limited to Germany,
	// its decisions in none of the areas the US state laws list
	{[]byte{0, 3, 0, 31, 1, 1, 1, 12, 26, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0xc9}, "with supporthttps://example.com/appeal"},
	// legal process answered only from the authorities of Switzerland
	{[]byte{0, 0, 0, 20, 0, 0, 36, 0, 2}, "CH"},
	// how parents review and delete their child's data
	{[]byte{0, 0, 1, 30, 1, 0, 2, 0, 7, 233, 3, 15, 27, 0, 1, 0, 2, 2, 0, 1, 1, 24}, "US authorities may read it.DEin the parental controls"},
	// and that children's data is processed in their best interest
	{[]byte{0, 0, 1, 30, 1, 0, 2, 0, 7, 233, 3, 15, 27, 0, 1, 0, 2, 2, 0, 1, 3, 24}, "US authorities may read it.DEin the parental controls"},
	// and that the minimum age applies to the websites and apps only
	{[]byte{0, 0, 1, 30, 1, 0, 2, 0, 7, 233, 3, 15, 27, 0, 1, 0, 2, 2, 0, 1, 3, 24, 21}, "US authorities may read it.DEin the parental controlsour websites and apps"},
	// A law that exempts a purpose from consent (op 31, its last step).
	{[]byte{0, 0, 0, 31, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 23}, "GBPECR 2003, reg. 22(3)"},
}

// FuzzValidRoundTrip checks that every policy that validates without
// errors can be published: Encode succeeds, Decode reads the result back,
// and encoding the decoded policy gives the same bytes.
func FuzzValidRoundTrip(f *testing.F) {
	for _, seed := range roundTripSeeds {
		f.Add(seed.ops, seed.s)
	}
	f.Fuzz(func(t *testing.T, ops []byte, s string) {
		if len(ops) > 256 {
			return
		}
		fp := fuzzPolicy{ops, s}
		p := fp.policy()
		if p.Validate().Err() != nil {
			return
		}
		var first bytes.Buffer
		if err := Encode(&first, p); err != nil {
			t.Fatalf("Encode of a valid policy: %v", err)
		}
		q, err := Decode(bytes.NewReader(first.Bytes()))
		if err != nil {
			t.Fatalf("Decode of the encoding of a valid policy: %v\n%s", err, first.Bytes())
		}
		var second bytes.Buffer
		if err := Encode(&second, q); err != nil {
			t.Fatalf("Encode of the decoded policy: %v", err)
		}
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("Encode, Decode, Encode changed the bytes:\n%s\n---\n%s", first.Bytes(), second.Bytes())
		}
		if err := q.Validate().Err(); err != nil {
			t.Fatalf("the decoded policy does not validate: %v", err)
		}
		// Nothing is lost: a field the encoder left out would give the
		// same bytes twice over, but not the same policy.
		if !reflect.DeepEqual(p, q) {
			t.Fatalf("Decode(Encode(p)) differs from p:\n%#v\n---\n%#v", p, q)
		}
	})
}
