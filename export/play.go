package export

import (
	"encoding/csv"
	"io"
	"slices"
	"strings"

	"github.com/gopolicy/policy"
)

// The layout of the Data safety CSV follows the template the Play Console
// exports for import ("Export to CSV" / "Import from CSV" on the Data
// safety form; Play Console Help, "Provide information for Google Play's
// Data safety section"). Google publishes no specification of the file,
// so the layout here is the one of two public copies of the current
// template, which agree row for row (783 lines with the header): the
// template embedded in fastlane-plugin-google_data_safety
// (github.com/owenbean400/fastlane-plugin-google_data_safety,
// lib/fastlane/plugin/google_data_safety/helper/prompt_create_data_safety_csv_helper.rb)
// and a service's generator checked against the template it downloaded
// (22 general rows, 38 data types, 19 rows per data type). An earlier
// template (2022), copied in other projects, asked about deletion with one
// yes/no question, PSL_DATA_COLLECTION_USER_REQUEST_DELETE, and had no
// account-creation or account-deletion rows; the current template asks
// PSL_SUPPORT_DATA_DELETION_BY_USER with the choices DATA_DELETION_YES,
// DATA_DELETION_NO and DATA_DELETION_NO_AUTO_DELETED, which Play writes.
// The copies also differ in how an answer is spelled: the fastlane plugin
// writes "true", another generator "TRUE"; Play writes "true" and
// "false".

// PlayHeader is the header row of the Play Console's Data safety CSV, in
// the column order of the template the Console exports and imports.
var PlayHeader = []string{
	"Question ID (machine readable)",
	"Response ID (machine readable)",
	"Response value",
	"Answer requirement",
	"Human-friendly question label",
}

// playRow is a row of the template: question ID, response ID, answer
// requirement and label; the value is the answer.
type playRow struct{ question, response, requirement, label string }

// playGeneral are the template's rows before the data types, in its order.
var playGeneral = []playRow{
	{"PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", "", "REQUIRED", "Does your app collect or share any of the required user data types?"},
	{"PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", "", "MAYBE_REQUIRED", "Is all of the user data collected by your app encrypted in transit?"},
	{"PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_USER_ID_PASSWORD", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / Username and password"},
	{"PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_USER_ID_OTHER_AUTH", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / Username and other authentication"},
	{"PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_USER_ID_PASSWORD_OTHER_AUTH", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / Username, password, and other authentication"},
	{"PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_OAUTH", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / OAuth"},
	{"PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_OTHER", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / Other"},
	{"PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_NONE", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / My app does not allow users to create an account"},
	{"PSL_ACM_SPECIFY", "", "MAYBE_REQUIRED", "Describe the method of account creation that your app supports"},
	{"PSL_ACCOUNT_DELETION_URL", "", "MAYBE_REQUIRED", "Add a link that users can use to request that their account and associated data is deleted "},
	{"PSL_SUPPORT_DATA_DELETION_BY_USER", "DATA_DELETION_YES", "SINGLE_CHOICE", "Do you provide a way for users to request that their data is deleted? / Yes"},
	{"PSL_SUPPORT_DATA_DELETION_BY_USER", "DATA_DELETION_NO", "SINGLE_CHOICE", "Do you provide a way for users to request that their data is deleted? / No"},
	{"PSL_SUPPORT_DATA_DELETION_BY_USER", "DATA_DELETION_NO_AUTO_DELETED", "SINGLE_CHOICE", "Do you provide a way for users to request that their data is deleted? / No, but user data is automatically deleted within 90 days"},
	{"PSL_DATA_DELETION_URL", "", "MAYBE_REQUIRED", "Delete data URL"},
	{"PSL_DATA_COLLECTION_COMPLIES_FAMILY_POLICY", "", "OPTIONAL", "Only answer this question if you've indicated that your app's target age group includes children, or you've opted into the Designed for Families program. If either of the above is true, you are required to follow the Google Play Families Policy (https://support.google.com/googleplay/android-developer/answer/9893335). Do you want to let users know about this commitment in the Data safety section on your store listing?"},
	{"PSL_INDEPENDENTLY_VALIDATED", "", "OPTIONAL", `Has your app successfully completed an independent security review, according to the Mobile Application Security Assessment (MASA) framework? Only answer "yes" if the review is in good standing.`},
	{"PSL_UPI_BADGE_OPT_IN", "", "OPTIONAL", "Do you want to show this badge on your store listing?"},
	{"PSL_HAS_OUTSIDE_APP_ACCOUNTS", "", "OPTIONAL", "Can users login to your app with accounts created outside of the app?"},
	{"PSL_OUTSIDE_APP_ACCOUNT_TYPES", "PSL_LOGIN_WITH_OUTSIDE_APP_ID", "MULTIPLE_CHOICE", "How are these accounts created? / Out of app identification (e.g. SIM binding, service subscription)"},
	{"PSL_OUTSIDE_APP_ACCOUNT_TYPES", "PSL_LOGIN_THROUGH_EMPLOYMENT_OR_ENTERPRISE_ACCOUNT", "MULTIPLE_CHOICE", "How are these accounts created? / Through employment, or enterprise accounts"},
	{"PSL_OUTSIDE_APP_ACCOUNT_TYPES", "PSL_OUTSIDE_APP_ACCOUNT_TYPE_OTHER", "MULTIPLE_CHOICE", "How are these accounts created? / Other"},
	{"PSL_OUTSIDE_APP_ACCOUNT_TYPE_SPECIFY", "", "MAYBE_REQUIRED", "Describe how these accounts are created"},
}

// playPurposeOrder is the order of the purpose choices in the template,
// which differs from the order of the vocabulary's list.
var playPurposeOrder = []string{
	"PSL_APP_FUNCTIONALITY",
	"PSL_ANALYTICS",
	"PSL_DEVELOPER_COMMUNICATIONS",
	"PSL_FRAUD_PREVENTION_SECURITY",
	"PSL_ADVERTISING",
	"PSL_PERSONALIZATION",
	"PSL_ACCOUNT_MANAGEMENT",
}

// PlayOptions are the answers of the Data safety form a policy does not
// state.
type PlayOptions struct {
	// EncryptedInTransit answers "Is all of the user data collected by
	// your app encrypted in transit?".
	EncryptedInTransit bool
}

// Play writes p as Google Play Data safety CSV: every row of the Play
// Console's template, in its order and with its labels, under
// [PlayHeader], answered where the policy says. It answers whether the
// app collects personal data; encryption in transit (from opts, when it
// does); whether users can ask for deletion (yes when p declares the
// right to erasure; otherwise left unanswered); each Play data type of
// the policy's categories; and for each of them how it is used: collected;
// shared when a purpose that uses it sends it to a recipient other than a
// processor; not processed ephemerally; required or optional (optional
// when every purpose that uses it rests on consent); and the Play purposes
// of the purposes that use it, for collection and for sharing. A chosen
// answer is "true", a yes-or-no answer "true" or "false"; a row the
// policy leaves unanswered (account creation, links, badges, types it
// does not collect) has an empty value, as in the template, to be filled
// in the Console.
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
	chosen := func(b bool) string {
		if b {
			return "true"
		}
		return ""
	}
	collects := len(uses) > 0
	erasure := slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightErasure })
	rows := [][]string{PlayHeader}
	for _, r := range playGeneral {
		var v string
		switch {
		case r.question == "PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA":
			v = tf(collects)
		case r.question == "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT" && collects:
			v = tf(opts.EncryptedInTransit)
		case r.response == "DATA_DELETION_YES" && collects:
			v = chosen(erasure)
		}
		rows = append(rows, []string{r.question, r.response, v, r.requirement, r.label})
	}
	types := policy.VocabularyPlay.CategoryTerms()
	for _, t := range types {
		rows = append(rows, []string{t.Group, t.ID, chosen(uses[t.ID] != nil), "MULTIPLE_CHOICE", strings.Replace(t.Label, "/", " / ", 1)})
	}
	for _, t := range types {
		u := uses[t.ID]
		if u == nil {
			u = &usage{}
		}
		on := uses[t.ID] != nil
		_, name, _ := strings.Cut(t.Label, "/")
		q := "PSL_DATA_USAGE_RESPONSES:" + t.ID + ":"
		label := "Data usage and handling (" + name + ") / "
		ephemeral := ""
		if on {
			ephemeral = "false"
		}
		rows = append(rows,
			[]string{q + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_COLLECTED", chosen(on), "MULTIPLE_CHOICE", label + "Is this data collected, shared, or both? / Collected"},
			[]string{q + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_SHARED", chosen(u.shared), "MULTIPLE_CHOICE", label + "Is this data collected, shared, or both? / Shared"},
			[]string{q + "PSL_DATA_USAGE_EPHEMERAL", "", ephemeral, "MAYBE_REQUIRED", label + "Is this data processed ephemerally?"},
			[]string{q + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL", chosen(on && u.optional), "SINGLE_CHOICE", label + "Is this data required for your app, or can users choose whether it's collected? / Users can choose whether this data is collected"},
			[]string{q + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_REQUIRED", chosen(on && !u.optional), "SINGLE_CHOICE", label + "Is this data required for your app, or can users choose whether it's collected? / Data collection is required (users can't turn off this data collection)"},
		)
		for _, sub := range []struct {
			question, ask string
			purposes      []string
		}{
			{"DATA_USAGE_COLLECTION_PURPOSE", "Why is this user data collected? Select all that apply. / ", u.collect},
			{"DATA_USAGE_SHARING_PURPOSE", "Why is this user data shared? Select all that apply. / ", u.share},
		} {
			for _, pt := range playPurposeOrder {
				pl, _ := policy.VocabularyPlay.PurposeTerm(pt)
				rows = append(rows, []string{q + sub.question, pt, chosen(slices.Contains(sub.purposes, pt)), "MULTIPLE_CHOICE", label + sub.ask + pl.Label})
			}
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
