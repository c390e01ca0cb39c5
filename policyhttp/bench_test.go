package policyhttp_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
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

// discardWriter is a ResponseWriter that keeps the headers and drops the
// body, reused across requests so that a benchmark measures the handler.
type discardWriter struct {
	header http.Header
	code   int
}

func (w *discardWriter) Header() http.Header         { return w.header }
func (w *discardWriter) Write(b []byte) (int, error) { return len(b), nil }
func (w *discardWriter) WriteHeader(code int)        { w.code = code }

// BenchmarkServeHTTP measures the handler alone, without the network, for
// a browser's repeated header set, against a plain handler that writes
// the same bytes with the same content type. Compare them with benchstat.
func BenchmarkServeHTTP(b *testing.B) {
	h := newHandler(b)
	req := httptest.NewRequest("GET", "/privacy", nil)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
	req.Header.Set("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	body := rec.Body.Bytes()
	plain := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = []string{"text/html; charset=utf-8"}
		_, _ = w.Write(body)
	})
	// plainHeaders writes the same bytes with the same response headers,
	// the floor for a handler that sends them: each is one insertion
	// into the header map.
	headers := rec.Result().Header
	plainHeaders := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		for k, v := range headers {
			hd[k] = v
		}
		_, _ = w.Write(body)
	})
	for _, bench := range []struct {
		name    string
		handler http.Handler
	}{{"handler=policy", h}, {"handler=plain", plain}, {"handler=plain-same-headers", plainHeaders}} {
		b.Run(bench.name, func(b *testing.B) {
			w := &discardWriter{header: http.Header{}}
			b.ReportAllocs()
			for b.Loop() {
				clear(w.header)
				w.code = 0
				bench.handler.ServeHTTP(w, req)
			}
			if w.code != 0 && w.code != 200 {
				b.Fatalf("status %d", w.code)
			}
		})
	}
}

// BenchmarkHostileAcceptLanguage measures a request whose Accept-Language
// is 1.2 MB of 100,000 ranges, each different from the last request's.
func BenchmarkHostileAcceptLanguage(b *testing.B) {
	h := newHandler(b)
	value := hostileAcceptLanguage()
	req := httptest.NewRequest("GET", "/privacy.txt", nil)
	w := &discardWriter{header: http.Header{}}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n++
		req.Header["Accept-Language"] = []string{value[n%7:]} // never the same value twice in a row
		clear(w.header)
		h.ServeHTTP(w, req)
	}
}

// hostileAcceptLanguage returns an Accept-Language value of 100,000
// well-formed ranges in 1.2 MB.
func hostileAcceptLanguage() string {
	var sb strings.Builder
	for i := range 100_000 {
		fmt.Fprintf(&sb, "%s;q=0.%d,", []string{"de-DE", "zz-ZZ", "ja-JP", "fr-FR"}[i%4], 1+i%9)
	}
	return sb.String()
}
