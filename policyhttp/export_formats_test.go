package policyhttp_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/gopolicy/policy/export"
	"github.com/gopolicy/policy/policyhttp"
	"github.com/gopolicy/policy/render"
)

// TestExportFormatsWithOptions: the exports written with options
// (export.FormatsWith) are served as written, each with a media type, and
// differ from those written without.
func TestExportFormatsWithOptions(t *testing.T) {
	p := termsPolicy()
	opts := export.Options{
		Fides: export.FidesOptions{SystemKey: "example_app", Organization: "example_org", DataSubjects: []string{"customer", "employee"}},
		Apple: export.AppleOptions{TrackingDomains: []string{"ads.example.com"}},
		Play:  export.PlayOptions{EncryptedInTransit: true},
	}
	formats := export.FormatsWith(opts)
	h, err := policyhttp.New(p, policyhttp.Options{Formats: slices.Concat(render.Formats(), formats)})
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range formats {
		if f.MediaType == "" {
			t.Errorf("%s has no media type", f.Name)
			continue
		}
		var want, plain bytes.Buffer
		if err := f.Write(&want, render.Input{Policy: p}); err != nil {
			t.Fatal(err)
		}
		if err := export.Formats()[i].Write(&plain, render.Input{Policy: p}); err != nil {
			t.Fatal(err)
		}
		mt, _, _ := strings.Cut(f.MediaType, ";")
		r := httptest.NewRequest("GET", "/privacy", nil)
		r.Header.Set("Accept", mt+", text/html;q=0.5")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusOK || w.Header().Get("Content-Type") != f.MediaType || !bytes.Equal(w.Body.Bytes(), want.Bytes()) {
			t.Errorf("%s by Accept %q = %d %q; want 200 %q and the export written with the options", f.Name, mt, w.Code, w.Header().Get("Content-Type"), f.MediaType)
		}
		// dpv takes no options; every other export must show them.
		if f.Name != "dpv" && bytes.Equal(want.Bytes(), plain.Bytes()) {
			t.Errorf("%s: the options change nothing", f.Name)
		}
	}
}
