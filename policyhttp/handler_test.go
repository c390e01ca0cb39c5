package policyhttp_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/gen"
	"github.com/gopolicy/policy/policyhttp"
	"github.com/gopolicy/policy/render"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// testPolicy is a small policy in English with a Russian translation.
func testPolicy(t testing.TB) (*policy.Policy, catalog.Catalog) {
	p := gen.Policy(10)
	p.Updated = policy.MakeDate(2025, time.March, 1)
	p.Effective = p.Updated
	b := catalog.NewBuilder()
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			if err := b.SetString(language.Russian, s, "["+s+"]"); err != nil {
				t.Fatal(err)
			}
		}
	}
	add(p.Controller.Name)
	add(p.DPO.Name)
	add(p.Responsible.Name)
	for _, c := range p.Categories {
		add(c.Name)
		for _, it := range c.Items {
			add(it)
		}
	}
	for _, pu := range p.Purposes {
		add(pu.Name)
		add(pu.Interest)
		add(pu.Withdraw)
		add(pu.Required)
	}
	for _, r := range p.Recipients {
		add(r.Name)
	}
	for _, m := range p.CCPA.RequestMethods {
		add(m)
	}
	add(p.Requests.VerificationDetail)
	return p, b
}

func newHandler(t testing.TB) *policyhttp.Handler {
	p, tr := testPolicy(t)
	h, err := policyhttp.New(p, policyhttp.Options{Languages: []language.Tag{language.English, language.Russian}, Translations: tr})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestHandler(t *testing.T) {
	h := newHandler(t)
	lastMod := "Sat, 01 Mar 2025 00:00:00 GMT"
	first := httptest.NewRecorder()
	h.ServeHTTP(first, httptest.NewRequest("GET", "/privacy", nil))
	etag := first.Header().Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	tests := []struct {
		name, method, target string
		headers              map[string]string
		status               int
		contentType, lang    string
		body                 string // substring
		vary                 string
	}{
		{"default is English HTML", "GET", "/privacy", nil, 200, "text/html; charset=utf-8", "en", "<!DOCTYPE html>", "Accept, Accept-Language"},
		{"extension html", "GET", "/privacy.html", nil, 200, "text/html; charset=utf-8", "en", "<h1>Privacy Policy</h1>", "Accept-Language"},
		{"extension md", "GET", "/privacy.md", nil, 200, "text/markdown; charset=utf-8", "en", "# Privacy Policy", "Accept-Language"},
		{"extension txt", "GET", "/privacy.txt", nil, 200, "text/plain; charset=utf-8", "en", "Privacy Policy\n=====", "Accept-Language"},
		{"extension json", "GET", "/privacy.json", nil, 200, "application/json; charset=utf-8", "en", `"controller": {`, ""},
		{"unknown extension", "GET", "/privacy.pdf", nil, 406, "text/plain; charset=utf-8", "", "not acceptable", ""},
		{"extension fragment", "GET", "/privacy.fragment.html", nil, 200, "text/html; charset=utf-8", "en", `<article class="privacy-policy" lang="en">`, "Accept-Language"},
		{"fragment in russian", "GET", "/privacy.fragment.html?lang=ru", nil, 200, "text/html; charset=utf-8", "ru", `<article class="privacy-policy" lang="ru">`, ""},
		{"json is in the policy's language", "GET", "/privacy.json?lang=ru", nil, 200, "application/json; charset=utf-8", "en", `"controller": {`, ""},
		{"last segment under a directory", "GET", "/legal/privacy.md", nil, 200, "text/markdown; charset=utf-8", "en", "# Privacy Policy", "Accept-Language"},
		{"not acceptable lists types", "GET", "/privacy.doc", nil, 406, "text/plain; charset=utf-8", "", "available as text/html, text/markdown, text/plain, application/json", ""},
		{"accept markdown", "GET", "/privacy", map[string]string{"Accept": "text/markdown"}, 200, "text/markdown; charset=utf-8", "en", "# Privacy", "Accept, Accept-Language"},
		{"accept json", "GET", "/privacy", map[string]string{"Accept": "application/json"}, 200, "application/json; charset=utf-8", "en", "{", "Accept"},
		{"accept q-values", "GET", "/privacy", map[string]string{"Accept": "text/html;q=0.5, text/plain;q=0.9"}, 200, "text/plain; charset=utf-8", "en", "Privacy Policy", "Accept, Accept-Language"},
		{"accept text/*", "GET", "/privacy", map[string]string{"Accept": "text/*"}, 200, "text/html; charset=utf-8", "en", "<html", "Accept, Accept-Language"},
		{"accept wildcard", "GET", "/privacy", map[string]string{"Accept": "*/*"}, 200, "text/html; charset=utf-8", "en", "<html", "Accept, Accept-Language"},
		{"browser accept", "GET", "/privacy", map[string]string{"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}, 200, "text/html; charset=utf-8", "en", "<html", "Accept, Accept-Language"},
		{"specific beats wildcard", "GET", "/privacy", map[string]string{"Accept": "*/*;q=0.1, text/html;q=0"}, 200, "text/markdown; charset=utf-8", "en", "#", "Accept, Accept-Language"},
		{"not acceptable", "GET", "/privacy", map[string]string{"Accept": "image/png"}, 406, "text/plain; charset=utf-8", "", "not acceptable", "Accept"},
		{"all refused", "GET", "/privacy", map[string]string{"Accept": "*/*;q=0"}, 406, "text/plain; charset=utf-8", "", "not acceptable", "Accept"},
		{"bad q", "GET", "/privacy", map[string]string{"Accept": "text/plain;q=abc"}, 406, "text/plain; charset=utf-8", "", "", "Accept"},
		{"garbage accept", "GET", "/privacy", map[string]string{"Accept": ";;,,=;q"}, 406, "text/plain; charset=utf-8", "", "", "Accept"},
		{"russian", "GET", "/privacy.txt", map[string]string{"Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5"}, 200, "text/plain; charset=utf-8", "ru", "Политика в отношении обработки персональных данных", "Accept-Language"},
		{"lang parameter", "GET", "/privacy.txt?lang=ru", nil, 200, "text/plain; charset=utf-8", "ru", "Политика", ""},
		{"unsupported language falls back", "GET", "/privacy.txt", map[string]string{"Accept-Language": "ja"}, 200, "text/plain; charset=utf-8", "en", "Privacy Policy", "Accept-Language"},
		{"malformed language", "GET", "/privacy.txt", map[string]string{"Accept-Language": "!!!,;q=x"}, 200, "text/plain; charset=utf-8", "en", "Privacy", "Accept-Language"},
		{"british english", "GET", "/privacy.txt", map[string]string{"Accept-Language": "en-GB"}, 200, "text/plain; charset=utf-8", "en", "Privacy", "Accept-Language"},
		{"if-none-match", "GET", "/privacy", map[string]string{"If-None-Match": etag}, 304, "", "en", "", "Accept, Accept-Language"},
		{"if-none-match list", "GET", "/privacy", map[string]string{"If-None-Match": `"x", W/` + etag}, 304, "", "en", "", "Accept, Accept-Language"},
		{"if-none-match star", "GET", "/privacy", map[string]string{"If-None-Match": "*"}, 304, "", "en", "", "Accept, Accept-Language"},
		{"if-none-match other", "GET", "/privacy", map[string]string{"If-None-Match": `"other"`}, 200, "text/html; charset=utf-8", "en", "<html", "Accept, Accept-Language"},
		{"etag of another language", "GET", "/privacy?lang=ru", map[string]string{"If-None-Match": etag}, 200, "text/html; charset=utf-8", "ru", "<html", "Accept"},
		{"if-modified-since same", "GET", "/privacy", map[string]string{"If-Modified-Since": lastMod}, 304, "", "en", "", "Accept, Accept-Language"},
		{"if-modified-since later", "GET", "/privacy", map[string]string{"If-Modified-Since": "Sun, 01 Jun 2025 00:00:00 GMT"}, 304, "", "en", "", "Accept, Accept-Language"},
		{"if-modified-since earlier", "GET", "/privacy", map[string]string{"If-Modified-Since": "Sat, 01 Feb 2025 00:00:00 GMT"}, 200, "text/html; charset=utf-8", "en", "<html", "Accept, Accept-Language"},
		{"if-modified-since garbage", "GET", "/privacy", map[string]string{"If-Modified-Since": "yesterday"}, 200, "text/html; charset=utf-8", "en", "<html", "Accept, Accept-Language"},
		{"none-match wins over modified-since", "GET", "/privacy", map[string]string{"If-None-Match": `"other"`, "If-Modified-Since": lastMod}, 200, "text/html; charset=utf-8", "en", "<html", "Accept, Accept-Language"},
		{"head", "HEAD", "/privacy.md", nil, 200, "text/markdown; charset=utf-8", "en", "", "Accept-Language"},
		{"post", "POST", "/privacy", nil, 405, "text/plain; charset=utf-8", "", "method not allowed", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.target, nil)
			for k, v := range tt.headers {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != tt.status {
				t.Fatalf("status = %d, want %d (%s)", res.StatusCode, tt.status, body)
			}
			if got := res.Header.Get("Content-Type"); got != tt.contentType {
				t.Errorf("Content-Type = %q, want %q", got, tt.contentType)
			}
			if got := res.Header.Get("Content-Language"); got != tt.lang {
				t.Errorf("Content-Language = %q, want %q", got, tt.lang)
			}
			if !strings.Contains(string(body), tt.body) {
				t.Errorf("body does not contain %q: %.200s", tt.body, body)
			}
			if tt.status == 200 {
				if res.Header.Get("ETag") == "" || res.Header.Get("Last-Modified") != lastMod || res.Header.Get("X-Content-Type-Options") != "nosniff" {
					t.Errorf("headers = %v", res.Header)
				}
				if tt.method == "HEAD" && len(body) != 0 {
					t.Errorf("HEAD has a body")
				}
				if cl := res.Header.Get("Content-Length"); tt.method == "GET" && cl != "" && cl != strconv.Itoa(len(body)) {
					t.Errorf("Content-Length %s, body %d", cl, len(body))
				}
			}
			if got := strings.Join(res.Header.Values("Vary"), ", "); got != tt.vary {
				t.Errorf("Vary = %q, want %q", got, tt.vary)
			}
			if tt.status == 304 && len(body) != 0 {
				t.Errorf("304 with a body")
			}
			if tt.status == 405 && res.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("Allow = %q", res.Header.Get("Allow"))
			}
		})
	}
}

func TestNewRefuses(t *testing.T) {
	p, _ := testPolicy(t)
	p.Purposes[0].Bases = nil
	if _, err := policyhttp.New(p, policyhttp.Options{}); err == nil || !strings.Contains(err.Error(), "basis.missing") {
		t.Errorf("New with an invalid policy = %v", err)
	}
	p, _ = testPolicy(t)
	_, err := policyhttp.New(p, policyhttp.Options{Languages: []language.Tag{language.Russian}})
	if err == nil || !strings.Contains(err.Error(), "no ru translation") {
		t.Errorf("New without translations = %v", err)
	}
}

func TestConcurrent(t *testing.T) {
	h := newHandler(t)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for j := range 200 {
				req := httptest.NewRequest("GET", []string{"/privacy", "/privacy.md", "/privacy.txt?lang=ru"}[(i+j)%3], nil)
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != 200 {
					t.Errorf("status %d", rec.Code)
					return
				}
				rec.Header().Set("Vary", "changed") // must not reach other responses
			}
		})
	}
	wg.Wait()
}

func FuzzHeaders(f *testing.F) {
	h := newHandler(f)
	f.Add("/privacy", "text/html", "ru", `"x"`, "Sat, 01 Mar 2025 00:00:00 GMT")
	f.Add("/privacy.md", "*/*;q=0.1,text/*;q=0", "en-GB;q=0.5,*", "*", "")
	f.Add("/p.json?lang=ru", ";q=", "!!", "W/", "Mon")
	f.Fuzz(func(t *testing.T, target, accept, acceptLang, ifNoneMatch, ifModifiedSince string) {
		req, err := http.NewRequest("GET", "http://example.com"+target, nil)
		if err != nil {
			return
		}
		req.Header.Set("Accept", accept)
		req.Header.Set("Accept-Language", acceptLang)
		req.Header.Set("If-None-Match", ifNoneMatch)
		req.Header.Set("If-Modified-Since", ifModifiedSince)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case 200, 304, 406:
		default:
			t.Fatalf("status %d", rec.Code)
		}
	})
}

// TestMount registers the handler as the package documentation does and
// requests every format through the ServeMux.
func TestMount(t *testing.T) {
	h := newHandler(t)
	mux := http.NewServeMux()
	register := func(pattern string) (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("%v", r)
			}
		}()
		mux.Handle(pattern, h)
		return nil
	}
	// The documented mount.
	if err := register("/privacy"); err != nil {
		t.Fatal(err)
	}
	for _, f := range render.Formats() {
		if err := register("/privacy" + f.Ext); err != nil {
			t.Fatalf("the documented pattern %q: %v", "/privacy"+f.Ext, err)
		}
	}
	// The pattern the documentation warns against.
	if err := register("/privacy.{ext}"); err == nil || !strings.Contains(err.Error(), "bad wildcard") {
		t.Errorf("net/http accepted /privacy.{ext} (%v); the documentation says it is invalid", err)
	}
	for _, f := range render.Formats() {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", "/privacy"+f.Ext+"?lang=ru", nil))
		if rec.Code != 200 || rec.Header().Get("Content-Type") != f.MediaType {
			t.Errorf("GET /privacy%s: %d %q, want 200 %q", f.Ext, rec.Code, rec.Header().Get("Content-Type"), f.MediaType)
		}
	}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/privacy", nil)
	req.Header.Set("Accept", "text/plain")
	mux.ServeHTTP(rec, req)
	if rec.Code != 200 || !strings.HasPrefix(rec.Body.String(), "Privacy Policy\n") {
		t.Errorf("GET /privacy as text/plain: %d %.40q", rec.Code, rec.Body.String())
	}
}

// TestFormatsOption serves a format added to the list, which the handler
// offers by extension and by Accept with no other change, and a list
// without HTML, whose first format becomes the default.
func TestFormatsOption(t *testing.T) {
	p, tr := testPolicy(t)
	title := render.Format{
		Name: "title", Ext: ".title", MediaType: "text/x-title; charset=utf-8", Localized: true,
		Write: func(w io.Writer, in render.Input) error {
			_, err := fmt.Fprintf(w, "%s (%s)", in.Document.Title, in.Document.Language)
			return err
		},
	}
	h, err := policyhttp.New(p, policyhttp.Options{
		Languages:    []language.Tag{language.English, language.Russian},
		Translations: tr,
		Formats:      append(render.Formats(), title),
	})
	if err != nil {
		t.Fatal(err)
	}
	get := func(h http.Handler, target, accept string) *httptest.ResponseRecorder {
		req := httptest.NewRequest("GET", target, nil)
		if accept != "" {
			req.Header.Set("Accept", accept)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	if rec := get(h, "/privacy.title?lang=ru", ""); rec.Code != 200 || rec.Body.String() != "Политика в отношении обработки персональных данных (ru)" || rec.Header().Get("Content-Type") != title.MediaType {
		t.Errorf("/privacy.title?lang=ru: %d %q %q", rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
	}
	if rec := get(h, "/privacy", "text/x-title, text/html;q=0.5"); rec.Code != 200 || rec.Body.String() != "Privacy Policy (en)" {
		t.Errorf("Accept: text/x-title: %d %q", rec.Code, rec.Body.String())
	}

	only, err := policyhttp.New(p, policyhttp.Options{Formats: []render.Format{title}})
	if err != nil {
		t.Fatal(err)
	}
	if rec := get(only, "/privacy", ""); rec.Code != 200 || rec.Body.String() != "Privacy Policy (en)" {
		t.Errorf("default of a title-only handler: %d %q", rec.Code, rec.Body.String())
	}
	if rec := get(only, "/privacy.html", ""); rec.Code != 406 || !strings.Contains(rec.Body.String(), "available as text/x-title\n") {
		t.Errorf("HTML from a title-only handler: %d %q", rec.Code, rec.Body.String())
	}

	bad := title
	bad.MediaType = "not a type"
	if _, err := policyhttp.New(p, policyhttp.Options{Formats: []render.Format{bad}}); err == nil || !strings.Contains(err.Error(), `format title: media type "not a type"`) {
		t.Errorf("New with a bad media type: %v", err)
	}
	if _, err := policyhttp.New(p, policyhttp.Options{Formats: []render.Format{}}); err == nil {
		t.Error("New with no formats: no error")
	}
}
