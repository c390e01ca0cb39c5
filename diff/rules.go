package diff

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gopolicy/policy"
)

// A rule says how the values at one wire path are compared and classed.
type rule struct {
	// noun names what the path holds, for summaries; by default the last
	// field name of the path.
	noun string
	// key lists, for the elements of a list of objects, the fields that
	// identify an element across versions.
	key []string
	// ident marks a field that is part of its element's key: matched
	// elements never differ in it.
	ident bool
	// whole makes an object compared as one value, not field by field.
	whole bool
	// judge decides whether a change is material; nil for editorial
	// values. An object without a judge that appears or disappears is
	// material when one of its fields would be.
	judge judge
}

// A judge decides whether a change of the given kind from old to new (nil
// where absent) is material, and says why; an empty reason keeps the
// change's own summary.
type judge func(kind Kind, old, next []byte) (material bool, why string)

// rules is the materiality table, keyed by wire path pattern: the field
// names of the canonical encoding joined by dots, with "[]" for the
// elements of a list of objects. Every path of [policy.JSONSchema] has an
// entry here or under a whole ancestor; TestRulesCoverSchema keeps it so.
// It is read-only.
var rules = map[string]rule{
	"title":               {},
	"version":             {},
	"effective":           {noun: "effective date"},
	"updated":             {noun: "date of the last update"},
	"url":                 {noun: "URL"},
	"language":            {},
	"laws":                {noun: "laws", judge: always("the laws the policy follows changed")},
	"legal_acts[]":        {noun: "act the processing rests on", key: []string{"region", "act"}, judge: when(Removed, "the processing no longer rests on an act it named")},
	"legal_acts[].act":    {ident: true},
	"legal_acts[].region": {ident: true},
	"scope":               {},
	"introduction":        {},
	"acknowledgement":     {noun: "acknowledgement that using the services confirms reading the policy"},
	"principles":          {},
	"safety_tips":         {noun: "safety advice"},
	"external":            {noun: "services of others the policy does not cover", judge: grows("the policy no longer covers")},
	"security_caveat":     {noun: "caveat that no security is complete"},
	"user_duties":         {noun: "what we ask of you about the data you give", judge: grows("you are now asked to answer for")},

	"controller":              {},
	"controller.name":         {noun: "controller's name", judge: when(Changed, "another controller")},
	"controller.country":      {noun: "controller's country", judge: when(Changed, "the controller is in another country")},
	"controller.email":        {},
	"controller.phone":        {},
	"controller.address":      {},
	"controller.website":      {},
	"controller.registration": {},
	"controller.individual":   {noun: "statement that the controller is an individual", judge: always("the controller's legal form changed: a natural person and a legal entity are different controllers")},

	"dpo":                 {noun: "data protection officer", judge: when(Removed, "the data protection officer is no longer named")},
	"dpo.name":            {},
	"dpo.email":           {},
	"dpo.phone":           {},
	"dpo.address":         {},
	"dpo.website":         {},
	"responsible":         {noun: "person responsible for organising the processing", judge: when(Removed, "the person responsible for organising the processing is no longer named")},
	"responsible.name":    {},
	"responsible.email":   {},
	"responsible.phone":   {},
	"responsible.address": {},
	"responsible.website": {},

	"representatives[]":                 {noun: "representative", key: []string{"region"}, judge: when(Removed, "a representative is no longer named")},
	"representatives[].region":          {ident: true},
	"representative_exempt":             {noun: "exemption from naming a representative", judge: grows("now claims an exemption from naming a representative")},
	"representatives[].contact":         {},
	"representatives[].contact.name":    {},
	"representatives[].contact.email":   {},
	"representatives[].contact.phone":   {},
	"representatives[].contact.address": {},
	"representatives[].contact.website": {},

	// An establishment brings the law of its place with it.
	"establishments[]":                 {noun: "establishment", key: []string{"region"}, judge: always("")},
	"establishments[].region":          {ident: true},
	"establishments[].contact":         {},
	"establishments[].contact.name":    {},
	"establishments[].contact.email":   {},
	"establishments[].contact.phone":   {},
	"establishments[].contact.address": {},
	"establishments[].contact.website": {},
	"establishments[].controller_for":  {noun: "users it is the controller for", judge: always("another controller for some users")},

	"commitments": {judge: shrinks("no longer promises")},

	"categories[]":                    {noun: "category", key: []string{"id"}, judge: when(Added, "")},
	"categories[].id":                 {ident: true},
	"categories[].name":               {},
	"categories[].description":        {},
	"categories[].items":              {judge: grows("collects more")},
	"categories[].sensitivity":        {judge: moreSensitive},
	"categories[].sources":            {judge: grows("new sources")},
	"categories[].source_detail":      {noun: "source detail"},
	"categories[].storage[]":          {noun: "storage location", key: []string{"subjects"}, judge: when(Added, "stored in a new country")},
	"categories[].storage[].subjects": {ident: true},
	"categories[].storage[].location": {noun: "storage country", judge: unless(Removed, "stored in another country")},
	"categories[].retention":          {whole: true, judge: keptLonger},
	"categories[].linked":             {noun: "link to the user", judge: when(Added, "now linked to the user's identity")},
	"categories[].tracking":           {noun: "use for tracking", judge: when(Added, "now used for tracking")},
	"categories[].biometric":          {noun: "biometric use", judge: when(Added, "now used to identify people biometrically")},
	"categories[].criminal":           {noun: "criminal-offence data", judge: when(Added, "now relates to criminal convictions and offences")},
	"categories[].visibility":         {noun: "visibility", judge: morePublic},
	"categories[].on_device":          {noun: "processing on the device", judge: leavesDevice},
	"categories[].visible_to":         {noun: "who can see this data", judge: grows("visible to more people")},
	"categories[].ccpa":               {noun: "CCPA categories", judge: grows("new CCPA categories")},
	// Deriving a category from more data is new processing of that data;
	// a promise made for one category is a promise like the policy's own.
	"categories[].derived_from": {noun: "data it is derived from", judge: grows("now derived from more data")},
	"categories[].commitments":  {noun: "commitments for this data", judge: shrinks("no longer promises for this data")},
	// A period the user could choose for automatic deletion, once
	// withdrawn, is a choice taken away; a new one only adds a choice.
	"categories[].auto_delete": {noun: "periods for automatic deletion", judge: shrinks("no longer lets you choose automatic deletion after")},
	// A duty of secrecy protects the data; dropping it, or a law laying
	// it down, takes a protection away.
	"categories[].secrecy":               {noun: "duty of secrecy", judge: when(Removed, "no longer states a duty of secrecy for this data")},
	"categories[].secrecy.kind":          {noun: "kind of secrecy", judge: unless(Added, "another duty of secrecy, or none")},
	"categories[].secrecy.laws[]":        {noun: "law laying down the duty of secrecy", key: []string{"region", "act"}, judge: when(Removed, "no longer names a law laying down its duty of secrecy")},
	"categories[].secrecy.laws[].act":    {ident: true},
	"categories[].secrecy.laws[].region": {ident: true},
	// Links to standard vocabularies describe the data; they change no
	// practice.
	"categories[].terms": {noun: "vocabulary terms", whole: true},

	"storage[]":          {noun: "storage location", key: []string{"subjects"}, judge: when(Added, "stored in a new country")},
	"storage[].subjects": {ident: true},
	"storage[].location": {noun: "storage country", judge: unless(Removed, "stored in another country")},

	"not_collected[]":          {noun: "exclusion", key: []string{"id"}, judge: when(Removed, "no longer states that this data is not collected")},
	"not_collected[].id":       {ident: true},
	"not_collected[].name":     {},
	"not_collected[].category": {},
	"not_collected[].class":    {noun: "excluded class of data", judge: unless(Added, "no longer excludes this class of data")},
	"not_collected[].except":   {noun: "exceptions", judge: grows("new exceptions to what is not collected")},
	"not_collected[].note":     {},

	"purposes[]":                     {noun: "purpose", key: []string{"id"}, judge: when(Added, "")},
	"purposes[].id":                  {ident: true},
	"purposes[].name":                {},
	"purposes[].description":         {},
	"purposes[].categories":          {noun: "categories", judge: grows("uses more data")},
	"purposes[].bases":               {noun: "legal grounds", judge: awayFromConsent},
	"purposes[].interest":            {noun: "legitimate interest"},
	"purposes[].withdraw":            {noun: "how to withdraw consent"},
	"purposes[].opt_out":             {noun: "opt-out", judge: when(Removed, "users can no longer opt out")},
	"purposes[].opt_out_how":         {noun: "way to opt out"},
	"purposes[].retention":           {whole: true, judge: keptLonger},
	"purposes[].recipients":          {noun: "recipients", judge: grows("new recipients")},
	"purposes[].required":            {noun: "why the data is required"},
	"purposes[].automated":           {noun: "automated decision-making", judge: when(Added, "new automated decision-making")},
	"purposes[].minimum_age":         {noun: "minimum age for the purpose", judge: youngerOrNone},
	"purposes[].journalism":          {noun: "statement that the purpose is journalism", judge: when(Added, "now exempt as journalism from several of your rights")},
	"purposes[].service_messages":    {noun: "statement that the purpose's messages are not marketing"},
	"purposes[].scoring":             {noun: "scores others use to decide", judge: when(Added, "now produces scores others use to take decisions about you")},
	"purposes[].decision_areas":      {noun: "areas automated decisions concern", judge: grows("automated decisions now concern")},
	"purposes[].human_decision":      {noun: "decisions taken by a person", judge: when(Removed, "a person no longer takes every decision")},
	"purposes[].profiling":           {noun: "profiling", judge: when(Added, "now involves profiling")},
	"purposes[].high_risk_profiling": {noun: "high-risk profiling", judge: when(Added, "now involves high-risk profiling")},
	"purposes[].direct_marketing":    {noun: "direct marketing", judge: when(Added, "is now used for direct marketing")},
	"purposes[].past":                {noun: "past use", judge: when(Removed, "pursued again")},
	"purposes[].terms":               {noun: "vocabulary terms", whole: true},

	// Naming the law behind a legal obligation or public task explains
	// a ground the purpose already rests on: editorial.
	"purposes[].obligations[]":        {noun: "law laying down the obligation", key: []string{"region", "act"}},
	"purposes[].obligations[].act":    {ident: true},
	"purposes[].obligations[].region": {ident: true},

	// The authority for criminal-offence data explains processing the
	// categories already declare (categories[].criminal, which is
	// material): naming it, or more of it, is editorial, but another
	// condition of DPA 2018 Schedule 1 rests the processing on other
	// terms, and an authority, a law or a condition that is dropped
	// leaves it resting on less, or on none under a law that asked for
	// what was dropped.
	"purposes[].criminal":               {noun: "authority for criminal-offence data", judge: when(Removed, "no longer states its authority for criminal-offence data")},
	"purposes[].criminal.official":      {noun: "official authority for criminal-offence data", judge: when(Removed, "no longer processes criminal-offence data under official authority")},
	"purposes[].criminal.laws[]":        {noun: "law authorising criminal-offence data", key: []string{"region", "act"}, judge: when(Removed, "no longer names a law authorising its criminal-offence data")},
	"purposes[].criminal.laws[].act":    {ident: true},
	"purposes[].criminal.laws[].region": {ident: true},
	"purposes[].criminal.condition":     {noun: "Schedule 1 condition for criminal-offence data", judge: unless(Added, "another condition of DPA 2018 Schedule 1, or none")},

	"recipients[]":             {noun: "recipient", key: []string{"id"}, judge: when(Added, "")},
	"recipients[].id":          {ident: true},
	"recipients[].name":        {},
	"recipients[].role":        {judge: when(Changed, "another role")},
	"recipients[].categories":  {noun: "categories", judge: grows("receives more data")},
	"recipients[].purpose":     {},
	"recipients[].country":     {judge: unless(Removed, "processes data in another country")},
	"recipients[].conditional": {judge: when(Removed, "now receives data in the ordinary course")},
	"recipients[].notice_url":  {noun: "recipient's own privacy notice"},
	"recipients[].own_policy":  {noun: "statement that the recipient's own privacy policy governs the data", judge: when(Added, "now uses your data under its own privacy policy")},
	"recipients[].retention":   {noun: "period the recipient keeps the data", judge: longer("the recipient may keep the data longer")},

	// The arrangement between joint controllers decides whom the user
	// deals with: stating it where none was is editorial, but another
	// division of responsibilities, or none, changes it.
	"recipients[].arrangement": {noun: "arrangement between the joint controllers", judge: unless(Added, "another division of responsibilities between the joint controllers, or none")},
	// A promise that binds a recipient protects the data like the
	// policy's own: dropping one takes a protection away.
	"recipients[].commitments": {noun: "commitments binding the recipient", judge: shrinks("the recipient is no longer bound to")},

	"transfers[]":              {noun: "transfer", key: []string{"origin", "destination", "chosen_destination", "recipient"}, judge: when(Added, "")},
	"transfers[].origin":       {ident: true},
	"transfers[].destination":  {ident: true},
	"transfers[].recipient":    {ident: true},
	"transfers[].categories":   {noun: "categories", judge: grows("transfers more data")},
	"transfers[].safeguard":    {judge: always("another safeguard")},
	"transfers[].laws":         {},
	"transfers[].note":         {},
	"transfers[].organisation": {noun: "international organisation", judge: always("data goes to another international organisation")},
	"transfers[].within_scope": {noun: "statement that the recipient is within the adequacy decision's scope"},
	"transfers[].notified":     {noun: "date the authority was notified"},
	"transfers[].notice_given": {noun: "statement that the authority was notified", judge: when(Removed, "no longer says the authority was notified before the transfer")},
	"transfers[].risks":        {noun: "risks of the transfer"},

	// The country the data subject's choice determines stands for the
	// destination, and identifies the transfer as it does.
	"transfers[].chosen_destination": {ident: true},

	// Circumstances of disclosure: a new one, or a promise dropped, is
	// material; the transparency report's address is not.
	"disclosures[]":               {noun: "circumstance of disclosure", key: []string{"kind"}, judge: when(Added, "")},
	"disclosures[].kind":          {ident: true},
	"disclosures[].notice":        {noun: "notice to users", judge: when(Removed, "users are no longer told before data is disclosed")},
	"disclosures[].same_promises": {noun: "buyer bound by the same promises", judge: when(Removed, "a buyer is no longer bound by these promises")},
	"disclosures[].report_url":    {noun: "transparency report"},
	"disclosures[].jurisdictions": {noun: "jurisdictions whose authorities alone we answer", judge: widens("now answers the authorities of more jurisdictions", "now answers the authorities of any country, no longer only those of the jurisdictions it named")},
	"disclosures[].note":          {},

	"deletion[]":                  {noun: "staged deletion", key: []string{"from"}, judge: when(Removed, "no longer states how deletion proceeds")},
	"deletion[].from":             {ident: true},
	"deletion[].categories":       {noun: "categories"},
	"deletion[].stages[]":         {noun: "stage of deletion", key: []string{"removal"}},
	"deletion[].stages[].removal": {ident: true},
	"deletion[].stages[].within":  {noun: "time a stage takes", judge: longer("deletion takes longer")},
	"deletion[].legal_hold":       {noun: "legal hold", judge: when(Added, "data may now be kept under a legal hold")},
	"deletion[].shared_copies":    {noun: "copies others keep", judge: when(Added, "what you shared now stays with others after deletion")},
	"deletion[].kept":             {noun: "reasons data outlives deletion", judge: grows("some data now outlives deletion")},
	"deletion[].kept_for":         {noun: "time data outlives deletion", judge: longer("some data now outlives deletion for longer")},
	"deletion[].kept_restricted":  {noun: "restriction of data kept after deletion", judge: when(Removed, "data kept after deletion is no longer restricted to the reason it is kept")},
	"deletion[].note":             {},

	"termination": {noun: "events on which processing ends", judge: shrinks("processing no longer ends on")},
	"definitions": {noun: "terms the policy defines"},

	"cookies[]":                    {noun: "cookie", key: []string{"id"}, judge: when(Added, "")},
	"cookies[].id":                 {ident: true},
	"cookies[].name":               {},
	"cookies[].technology":         {},
	"cookies[].party":              {judge: becomes("third", "now set by a third party")},
	"cookies[].provider":           {judge: unless(Removed, "set by another provider")},
	"cookies[].provider_name":      {noun: "provider", judge: unless(Removed, "set by another provider")},
	"cookies[].purpose":            {judge: unless(Removed, "used for another purpose")},
	"cookies[].categories":         {noun: "categories", judge: grows("collects more")},
	"cookies[].lifetime":           {whole: true, judge: lastsLonger},
	"cookies[].strictly_necessary": {noun: "exemption from consent", judge: when(Added, "now set without consent")},
	"cookies[].consent":            {noun: "way of setting", judge: becomes("opt_out", "now set unless you opt out")},
	"cookies[].note":               {},

	"signals":                        {},
	"signals.do_not_track":           {noun: "answer to Do Not Track", judge: becomes("no", "no longer honours Do Not Track")},
	"signals.global_privacy_control": {noun: "answer to Global Privacy Control", judge: becomes("no", "no longer honours Global Privacy Control")},

	"rights[]":      {noun: "right", key: []string{"kind"}, judge: rightDropped},
	"rights[].kind": {ident: true},
	"rights[].how":  {noun: "how to exercise the right"},

	"requests":                     {},
	"requests.verification":        {noun: "ways of verification"},
	"requests.verification_detail": {noun: "verification detail"},
	"requests.agents":              {noun: "authorised agents", judge: becomes("no", "authorised agents are no longer accepted")},
	"requests.deadline":            {noun: "answer deadline", judge: longer("requests are answered later")},
	"requests.extension":           {noun: "extension of the answer deadline", judge: longer("answers may be delayed longer")},
	"requests.working_days":        {noun: "counting of the answer deadline in working days", judge: when(Added, "the answer deadline now counts working days, so answers may come later")},
	"requests.without_account":     {noun: "route for people without an account", judge: when(Removed, "no longer says how people without an account make a request")},
	"requests.contents":            {noun: "details a request must contain", judge: grows("a request must now also contain")},
	"requests.repeat_after":        {noun: "time before a request may be repeated", judge: waitsLonger("a repeated request must wait longer")},

	"redress[]":                 {noun: "body for complaints", key: []string{"kind", "region"}, judge: when(Removed, "a body users can complain to is no longer named")},
	"redress[].kind":            {ident: true},
	"redress[].region":          {ident: true},
	"redress[].contact":         {},
	"redress[].contact.name":    {},
	"redress[].contact.email":   {},
	"redress[].contact.phone":   {},
	"redress[].contact.address": {},
	"redress[].contact.website": {},

	"no_automated_decisions": {noun: "statement that no automated decisions are made", judge: when(Removed, "no longer states that no decisions are made by automated means alone")},

	"ccpa":                  {noun: "CCPA notice"},
	"ccpa.sold":             {noun: "sale of personal information", judge: becomes("yes", "starts selling personal information")},
	"ccpa.shared":           {noun: "sharing of personal information", judge: becomes("yes", "starts sharing personal information for cross-context behavioral advertising")},
	"ccpa.opt_out_url":      {noun: "opt-out URL"},
	"ccpa.request_methods":  {noun: "request methods"},
	"ccpa.toll_free_number": {noun: "toll-free number for requests"},
	"ccpa.online_only":      {noun: "statement that the business operates only online"},
	"ccpa.sold_categories":  {noun: "categories of personal information sold or shared", judge: grows("sells or shares new categories of personal information")},
	"ccpa.sensitive_use":    {noun: "use of sensitive personal information beyond the permitted purposes", judge: becomes("yes", "starts using sensitive personal information beyond the permitted purposes")},
	"ccpa.limit_url":        {noun: "\"Limit the Use of My Sensitive Personal Information\" link"},

	// The metrics report past requests: editorial. Knowingly selling or
	// sharing minors' data is a new practice.
	"ccpa.shine_the_light": {noun: "right to ask which data we disclosed for others' direct marketing", judge: when(Removed, "you can no longer ask which personal information we disclosed to others for their direct marketing")},
	"ccpa.large_volume":    {noun: "statement that the business handles the personal information of 10,000,000 or more consumers"},
	"ccpa.metrics":         {noun: "request metrics", whole: true},
	"ccpa.metrics_url":     {noun: "link to the request metrics"},
	"ccpa.under_16":        {noun: "sale or sharing of the personal information of consumers under 16", judge: becomes("yes", "starts selling or sharing the personal information of consumers under 16")},
	"ccpa.opt_in_process":  {noun: "opt-in process for consumers under 16"},

	// The notice under the US state privacy laws: starting to sell or to
	// target advertising is material, as is a longer time to answer an
	// appeal.
	"us_states":                         {noun: "notice under US state privacy laws", judge: when(Removed, "no longer says whether it sells personal data or targets advertising, or how to appeal")},
	"us_states.sells":                   {noun: "sale of personal data", judge: becomes("yes", "starts selling personal data")},
	"us_states.targeted_advertising":    {noun: "processing of personal data for targeted advertising", judge: becomes("yes", "starts processing personal data for targeted advertising")},
	"us_states.appeal":                  {noun: "appeal process"},
	"us_states.appeal.how":              {noun: "how to appeal", judge: when(Removed, "no longer says how to appeal a refusal")},
	"us_states.appeal.url":              {noun: "appeal form"},
	"us_states.appeal.deadline":         {noun: "time to answer an appeal", judge: longer("appeals are answered later")},
	"us_states.appeal.attorney_general": {noun: "statement on contacting the Attorney General after a denied appeal", judge: when(Removed, "no longer says that a consumer whose appeal is denied is told how to contact the Attorney General")},

	// A new financial incentive, or one that uses more data, is a new
	// practice; the rest of its notice is wording.
	// A financial institution's notice under the Gramm-Leach-Bliley Act:
	// sharing for a new reason, or a limit withdrawn, changes what
	// happens to a customer's information.
	"glba":                     {noun: "notice under the Gramm-Leach-Bliley Act", judge: when(Removed, "no longer says why it shares customers' information or whether they can limit it")},
	"glba.sharing[]":           {noun: "reason to share customers' information", key: []string{"reason"}, judge: when(Added, "states a new reason to share customers' information")},
	"glba.sharing[].reason":    {ident: true},
	"glba.sharing[].shares":    {noun: "sharing for the reason", judge: becomes("yes", "starts sharing customers' information for this reason")},
	"glba.sharing[].can_limit": {noun: "customers' choice to limit the sharing", judge: becomes("no", "customers can no longer limit this sharing")},
	"glba.limit_how":           {noun: "how customers limit sharing", judge: when(Removed, "no longer says how customers limit sharing")},
	"glba.wait_days":           {noun: "days before a new customer's information is shared", judge: sooner},
	"glba.former_customers":    {noun: "sharing of former customers' information", judge: becomes("true", "goes on sharing former customers' information")},
	"glba.joint_accounts":      {noun: "how choices apply to joint accounts"},

	"incentives[]":            {noun: "financial incentive", key: []string{"id"}, judge: when(Added, "offers a new financial incentive for personal information")},
	"incentives[].id":         {ident: true},
	"incentives[].name":       {},
	"incentives[].summary":    {noun: "summary of the financial incentive"},
	"incentives[].categories": {noun: "personal information the financial incentive uses", judge: grows("the financial incentive uses more personal information")},
	"incentives[].opt_in":     {noun: "how to join the financial incentive"},
	"incentives[].withdraw":   {noun: "how to leave the financial incentive"},
	"incentives[].value":      {noun: "value of the data in the financial incentive"},

	"security[]":             {noun: "security measure", key: []string{"kind", "name"}},
	"security[].kind":        {ident: true},
	"security[].name":        {ident: true},
	"security[].description": {},
	// A later notice of a breach, or none promised, is material.
	"security[].breach":           {noun: "times to report a breach", judge: when(Removed, "no longer states how soon a breach is reported")},
	"security[].breach.authority": {noun: "time to notify the authority of a breach", judge: longer("the authority is told of a breach later")},
	"security[].breach.results":   {noun: "time to report the results of a breach investigation", judge: longer("the results of a breach investigation are reported later")},

	"links":                 {},
	"links.subprocessors":   {noun: "link to the subprocessors"},
	"links.security":        {noun: "link to the security overview"},
	"links.cookie_settings": {noun: "link to the cookie settings"},
	"links.request_form":    {noun: "link to the request form"},
	"links.vendors":         {noun: "link to the vendor list"},
	"links.recommendations": {noun: "link to the rules of the recommendation technologies"},

	"children":                  {},
	"children.minimum_age":      {noun: "minimum age", judge: younger},
	"children.note":             {},
	"children.parental_consent": {noun: "use by younger children with a parent's consent", judge: becomes("true", "lets younger children use the service with a parent's consent")},
	"children.school_consent":   {noun: "use by younger children with their school's authorisation", judge: becomes("true", "lets younger children use the service on their school's authorisation")},
	"children.parent_requests":  {noun: "how parents review and delete their child's data", judge: when(Removed, "no longer says how parents review and delete their child's data")},
	"children.scope":            {noun: "what the minimum age applies to", judge: when(Added, "the minimum age now applies to only part of the services")},
	"children.best_interest":    {noun: "statement that children's data is processed in their best interest", judge: when(Removed, "no longer says that children's data is processed in their best interest")},
	// Whether a region's own age admits younger children depends on the
	// general age, which the element does not hold: adding or dropping
	// one is material either way.
	"children.by_region[]":        {noun: "minimum age in a region", key: []string{"region"}, judge: always("the minimum age in a region changed")},
	"children.by_region[].region": {ident: true},
	"children.by_region[].age":    {noun: "minimum age", judge: younger},
	// A lower consent age lets younger users consent without a parent.
	"children.consent_age":  {noun: "age from which users consent alone", judge: younger},
	"children.restrictions": {noun: "restrictions for younger users", judge: shrinks("no longer withholds from younger users")},
	// A new way of checking age collects new data, such as a photo of
	// the face or an identity document.
	"children.age_checks": {noun: "ways of checking users' age", judge: grows("checks users' age in new ways")},

	"changes":               {},
	"changes.notify":        {noun: "notification channels"},
	"changes.all_channels":  {noun: "use of every channel"},
	"changes.material_only": {noun: "notice for material changes only", judge: when(Added, "users are now told only of material changes")},
	"changes.notice":        {noun: "notice period"},
	"changes.history_url":   {noun: "history of the policy"},
	"changes.note":          {},

	"contact":         {},
	"contact.name":    {},
	"contact.email":   {},
	"contact.phone":   {},
	"contact.address": {},
	"contact.website": {},

	// 152-FZ Art. 18.1(1)(2): whose data a purpose processes, what it does
	// with it and how; more of either is material.
	"purposes[].subjects": {noun: "categories of data subjects", judge: grows("processes data of more people")},
	"purposes[].actions":  {noun: "actions on the data", judge: grows("new actions on the data")},
	"purposes[].method":   {noun: "method of processing", judge: when(Changed, "the data is processed by another method")},
	// 152-FZ Art. 22: the operator's register entry is a fact about the
	// operator, not about how data is processed.
	"operator_register":          {noun: "entry in the register of operators"},
	"operator_register.number":   {noun: "register number"},
	"operator_register.notified": {noun: "date of the notification of processing"},
	"operator_register.exempt":   {noun: "exemption from notifying Roskomnadzor"},

	// Leaving data to the customers' policies, or people to another
	// notice, takes it out of this policy's promises: material when the
	// policy leaves more. How consent is obtained is wording; no longer
	// recording it, or no longer offering an alternative to it, is not.
	"customer_data":                     {noun: "data processed on behalf of customers", judge: when(Added, "no longer covers the data it processes on behalf of customers")},
	"customer_data.customers":           {noun: "customers the data is processed for", judge: unless(Added, "leaves the data of other customers to them")},
	"customer_data.data":                {noun: "data processed on behalf of customers", judge: unless(Removed, "leaves other data to the customers")},
	"customer_data.terms_url":           {noun: "terms of the processing for customers"},
	"customer_data.contract_prevails":   {noun: "precedence of the customers' contracts", judge: when(Added, "customers' contracts now prevail over the policy")},
	"customer_data.chooses_storage":     {noun: "customers' choice of storage region", judge: when(Removed, "customers no longer choose where their data is stored")},
	"customer_data.forwards_requests":   {noun: "passing on of requests about customers' data", judge: when(Removed, "requests about customers' data sent to the service are no longer passed on to the customer")},
	"other_notices[]":                   {noun: "separate notice", key: []string{"covers"}, judge: when(Added, "a separate notice now applies instead")},
	"other_notices[].covers":            {ident: true},
	"other_notices[].url":               {noun: "address of the separate notice"},
	"purposes[].consent_method":         {noun: "how consent is obtained"},
	"purposes[].consent_logged":         {noun: "record of consent", judge: when(Removed, "consent is no longer recorded")},
	"purposes[].paid_alternative":       {noun: "paid alternative to consent", judge: when(Removed, "no longer offers a paid alternative to consent")},
	"purposes[].paid_alternative.offer": {noun: "paid alternative"},
	"purposes[].paid_alternative.url":   {noun: "address of the paid alternative"},

	// Naming a law other than the data-protection law that requires
	// consent to a purpose explains why consent is asked: the purpose
	// rests on consent either way (moving away from it is material under
	// purposes[].bases), and the law binds the service whether or not the
	// policy names it, so adding or dropping one is editorial.
	"purposes[].consent_required_by[]":        {noun: "law requiring consent", key: []string{"region", "act"}},
	"purposes[].consent_required_by[].act":    {ident: true},
	"purposes[].consent_required_by[].region": {ident: true},
	"purposes[].consent_exempt_by[]":          {noun: "law exempting from consent", key: []string{"region", "act"}, judge: when(Added, "may now go ahead without your consent, under a law that allows it")},
	"purposes[].consent_exempt_by[].act":      {ident: true},
	"purposes[].consent_exempt_by[].region":   {ident: true},

	// When a new version takes effect: on posting, without the notice
	// users had, is material.
	"changes.effective_on_posting": {noun: "statement that a new version takes effect when posted", judge: when(Added, "a new version now takes effect as soon as it is posted")},

	// Blocking and suspension for suspected fraud or abuse: a new power
	// to block, more targets or grounds, an automated decision, a shorter
	// time to contest or a route to contest taken away are material.
	"purposes[].suspension":                {noun: "blocking or suspension", judge: when(Added, "may now block or suspend accounts, cards or payments")},
	"purposes[].suspension.targets":        {noun: "what may be blocked or suspended", judge: grows("may now block or suspend more")},
	"purposes[].suspension.grounds":        {noun: "grounds for blocking or suspension", judge: grows("may now block or suspend on more grounds")},
	"purposes[].suspension.automated":      {noun: "automated decision to block or suspend", judge: becomes("yes", "an automated system now decides on blocking or suspension")},
	"purposes[].suspension.contest":        {noun: "how to contest a blocking", judge: when(Removed, "no longer says how to contest a blocking or suspension")},
	"purposes[].suspension.contest_url":    {noun: "form to contest a blocking", judge: when(Removed, "the form to contest a blocking or suspension is gone")},
	"purposes[].suspension.contest_within": {noun: "time to contest a blocking", judge: shortens("less time to contest a blocking or suspension")},
	"purposes[].suspension.reasons":        {noun: "statement of reasons for a blocking", judge: when(Removed, "you are no longer told why content or an account is blocked or suspended")},
	"purposes[].suspension.out_of_court":   {noun: "out-of-court dispute settlement", judge: when(Removed, "disputes about a blocking can no longer go to an out-of-court body")},
	"purposes[].suspension.human_review":   {noun: "human review of an objection to a blocking", judge: when(Removed, "a person no longer reviews objections to a blocking or suspension")},

	// Consent to the use of a person's image (Civil Code of the Russian
	// Federation, Art. 152.1): dropping it is material.
	"purposes[].image_consent": {noun: "consent to the use of a person's image", judge: when(Removed, "photos and recordings of people are no longer published only with their consent")},

	// The approval of research by an ethics committee: dropping it takes
	// away a safeguard of the research, which is material.
	"purposes[].ethics_approval": {noun: "ethics committee approval of the research", judge: when(Removed, "the research is no longer said to be approved by an ethics committee")},

	// A law that forbids telling the person of a report about them
	// (tipping off): naming one tells users that an answer to an access
	// request may leave out what it forbids telling, which is material;
	// dropping one is editorial, as the law binds the service whether or
	// not the policy names it.
	"purposes[].tipping_off[]":           {noun: "law forbidding us to tell you of a report", key: []string{"region", "act"}, judge: when(Added, "an answer to an access request may now leave out a report about you")},
	"purposes[].tipping_off[].act":       {ident: true},
	"purposes[].tipping_off[].region":    {ident: true},
	"categories[].others_consent":        {noun: "confirmation asked of users who give data about others", judge: when(Removed, "users who give data about other people are no longer asked to confirm having their consent")},
	"categories[].dissemination_consent": {noun: "consent to dissemination", judge: when(Removed, "data is no longer made public only on the person's separate consent to its dissemination")},
	"categories[].recording_notice":      {noun: "notice before recording", judge: when(Removed, "people are no longer told before they are recorded")},
	"categories[].device_permission":     {noun: "device permission", judge: when(Removed, "this data is no longer collected only with a permission you grant on your device")},
	"categories[].end_to_end":            {noun: "end-to-end encryption", judge: when(Removed, "this data is no longer end-to-end encrypted")},
	"categories[].zones":                 {noun: "places left out of the data", judge: when(Removed, "you can no longer leave places out of this data")},
	// Dropping the statement drops the promise to correct or remove
	// inaccurate personal data a model generates.
	// Data a US federal law governs is exempt from the CCPA and the US
	// state privacy laws: their rights no longer reach it. Dropping the
	// exemption brings the data under them.
	"categories[].governed_by":     {noun: "US federal law governing the data", judge: unless(Removed, "the CCPA and the US state privacy laws no longer cover this data")},
	"categories[].model_generated": {noun: "statement that a model generates the data", judge: when(Removed, "inaccurate personal data a model generates about you is no longer said to be corrected or removed on request")},
	// The Schedule 1 condition for special categories: naming one where
	// none was named explains processing already declared; changing or
	// dropping it changes what allows the processing.
	"purposes[].special_condition": {noun: "Schedule 1 condition for special categories", judge: unless(Added, "another condition of DPA 2018 Schedule 1 for special categories, or none")},
	// The regions whose data subjects alone a purpose concerns: limiting
	// a purpose to some regions narrows it; a region added, or the limit
	// dropped, brings more people under it.
	"purposes[].regions": {noun: "regions the purpose is limited to", judge: widens("now concerns people in more regions", "now concerns everyone, no longer only people in the regions it named")},

	// The ways a person's age is checked before goods restricted by age
	// are supplied: a new way is a new check of the person.
	"purposes[].age_checks": {noun: "ways of checking age before supplying goods restricted by age", judge: grows("checks people's age in new ways")},
}

// summary returns the words for a change that no judge explains: for an
// element of a list, what it is and its name; for a field, its noun.
func (r *rule) summary(kind Kind, path string, v []byte) string {
	noun := r.noun
	if noun == "" {
		noun = path[strings.LastIndexByte(path, '.')+1:]
		if i := strings.IndexByte(noun, '['); i >= 0 {
			noun = noun[:i]
		}
		noun = strings.ReplaceAll(noun, "_", " ")
	}
	if r.key != nil && kind != Changed {
		label := text(field(v, "name"))
		for _, f := range r.key {
			if label == "" {
				label = text(field(v, f))
			}
		}
		if kind == Added {
			return fmt.Sprintf("new %s %q", noun, label)
		}
		return fmt.Sprintf("%s %q removed", noun, label)
	}
	return noun + " " + string(kind)
}

// verdict applies r's judge; generic is the summary when the judge gives
// no reason.
func (r *rule) verdict(kind Kind, a, b []byte, generic string) (bool, string) {
	m, why := r.judge(kind, a, b)
	if !m || why == "" {
		return m, generic
	}
	return true, why
}

// always classes every change as material.
func always(why string) judge {
	return func(Kind, []byte, []byte) (bool, string) { return true, why }
}

// when classes changes of kind k as material.
func when(k Kind, why string) judge {
	return func(kind Kind, _, _ []byte) (bool, string) { return kind == k, why }
}

// unless classes every change but those of kind k as material.
func unless(k Kind, why string) judge {
	return func(kind Kind, _, _ []byte) (bool, string) { return kind != k, why }
}

// grows classes a list gaining values as material, naming them.
func grows(why string) judge {
	return func(_ Kind, old, next []byte) (bool, string) {
		added := missing(elems(old), elems(next))
		if len(added) == 0 {
			return false, ""
		}
		for i, v := range added {
			added[i] = text([]byte(v))
		}
		return true, why + ": " + strings.Join(added, ", ")
	}
}

// widens classes a list of regions that limits whom something concerns,
// such as the purposes limited to some regions' data subjects or the
// authorities the service answers, as material where the limit grows, a
// region added (grew), or is dropped (dropped), after which it concerns
// everyone. Setting a limit where there was none narrows it.
func widens(grew, dropped string) judge {
	more := grows(grew)
	return func(kind Kind, old, next []byte) (bool, string) {
		switch kind {
		case Added:
			return false, ""
		case Removed:
			return true, dropped
		}
		return more(kind, old, next)
	}
}

// shrinks classes a list losing values as material, naming them.
func shrinks(why string) judge {
	return func(_ Kind, old, next []byte) (bool, string) {
		gone := missing(elems(next), elems(old))
		if len(gone) == 0 {
			return false, ""
		}
		for i, v := range gone {
			gone[i] = text([]byte(v))
		}
		return true, why + ": " + strings.Join(gone, ", ")
	}
}

// longer classes a period that becomes longer, or is removed, as
// material: where no period is stated, none is promised.
func longer(why string) judge { return periodJudge(why, false, true, true) }

// waitsLonger classes a waiting period that is introduced or becomes
// longer as material: the opposite of [longer], since here the period
// restricts the user rather than the service.
func waitsLonger(why string) judge { return periodJudge(why, true, false, true) }

// shortens classes a time limit on the user that is introduced or
// becomes shorter as material: where none is stated, the user has no
// limit.
func shortens(why string) judge { return periodJudge(why, true, false, false) }

// periodJudge classes a period as material when it is added (added),
// removed (removed), or changed to a longer period (toLonger) or a
// shorter one (!toLonger).
func periodJudge(why string, added, removed, toLonger bool) judge {
	return func(kind Kind, old, next []byte) (bool, string) {
		switch kind {
		case Added:
			return added, why
		case Removed:
			return removed, why
		}
		pa, errA := policy.ParsePeriod(text(old))
		pb, errB := policy.ParsePeriod(text(next))
		if errA != nil || errB != nil {
			return false, why
		}
		if toLonger {
			return pb.Longer(pa), why
		}
		return pa.Longer(pb), why
	}
}

// lastsLonger classes a cookie lifetime as material when the cookie stays
// longer: a longer period, or a longer kind of expiry (session, then a
// period, then until cleared).
func lastsLonger(kind Kind, old, next []byte) (bool, string) {
	if kind != Changed {
		return false, ""
	}
	ea, eb := text(field(old, "expiry")), text(field(next, "expiry"))
	if ea == "period" && eb == "period" {
		return longer("stays longer")(Changed, field(old, "period"), field(next, "period"))
	}
	rank := map[string]int{"session": 1, "period": 2, "until_cleared": 3}
	return rank[eb] > rank[ea], "stays longer"
}

// becomes classes a value turning into v as material.
func becomes(v, why string) judge {
	return func(_ Kind, old, next []byte) (bool, string) {
		return text(next) == v && text(old) != v, why
	}
}

// consents are the grounds a purpose can move away from.
var consents = []string{`"consent"`, `"explicit_consent"`}

// awayFromConsent classes legal grounds as material when consent is
// dropped or a ground is added.
func awayFromConsent(_ Kind, old, next []byte) (bool, string) {
	oe, ne := elems(old), elems(next)
	for _, c := range consents {
		if contains(oe, c) && !contains(ne, c) {
			return true, "no longer rests on consent"
		}
	}
	if added := missing(oe, ne); len(added) > 0 {
		return true, "new legal grounds: " + strings.Join(added, ", ")
	}
	return false, ""
}

func contains(es [][]byte, v string) bool {
	for _, e := range es {
		if string(e) == v {
			return true
		}
	}
	return false
}

// enumPair decodes the old and next values of an enumerated field, each
// T's zero value where it is absent; ok is false where either is not a
// value of T.
func enumPair[T any, P interface {
	*T
	UnmarshalText([]byte) error
}](old, next []byte) (a, b T, ok bool) {
	if old != nil && P(&a).UnmarshalText([]byte(text(old))) != nil {
		return a, b, false
	}
	if next != nil && P(&b).UnmarshalText([]byte(text(next))) != nil {
		return a, b, false
	}
	return a, b, true
}

// moreSensitive classes a category becoming more sensitive as material.
func moreSensitive(_ Kind, old, next []byte) (bool, string) {
	a, b, ok := enumPair[policy.Sensitivity](old, next)
	if !ok {
		return false, ""
	}
	return b > a, "now " + b.Name()
}

// leavesDevice classes data that may now leave the user's device as
// material: no longer kept on it, or sent without the user choosing to
// where it was kept until then (activating a service, as with a wake word
// a speaker may also hear by mistake, is not choosing to send).
func leavesDevice(_ Kind, old, next []byte) (bool, string) {
	a, b, ok := enumPair[policy.OnDevice](old, next)
	switch {
	case !ok:
		return false, ""
	case a != 0 && b == 0:
		return true, "no longer stays on the device"
	case a == policy.OnDeviceOnly && b == policy.OnDeviceUntilShared:
		return true, "now leaves the device when the user sends it"
	case (a == policy.OnDeviceOnly || a == policy.OnDeviceUntilShared) && b == policy.OnDeviceUntilActivated:
		return true, "now leaves the device when the service is activated, without the user choosing to send it"
	}
	return false, ""
}

// morePublic classes data becoming more public as material, in the order
// of [policy.Visibility.Rank]: public where it was not, optional where it
// was shared only by link, by default where it was optional, always where
// it was by default.
func morePublic(_ Kind, old, next []byte) (bool, string) {
	a, b, ok := enumPair[policy.Visibility](old, next)
	if !ok {
		return false, ""
	}
	return b.Rank() > a.Rank(), "now " + b.Name()
}

// rightDropped classes a right no longer stated as material.
func rightDropped(kind Kind, old, _ []byte) (bool, string) {
	if kind != Removed {
		return false, ""
	}
	var k policy.RightKind
	if k.UnmarshalText([]byte(text(field(old, "kind")))) != nil {
		return true, "no longer states a right"
	}
	return true, "no longer states the right " + k.Name()
}

// younger classes a lower minimum age as material.
func younger(kind Kind, old, next []byte) (bool, string) {
	return lower(kind, old, next), "accepts younger children"
}

// lower reports whether a change replaced a number with a smaller one.
func lower(kind Kind, old, next []byte) bool {
	a, errA := strconv.Atoi(string(old))
	b, errB := strconv.Atoi(string(next))
	return kind == Changed && errA == nil && errB == nil && b < a
}

// sooner classes fewer days before a new customer's information is
// shared as material, and the wait dropped.
func sooner(kind Kind, old, next []byte) (bool, string) {
	if kind == Removed {
		return true, "no longer says how long a new customer has to limit sharing"
	}
	return lower(kind, old, next), "a new customer's information is shared sooner"
}

// youngerOrNone classes a purpose's minimum age as material when it is
// lowered or dropped: the purpose then reaches younger people.
func youngerOrNone(kind Kind, old, next []byte) (bool, string) {
	if kind == Removed {
		return true, "now open to people of any age the service accepts"
	}
	return younger(kind, old, next)
}

// keptLonger classes a retention as material when it keeps data longer:
// a longer period under the same rule, or a rule that keeps data longer
// (a period, then as long as the law requires, then indefinitely).
func keptLonger(kind Kind, old, next []byte) (bool, string) {
	if kind != Changed {
		return false, ""
	}
	ra, rb := text(field(old, "rule")), text(field(next, "rule"))
	if ra == rb && (ra == "period" || ra == "while_active") {
		pa, errA := policy.ParsePeriod(text(field(old, "period")))
		pb, errB := policy.ParsePeriod(text(field(next, "period")))
		if errA == nil && errB == nil && pb.Longer(pa) {
			return true, "kept longer"
		}
	}
	if text(field(next, "legal_hold")) == "true" && text(field(old, "legal_hold")) != "true" {
		return true, "may now be kept under a legal hold"
	}
	rank := func(rule string) int {
		switch rule {
		case "indefinite":
			return 3
		case "required_by_law", "criteria":
			return 2
		}
		return 1
	}
	return rank(rb) > rank(ra), "kept longer"
}
