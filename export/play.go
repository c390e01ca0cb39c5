package export

import (
	"encoding/csv"
	"io"
	"slices"

	"github.com/gopolicy/policy"
)

// PlayHeader is the header row of the Play Console's Data safety CSV, in
// the column order of the template the Console exports and imports (Play
// Console Help, "Provide information for Google Play's Data safety
// section").
var PlayHeader = []string{
	"Question ID (machine readable)",
	"Response ID (machine readable)",
	"Response value",
	"Answer requirement",
	"Human-friendly question label",
}

// PlayOptions are the answers of the Data safety form a policy does not
// state.
type PlayOptions struct {
	// EncryptedInTransit answers "Is all of the user data collected by
	// your app encrypted in transit?".
	EncryptedInTransit bool
}

// Play writes p as Google Play Data safety CSV in the column layout of
// [PlayHeader]. It writes the rows the policy answers, in the template's
// order: whether the app collects personal data, encryption in transit,
// whether users can ask for deletion (yes when p declares the right to
// erasure), then each Play data type of the policy's categories with how
// it is used: collected; shared when a purpose that uses it sends it to a
// recipient other than a processor; required or optional (optional when
// every purpose that uses it rests on consent); and the Play purposes of
// the purposes that use it, for collection and for sharing. Values are
// "true" and "false" as the Console exports them. Rows the policy leaves
// unanswered are not written; the Console keeps their current answers.
func Play(w io.Writer, p *policy.Policy, opts PlayOptions) error {
	if err := check(p, policy.VocabularyPlay); err != nil {
		return err
	}
	type usage struct {
		shared, optional bool
		collect, share   []string
	}
	uses := map[string]*usage{}
	for _, c := range p.Categories {
		if !c.Personal() {
			continue
		}
		pus := purposesUsing(p, c)
		optional := len(pus) > 0
		var collect, share []string
		shared := false
		for _, pu := range pus {
			collect = uniq(collect, pu.Terms.Play...)
			if !slices.ContainsFunc(pu.Bases, policy.Basis.IsConsent) {
				optional = false
			}
			if sharesWithOthers(pu, c) {
				shared = true
				share = uniq(share, pu.Terms.Play...)
			}
		}
		for _, t := range c.Terms.Play {
			u := uses[t]
			if u == nil {
				u = &usage{optional: true}
				uses[t] = u
			}
			u.shared = u.shared || shared
			u.optional = u.optional && optional
			u.collect = uniq(u.collect, collect...)
			u.share = uniq(u.share, share...)
		}
	}
	tf := func(b bool) string {
		if b {
			return "true"
		}
		return "false"
	}
	rows := [][]string{PlayHeader,
		{"PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", "", tf(len(uses) > 0), "REQUIRED", "Data collection and security/Does your app collect or share any of the required user data types?"},
		{"PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", "", tf(opts.EncryptedInTransit), "MAYBE_REQUIRED", "Data collection and security/Is all of the user data collected by your app encrypted in transit?"},
	}
	erasure := slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightErasure })
	if erasure {
		rows = append(rows, []string{"PSL_SUPPORT_DATA_DELETION_BY_USER", "DATA_DELETION_YES", "true", "SINGLE_CHOICE", "Data collection and security/Do you provide a way for users to request that their data is deleted?/Yes"})
	}
	purposes := policy.VocabularyPlay.PurposeTerms()
	for _, t := range policy.VocabularyPlay.CategoryTerms() {
		u := uses[t.ID]
		if u == nil {
			continue
		}
		q := "PSL_DATA_USAGE_RESPONSES:" + t.ID + ":"
		label := "Data usage and handling (" + t.Label + ")/"
		rows = append(rows,
			[]string{t.Group, t.ID, "true", "MULTIPLE_CHOICE", "Data types/" + t.Label},
			[]string{q + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_COLLECTED", "true", "MULTIPLE_CHOICE", label + "Is this data collected, shared, or both?/Collected"},
		)
		if u.shared {
			rows = append(rows, []string{q + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_SHARED", "true", "MULTIPLE_CHOICE", label + "Is this data collected, shared, or both?/Shared"})
		}
		rows = append(rows, []string{q + "PSL_DATA_USAGE_EPHEMERAL", "", "false", "MAYBE_REQUIRED", label + "Is this data processed ephemerally?"})
		if u.optional {
			rows = append(rows, []string{q + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL", "true", "SINGLE_CHOICE", label + "Is this data required for your app, or can users choose whether it's collected?/Users can choose whether this data is collected"})
		} else {
			rows = append(rows, []string{q + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_REQUIRED", "true", "SINGLE_CHOICE", label + "Is this data required for your app, or can users choose whether it's collected?/Data collection is required (users can't turn off this data collection)"})
		}
		for _, pt := range order(u.collect, purposes) {
			pl, _ := policy.VocabularyPlay.PurposeTerm(pt)
			rows = append(rows, []string{q + "DATA_USAGE_COLLECTION_PURPOSE", pt, "true", "MULTIPLE_CHOICE", label + "Why is this user data collected?/" + pl.Label})
		}
		for _, pt := range order(u.share, purposes) {
			pl, _ := policy.VocabularyPlay.PurposeTerm(pt)
			rows = append(rows, []string{q + "DATA_USAGE_SHARING_PURPOSE", pt, "true", "MULTIPLE_CHOICE", label + "Why is this user data shared?/" + pl.Label})
		}
	}
	cw := csv.NewWriter(w)
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

// sharesWithOthers reports whether pu sends c to a recipient that is not
// the controller's processor (Play counts transfers to processors as
// collection, not sharing).
func sharesWithOthers(pu *policy.Purpose, c *policy.Category) bool {
	for _, r := range pu.Recipients {
		if r == nil || r.Role == policy.RoleProcessor {
			continue
		}
		if len(r.Categories) == 0 || slices.Contains(r.Categories, c) {
			return true
		}
	}
	return false
}
