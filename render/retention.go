// The section on data retention and the wording of retention rules.

package render

import (
	"strings"

	"github.com/gopolicy/policy"
)

func (c *composer) retention() *sectionBuilder {
	p, pr := c.p, c.pr
	sb := c.section("retention", pr.Sprintf("Data Retention"))
	var items []*Clause
	for i, cat := range p.Categories {
		if c.layout == LayoutCategories {
			break // each category's section states its retention
		}
		if cat == nil || cat.Retention.IsZero() {
			continue
		}
		t := c.scratch(scratchRetention)
		path := c.categoryAt(i).path
		t.term(capitaliseName(c.fragment(at(path, ".name"), cat.Name))).plain(": " + c.retentionPhrase(at(path, ".retention"), cat.Retention) + ".")
		c.retentionExtra(t, at(path, ".retention"), cat.Retention)
		t.sentence(c.sentenceOf(at(path, ".retention.note"), cat.Retention.Note))
		items = append(items, c.item(anchor(kindRetention, cat.ID), c.keep(t.t)))
	}
	for _, pu := range p.Purposes {
		if pu == nil || pu.Retention.IsZero() {
			continue
		}
		path := c.path(pu, "purposes", pu.ID)
		var t text
		before, after, _ := strings.Cut(pr.Sprintf("Data processed for the purpose “%s”:", "\x00"), "\x00")
		t.plain(before).term(c.fragment(at(path, ".name"), pu.Name)).plain(after).plain(" ").plain(c.retentionPhrase(at(path, ".retention"), pu.Retention)).plain(".")
		c.retentionExtra(&t, at(path, ".retention"), pu.Retention)
		t.sentence(c.sentenceOf(at(path, ".retention.note"), pu.Retention.Note))
		items = append(items, c.item(anchor(kindPurposeRetention, pu.ID), t.t))
	}
	if len(items) > 0 {
		c.library()
		sb.clause("list", plain(pr.Sprintf("We keep data no longer than the purposes of processing require:")), items...)
		if end := c.retentionEnd(); end != "" {
			c.library()
			sb.clause("end", plain(end))
		}
	}
	c.deletion(sb)
	c.termination(sb)
	return sb
}

// termination adds to the retention section the events on which the
// controller stops processing personal data (the conditions for ending
// the processing that 152-FZ policies state).
func (c *composer) termination(sb *sectionBuilder) {
	var cases []string
	for _, e := range c.p.Termination {
		if s := c.terminationCase(e); s != "" && !contains(cases, s) {
			cases = append(cases, s)
		}
	}
	if len(cases) == 0 {
		return
	}
	c.from("termination")
	sb.clause("termination", plain(c.pr.Sprintf("We stop processing personal data when %s.", c.listOr(cases))))
}

// terminationCase states event e as a case in which processing ends, or
// returns "" for an event that cannot end it (the collection of the data)
// or is not defined.
func (c *composer) terminationCase(e policy.Event) string {
	pr := c.pr
	switch e {
	case policy.EventPurposeAchieved:
		return pr.Sprintf("the purposes of processing are achieved")
	case policy.EventConsentExpiry:
		return pr.Sprintf("the period for which you gave your consent expires")
	case policy.EventConsentWithdrawal:
		return pr.Sprintf("you withdraw your consent and no other ground for the processing applies")
	case policy.EventUnlawfulProcessing:
		return pr.Sprintf("we find that the processing is unlawful")
	case policy.EventLiquidation:
		return pr.Sprintf("we are liquidated")
	case policy.EventAccountClosure:
		return pr.Sprintf("your account is closed")
	case policy.EventContractEnd:
		return pr.Sprintf("the contract with you ends")
	case policy.EventLastActivity:
		return pr.Sprintf("you stop using the service")
	case policy.EventDeletionRequest:
		return pr.Sprintf("you ask us to delete your data")
	case policy.EventCancellation:
		return pr.Sprintf("you cancel your subscription")
	case policy.EventTrashed:
		return pr.Sprintf("you move the data to the trash")
	case policy.EventLegalHoldEnd:
		return pr.Sprintf("a legal hold on the data ends")
	}
	return ""
}

// retentionEnd states what happens to data when its retention period
// ends, or when consent on which its processing rests is withdrawn: that
// it is deleted, or anonymised, or either, as the policy's retention rules
// and deletions declare. It is "" where none of them removes data.
func (c *composer) retentionEnd() string {
	deleted, anonymised := c.removals()
	consent := c.restsOnConsent()
	if consent && c.groundless() {
		// A law without grounds (the CCPA alone) has no "other ground"
		// that would keep the data once consent is withdrawn.
		switch {
		case deleted && anonymised:
			return c.word("When a retention period ends, or when you withdraw your consent to processing that needs it, we delete the data or anonymise it so that it can no longer be linked to you.")
		case deleted:
			return c.word("When a retention period ends, or when you withdraw your consent to processing that needs it, we delete the data.")
		case anonymised:
			return c.word("When a retention period ends, or when you withdraw your consent to processing that needs it, we anonymise the data so that it can no longer be linked to you.")
		}
		return ""
	}
	switch {
	case deleted && anonymised && consent:
		return c.word("When a retention period ends, or when you withdraw consent on which processing rests and no other ground applies, we delete the data or anonymise it so that it can no longer be linked to you.")
	case deleted && anonymised:
		return c.word("When a retention period ends, we delete the data or anonymise it so that it can no longer be linked to you.")
	case deleted && consent:
		return c.word("When a retention period ends, or when you withdraw consent on which processing rests and no other ground applies, we delete the data.")
	case deleted:
		return c.word("When a retention period ends, we delete the data.")
	case anonymised && consent:
		return c.word("When a retention period ends, or when you withdraw consent on which processing rests and no other ground applies, we anonymise the data so that it can no longer be linked to you.")
	case anonymised:
		return c.word("When a retention period ends, we anonymise the data so that it can no longer be linked to you.")
	}
	return ""
}

// removals reports how the policy's declarations remove data once it is
// due: deleted, by a retention rule that ends in deletion ("then
// deleted") or a stage of a deletion that removes data, and anonymised,
// by a rule or a stage that anonymises it. Data kept without a time limit
// is not removed.
func (c *composer) removals() (deleted, anonymised bool) {
	rule := func(r policy.Retention) {
		switch {
		case !r.Kind.Valid() || r.Kind == policy.RetentionIndefinite:
		case r.Anonymise:
			anonymised = true
		default:
			deleted = true
		}
	}
	for _, cat := range c.p.Categories {
		if cat != nil {
			rule(cat.Retention)
		}
	}
	for _, pu := range c.p.Purposes {
		if pu != nil {
			rule(pu.Retention)
		}
	}
	for _, d := range c.p.Deletion {
		for _, s := range d.Stages {
			switch s.Removal {
			case policy.RemovalAnonymised:
				anonymised = true
			case policy.RemovalTrash, policy.RemovalLive, policy.RemovalBackups:
				deleted = true
			}
		}
	}
	return deleted, anonymised
}

// retentionPhrase states r, declared at l, such as "for 3 years after
// collection, then deleted".
func (c *composer) retentionPhrase(l loc, r policy.Retention) string {
	c.fromAt(l)
	var law, criteria string
	// Looked up before the cache, so that every declaration with a
	// missing translation is reported.
	switch r.Kind {
	case policy.RetentionRequiredByLaw:
		law = c.fragment(l.sub(".law"), r.Law)
	case policy.RetentionCriteria:
		criteria = c.fragment(l.sub(".criteria"), r.Criteria)
	}
	if s, ok := c.phrases[r]; ok {
		return s
	}
	s := c.wordRetention(r, law, criteria)
	if c.phrases == nil {
		c.phrases = make(map[policy.Retention]string)
	}
	c.phrases[r] = s
	return s
}

// wordRetention states r, with law the translated name of the law that
// sets the period and criteria the translated criteria that determine it.
func (c *composer) wordRetention(r policy.Retention, law, criteria string) string {
	pr := c.pr
	var s string
	switch r.Kind {
	case policy.RetentionKeepFor:
		if r.Period.IsZero() {
			s = pr.Sprintf("until %s", pr.Sprintf(r.From.Name()))
		} else {
			s = pr.Sprintf("for %s after %s", c.period(r.Period), pr.Sprintf(r.From.Name()))
		}
	case policy.RetentionWhileActive:
		if r.Period.Valid() {
			s = pr.Sprintf("while your account is active and for %s after it is closed", c.period(r.Period))
		} else {
			s = pr.Sprintf("while your account is active")
		}
	case policy.RetentionRequiredByLaw:
		s = pr.Sprintf("for as long as required by %s", law)
	case policy.RetentionIndefinite:
		s = pr.Sprintf("without a time limit")
	case policy.RetentionCriteria:
		// The end action comes first: after criteria, which are free
		// text that may state what happens to the data on their own
		// terms, a trailing ", then deleted" would read as part of them.
		end := c.word("deleted")
		if r.Anonymise {
			end = c.word("anonymised")
		}
		return end + " " + pr.Sprintf("at the end of a period determined by these criteria: %s", criteria)
	default:
		return pr.Sprintf("not stated")
	}
	if r.Kind == policy.RetentionIndefinite {
		return s
	}
	if r.Anonymise {
		return s + c.word(", then anonymised")
	}
	return s + c.word(", then deleted")
}
