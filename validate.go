package policy

import (
	"fmt"
	"strconv"
)

// Rules checked by [Policy.Validate].
//
// # Text
//
// Every string of a policy is one line of text that reaches a document, a
// terminal or a mail client, so Validate rejects, in every string field
// (names, titles, items, descriptions, notes, contacts, URLs, scope,
// introduction paragraphs and request methods alike):
//
//   - [RuleInvalidUTF8]: bytes that are not valid UTF-8;
//   - [RuleControlChar]: C0 and C1 control characters, DEL, and the line
//     and paragraph separators U+2028 and U+2029: newline, tab and ESC
//     included, so no string adds a line to Markdown or drives a terminal;
//   - [RuleBidiControl]: the bidirectional controls U+202A to U+202E,
//     U+2066 to U+2069, U+200E, U+200F and U+061C, which reorder what a
//     reader sees;
//   - [RuleSurroundingSpace]: white space at the start or the end.
//
// IDs are checked by [ValidID] instead ([RuleInvalidID]), which admits only
// lowercase ASCII letters, digits and '.', '_', '-'. An email address must
// be a plain addr-spec ([RuleInvalidEmail]): no display name, angle
// brackets, comments or quoting, no '?', '#', '%' or '&' (which would add
// mailto parameters such as a Bcc), and a domain of DNS labels.
//
// # Ranges
//
// Numbers beyond the limits in limits.go, which the JSON reader also
// enforces, are [RuleOutOfRange].
const (
	RuleNil                 Rule = "model.nil"                    // A list holds a nil declaration.
	RuleMissingID           Rule = "id.missing"                   // A declaration has no ID.
	RuleInvalidID           Rule = "id.invalid"                   // An ID is not a lowercase dot path.
	RuleDuplicateID         Rule = "id.duplicate"                 // Two declarations of one kind share an ID.
	RuleMissingName         Rule = "name.missing"                 // A declaration or party has no name.
	RuleInvalidValue        Rule = "value.invalid"                // An enumerated field holds an undefined value.
	RuleOutOfRange          Rule = "value.range"                  // A number beyond the limits a policy can be published with.
	RuleMissingSensitivity  Rule = "category.sensitivity.missing" // A category does not say whether it is personal data.
	RuleMissingSource       Rule = "category.source.missing"      // A personal-data category does not say where the data comes from.
	RuleLinkedNotPersonal   Rule = "category.linked.not_personal" // Data linked to a person's identity declared as not personal.
	RuleUndeclaredCategory  Rule = "ref.category.undeclared"      // A reference to a category not in Policy.Categories.
	RuleUndeclaredRecipient Rule = "ref.recipient.undeclared"     // A reference to a recipient not in Policy.Recipients.
	RuleUnusedCategory      Rule = "ref.category.unused"          // A category that no purpose uses.
	RuleExcludedCategory    Rule = "exclusion.conflict"           // Data declared both collected and not collected.
	RuleMissingBasis        Rule = "basis.missing"                // A purpose using personal data states no legal ground, where a declared law has grounds (every law but the CCPA) or none is declared.
	RuleMissingInterest     Rule = "basis.interest.missing"       // Legitimate interests without the interest stated.
	RuleMissingSpecialBasis Rule = "basis.special.missing"        // Special-category data without an Art. 9(2) condition.
	RuleMissingWithdrawal   Rule = "basis.consent.withdrawal"     // Consent without a way to withdraw it.
	RuleMissingController   Rule = "controller.missing"           // No controller named.
	RuleMissingContact      Rule = "controller.contact.missing"   // No email or postal address for the controller.
	RuleInvalidEmail        Rule = "contact.email.invalid"        // An email address that is not a plain addr-spec.
	RuleInvalidURL          Rule = "url.invalid"                  // A URL that is not absolute http(s).
	RuleMissingRetention    Rule = "retention.missing"            // Personal data without a retention period.
	RuleInvalidRetention    Rule = "retention.invalid"            // A retention statement missing the part its rule needs.
	RuleIndefinite          Rule = "retention.indefinite"         // Data kept without end.
	RuleInvalidRegion       Rule = "region.invalid"               // A region that is not an ISO 3166 country (or EU).
	RuleMissingSafeguard    Rule = "transfer.safeguard.missing"   // A transfer without a safeguard.
	RuleInvalidDate         Rule = "date.invalid"                 // A date that does not exist.
	RuleMissingDate         Rule = "date.missing"                 // No effective date.
	RuleDateOrder           Rule = "date.order"                   // Effective date after the last-updated date.
	RuleInvalidUTF8         Rule = "text.utf8"                    // A string that is not valid UTF-8.
	RuleControlChar         Rule = "text.control"                 // A string holding a control character, such as a newline or ESC.
	RuleBidiControl         Rule = "text.bidi"                    // A string holding a bidirectional control, such as U+202E.
	RuleSurroundingSpace    Rule = "text.space"                   // A string starting or ending with white space.
	RuleFragmentStop        Rule = "text.fragment.stop"           // A fragment (a name, item or phrase set inside a sentence) ending with a full stop.
	RuleSentenceStop        Rule = "text.sentence.stop"           // A sentence (a description or note) without a final stop.
	RuleTextLanguage        Rule = "text.language"                // A sentence or phrase in Latin letters only, in a policy whose language is written in another script.
	RuleUndeclaredPurpose   Rule = "ref.purpose.undeclared"       // A reference to a purpose not in Policy.Purposes.
	RuleDuplicateEntry      Rule = "list.duplicate"               // A value listed twice where each may appear once, such as a commitment.
	RuleExcludedClass       Rule = "exclusion.class.conflict"     // A category of a class of data the policy says it does not process.
	RuleCommitmentConflict  Rule = "commitment.conflict"          // A commitment contradicted by another statement of the policy.
	RuleDisclosureField     Rule = "disclosure.field"             // A disclosure states a detail that does not apply to its kind.
	RuleInvalidDeletion     Rule = "deletion.invalid"             // A staged deletion without its event, stages or periods, or with stages out of order.
	RuleCookieProvider      Rule = "cookie.provider"              // A third-party cookie without its provider, or a first-party cookie with one.
	RuleCookieLifetime      Rule = "cookie.lifetime"              // A cookie without a lifetime, or with one missing the period its expiry needs.
	RuleRequestExtension    Rule = "requests.extension"           // An extension of the answer deadline without the deadline.
	RuleIncentiveLaw        Rule = "incentive.law"                // A financial incentive in a policy that does not declare the CCPA, whose section states it.
	RuleTransferOrigin      Rule = "transfer.origin.same"         // A transfer that starts in the country it goes to.
	RuleChosenDestination   Rule = "transfer.destination.chosen"  // A transfer to a country the data subject's choice determines that also states a fixed destination, or rests on a safeguard that depends on the destination.
	RuleChangesChannel      Rule = "changes.channel.missing"      // How changes are announced is qualified, but no channel is named.
)

// Rules on what a purpose may block or suspend, and on when a new version
// of the policy takes effect.
const (
	RuleSuspensionIncomplete Rule = "suspension.incomplete"       // A purpose says it may block or suspend but not what or on what grounds.
	RuleSuspensionContest    Rule = "suspension.contest"          // A blocking or suspension without a way to contest it, or decided by an automated system without the route or the human review a declared law asks for.
	RuleChangesEffect        Rule = "changes.effect.conflict"     // A new version said to take effect when posted, and also only after a notice period that applies to every change.
	RuleOnDeviceConflict     Rule = "category.on_device.conflict" // Data said never to leave the device, but stored, tracked, shown to others, disclosed or transferred.
	RuleAutoDeleteMoot       Rule = "retention.auto_delete.moot"  // A period of automatic deletion the user can choose that is not shorter than the category's own retention from collection.
	RuleConsentEvent         Rule = "retention.consent_event"     // A retention counted from the withdrawal or expiry of consent for data no purpose processes on consent.
	RuleKeptLaw              Rule = "deletion.kept.law"           // A deletion that keeps data where the law requires, in a policy that names no legal obligation or retention required by law.
)

// Rules on how consent is given.
const (
	RuleConsentDetail Rule = "basis.consent.detail" // How consent is obtained or recorded, a paid alternative to it, or a law that requires it, stated for a purpose that does not rest on consent.
	RuleOptOutHow     Rule = "purpose.opt_out.how"  // How to opt out of a purpose, stated for one the user cannot opt out of.
)

// Rules on automated decisions.
const (
	RuleDecisionAreas Rule = "purpose.decision_areas" // Areas of automated decisions stated for a purpose that states no automated decisions.
)

// Rules on children.
const (
	RuleAgeMissing          Rule = "children.age.missing"     // Age checks, or blocking a user suspected to be under age, stated without any minimum age.
	RuleAgeMoot             Rule = "purpose.age.moot"         // A purpose's minimum age that is not above the service's own in every region, so that it restricts no one.
	RuleNoAutomatedConflict Rule = "purpose.automated.none"   // A purpose that makes automated decisions, or suspends by them, in a policy that says it makes none.
	RuleServiceMessages     Rule = "purpose.service_messages" // A purpose said both to send service messages, which are not marketing, and to be direct marketing.
)

// Rules on categories.
const (
	RuleOthersConsentSource Rule = "category.others_consent.source" // What a user confirms when giving data about others, stated for data that does not come from other users.
)

// Rules on recipients.
const (
	RuleArrangementRole  Rule = "recipient.arrangement.role"  // The arrangement between joint controllers stated for a recipient that is not a joint controller.
	RuleConditionalEvent Rule = "recipient.conditional.event" // A conditional recipient whose purpose says why ("to recover debts"), not on what event, it receives data.
	RuleOwnPolicyRole    Rule = "recipient.own_policy.role"   // A processor said to use the data under its own privacy policy.
)

// Validate checks p and returns every finding. It never modifies p. An
// empty result means the policy is consistent and complete as far as the
// model goes; [Findings.Err] turns the result into an error that is nil
// unless a finding is an [SeverityError].
//
// Findings come in a fixed order: by concern (declarations and their IDs,
// enumerated values and ranges, contacts, dates, references, legal
// grounds, retention, countries and transfers, the practices and promises
// beyond the data (exclusions by class, commitments, disclosures,
// deletion, cookies, requests, redress, security, links, changes), text,
// then the rules of
// each law in Policy.Laws), and within a concern in the order of p's
// fields.
func (p *Policy) Validate() Findings {
	v := validator{p: p, script: scriptOf(p.Language)}
	v.declarations()
	v.values()
	v.contacts()
	v.dates()
	v.references()
	v.onDevice()
	v.disclosurePromise()
	v.endToEndUse()
	v.humanDecisions()
	v.grounds()
	v.retentions()
	v.transfers()
	v.practices()
	v.glba()
	v.texts()
	// Stated vocabulary terms must exist; which vocabularies need a term
	// is a question of the exports, asked by CheckVocabulary.
	v.out = append(v.out, checkVocabulary(p, nil, v.visit)...)
	v.laws()
	return v.out
}

// A validator collects the findings of one Validate call. Each concern is
// a method in its own file (validate_*.go); declarations runs first and
// indexes the declarations the others look up.
type validator struct {
	p   *Policy
	out Findings
	// script holds the letters of the policy's language where it is not
	// written in the Latin script, for the check that its sentences are
	// written in it (see languageOf); nil otherwise.
	script *script
	// Declared categories by ID, giving the index in Policy.Categories
	// (the first, for a duplicate ID), built by declarations where an ID
	// is declared twice and otherwise on first use (categoryIDs); and by
	// pointer, built only when an ID is missing or declared twice:
	// otherwise the ID finds the one value a reference may point to.
	catIDs   *idTable
	catIndex map[*Category]int
	// next is the index after the category find found last, where it
	// looks first.
	next int
	// repeated lists the categories whose value is listed earlier too, as
	// (index, index of the first entry) pairs; usually none.
	repeated [][2]int
	// facts of each category, by index; zero for a nil one.
	facts []facts
	// visit says, by index in Policy.Categories, which later passes have
	// something to report on the category; see declarations.
	visit []visits
	// Declared recipients by ID (built as catIDs is), and by pointer
	// only where an ID is missing or declared twice; nextRecip is the
	// index after the recipient declaredRecip found last.
	recipIDs  *idTable
	recips    map[*Recipient]bool
	nextRecip int
	// uses of each category, by index in Policy.Categories, found by
	// references; a value listed twice has the same uses at each entry.
	uses []categoryUse
	// purposeFacts holds, by index in Policy.Purposes, the union of the
	// facts of the categories the purpose uses, gathered by references so
	// that the rules asking whether a purpose uses personal or special
	// data read one word instead of every category again.
	purposeFacts []facts
	// purposeBases holds the grounds of each purpose, by index in
	// Policy.Purposes, for the same reason.
	purposeBases []basisSet
	// onDeviceOnly reports that a category is declared OnDeviceOnly, so
	// that onDevice looks for it among the recipients and transfers.
	onDeviceOnly bool
	// endToEnd reports that a category is declared end-to-end encrypted,
	// so that endToEndUse looks for purposes that would need to read it.
	endToEnd bool
	// noDisclosure reports that a category promises not to be disclosed
	// to third parties without consent, so that disclosurePromise looks
	// for it among the recipients.
	noDisclosure bool
	// purposeDomestic holds, by index in Policy.Purposes, the set of
	// declared laws (bit 1<<law) under which one of the purpose's
	// obligations is domestic law.
	purposeDomestic []uint64
	// regional reports that a purpose is limited to some regions' data
	// subjects (Purpose.Regions), so that each law's rules judge only the
	// purposes and categories within its reach (see scoped).
	regional bool
}

// visits are the passes after declarations that must look at a category
// again, because a trial run of their check in declarations found
// something to report.
type visits uint8

const (
	visitValues    visits = 1 << iota // values: an enumerated field
	visitRetention                    // retentions: the retention, or none stated
	visitStorage                      // transfers: a country of storage
	visitText                         // texts: a string
	visitTerms                        // CheckVocabulary: terms are stated
	visitDerived                      // references: derived from other categories
)

// A categoryUse says whether any purpose uses a category, and whether one
// of them states no retention of its own.
type categoryUse uint8

const (
	usedByPurpose   categoryUse = 1 << iota // a purpose uses the category
	usedNoRetention                         // a purpose using it states no retention
	usedOnConsent                           // a purpose using it rests on consent
)

func (v *validator) add(sev Severity, rule Rule, path, format string, args ...any) {
	v.out = append(v.out, Finding{Path: path, Rule: rule, Severity: sev, Message: fmt.Sprintf(format, args...)})
}

// elem returns the path of element i of list, named by id when it has one.
func elem(list, id string, i int) string {
	if id == "" || !ValidID(id) {
		return list + "[" + strconv.Itoa(i) + "]"
	}
	return list + "[" + id + "]"
}

// index returns the path of element i of list, by index.
func index(list string, i int) string { return list + "[" + strconv.Itoa(i) + "]" }
