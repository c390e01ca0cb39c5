package policyhttp_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/export"
	"github.com/gopolicy/policy/internal/gen"
	"github.com/gopolicy/policy/policyhttp"
	"github.com/gopolicy/policy/render"
)

// termsPolicy states a category and a purpose with the terms of every
// vocabulary, so every export can be written.
func termsPolicy() *policy.Policy {
	email := &policy.Category{
		ID: "account.email", Name: "Email address", Items: []string{"email address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Days(30)),
		Terms: policy.Terms{Fides: []string{"user.contact.email"}, DPV: []string{"dpv-pd:EmailAddress"},
			Apple: []string{"NSPrivacyCollectedDataTypeEmailAddress"}, Play: []string{"PSL_EMAIL"}},
	}
	return &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example Ltd", Email: "privacy@example.com"}},
		Effective:  policy.MakeDate(2025, time.March, 1),
		Categories: []*policy.Category{email},
		Purposes: []*policy.Purpose{{
			ID: "account", Name: "Running your account", Categories: []*policy.Category{email}, Bases: []policy.Basis{policy.BasisContract},
			Terms: policy.Terms{Fides: []string{"essential.service"}, DPV: []string{"dpv:ServiceProvision"},
				Apple: []string{"NSPrivacyCollectedDataTypePurposeAppFunctionality"}, Play: []string{"PSL_APP_FUNCTIONALITY"}},
		}},
	}
}

// TestExportFormats serves the exports next to the document, chosen by
// extension or by Accept.
func TestExportFormats(t *testing.T) {
	p := termsPolicy()
	h, err := policyhttp.New(p, policyhttp.Options{Formats: append(render.Formats(), export.Formats()...)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range export.Formats() {
		var want bytes.Buffer
		if err := f.Write(&want, render.Input{Policy: p}); err != nil {
			t.Fatal(err)
		}
		mt, _, _ := strings.Cut(f.MediaType, ";")
		for _, req := range []*http.Request{
			httptest.NewRequest("GET", "/privacy"+f.Ext, nil),
			func() *http.Request {
				r := httptest.NewRequest("GET", "/privacy", nil)
				r.Header.Set("Accept", mt)
				return r
			}(),
		} {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != http.StatusOK || w.Header().Get("Content-Type") != f.MediaType || w.Header().Get("Content-Language") != "en" {
				t.Errorf("%s %s (Accept %q) = %d %q %q; want 200 %q en", f.Name, req.URL.Path, req.Header.Get("Accept"),
					w.Code, w.Header().Get("Content-Type"), w.Header().Get("Content-Language"), f.MediaType)
				continue
			}
			if !bytes.Equal(w.Body.Bytes(), want.Bytes()) {
				t.Errorf("%s %s: body differs from the export", f.Name, req.URL.Path)
			}
		}
	}
	// Without Accept, the first format is served: the exports, listed
	// last, change nothing for browsers.
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/privacy", nil))
	if ct := w.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("default format %q", ct)
	}
	// The default formats do not include the exports.
	plain, err := policyhttp.New(p, policyhttp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	w = httptest.NewRecorder()
	plain.ServeHTTP(w, httptest.NewRequest("GET", "/privacy.fides.yml", nil))
	if w.Code != http.StatusNotAcceptable {
		t.Errorf("an export without Options.Formats = %d", w.Code)
	}
}

// TestExportFormatsNeedTerms: New refuses exports of a policy without
// vocabulary terms, naming the export.
func TestExportFormatsNeedTerms(t *testing.T) {
	_, err := policyhttp.New(gen.Policy(10), policyhttp.Options{Formats: slices.Concat(render.Formats(), export.Formats())})
	if err == nil || !strings.Contains(err.Error(), "writing fides") || !strings.Contains(err.Error(), "vocab") {
		t.Errorf("New with exports of a policy without terms: %v", err)
	}
}
