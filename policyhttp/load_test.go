package policyhttp_test

import (
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"
)

var (
	load         = flag.Bool("load", false, "run TestLoad: 200 concurrent clients over loopback")
	loadDuration = flag.Duration("load.duration", 5*time.Second, "how long TestLoad runs (at most 1m)")
)

// TestLoad serves the handler on 127.0.0.1 to 200 concurrent clients,
// each with its own connection, for -load.duration, and reports the
// requests served, the errors and the latency percentiles; then the same
// for a plain handler writing the HTML page's bytes, as a baseline. It
// runs only with -load:
//
//	go test ./policyhttp -run TestLoad -load -v
func TestLoad(t *testing.T) {
	if !*load {
		t.Skip("run with -load")
	}
	h := newHandler(t)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/privacy", nil))
	body := rec.Body.Bytes()
	plain := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(body)
	})
	t.Run("handler=policy", func(t *testing.T) { loadTest(t, h) })
	t.Run("handler=plain", func(t *testing.T) { loadTest(t, plain) })
}

func loadTest(t *testing.T, h http.Handler) {
	const clients = 200
	duration := min(*loadDuration, time.Minute)
	srv := httptest.NewServer(h) // listens on 127.0.0.1 only
	defer srv.Close()
	transport := srv.Client().Transport.(*http.Transport).Clone()
	transport.MaxIdleConnsPerHost = clients
	transport.MaxConnsPerHost = clients
	defer transport.CloseIdleConnections()
	client := &http.Client{Transport: transport, Timeout: 10 * time.Second}

	targets := []struct{ path, accept, lang string }{
		{"/privacy", "text/html,application/xhtml+xml,*/*;q=0.8", "en-US,en;q=0.9"},
		{"/privacy", "text/html,application/xhtml+xml,*/*;q=0.8", "ru-RU,ru;q=0.9,en;q=0.8"},
		{"/privacy.md", "*/*", "ru"},
		{"/privacy.json", "application/json", ""},
		{"/privacy.txt?lang=ru", "", "de, zz-ZZ"},
	}
	var (
		mu        sync.Mutex
		latencies []time.Duration
		errors    int
		firstErr  error
	)
	deadline := time.Now().Add(duration)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			var mine []time.Duration
			var bad int
			var badErr error
			for i := c; time.Now().Before(deadline); i++ {
				tg := targets[i%len(targets)]
				req, _ := http.NewRequest("GET", srv.URL+tg.path, nil)
				if tg.accept != "" {
					req.Header.Set("Accept", tg.accept)
				}
				if tg.lang != "" {
					req.Header.Set("Accept-Language", tg.lang)
				}
				start := time.Now()
				res, err := client.Do(req)
				if err == nil {
					_, err = io.Copy(io.Discard, res.Body)
					res.Body.Close()
					if err == nil && res.StatusCode != http.StatusOK {
						err = &statusError{res.StatusCode}
					}
				}
				mine = append(mine, time.Since(start))
				if err != nil {
					bad++
					badErr = err
				}
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			errors += bad
			if firstErr == nil {
				firstErr = badErr
			}
			mu.Unlock()
		})
	}
	wg.Wait()
	if len(latencies) == 0 {
		t.Fatal("no requests")
	}
	slices.Sort(latencies)
	pct := func(p float64) time.Duration { return latencies[int(p*float64(len(latencies)-1))] }
	t.Logf("%d clients, %v: %d requests (%.0f/s), %d errors; latency p50 %v, p99 %v, max %v",
		clients, duration, len(latencies), float64(len(latencies))/duration.Seconds(), errors,
		pct(0.50), pct(0.99), latencies[len(latencies)-1])
	if errors > 0 {
		t.Errorf("%d errors, such as %v", errors, firstErr)
	}
}

type statusError struct{ code int }

func (e *statusError) Error() string { return "status " + http.StatusText(e.code) }
