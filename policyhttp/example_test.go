package policyhttp_test

import (
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/policyhttp"
	"github.com/gopolicy/policy/render"
)

func ExampleNew() {
	email := &policy.Category{
		ID:          "account.email",
		Name:        "Account data",
		Items:       []string{"email address"},
		Sensitivity: policy.SensitivityPersonal,
		Sources:     []policy.Source{policy.SourceUser},
		Retention:   policy.WhileAccountActive(policy.Days(30)),
	}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example Ltd", Email: "privacy@example.com"}},
		Effective:  policy.MakeDate(2025, time.March, 1),
		Categories: []*policy.Category{email},
		Purposes: []*policy.Purpose{{
			ID: "account", Name: "Running your account",
			Categories: []*policy.Category{email},
			Bases:      []policy.Basis{policy.BasisContract},
		}},
	}
	h, err := policyhttp.New(p, policyhttp.Options{})
	if err != nil {
		log.Fatal(err)
	}

	// /privacy chooses the format by the Accept header; /privacy.html,
	// /privacy.md and the others by their extension.
	mux := http.NewServeMux()
	mux.Handle("/privacy", h)
	for _, f := range render.Formats() {
		mux.Handle("/privacy"+f.Ext, h)
	}

	get := func(target, header, value string) *httptest.ResponseRecorder {
		req := httptest.NewRequest("GET", target, nil)
		if header != "" {
			req.Header.Set(header, value)
		}
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		return rec
	}
	show := func(rec *httptest.ResponseRecorder) {
		first, _, _ := strings.Cut(rec.Body.String(), "\n")
		fmt.Printf("%d %q %q\n", rec.Code, rec.Header().Get("Content-Type"), first)
	}
	show(get("/privacy", "Accept", "text/markdown"))
	show(get("/privacy.txt", "", ""))
	md := get("/privacy.md", "", "")
	show(md)
	show(get("/privacy.pdf", "", ""))

	// A client that has the page already gets 304 Not Modified.
	show(get("/privacy.md", "If-None-Match", md.Header().Get("ETag")))
	// Output:
	// 200 "text/markdown; charset=utf-8" "# Privacy Policy"
	// 200 "text/plain; charset=utf-8" "Privacy Policy"
	// 200 "text/markdown; charset=utf-8" "# Privacy Policy"
	// 404 "text/plain; charset=utf-8" "404 page not found"
	// 304 "" ""
}
