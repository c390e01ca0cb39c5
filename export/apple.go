package export

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/gopolicy/policy"
)

// AppleOptions are the parts of a privacy manifest a policy does not state.
type AppleOptions struct {
	// TrackingDomains are the internet domains the app connects to that
	// engage in tracking (NSPrivacyTrackingDomains), such as
	// "ads.example.com": host names, without a scheme, port or path.
	TrackingDomains []string
}

// Validate reports the first tracking domain that is not a host name.
func (o AppleOptions) Validate() error {
	for _, d := range o.TrackingDomains {
		if !hostName(d) {
			return fmt.Errorf("tracking domain %q is not a host name such as ads.example.com (no scheme, port or path)", d)
		}
	}
	return nil
}

// hostName reports whether s is a DNS host name: dot-separated labels of
// ASCII letters, digits and inner hyphens, each 1 to 63 bytes, at most 253
// bytes in all.
func hostName(s string) bool {
	if s == "" || len(s) > 253 {
		return false
	}
	for label := range strings.SplitSeq(s, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, r := range label {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
				return false
			}
		}
	}
	return true
}

// Apple writes p as an Apple privacy manifest (PrivacyInfo.xcprivacy, an
// XML property list). Each category of personal data becomes an entry of
// NSPrivacyCollectedDataTypes for each of its Apple data types, linked to
// the user and used for tracking as [policy.Category.Linked] and
// [policy.Category.Tracking] say, with the Apple purposes of the purposes
// that use it. Categories sharing an Apple data type are merged: linked or
// tracking if any of them is. NSPrivacyTracking is true when any category
// is used for tracking. NSPrivacyAccessedAPITypes is written empty: the
// policy does not declare which required-reason APIs the app calls.
func Apple(w io.Writer, p *policy.Policy, opts AppleOptions) error {
	if err := check(p, policy.VocabularyApple); err != nil {
		return err
	}
	if err := opts.Validate(); err != nil {
		return fmt.Errorf("export apple: %w", err)
	}
	type entry struct {
		linked, tracking bool
		purposes         []string
	}
	entries := map[string]*entry{}
	tracking := false
	for _, c := range p.Categories {
		if !c.Personal() {
			continue
		}
		tracking = tracking || c.Tracking
		var purposes []string
		for _, pu := range purposesUsing(p, c) {
			purposes = uniq(purposes, pu.Terms.Apple...)
		}
		for _, t := range c.Terms.Apple {
			e := entries[t]
			if e == nil {
				e = &entry{}
				entries[t] = e
			}
			e.linked = e.linked || c.Linked
			e.tracking = e.tracking || c.Tracking
			e.purposes = uniq(e.purposes, purposes...)
		}
	}
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">` + "\n")
	b.WriteString("<plist version=\"1.0\">\n<dict>\n")
	key(&b, 1, "NSPrivacyTracking")
	boolean(&b, 1, tracking)
	key(&b, 1, "NSPrivacyTrackingDomains")
	strArray(&b, 1, opts.TrackingDomains)
	key(&b, 1, "NSPrivacyCollectedDataTypes")
	if len(entries) == 0 {
		indent(&b, 1)
		b.WriteString("<array/>\n")
	} else {
		indent(&b, 1)
		b.WriteString("<array>\n")
		for _, t := range policy.VocabularyApple.CategoryTerms() {
			e := entries[t.ID]
			if e == nil {
				continue
			}
			indent(&b, 2)
			b.WriteString("<dict>\n")
			key(&b, 3, "NSPrivacyCollectedDataType")
			str(&b, 3, t.ID)
			key(&b, 3, "NSPrivacyCollectedDataTypeLinked")
			boolean(&b, 3, e.linked)
			key(&b, 3, "NSPrivacyCollectedDataTypeTracking")
			boolean(&b, 3, e.tracking)
			key(&b, 3, "NSPrivacyCollectedDataTypePurposes")
			strArray(&b, 3, order(e.purposes, policy.VocabularyApple.PurposeTerms()))
			indent(&b, 2)
			b.WriteString("</dict>\n")
		}
		indent(&b, 1)
		b.WriteString("</array>\n")
	}
	key(&b, 1, "NSPrivacyAccessedAPITypes")
	strArray(&b, 1, nil)
	b.WriteString("</dict>\n</plist>\n")
	_, err := w.Write(b.Bytes())
	return err
}

func indent(b *bytes.Buffer, n int) {
	for range n {
		b.WriteByte('\t')
	}
}

func key(b *bytes.Buffer, n int, k string) {
	indent(b, n)
	b.WriteString("<key>")
	xml.EscapeText(b, []byte(k))
	b.WriteString("</key>\n")
}

func str(b *bytes.Buffer, n int, s string) {
	indent(b, n)
	b.WriteString("<string>")
	xml.EscapeText(b, []byte(s))
	b.WriteString("</string>\n")
}

func boolean(b *bytes.Buffer, n int, v bool) {
	indent(b, n)
	if v {
		b.WriteString("<true/>\n")
	} else {
		b.WriteString("<false/>\n")
	}
}

func strArray(b *bytes.Buffer, n int, ss []string) {
	indent(b, n)
	if len(ss) == 0 {
		b.WriteString("<array/>\n")
		return
	}
	b.WriteString("<array>\n")
	for _, s := range slices.Clone(ss) {
		str(b, n+1, s)
	}
	indent(b, n)
	b.WriteString("</array>\n")
}
