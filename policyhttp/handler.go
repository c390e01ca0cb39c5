// Package policyhttp serves a rendered privacy policy over HTTP.
//
// A [Handler] renders the policy once, when it is built, in every format
// and language it offers, and serves the bytes from memory: each format of
// [render.Formats] (HTML, an HTML fragment, Markdown, plain text, JSON),
// chosen by the extension of the last path segment or by the Accept
// header, in the language the Accept-Language header prefers. It answers
// conditional requests (If-None-Match, If-Modified-Since) with 304 Not
// Modified, and a request for a format it cannot give with 406.
//
// The handler reads only the last segment of the path, so it can be
// mounted anywhere. To serve /privacy (format by Accept) and /privacy.html,
// /privacy.md and the others, register one exact pattern for each:
//
//	h, err := policyhttp.New(privacy.Policy, policyhttp.Options{
//		Languages:    []language.Tag{language.English, language.Russian},
//		Translations: privacy.Translations(),
//	})
//	if err != nil { ... }
//	mux.Handle("/privacy", h)
//	for _, f := range render.Formats() {
//		mux.Handle("/privacy"+f.Ext, h)
//	}
//
// (A net/http pattern such as "/privacy.{ext}" is invalid: a wildcard
// must be a whole path segment.) Mounted under a directory instead, as
// mux.Handle("/legal/", h), it serves /legal/privacy.md and the like.
package policyhttp

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"mime"
	"net/http"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/render"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// Options controls what a [Handler] offers.
type Options struct {
	// Languages are the languages to serve, the first being the default
	// for clients that state no preference; empty means the policy's own
	// language only.
	Languages []language.Tag
	// Translations translates the policy's own strings into languages
	// other than the policy's (see render.Options).
	Translations catalog.Catalog
	// TextWidth is the wrapping column of the plain-text format; 0 means
	// 80.
	TextWidth int
	// Formats are the formats to serve, in order of preference: the first
	// is the default for clients that state no preference, and among
	// formats an Accept header rates equally the earlier wins. Nil means
	// [render.Formats].
	Formats []render.Format
}

// A page is one rendered representation with its precomputed headers.
type page struct {
	body    []byte
	headers http.Header
	etag    string
}

// Handler serves a policy; it is safe for concurrent use. Build it with
// [New].
type Handler struct {
	formats    []render.Format
	mediaTypes []string // formats[i]'s media type without parameters, lower case
	langs      []language.Tag
	matcher    language.Matcher
	pages      [][]*page // [language][format]
	modTime    time.Time
}

// New renders p in every format for each language of opts and returns a
// handler that serves the results. It refuses a policy with validation
// errors, and fails when a language lacks translations, returning the
// findings: a published policy should be complete.
func New(p *policy.Policy, opts Options) (*Handler, error) {
	if err := p.Validate().Err(); err != nil {
		return nil, fmt.Errorf("policyhttp: policy has errors: %w", err)
	}
	langs := opts.Languages
	if len(langs) == 0 {
		tag := p.Language
		if tag == language.Und {
			tag = language.English
		}
		langs = []language.Tag{tag}
	}
	formats := slices.Clone(opts.Formats) // the caller's slice may change later
	if opts.Formats == nil {
		formats = render.Formats()
	}
	if len(formats) == 0 {
		return nil, fmt.Errorf("policyhttp: no formats to serve")
	}
	modified := p.Updated
	if modified.IsZero() || p.Effective.After(modified) && !p.Effective.IsZero() {
		modified = p.Effective
	}
	h := &Handler{formats: formats, langs: langs, matcher: language.NewMatcher(langs)}
	if modified.Valid() {
		h.modTime = modified.In(time.UTC)
	}
	for _, f := range formats {
		mt, _, err := mime.ParseMediaType(f.MediaType)
		if err != nil {
			return nil, fmt.Errorf("policyhttp: format %s: media type %q: %v", f.Name, f.MediaType, err)
		}
		h.mediaTypes = append(h.mediaTypes, mt)
	}
	// A format that is not localized (JSON) is written once, from the
	// policy, and served for every language in the policy's own.
	own := p.Language
	if own == language.Und {
		own = language.English
	}
	shared := make([]*page, len(formats))
	for i, f := range formats {
		if f.Localized {
			continue
		}
		var buf bytes.Buffer
		if err := f.Write(&buf, render.Input{Policy: p, Width: opts.TextWidth}); err != nil {
			return nil, fmt.Errorf("policyhttp: writing %s: %w", f.Name, err)
		}
		shared[i] = h.newPage(buf.Bytes(), f, own)
	}
	for _, tag := range langs {
		var doc *render.Document
		row := slices.Clone(shared)
		for i, f := range formats {
			if !f.Localized {
				continue
			}
			if doc == nil {
				var err error
				if doc, err = render.Compose(p, render.Options{Language: tag, Translations: opts.Translations}); err != nil {
					return nil, fmt.Errorf("policyhttp: composing the %s document: %w", tag, err)
				}
			}
			var buf bytes.Buffer
			if err := f.Write(&buf, render.Input{Policy: p, Document: doc, Width: opts.TextWidth}); err != nil {
				return nil, fmt.Errorf("policyhttp: writing %s in %s: %w", f.Name, tag, err)
			}
			row[i] = h.newPage(buf.Bytes(), f, doc.Lang)
		}
		h.pages = append(h.pages, row)
	}
	return h, nil
}

func (h *Handler) newPage(body []byte, f render.Format, lang language.Tag) *page {
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:12]) + `"`
	hd := http.Header{
		"Content-Type":     {f.MediaType},
		"Content-Language": {lang.String()},
		"Content-Length":   {strconv.Itoa(len(body))},
		"Etag":             {etag},
		"Vary":             {"Accept, Accept-Language"},
		"Cache-Control":    {"public, max-age=300"},
	}
	if !h.modTime.IsZero() {
		hd["Last-Modified"] = []string{h.modTime.Format(http.TimeFormat)}
	}
	return &page{body: body, headers: hd, etag: etag}
}

// ServeHTTP serves the policy. The extension of the path's last segment
// (".html", ".fragment.html", ".md", ".txt", ".json") fixes the format;
// without one, the Accept header chooses, and the first format (HTML) is
// the default. The "lang" query parameter, or else the
// Accept-Language header, chooses the language.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	fi, ok := h.format(r)
	if !ok {
		w.Header().Set("Vary", "Accept")
		http.Error(w, "not acceptable: this policy is available as "+h.available(), http.StatusNotAcceptable)
		return
	}
	pg := h.pages[h.language(r)][fi]
	hd := w.Header()
	for k, v := range pg.headers {
		hd[k] = slices.Clone(v) // the page's own values stay unshared
	}
	if notModified(r, pg.etag, h.modTime) {
		delete(hd, "Content-Type")
		delete(hd, "Content-Length")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(pg.body)
}

// format returns the index of the format the request asks for.
func (h *Handler) format(r *http.Request) (int, bool) {
	seg := path.Base(r.URL.Path)
	best := -1
	for i, f := range h.formats {
		if strings.HasSuffix(seg, f.Ext) && (best < 0 || len(f.Ext) > len(h.formats[best].Ext)) {
			best = i
		}
	}
	if best >= 0 {
		return best, true
	}
	if path.Ext(seg) != "" {
		return 0, false
	}
	accept := r.Header.Get("Accept")
	if accept == "" {
		return 0, true
	}
	return h.negotiate(accept)
}

// negotiate picks the format the Accept header prefers: the highest
// quality, and among equals the first in the handler's order.
func (h *Handler) negotiate(accept string) (int, bool) {
	best, bestQ := -1, 0.0
	for i, mt := range h.mediaTypes {
		q := quality(accept, mt)
		if q > bestQ {
			best, bestQ = i, q
		}
	}
	return best, best >= 0
}

// available lists the media types the handler serves, for a 406 response.
func (h *Handler) available() string {
	var types []string
	for _, mt := range h.mediaTypes {
		if !slices.Contains(types, mt) {
			types = append(types, mt)
		}
	}
	return strings.Join(types, ", ")
}

// quality returns the q-value the Accept header gives mediaType, from the
// most specific matching range, or 0.
func quality(accept, mediaType string) float64 {
	typ, _, _ := strings.Cut(mediaType, "/")
	q, specificity := 0.0, -1
	for len(accept) > 0 {
		var item string
		item, accept, _ = strings.Cut(accept, ",")
		rng, params, _ := strings.Cut(item, ";")
		rng = strings.ToLower(strings.TrimSpace(rng))
		s := -1
		switch {
		case rng == mediaType:
			s = 2
		case rng == typ+"/*":
			s = 1
		case rng == "*/*":
			s = 0
		}
		if s <= specificity {
			continue
		}
		specificity, q = s, 1
		for len(params) > 0 {
			var p string
			p, params, _ = strings.Cut(params, ";")
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				if err != nil || f < 0 || f > 1 {
					f = 0 // a malformed q-value excludes the range
				}
				q = f
			}
		}
	}
	return q
}

// language returns the index of the served language that best matches the
// request.
func (h *Handler) language(r *http.Request) int {
	want := r.URL.Query().Get("lang")
	if want == "" {
		want = r.Header.Get("Accept-Language")
	}
	if want == "" {
		return 0
	}
	tags, _, err := language.ParseAcceptLanguage(want)
	if err != nil || len(tags) == 0 {
		return 0
	}
	_, i, conf := h.matcher.Match(tags...)
	if conf == language.No {
		return 0
	}
	return i
}

// notModified evaluates If-None-Match, and If-Modified-Since where
// If-None-Match is absent (RFC 9110, 13.2.2).
func notModified(r *http.Request, etag string, modTime time.Time) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for len(inm) > 0 {
			var tag string
			tag, inm, _ = strings.Cut(inm, ",")
			tag = strings.TrimSpace(tag)
			if tag == "*" || strings.TrimPrefix(tag, "W/") == etag {
				return true
			}
		}
		return false
	}
	ims := r.Header.Get("If-Modified-Since")
	if ims == "" || modTime.IsZero() {
		return false
	}
	t, err := http.ParseTime(ims)
	return err == nil && !modTime.After(t)
}
