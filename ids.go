package policy

// CategoryIDs returns the IDs of cs in order, skipping nil entries.
func CategoryIDs(cs []*Category) []string { return idsOf(cs, func(c *Category) string { return c.ID }) }

// PurposeIDs returns the IDs of ps in order, skipping nil entries.
func PurposeIDs(ps []*Purpose) []string { return idsOf(ps, func(p *Purpose) string { return p.ID }) }

// RecipientIDs returns the IDs of rs in order, skipping nil entries.
func RecipientIDs(rs []*Recipient) []string {
	return idsOf(rs, func(r *Recipient) string { return r.ID })
}

func idsOf[T any](list []*T, id func(*T) string) []string {
	var out []string
	for _, v := range list {
		if v != nil {
			out = append(out, id(v))
		}
	}
	return out
}
