package policy

// onDeviceFields reports what category c, found at path, declares of
// itself that contradicts its data never leaving the device
// (OnDeviceOnly): a place of storage, tracking, or others who see it.
func (v *validator) onDeviceFields(path func() string, c *Category) {
	const never = "category %q is declared never to leave the device (on_device \"only\") but %s"
	if len(c.Storage) > 0 {
		v.add(SeverityError, RuleOnDeviceConflict, path()+".storage", never, clip(c.ID), "states where it is stored")
	}
	if c.Tracking {
		v.add(SeverityError, RuleOnDeviceConflict, path()+".tracking", never, clip(c.ID), "is used to track the person across apps and websites")
	}
	if c.Visibility != 0 {
		v.add(SeverityError, RuleOnDeviceConflict, path()+".visibility", never, clip(c.ID), "can be made public")
	}
	if len(c.VisibleTo) > 0 {
		v.add(SeverityError, RuleOnDeviceConflict, path()+".visible_to", never, clip(c.ID), "is visible to others")
	}
}

// onDevice reports each recipient and transfer that receives data of a
// category declared never to leave the device (OnDeviceOnly). It reads
// the recipients and transfers only where such a category is declared.
func (v *validator) onDevice() {
	if !v.onDeviceOnly {
		return
	}
	p := v.p
	only := make(map[*Category]bool)
	for _, c := range p.Categories {
		if c != nil && c.OnDevice == OnDeviceOnly {
			only[c] = true
		}
	}
	const never = "category %q is declared never to leave the device (on_device \"only\") but %s"
	for i, r := range p.Recipients {
		if r == nil {
			continue
		}
		for j, c := range r.Categories {
			if only[c] {
				v.add(SeverityError, RuleOnDeviceConflict, elem("recipients", r.ID, i)+index(".categories", j), never+" %q", clip(c.ID), "is given to recipient", clip(r.ID))
			}
		}
	}
	for i, t := range p.Transfers {
		for j, c := range t.Categories {
			if only[c] {
				v.add(SeverityError, RuleOnDeviceConflict, index("transfers", i)+index(".categories", j), never, clip(c.ID), "is transferred abroad")
			}
		}
	}
}
