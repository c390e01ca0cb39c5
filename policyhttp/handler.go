// Package policyhttp serves a rendered privacy policy over HTTP.
//
// A [Handler] renders the policy once, when it is built, in every format
// and language it offers, and serves the bytes from memory: each format of
// [render.Formats] (HTML, an HTML fragment, Markdown, plain text, JSON),
// or of [Options.Formats], chosen by the extension of the last path segment or by the Accept
// header, in the language the Accept-Language header prefers. It answers
// conditional requests (If-None-Match, If-Modified-Since) with 304 Not
// Modified, and a request for a format it cannot give with 406.
//
// Every response carries X-Content-Type-Options: nosniff; an HTML page
// also carries a Content-Security-Policy that allows no script and no
// resource, only the page's own embedded stylesheet, by its hash. Vary
// names exactly the request headers that chose the response: Accept where
// the path has no extension, Accept-Language where a localized format's
// language came from it. JSON, the same in every language, carries the
// policy's own language as Content-Language whatever the request asks.
// Last-Modified is the later of the policy's Updated and Effective dates,
// but never later than the time of the response (RFC 9110, 8.8.2.1).
//
// The handler reads at most the first 4 KiB and 32 ranges of an Accept
// header and the first 4 KiB and 16 ranges of an Accept-Language header,
// so that a hostile header costs a bounded time; a malformed range (an
// unknown tag, a bad q-value) is skipped and the others still count. It
// remembers the outcome for up to 256 distinct short values of each
// header, so a repeated header set is negotiated once.
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
//
// The exports of package export (Fides YAML, Apple's privacy manifest,
// Play's Data safety CSV, DPV JSON-LD) are formats too, served once for
// every language, for a policy that states its vocabulary terms:
//
//	Formats: append(render.Formats(), export.Formats()...)
//
// adds /privacy.fides.yml (application/yaml), /privacy.xcprivacy,
// /privacy.play.csv (text/csv) and /privacy.dpv.jsonld
// (application/ld+json).
package policyhttp

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
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
	body      []byte
	keys      []string   // header names, canonical
	values    [][]string // their values, one each, with no room to append
	etag      string
	localized bool
}

// Handler serves a policy; it is safe for concurrent use. Build it with
// [New]; a zero Handler answers every request with 500 Internal Server
// Error.
type Handler struct {
	formats    []render.Format
	mediaTypes []string // formats[i]'s media type without parameters, lower case
	langs      []language.Tag
	matcher    language.Matcher
	pages      [][]*page // [language][format]
	modTime    time.Time
	// lastModified is modTime as an HTTP date, the value of a
	// Last-Modified header; future reports whether modTime was later
	// than the time New ran, so that each response must compare it with
	// the time of the response, and now holds the last such time used
	// instead, formatted once per second.
	lastModified []string
	future       bool
	now          atomic.Pointer[clampedTime]
	formatCache  *cache // Accept value -> format index, or -1
	langCache    *cache // Accept-Language value -> language index
}

// Limits on what the handler reads of a negotiation header, and on what
// it remembers.
const (
	maxHeaderBytes   = 4 << 10 // of Accept and Accept-Language
	maxAcceptRanges  = 32
	maxLangRanges    = 16
	cacheEntries     = 256 // per header
	cacheValueLength = 256 // longer values are negotiated every time
)

// A cache remembers the outcome of negotiating short header values. When
// full, it starts again empty: values sent to fill it cost no more than
// negotiating them does anyway. The value found last is kept apart as
// well, so that a client repeating its header set, the common case, is
// answered without a lock or a hash.
type cache struct {
	last atomic.Pointer[cacheEntry]
	mu   sync.RWMutex
	m    map[string]int
}

// A cacheEntry is one header value and the outcome of negotiating it.
type cacheEntry struct {
	key string
	v   int
}

func newCache() *cache { return &cache{m: make(map[string]int)} }

func (c *cache) get(key string) (int, bool) {
	if e := c.last.Load(); e != nil && e.key == key {
		return e.v, true
	}
	c.mu.RLock()
	v, ok := c.m[key]
	c.mu.RUnlock()
	if ok {
		c.remember(key, v)
	}
	return v, ok
}

func (c *cache) put(key string, v int) {
	if len(key) > cacheValueLength {
		return
	}
	key = strings.Clone(key)
	c.mu.Lock()
	if len(c.m) >= cacheEntries {
		clear(c.m)
	}
	c.m[key] = v
	c.mu.Unlock()
	c.remember(key, v)
}

// remember keeps key, at most cacheValueLength bytes, as the value found
// last.
func (c *cache) remember(key string, v int) { c.last.Store(&cacheEntry{key, v}) }

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
	h := &Handler{formats: formats, langs: langs, matcher: language.NewMatcher(langs),
		formatCache: newCache(), langCache: newCache()}
	if modified.Valid() {
		h.modTime = modified.In(time.UTC)
		h.lastModified = []string{h.modTime.Format(http.TimeFormat)}
		h.future = h.modTime.After(time.Now())
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
		shared[i] = h.newPage(buf.Bytes(), i, own)
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
			row[i] = h.newPage(buf.Bytes(), i, doc.Language)
		}
		h.pages = append(h.pages, row)
	}
	return h, nil
}

func (h *Handler) newPage(body []byte, fi int, lang language.Tag) *page {
	f := h.formats[fi]
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:12]) + `"`
	pg := &page{body: body, etag: etag, localized: f.Localized}
	add := func(k, v string) {
		pg.keys = append(pg.keys, k)
		pg.values = append(pg.values, []string{v})
	}
	add("Content-Type", f.MediaType)
	add("Content-Language", lang.String())
	add("Content-Length", strconv.Itoa(len(body)))
	add("Etag", etag)
	add("Cache-Control", "public, max-age=300")
	add("X-Content-Type-Options", "nosniff")
	if h.mediaTypes[fi] == "text/html" {
		add("Content-Security-Policy", contentSecurityPolicy(body))
	}
	return pg
}

// contentSecurityPolicy returns a policy for the HTML page body that
// allows no script, no resource and no form, and no style but the page's
// own style elements, each by its hash.
func contentSecurityPolicy(body []byte) string {
	csp := "default-src 'none'; base-uri 'none'; form-action 'none'"
	var hashes []string
	for rest := body; ; {
		_, after, ok := bytes.Cut(rest, []byte("<style>"))
		if !ok {
			break
		}
		css, after, ok := bytes.Cut(after, []byte("</style>"))
		if !ok {
			break
		}
		sum := sha256.Sum256(css)
		hashes = append(hashes, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
		rest = after
	}
	if len(hashes) > 0 {
		csp += "; style-src " + strings.Join(hashes, " ")
	}
	return csp
}

// Vary header values by what chose the response.
var varyValues = [4][]string{nil, {"Accept"}, {"Accept-Language"}, {"Accept, Accept-Language"}}

// A clampedTime is a time of a response, to the second, and its
// Last-Modified header value.
type clampedTime struct {
	unix  int64
	t     time.Time
	value []string
}

// lastModifiedAt returns the time and the header value Last-Modified
// takes at now: the handler's modification time, or now where that is
// later (RFC 9110, 8.8.2.1). Formatting a date costs more than the rest
// of a response, so a clamped value is formatted once per second.
func (h *Handler) lastModifiedAt(now time.Time) (time.Time, []string) {
	if !h.modTime.After(now) {
		return h.modTime, h.lastModified
	}
	sec := now.Unix()
	if c := h.now.Load(); c != nil && c.unix == sec {
		return c.t, c.value
	}
	t := time.Unix(sec, 0).UTC()
	c := &clampedTime{sec, t, []string{t.Format(http.TimeFormat)}}
	h.now.Store(c)
	return c.t, c.value
}

// ServeHTTP serves the policy. The extension of the path's last segment
// (".html", ".fragment.html", ".md", ".txt", ".json") fixes the format;
// without one, the Accept header chooses, and the first format (HTML) is
// the default. The "lang" query parameter, or else the
// Accept-Language header, chooses the language.
//
// The values of the headers it sets are built once and shared by every
// response, so that serving allocates nothing: a wrapper may replace,
// add to or delete a header (Header.Set, Add, Del), but must not assign
// to an element of a value slice in place.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h == nil || len(h.pages) == 0 {
		http.Error(w, "policyhttp: the Handler was not built with policyhttp.New and has nothing to serve", http.StatusInternalServerError)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	fi, byAccept, ok := h.format(r)
	if !ok {
		if byAccept {
			w.Header().Set("Vary", "Accept")
		}
		http.Error(w, "not acceptable: this policy is available as "+h.available(), http.StatusNotAcceptable)
		return
	}
	li, byLanguage := h.language(r)
	pg := h.pages[li][fi]
	vary := 0
	if byAccept {
		vary |= 1
	}
	if byLanguage && pg.localized {
		vary |= 2
	}
	modTime, lastModified := h.modTime, h.lastModified
	if h.future {
		modTime, lastModified = h.lastModifiedAt(time.Now())
	}
	// The header values are built once and shared by every response
	// (see ServeHTTP's documentation); each has no room to append, so
	// Header.Add makes a copy.
	hd := w.Header()
	for i, k := range pg.keys {
		hd[k] = pg.values[i]
	}
	if vary != 0 {
		hd["Vary"] = varyValues[vary]
	}
	if lastModified != nil {
		hd["Last-Modified"] = lastModified
	}
	if notModified(r, pg.etag, modTime) {
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

// format returns the index of the format the request asks for, and
// whether the Accept header chose it.
func (h *Handler) format(r *http.Request) (fi int, byAccept, ok bool) {
	seg := path.Base(r.URL.Path)
	best := -1
	for i, f := range h.formats {
		if strings.HasSuffix(seg, f.Ext) && (best < 0 || len(f.Ext) > len(h.formats[best].Ext)) {
			best = i
		}
	}
	if best >= 0 {
		return best, false, true
	}
	if path.Ext(seg) != "" {
		return 0, false, false
	}
	accept := header(r, "Accept")
	if accept == "" {
		return 0, true, true
	}
	fi, cached := h.formatCache.get(accept)
	if !cached {
		fi = h.negotiate(accept)
		h.formatCache.put(accept, fi)
	}
	return fi, true, fi >= 0
}

// negotiate returns the index of the format the Accept header prefers:
// the highest quality, and among equals the first in the handler's
// order; or -1 if it accepts none.
func (h *Handler) negotiate(accept string) int {
	accept = cutList(accept)
	best, bestQ := -1, 0.0
	for i, mt := range h.mediaTypes {
		q := quality(accept, mt)
		if q > bestQ {
			best, bestQ = i, q
		}
	}
	return best
}

// cutList returns the part of the header list s the handler reads: the
// ranges that lie wholly within its first maxHeaderBytes.
func cutList(s string) string {
	if len(s) <= maxHeaderBytes {
		return s
	}
	s = s[:maxHeaderBytes]
	if i := strings.LastIndexByte(s, ','); i >= 0 {
		return s[:i]
	}
	return ""
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
// most specific matching range among its first maxAcceptRanges, or 0.
func quality(accept, mediaType string) float64 {
	typ, _, _ := strings.Cut(mediaType, "/")
	q, specificity := 0.0, -1
	for n := 0; len(accept) > 0 && n < maxAcceptRanges; n++ {
		var item string
		item, accept, _ = strings.Cut(accept, ",")
		rng, params, _ := strings.Cut(item, ";")
		rng = strings.TrimSpace(rng)
		s := -1
		switch {
		case strings.EqualFold(rng, mediaType):
			s = 2
		case len(rng) == len(typ)+2 && strings.EqualFold(rng[:len(typ)], typ) && rng[len(typ):] == "/*":
			s = 1
		case rng == "*/*":
			s = 0
		}
		if s <= specificity {
			continue
		}
		specificity, q = s, 1
		if v, ok := qParam(params); ok {
			q = v
		} else {
			q = 0 // a malformed q-value excludes the range
		}
	}
	return q
}

// qParam returns the q parameter among the parameters params (after the
// range's first ";"): 1 where there is none, and false where it is
// malformed or out of range.
func qParam(params string) (float64, bool) {
	q := 1.0
	for len(params) > 0 {
		var p string
		p, params, _ = strings.Cut(params, ";")
		k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
		if strings.EqualFold(strings.TrimSpace(k), "q") {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil || !(f >= 0 && f <= 1) {
				return 0, false
			}
			q = f
		}
	}
	return q, true
}

// language returns the index of the served language that best matches the
// request, and whether the Accept-Language header chose it.
func (h *Handler) language(r *http.Request) (li int, byHeader bool) {
	if want := queryLang(r.URL.RawQuery); want != "" {
		return h.matchCached(want), false
	}
	if len(h.langs) == 1 {
		return 0, false
	}
	want := header(r, "Accept-Language")
	if want == "" {
		return 0, true
	}
	return h.matchCached(want), true
}

// queryLang returns the first value of the "lang" parameter of the query.
func queryLang(query string) string {
	for query != "" {
		var kv string
		kv, query, _ = strings.Cut(query, "&")
		k, v, _ := strings.Cut(kv, "=")
		if k == "lang" {
			if u, err := url.QueryUnescape(v); err == nil {
				return u
			}
			return ""
		}
	}
	return ""
}

func (h *Handler) matchCached(want string) int {
	li, ok := h.langCache.get(want)
	if !ok {
		li = h.matchLanguage(want)
		h.langCache.put(want, li)
	}
	return li
}

// matchLanguage returns the index of the served language that best
// matches the Accept-Language value s, reading it range by range: a
// malformed range is skipped, and a wildcard stands for the default
// language, so ranges rated below it do not count.
func (h *Handler) matchLanguage(s string) int {
	type weighted struct {
		tag language.Tag
		q   float64
		any bool
	}
	var buf [maxLangRanges]weighted
	ranges := buf[:0]
	s = cutList(s)
	for n := 0; len(s) > 0 && n < maxLangRanges; n++ {
		var item string
		item, s, _ = strings.Cut(s, ",")
		rng, params, _ := strings.Cut(item, ";")
		rng = strings.TrimSpace(rng)
		q, ok := qParam(params)
		if !ok || q == 0 || rng == "" {
			continue
		}
		if rng == "*" {
			ranges = append(ranges, weighted{q: q, any: true})
			continue
		}
		tag, err := language.Parse(rng)
		if err != nil {
			continue
		}
		ranges = append(ranges, weighted{tag: tag, q: q})
	}
	slices.SortStableFunc(ranges, func(a, b weighted) int { return cmp.Compare(b.q, a.q) })
	tags := make([]language.Tag, 0, len(ranges))
	for _, r := range ranges {
		if r.any {
			break
		}
		tags = append(tags, r.tag)
	}
	if len(tags) == 0 {
		return 0
	}
	_, i, conf := h.matcher.Match(tags...)
	if conf == language.No {
		return 0
	}
	return i
}

// header returns the first value of the request header key, which must
// be in canonical form: net/http canonicalizes the keys of a request, so
// the value is found without canonicalizing key again.
func header(r *http.Request, key string) string {
	if v := r.Header[key]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// notModified evaluates If-None-Match, and If-Modified-Since where
// If-None-Match is absent (RFC 9110, 13.2.2); modTime is never later than
// now.
func notModified(r *http.Request, etag string, modTime time.Time) bool {
	if inm := header(r, "If-None-Match"); inm != "" {
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
	ims := header(r, "If-Modified-Since")
	if ims == "" || modTime.IsZero() {
		return false
	}
	t, err := http.ParseTime(ims)
	// A date later than now is invalid and ignored (RFC 9110, 13.1.3).
	return err == nil && !modTime.After(t) && !t.After(time.Now())
}
