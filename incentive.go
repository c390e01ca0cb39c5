package policy

// An Incentive is a financial incentive: a program that offers something
// of value, such as a discount, loyalty points or a price difference, in
// exchange for personal information or for not exercising a privacy
// right (Cal. Civ. Code 1798.125(b); Cal. Code Regs. tit. 11, 7016). A
// policy under the CCPA that offers one gives its notice, which the
// document states in the California section.
type Incentive struct {
	// ID is a stable identifier, such as "rewards".
	ID string
	// Name names the program, such as "Rewards club".
	Name string
	// Summary summarises its material terms, such as "Members earn one
	// point for every dollar spent and a birthday discount."
	// Shape: one or more sentences, each ending with a stop.
	Summary string
	// Categories are the declared categories of personal information the
	// program uses.
	Categories []*Category
	// OptIn says how a consumer joins, such as "by signing up in the app
	// or at a checkout".
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	OptIn string
	// Withdraw says how a member leaves at any time, such as "in the
	// account settings".
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	Withdraw string
	// Value is the good-faith estimate of the value of the consumer's data
	// and how it was calculated, which explains why the incentive is
	// permitted (regs 7016(b)(5)).
	// Shape: one or more sentences, each ending with a stop.
	Value string
}
