package policy

// The JSON form of a policy. These types fix the field names, which are
// part of the library's stable interface; references between declarations
// are IDs. See json.go for the conversion to and from the model. Only these
// types carry json struct tags: the model's types have none, so encoding a
// model value with encoding/json by accident cannot produce a second,
// undocumented form (Policy's MarshalJSON writes this one). Each type that
// mirrors a model type field for field (contactJSON and Contact) converts to
// and from it directly.

type policyJSON struct {
	Title           string               `json:"title,omitempty"`
	Controller      controllerJSON       `json:"controller,omitzero"`
	DPO             *contactJSON         `json:"dpo,omitempty"`
	Responsible     *contactJSON         `json:"responsible,omitempty"`
	Representatives []representativeJSON `json:"representatives,omitempty"`
	RepExempt       []Law                `json:"representative_exempt,omitempty"`
	Establishments  []establishmentJSON  `json:"establishments,omitempty"`
	Version         string               `json:"version,omitempty"`
	Effective       Date                 `json:"effective,omitzero"`
	Updated         Date                 `json:"updated,omitzero"`
	URL             string               `json:"url,omitempty"`
	Language        string               `json:"language,omitempty"`
	Laws            []Law                `json:"laws,omitempty"`
	LegalActs       []obligationJSON     `json:"legal_acts,omitempty"`
	Definitions     []Definition         `json:"definitions,omitempty"`
	Scope           []string             `json:"scope,omitempty"`
	Introduction    []string             `json:"introduction,omitempty"`
	Acknowledgement bool                 `json:"acknowledgement,omitempty"`
	Principles      []Principle          `json:"principles,omitempty"`
	SafetyTips      []SafetyTip          `json:"safety_tips,omitempty"`
	External        []ExternalService    `json:"external,omitempty"`
	SecurityCaveat  bool                 `json:"security_caveat,omitempty"`
	UserDuties      []UserDuty           `json:"user_duties,omitempty"`
	Commitments     []Commitment         `json:"commitments,omitempty"`
	Categories      []categoryJSON       `json:"categories,omitempty"`
	Storage         []storageJSON        `json:"storage,omitempty"`
	NotCollected    []exclusionJSON      `json:"not_collected,omitempty"`
	Purposes        []purposeJSON        `json:"purposes,omitempty"`
	Recipients      []recipientJSON      `json:"recipients,omitempty"`
	Transfers       []transferJSON       `json:"transfers,omitempty"`
	Disclosures     []disclosureJSON     `json:"disclosures,omitempty"`
	Deletion        []deletionJSON       `json:"deletion,omitempty"`
	Termination     []Event              `json:"termination,omitempty"`
	Cookies         []cookieJSON         `json:"cookies,omitempty"`
	Signals         signalsJSON          `json:"signals,omitzero"`
	Rights          []rightJSON          `json:"rights,omitempty"`
	Requests        requestsJSON         `json:"requests,omitzero"`
	Redress         []redressJSON        `json:"redress,omitempty"`
	NoAutomated     bool                 `json:"no_automated_decisions,omitempty"`
	CCPA            ccpaJSON             `json:"ccpa,omitzero"`
	Incentives      []incentiveJSON      `json:"incentives,omitempty"`
	USStates        usStatesJSON         `json:"us_states,omitzero"`
	GLBA            glbaJSON             `json:"glba,omitzero"`
	Security        []measureJSON        `json:"security,omitempty"`
	Links           linksJSON            `json:"links,omitzero"`
	Children        childrenJSON         `json:"children,omitzero"`
	Changes         changesJSON          `json:"changes,omitzero"`
	Contact         contactJSON          `json:"contact,omitzero"`

	// 152-FZ Art. 22: the operator's entry in Roskomnadzor's register.
	OperatorRegister operatorRegisterJSON `json:"operator_register,omitzero"`

	// What the policy leaves to the customers' policies and to the
	// controller's other notices (encoded after scope).
	CustomerData customerDataJSON `json:"customer_data,omitzero"`
	OtherNotices []noticeJSON     `json:"other_notices,omitempty"`
}

type controllerJSON struct {
	Name         string `json:"name,omitempty"`
	Email        string `json:"email,omitempty"`
	Phone        string `json:"phone,omitempty"`
	Address      string `json:"address,omitempty"`
	Website      string `json:"website,omitempty"`
	Registration string `json:"registration,omitempty"`
	Country      string `json:"country,omitempty"`
	Individual   bool   `json:"individual,omitempty"`
}

type ccpaJSON struct {
	Sold           Answer         `json:"sold,omitempty"`
	Shared         Answer         `json:"shared,omitempty"`
	OptOutURL      string         `json:"opt_out_url,omitempty"`
	RequestMethods []string       `json:"request_methods,omitempty"`
	TollFreeNumber string         `json:"toll_free_number,omitempty"`
	OnlineOnly     bool           `json:"online_only,omitempty"`
	SoldCategories []CCPACategory `json:"sold_categories,omitempty"`
	SensitiveUse   Answer         `json:"sensitive_use,omitempty"`
	LimitURL       string         `json:"limit_url,omitempty"`

	LargeVolume   bool             `json:"large_volume,omitempty"`
	Metrics       *ccpaMetricsJSON `json:"metrics,omitempty"`
	MetricsURL    string           `json:"metrics_url,omitempty"`
	Under16       Answer           `json:"under_16,omitempty"`
	OptInProcess  string           `json:"opt_in_process,omitempty"`
	ShineTheLight bool             `json:"shine_the_light,omitempty"`
}

// usStatesJSON is the wire form of USStatesNotice.
type usStatesJSON struct {
	Sells               Answer     `json:"sells,omitempty"`
	TargetedAdvertising Answer     `json:"targeted_advertising,omitempty"`
	Appeal              appealJSON `json:"appeal,omitzero"`
}

// glbaJSON is the wire form of GLBANotice.
type glbaJSON struct {
	Sharing         []glbaSharingJSON `json:"sharing,omitempty"`
	LimitHow        string            `json:"limit_how,omitempty"`
	WaitDays        int               `json:"wait_days,omitempty"`
	FormerCustomers bool              `json:"former_customers,omitempty"`
	JointAccounts   string            `json:"joint_accounts,omitempty"`
}

type glbaSharingJSON struct {
	Reason   GLBAReason `json:"reason"`
	Shares   Answer     `json:"shares,omitempty"`
	CanLimit Answer     `json:"can_limit,omitempty"`
}

type appealJSON struct {
	How             string `json:"how,omitempty"`
	URL             string `json:"url,omitempty"`
	Deadline        Period `json:"deadline,omitzero"`
	AttorneyGeneral bool   `json:"attorney_general,omitempty"`
}

type ccpaMetricsJSON struct {
	Year    int              `json:"year,omitempty"`
	Mean    bool             `json:"mean,omitempty"`
	Delete  ccpaRequestsJSON `json:"delete,omitzero"`
	Correct ccpaRequestsJSON `json:"correct,omitzero"`
	Know    ccpaRequestsJSON `json:"know,omitzero"`
	OptOut  ccpaRequestsJSON `json:"opt_out,omitzero"`
	Limit   ccpaRequestsJSON `json:"limit,omitzero"`
}

type ccpaRequestsJSON struct {
	Received int `json:"received,omitempty"`
	Complied int `json:"complied,omitempty"`
	Denied   int `json:"denied,omitempty"`
	Days     int `json:"days,omitempty"`
}

type representativeJSON struct {
	Region  string      `json:"region,omitempty"`
	Contact contactJSON `json:"contact,omitzero"`
}

type categoryJSON struct {
	ID           string         `json:"id"`
	Name         string         `json:"name,omitempty"`
	Items        []string       `json:"items,omitempty"`
	Description  string         `json:"description,omitempty"`
	Sensitivity  Sensitivity    `json:"sensitivity,omitempty"`
	Sources      []Source       `json:"sources,omitempty"`
	SourceDetail string         `json:"source_detail,omitempty"`
	DerivedFrom  []string       `json:"derived_from,omitempty"`
	Storage      []storageJSON  `json:"storage,omitempty"`
	Retention    retentionJSON  `json:"retention,omitzero"`
	Linked       bool           `json:"linked,omitempty"`
	Tracking     bool           `json:"tracking,omitempty"`
	Biometric    bool           `json:"biometric,omitempty"`
	Criminal     bool           `json:"criminal,omitempty"`
	Visibility   Visibility     `json:"visibility,omitempty"`
	OnDevice     OnDevice       `json:"on_device,omitempty"`
	VisibleTo    []Audience     `json:"visible_to,omitempty"`
	CCPA         []CCPACategory `json:"ccpa,omitempty"`
	Terms        termsJSON      `json:"terms,omitzero"`
	Commitments  []Commitment   `json:"commitments,omitempty"`
	Secrecy      secrecyJSON    `json:"secrecy,omitzero"`
	AutoDelete   []Period       `json:"auto_delete,omitempty"`

	DisseminationConsent bool  `json:"dissemination_consent,omitempty"`
	RecordingNotice      bool  `json:"recording_notice,omitempty"`
	DevicePermission     bool  `json:"device_permission,omitempty"`
	EndToEnd             bool  `json:"end_to_end,omitempty"`
	Zones                Zones `json:"zones,omitempty"`
	OthersConsent        bool  `json:"others_consent,omitempty"`
	ModelGenerated       bool  `json:"model_generated,omitempty"`

	GovernedBy SectoralLaw `json:"governed_by,omitempty"`
}

// secrecyJSON is the duty of secrecy that binds those who process a
// category's data (see [Secrecy]).
type secrecyJSON struct {
	Kind SecrecyKind      `json:"kind,omitempty"`
	Laws []obligationJSON `json:"laws,omitempty"`
}

// termsJSON links a declaration to standard vocabularies (see [Terms]).
type termsJSON struct {
	Fides []string `json:"fides,omitempty"`
	DPV   []string `json:"dpv,omitempty"`
	Apple []string `json:"apple,omitempty"`
	Play  []string `json:"play,omitempty"`
}

type storageJSON struct {
	Subjects string `json:"subjects,omitempty"`
	Location string `json:"location,omitempty"`
}

type incentiveJSON struct {
	ID         string   `json:"id"`
	Name       string   `json:"name,omitempty"`
	Summary    string   `json:"summary,omitempty"`
	Categories []string `json:"categories,omitempty"`
	OptIn      string   `json:"opt_in,omitempty"`
	Withdraw   string   `json:"withdraw,omitempty"`
	Value      string   `json:"value,omitempty"`
}

type exclusionJSON struct {
	ID       string    `json:"id"`
	Name     string    `json:"name,omitempty"`
	Category string    `json:"category,omitempty"`
	Class    DataClass `json:"class,omitempty"`
	Except   []string  `json:"except,omitempty"`
	Note     string    `json:"note,omitempty"`
}

type purposeJSON struct {
	ID          string         `json:"id"`
	Name        string         `json:"name,omitempty"`
	Description string         `json:"description,omitempty"`
	Categories  []string       `json:"categories,omitempty"`
	Bases       []Basis        `json:"bases,omitempty"`
	Interest    string         `json:"interest,omitempty"`
	Withdraw    string         `json:"withdraw,omitempty"`
	OptOut      bool           `json:"opt_out,omitempty"`
	OptOutHow   string         `json:"opt_out_how,omitempty"`
	Retention   retentionJSON  `json:"retention,omitzero"`
	Recipients  []string       `json:"recipients,omitempty"`
	Required    string         `json:"required,omitempty"`
	Automated   string         `json:"automated,omitempty"`
	Areas       []DecisionArea `json:"decision_areas,omitempty"`
	Human       bool           `json:"human_decision,omitempty"`
	Journalism  bool           `json:"journalism,omitempty"`
	MinimumAge  int            `json:"minimum_age,omitempty"`
	Scoring     bool           `json:"scoring,omitempty"`
	Profiling   bool           `json:"profiling,omitempty"`
	HighRisk    bool           `json:"high_risk_profiling,omitempty"`
	Marketing   bool           `json:"direct_marketing,omitempty"`
	Service     bool           `json:"service_messages,omitempty"`
	Past        bool           `json:"past,omitempty"`
	Terms       termsJSON      `json:"terms,omitzero"`

	// 152-FZ Art. 18.1(1)(2): subjects, actions and method per purpose.
	Subjects    []DataSubject    `json:"subjects,omitempty"`
	Actions     []Action         `json:"actions,omitempty"`
	Method      ProcessingMethod `json:"method,omitempty"`
	Obligations []obligationJSON `json:"obligations,omitempty"`
	// GDPR Art. 10, DPA 2018 Sch. 1, 152-FZ Art. 10(3): the authority
	// for criminal-offence data (encoded after obligations).
	Criminal criminalJSON `json:"criminal,omitzero"`

	// How consent is obtained and recorded, and the paid alternative to
	// it (encoded after withdraw).
	ConsentMethod   ConsentMethod       `json:"consent_method,omitempty"`
	ConsentLogged   bool                `json:"consent_logged,omitempty"`
	PaidAlternative paidAlternativeJSON `json:"paid_alternative,omitzero"`

	// What the purpose may block or suspend, and consent to the use of a
	// person's image (encoded after method).
	Suspension   suspensionJSON `json:"suspension,omitzero"`
	ImageConsent bool           `json:"image_consent,omitempty"`

	// The laws other than the data-protection law that require consent
	// to the purpose (encoded after paid_alternative).
	ConsentRequiredBy []obligationJSON `json:"consent_required_by,omitempty"`
	ConsentExemptBy   []obligationJSON `json:"consent_exempt_by,omitempty"`

	// The laws that forbid telling the person of a report about them
	// (encoded after image_consent).
	TippingOff []obligationJSON `json:"tipping_off,omitempty"`

	// The condition of DPA 2018 Schedule 1 for special categories
	// (encoded after tipping_off).
	SpecialCondition DPACondition `json:"special_condition,omitempty"`

	// The regions whose data subjects alone the purpose concerns
	// (encoded after special_condition).
	Regions []string `json:"regions,omitempty"`
	// The approval of research by an ethics committee (encoded after
	// special_condition).
	EthicsApproval bool `json:"ethics_approval,omitempty"`
	// How a person's age is checked before goods restricted by age are
	// supplied (encoded after ethics_approval).
	AgeChecks []AgeCheck `json:"age_checks,omitempty"`
}

// criminalJSON is a purpose's authority for processing data relating to
// criminal convictions and offences (see [CriminalAuthority]).
type criminalJSON struct {
	Official  bool             `json:"official,omitempty"`
	Laws      []obligationJSON `json:"laws,omitempty"`
	Condition DPACondition     `json:"condition,omitempty"`
}

type obligationJSON struct {
	Act    string `json:"act,omitempty"`
	Region string `json:"region,omitempty"`
}

type recipientJSON struct {
	ID          string        `json:"id"`
	Name        string        `json:"name,omitempty"`
	Role        RecipientRole `json:"role,omitempty"`
	Categories  []string      `json:"categories,omitempty"`
	Purpose     string        `json:"purpose,omitempty"`
	Country     string        `json:"country,omitempty"`
	Conditional bool          `json:"conditional,omitempty"`
	NoticeURL   string        `json:"notice_url,omitempty"`
	Retention   Period        `json:"retention,omitzero"`

	// Arrangement follows Retention so that the encoding of recipients
	// that state none is unchanged.
	Arrangement string `json:"arrangement,omitempty"`
	// Commitments follow Arrangement so that the encoding of recipients
	// that make none is unchanged.
	Commitments []Commitment `json:"commitments,omitempty"`
	// OwnPolicy follows Commitments so that the encoding of recipients
	// that do not state it is unchanged.
	OwnPolicy bool `json:"own_policy,omitempty"`
}

type transferJSON struct {
	Origin      string    `json:"origin,omitempty"`
	Destination string    `json:"destination,omitempty"`
	Recipient   string    `json:"recipient,omitempty"`
	Categories  []string  `json:"categories,omitempty"`
	Safeguard   Safeguard `json:"safeguard,omitempty"`
	Laws        []Law     `json:"laws,omitempty"`
	Note        string    `json:"note,omitempty"`
	// Organisation, WithinScope and Notified follow Note so that the
	// encoding of transfers that state none of them is unchanged.
	Organisation Organisation `json:"organisation,omitempty"`
	WithinScope  bool         `json:"within_scope,omitempty"`
	Notified     Date         `json:"notified,omitzero"`
	NoticeGiven  bool         `json:"notice_given,omitempty"`
	Risks        string       `json:"risks,omitempty"`

	// ChosenDestination stands for Destination where the data subject's
	// choice determines the country.
	ChosenDestination ChosenDestination `json:"chosen_destination,omitempty"`
}

type contactJSON struct {
	Name    string `json:"name,omitempty"`
	Email   string `json:"email,omitempty"`
	Phone   string `json:"phone,omitempty"`
	Address string `json:"address,omitempty"`
	Website string `json:"website,omitempty"`
}

type retentionJSON struct {
	Kind      RetentionKind `json:"rule,omitempty"`
	Period    Period        `json:"period,omitzero"`
	From      Event         `json:"from,omitempty"`
	Law       string        `json:"law,omitempty"`
	Criteria  string        `json:"criteria,omitempty"`
	Anonymise bool          `json:"anonymise,omitempty"`
	LegalHold bool          `json:"legal_hold,omitempty"`
	Note      string        `json:"note,omitempty"`
}

type rightJSON struct {
	Kind RightKind `json:"kind,omitempty"`
	How  string    `json:"how,omitempty"`
}

type measureJSON struct {
	Kind        MeasureKind      `json:"kind,omitempty"`
	Name        string           `json:"name,omitempty"`
	Description string           `json:"description,omitempty"`
	Breach      breachNoticeJSON `json:"breach,omitzero"`
}

type breachNoticeJSON struct {
	Authority Period `json:"authority,omitzero"`
	Results   Period `json:"results,omitzero"`
}

type childrenJSON struct {
	MinimumAge      int                `json:"minimum_age,omitempty"`
	Note            string             `json:"note,omitempty"`
	ParentalConsent bool               `json:"parental_consent,omitempty"`
	SchoolConsent   bool               `json:"school_consent,omitempty"`
	ByRegion        []ageLimitJSON     `json:"by_region,omitempty"`
	ConsentAge      int                `json:"consent_age,omitempty"`
	Restrictions    []ChildRestriction `json:"restrictions,omitempty"`
	AgeChecks       []AgeCheck         `json:"age_checks,omitempty"`
	ParentRequests  string             `json:"parent_requests,omitempty"`
	BestInterest    bool               `json:"best_interest,omitempty"`
	Scope           string             `json:"scope,omitempty"`
}

type ageLimitJSON struct {
	Region string `json:"region,omitempty"`
	Age    int    `json:"age,omitempty"`
}

type changesJSON struct {
	Notify       []Channel `json:"notify,omitempty"`
	AllChannels  bool      `json:"all_channels,omitempty"`
	MaterialOnly bool      `json:"material_only,omitempty"`
	Notice       Period    `json:"notice,omitzero"`
	HistoryURL   string    `json:"history_url,omitempty"`
	Note         string    `json:"note,omitempty"`
	// EffectiveOnPosting follows Note so that the encoding of changes
	// that do not state it is unchanged.
	EffectiveOnPosting bool `json:"effective_on_posting,omitempty"`
}

type establishmentJSON struct {
	Region        string      `json:"region,omitempty"`
	Contact       contactJSON `json:"contact,omitzero"`
	ControllerFor string      `json:"controller_for,omitempty"`
}

type disclosureJSON struct {
	Kind          DisclosureKind `json:"kind,omitempty"`
	Notice        bool           `json:"notice,omitempty"`
	SamePromises  bool           `json:"same_promises,omitempty"`
	ReportURL     string         `json:"report_url,omitempty"`
	Jurisdictions []string       `json:"jurisdictions,omitempty"`
	Note          string         `json:"note,omitempty"`
}

type deletionJSON struct {
	From       Event        `json:"from,omitempty"`
	Categories []string     `json:"categories,omitempty"`
	Stages     []stageJSON  `json:"stages,omitempty"`
	LegalHold  bool         `json:"legal_hold,omitempty"`
	Shared     bool         `json:"shared_copies,omitempty"`
	Kept       []KeptReason `json:"kept,omitempty"`
	KeptFor    Period       `json:"kept_for,omitzero"`
	Restricted bool         `json:"kept_restricted,omitempty"`
	Note       string       `json:"note,omitempty"`
}

type stageJSON struct {
	Removal Removal `json:"removal,omitempty"`
	Within  Period  `json:"within,omitzero"`
}

type cookieJSON struct {
	ID                string        `json:"id"`
	Name              string        `json:"name,omitempty"`
	Technology        Technology    `json:"technology,omitempty"`
	Party             Party         `json:"party,omitempty"`
	Provider          string        `json:"provider,omitempty"`
	ProviderName      string        `json:"provider_name,omitempty"`
	Purpose           string        `json:"purpose,omitempty"`
	Categories        []string      `json:"categories,omitempty"`
	Lifetime          lifetimeJSON  `json:"lifetime,omitzero"`
	StrictlyNecessary bool          `json:"strictly_necessary,omitempty"`
	Consent           CookieConsent `json:"consent,omitempty"`
	Note              string        `json:"note,omitempty"`
}

type lifetimeJSON struct {
	Expiry Expiry `json:"expiry,omitempty"`
	Period Period `json:"period,omitzero"`
}

type signalsJSON struct {
	DoNotTrack           Answer `json:"do_not_track,omitempty"`
	GlobalPrivacyControl Answer `json:"global_privacy_control,omitempty"`
}

type requestsJSON struct {
	Verification       []Verification  `json:"verification,omitempty"`
	VerificationDetail string          `json:"verification_detail,omitempty"`
	Agents             Answer          `json:"agents,omitempty"`
	Deadline           Period          `json:"deadline,omitzero"`
	Extension          Period          `json:"extension,omitzero"`
	WorkingDays        bool            `json:"working_days,omitempty"`
	WithoutAccount     string          `json:"without_account,omitempty"`
	Contents           []RequestDetail `json:"contents,omitempty"`
	RepeatAfter        Period          `json:"repeat_after,omitzero"`
}

type redressJSON struct {
	Kind    RedressKind `json:"kind,omitempty"`
	Contact contactJSON `json:"contact,omitzero"`
	Region  string      `json:"region,omitempty"`
}

type linksJSON struct {
	Subprocessors  string `json:"subprocessors,omitempty"`
	Security       string `json:"security,omitempty"`
	CookieSettings string `json:"cookie_settings,omitempty"`
	RequestForm    string `json:"request_form,omitempty"`
	Vendors        string `json:"vendors,omitempty"`

	Recommendations string `json:"recommendations,omitempty"`
}

// operatorRegisterJSON mirrors OperatorRegister (152-FZ Art. 22).
type operatorRegisterJSON struct {
	Number   string `json:"number,omitempty"`
	Notified Date   `json:"notified,omitzero"`
	Exempt   bool   `json:"exempt,omitempty"`
}

// customerDataJSON mirrors CustomerData: the data processed on behalf of
// customers, which the policy does not cover.
type customerDataJSON struct {
	Customers        string `json:"customers,omitempty"`
	Data             string `json:"data,omitempty"`
	TermsURL         string `json:"terms_url,omitempty"`
	ContractPrevails bool   `json:"contract_prevails,omitempty"`
	ChoosesStorage   bool   `json:"chooses_storage,omitempty"`
	ForwardsRequests bool   `json:"forwards_requests,omitempty"`
}

// noticeJSON mirrors Notice: another notice of the controller's.
type noticeJSON struct {
	Covers string `json:"covers,omitempty"`
	URL    string `json:"url,omitempty"`
}

// suspensionJSON mirrors Suspension: what a purpose may block or suspend,
// why, and how the person contests it.
type suspensionJSON struct {
	Targets       []SuspensionTarget `json:"targets,omitempty"`
	Grounds       []SuspensionGround `json:"grounds,omitempty"`
	Automated     Answer             `json:"automated,omitempty"`
	Contest       string             `json:"contest,omitempty"`
	ContestURL    string             `json:"contest_url,omitempty"`
	ContestWithin Period             `json:"contest_within,omitzero"`
	HumanReview   bool               `json:"human_review,omitempty"`
	Reasons       bool               `json:"reasons,omitempty"`
	OutOfCourt    bool               `json:"out_of_court,omitempty"`
}

// paidAlternativeJSON mirrors PaidAlternative: the offer taken instead of
// consent.
type paidAlternativeJSON struct {
	Offer string `json:"offer,omitempty"`
	URL   string `json:"url,omitempty"`
}
