// Package policyhttp serves a rendered privacy policy over HTTP.
//
// A [Handler] renders the policy once, when it is built, in every format
// and language it offers, and serves the bytes from memory: HTML, Markdown,
// plain text or JSON, chosen by the path's extension or the Accept header,
// in the language the Accept-Language header prefers. It answers
// conditional requests (If-None-Match, If-Modified-Since) with 304 Not
// Modified, and a request for a format it cannot give with 406.
//
//	h, err := policyhttp.New(privacy.Policy, policyhttp.Options{
//		Languages: []language.Tag{language.English, language.Russian},
//		Translations: privacy.Translations(),
//	})
//	if err != nil { ... }
//	mux.Handle("/privacy", h)
//	mux.Handle("/privacy.{ext}", h)
package policyhttp

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
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
}

// A format is one of the representations the handler serves.
type format struct {
	ext, mediaType, contentType string
}

var formats = []format{
	{".html", "text/html", "text/html; charset=utf-8"},
	{".md", "text/markdown", "text/markdown; charset=utf-8"},
	{".txt", "text/plain", "text/plain; charset=utf-8"},
	{".json", "application/json", "application/json; charset=utf-8"},
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
	langs   []language.Tag
	matcher language.Matcher
	pages   [][]*page // [language][format]
	modTime time.Time
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
	var js bytes.Buffer
	if err := policy.Encode(&js, p); err != nil {
		return nil, fmt.Errorf("policyhttp: encoding JSON: %w", err)
	}
	modified := p.Updated
	if modified.IsZero() || p.Effective.After(modified) && !p.Effective.IsZero() {
		modified = p.Effective
	}
	h := &Handler{langs: langs, matcher: language.NewMatcher(langs)}
	if modified.Valid() {
		h.modTime = modified.In(time.UTC)
	}
	for _, tag := range langs {
		doc, err := render.Compose(p, render.Options{Language: tag, Translations: opts.Translations})
		if err != nil {
			return nil, fmt.Errorf("policyhttp: composing the %s document: %w", tag, err)
		}
		var row []*page
		for _, f := range formats {
			var buf bytes.Buffer
			switch f.ext {
			case ".html":
				err = render.WriteHTML(&buf, doc, render.HTMLOptions{})
			case ".md":
				err = render.WriteMarkdown(&buf, doc)
			case ".txt":
				err = render.WriteText(&buf, doc, render.TextOptions{Width: opts.TextWidth})
			case ".json":
				buf.Write(js.Bytes())
			}
			if err != nil {
				return nil, fmt.Errorf("policyhttp: rendering %s in %s: %w", f.mediaType, tag, err)
			}
			row = append(row, h.newPage(buf.Bytes(), f, doc.Lang))
		}
		h.pages = append(h.pages, row)
	}
	return h, nil
}

func (h *Handler) newPage(body []byte, f format, lang language.Tag) *page {
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:12]) + `"`
	hd := http.Header{
		"Content-Type":     {f.contentType},
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

// ServeHTTP serves the policy. The path's extension (".html", ".md",
// ".txt", ".json") fixes the format; without one, the Accept header
// chooses, and HTML is the default. The "lang" query parameter, or else the
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
		http.Error(w, "not acceptable: this policy is available as text/html, text/markdown, text/plain and application/json", http.StatusNotAcceptable)
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
	if ext := path.Ext(r.URL.Path); ext != "" {
		for i, f := range formats {
			if f.ext == ext {
				return i, true
			}
		}
		return 0, false
	}
	accept := r.Header.Get("Accept")
	if accept == "" {
		return 0, true
	}
	return negotiate(accept)
}

// negotiate picks the format the Accept header prefers: the highest
// quality, and among equals the first in the handler's order.
func negotiate(accept string) (int, bool) {
	best, bestQ := -1, 0.0
	for i, f := range formats {
		q := quality(accept, f.mediaType)
		if q > bestQ {
			best, bestQ = i, q
		}
	}
	return best, best >= 0
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
