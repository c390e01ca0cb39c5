package policyhttp_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkServe measures requests per second over a real loopback
// connection: the policy handler against a plain handler that writes the
// same bytes with the same content type. Compare them with benchstat.
func BenchmarkServe(b *testing.B) {
	h := newHandler(b)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/privacy", nil))
	body := rec.Body.Bytes()
	plain := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(body)
	})
	for _, bench := range []struct {
		name    string
		handler http.Handler
	}{{"handler=policy", h}, {"handler=plain", plain}} {
		b.Run(bench.name, func(b *testing.B) {
			srv := httptest.NewServer(bench.handler)
			defer srv.Close()
			client := srv.Client()
			client.Transport.(*http.Transport).MaxIdleConnsPerHost = 64
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					req, _ := http.NewRequest("GET", srv.URL+"/privacy", nil)
					req.Header.Set("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
					req.Header.Set("Accept-Language", "en-US,en;q=0.9")
					res, err := client.Do(req)
					if err != nil {
						b.Error(err)
						return
					}
					n, _ := io.Copy(io.Discard, res.Body)
					res.Body.Close()
					if res.StatusCode != 200 || n != int64(len(body)) {
						b.Errorf("status %d, %d bytes", res.StatusCode, n)
						return
					}
				}
			})
		})
	}
}

// BenchmarkServeHTTP measures the handler alone, without the network.
func BenchmarkServeHTTP(b *testing.B) {
	h := newHandler(b)
	req := httptest.NewRequest("GET", "/privacy", nil)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
	req.Header.Set("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8")
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
	}
}
