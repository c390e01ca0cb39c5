package export

import (
	"fmt"
	"io"

	"github.com/gopolicy/policy/render"
)

// Options are the answers the exports need that a policy does not state,
// for [FormatsWith].
type Options struct {
	Fides FidesOptions
	Apple AppleOptions
	Play  PlayOptions
}

// Validate reports the first option no export accepts, naming the export.
// The exports check their options too; Validate lets a command line
// report a bad value as a usage error before writing anything.
func (o Options) Validate() error {
	if err := o.Fides.Validate(); err != nil {
		return fmt.Errorf("fides: %w", err)
	}
	if err := o.Apple.Validate(); err != nil {
		return fmt.Errorf("xcprivacy: %w", err)
	}
	return nil
}

// Formats returns the exports as formats of the library's registry, with
// zero [Options], for the generator (privacy render -formats fides,play),
// the HTTP handler (policyhttp.Options.Formats) and anything else that
// loops over [render.Format] values:
//
//	name       extension     media type
//	fides      .fides.yml    application/yaml
//	xcprivacy  .xcprivacy    application/x-plist
//	play       .play.csv     text/csv; charset=utf-8
//	dpv        .dpv.jsonld   application/ld+json
//
// None is localized: each is written once from the policy, whatever the
// language. [render.Formats] does not include them, because each needs
// the vocabulary terms of the policy's categories and purposes and fails
// without them: add them where a policy states its terms. Each call
// returns a new slice.
func Formats() []render.Format { return FormatsWith(Options{}) }

// FormatsWith returns the formats of [Formats] writing with opts.
func FormatsWith(opts Options) []render.Format {
	return []render.Format{
		{
			Name: "fides", Ext: ".fides.yml", MediaType: "application/yaml",
			Write: func(w io.Writer, in render.Input) error { return Fides(w, in.Policy, opts.Fides) },
		},
		{
			Name: "xcprivacy", Ext: ".xcprivacy", MediaType: "application/x-plist",
			Write: func(w io.Writer, in render.Input) error { return Apple(w, in.Policy, opts.Apple) },
		},
		{
			Name: "play", Ext: ".play.csv", MediaType: "text/csv; charset=utf-8",
			Write: func(w io.Writer, in render.Input) error { return Play(w, in.Policy, opts.Play) },
		},
		{
			Name: "dpv", Ext: ".dpv.jsonld", MediaType: "application/ld+json",
			Write: func(w io.Writer, in render.Input) error { return DPV(w, in.Policy) },
		},
	}
}
