package policy

import "slices"

// Clone returns a deep copy of p: changing the copy, or any declaration
// it holds, leaves p as it was. References between declarations are kept
// as references: a purpose of the copy refers to the copy's categories
// and recipients, not to p's. A reference to a value that p does not
// declare (which [Policy.Validate] reports) is copied once, so the copy
// has the same findings as p. Clone of nil is nil.
func (p *Policy) Clone() *Policy {
	if p == nil {
		return nil
	}
	c := cloner{cats: map[*Category]*Category{}, recips: map[*Recipient]*Recipient{}, purposes: map[*Purpose]*Purpose{}}
	q := *p
	if p.DPO != nil {
		dpo := *p.DPO
		q.DPO = &dpo
	}
	if p.Responsible != nil {
		r := *p.Responsible
		q.Responsible = &r
	}
	q.Representatives = slices.Clone(p.Representatives)
	q.RepresentativeExempt = slices.Clone(p.RepresentativeExempt)
	q.Establishments = slices.Clone(p.Establishments)
	q.Laws = slices.Clone(p.Laws)
	q.Scope = slices.Clone(p.Scope)
	q.OtherNotices = slices.Clone(p.OtherNotices)
	q.LegalActs = slices.Clone(p.LegalActs)
	q.Definitions = slices.Clone(p.Definitions)
	q.Introduction = slices.Clone(p.Introduction)
	q.Principles = slices.Clone(p.Principles)
	q.SafetyTips = slices.Clone(p.SafetyTips)
	q.External = slices.Clone(p.External)
	q.UserDuties = slices.Clone(p.UserDuties)
	q.Commitments = slices.Clone(p.Commitments)
	q.GLBA.Sharing = slices.Clone(p.GLBA.Sharing)
	q.Categories = mapSlice(p.Categories, c.category)
	q.Storage = slices.Clone(p.Storage)
	q.Recipients = mapSlice(p.Recipients, c.recipient)
	q.Purposes = mapSlice(p.Purposes, c.purpose)
	q.Incentives = mapSlice(p.Incentives, func(in Incentive) Incentive {
		in.Categories = mapSlice(in.Categories, c.category)
		return in
	})
	q.NotCollected = mapSlice(p.NotCollected, func(e Exclusion) Exclusion {
		e.Category = c.category(e.Category)
		e.Except = mapSlice(e.Except, c.category)
		return e
	})
	q.Transfers = mapSlice(p.Transfers, func(t Transfer) Transfer {
		t.Recipient = c.recipient(t.Recipient)
		t.Categories = mapSlice(t.Categories, c.category)
		t.Laws = slices.Clone(t.Laws)
		return t
	})
	q.Disclosures = slices.Clone(p.Disclosures)
	for i := range q.Disclosures {
		q.Disclosures[i].Jurisdictions = slices.Clone(q.Disclosures[i].Jurisdictions)
	}
	q.Deletion = mapSlice(p.Deletion, func(d Deletion) Deletion {
		d.Categories = mapSlice(d.Categories, c.category)
		d.Stages = slices.Clone(d.Stages)
		d.Kept = slices.Clone(d.Kept)
		return d
	})
	q.Termination = slices.Clone(p.Termination)
	q.Cookies = mapSlice(p.Cookies, func(k Cookie) Cookie {
		k.Provider = c.recipient(k.Provider)
		k.Purpose = c.purpose(k.Purpose)
		k.Categories = mapSlice(k.Categories, c.category)
		return k
	})
	q.Rights = slices.Clone(p.Rights)
	q.Requests.Verification = slices.Clone(p.Requests.Verification)
	q.Requests.Contents = slices.Clone(p.Requests.Contents)
	q.Redress = slices.Clone(p.Redress)
	q.CCPA.RequestMethods = slices.Clone(p.CCPA.RequestMethods)
	q.CCPA.SoldCategories = slices.Clone(p.CCPA.SoldCategories)
	if m := p.CCPA.Metrics; m != nil {
		mc := *m
		q.CCPA.Metrics = &mc
	}
	q.Security = slices.Clone(p.Security)
	q.Changes.Notify = slices.Clone(p.Changes.Notify)
	q.Children.ByRegion = slices.Clone(p.Children.ByRegion)
	q.Children.Restrictions = slices.Clone(p.Children.Restrictions)
	q.Children.AgeChecks = slices.Clone(p.Children.AgeChecks)
	return &q
}

// A cloner copies each declaration once and maps every reference to the
// copy.
type cloner struct {
	cats     map[*Category]*Category
	recips   map[*Recipient]*Recipient
	purposes map[*Purpose]*Purpose
}

func (c *cloner) category(x *Category) *Category {
	if x == nil {
		return nil
	}
	if y, ok := c.cats[x]; ok {
		return y
	}
	y := *x
	c.cats[x] = &y
	y.Items = slices.Clone(x.Items)
	y.Sources = slices.Clone(x.Sources)
	y.Storage = slices.Clone(x.Storage)
	y.VisibleTo = slices.Clone(x.VisibleTo)
	y.CCPA = slices.Clone(x.CCPA)
	y.DerivedFrom = mapSlice(x.DerivedFrom, c.category)
	y.Commitments = slices.Clone(x.Commitments)
	y.Secrecy.Laws = slices.Clone(x.Secrecy.Laws)
	y.AutoDelete = slices.Clone(x.AutoDelete)
	y.Terms = Terms{Fides: slices.Clone(x.Terms.Fides), DPV: slices.Clone(x.Terms.DPV), Apple: slices.Clone(x.Terms.Apple), Play: slices.Clone(x.Terms.Play)}
	return &y
}

func (c *cloner) recipient(x *Recipient) *Recipient {
	if x == nil {
		return nil
	}
	if y, ok := c.recips[x]; ok {
		return y
	}
	y := *x
	c.recips[x] = &y
	y.Categories = mapSlice(x.Categories, c.category)
	y.Commitments = slices.Clone(x.Commitments)
	return &y
}

func (c *cloner) purpose(x *Purpose) *Purpose {
	if x == nil {
		return nil
	}
	if y, ok := c.purposes[x]; ok {
		return y
	}
	y := *x
	c.purposes[x] = &y
	y.Categories = mapSlice(x.Categories, c.category)
	y.Bases = slices.Clone(x.Bases)
	y.Obligations = slices.Clone(x.Obligations)
	y.Criminal.Laws = slices.Clone(x.Criminal.Laws)
	y.Recipients = mapSlice(x.Recipients, c.recipient)
	y.Terms = Terms{Fides: slices.Clone(x.Terms.Fides), DPV: slices.Clone(x.Terms.DPV), Apple: slices.Clone(x.Terms.Apple), Play: slices.Clone(x.Terms.Play)}
	// 152-FZ Art. 18.1(1)(2).
	y.Subjects = slices.Clone(x.Subjects)
	y.Actions = slices.Clone(x.Actions)
	y.Suspension.Targets = slices.Clone(x.Suspension.Targets)
	y.Suspension.Grounds = slices.Clone(x.Suspension.Grounds)
	y.ConsentRequiredBy = slices.Clone(x.ConsentRequiredBy)
	y.ConsentExemptBy = slices.Clone(x.ConsentExemptBy)
	y.TippingOff = slices.Clone(x.TippingOff)
	y.Regions = slices.Clone(x.Regions)
	y.DecisionAreas = slices.Clone(x.DecisionAreas)
	y.AgeChecks = slices.Clone(x.AgeChecks)
	return &y
}

// mapSlice returns f applied to each element of s, or nil for an empty s.
func mapSlice[T any](s []T, f func(T) T) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}
