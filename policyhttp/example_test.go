package policyhttp_test

import (
	"fmt"
	"net/http/httptest"

	"github.com/gopolicy/policy/internal/gen"
	"github.com/gopolicy/policy/policyhttp"
)

func ExampleNew() {
	p := gen.Policy(10) // a service's policy, declared in Go
	h, err := policyhttp.New(p, policyhttp.Options{})
	if err != nil {
		panic(err)
	}
	// In a service: mux.Handle("/privacy", h); mux.Handle("/privacy.{ext}", h)

	req := httptest.NewRequest("GET", "/privacy", nil)
	req.Header.Set("Accept", "text/markdown")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	fmt.Println(rec.Code, rec.Header().Get("Content-Type"), rec.Header().Get("Content-Language"))

	// A client that has the page already gets 304 Not Modified.
	again := httptest.NewRequest("GET", "/privacy.md", nil)
	again.Header.Set("If-None-Match", rec.Header().Get("ETag"))
	rec2 := httptest.NewRecorder()
	h.ServeHTTP(rec2, again)
	fmt.Println(rec2.Code)
	// Output:
	// 200 text/markdown; charset=utf-8 en
	// 304
}
