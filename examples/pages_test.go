// Package examples holds the example programs; this test checks their
// rendered HTML pages as browsers and validators see them.
package examples

import (
	"bytes"
	"encoding/json"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// tool returns the path of an external checker, or skips the test where it
// is missing, except under CI, which must run every check.
func tool(t *testing.T, env, fallback string) string {
	t.Helper()
	path := os.Getenv(env)
	if path == "" {
		path = fallback
	}
	if p, err := exec.LookPath(path); err == nil {
		return p
	}
	if _, err := os.Stat(path); err == nil {
		return path
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s not found (set %s); .ci/run installs it", path, env)
	}
	t.Skipf("%s not found (set %s, or run .ci/run, which installs it)", path, env)
	return ""
}

// pages returns the rendered example pages, and the fragments wrapped in a
// minimal page of their own.
func pages(t *testing.T) []string {
	t.Helper()
	full, err := filepath.Glob(filepath.Join("*", "testdata", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	dir := t.TempDir()
	for _, f := range full {
		if !strings.HasSuffix(f, ".fragment.html") {
			out = append(out, f)
			continue
		}
		frag, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		wrapped := filepath.Join(dir, strings.ReplaceAll(f, string(filepath.Separator), "_"))
		page := "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Fragment</title>\n</head>\n<body>\n" + string(frag) + "</body>\n</html>\n"
		if err := os.WriteFile(wrapped, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, wrapped)
	}
	if len(out) < 6 {
		t.Fatalf("found only %d example pages: %v", len(out), out)
	}
	return out
}

// TestNuHTMLChecker runs the Nu HTML Checker (vnu.jar) over every example
// page and fails on any error it reports.
func TestNuHTMLChecker(t *testing.T) {
	java := tool(t, "JAVA", "java")
	jar := tool(t, "VNU_JAR", "vnu.jar")
	files := pages(t)
	args := append([]string{"-jar", jar, "--errors-only", "--format", "json"}, files...)
	var stderr bytes.Buffer
	cmd := exec.Command(java, args...)
	cmd.Stderr = &stderr // vnu writes its report to standard error
	runErr := cmd.Run()
	var report struct {
		Messages []struct {
			Type, Message, URL string
			LastLine           int
		}
	}
	if err := json.Unmarshal(stderr.Bytes(), &report); err != nil {
		t.Fatalf("vnu: %v; output: %s", runErr, stderr.String())
	}
	for _, m := range report.Messages {
		t.Errorf("%s:%d: %s: %s", m.URL, m.LastLine, m.Type, m.Message)
	}
	if runErr != nil && len(report.Messages) == 0 {
		t.Errorf("vnu failed: %v", runErr)
	}
	t.Logf("checked %d pages", len(files))
}

// TestChromium opens each full page in headless Chromium: the DOM must
// show the title and the first section, and a screenshot must not be
// blank.
func TestChromium(t *testing.T) {
	chromium := tool(t, "CHROMIUM", "chromium")
	for _, page := range pages(t) {
		if strings.Contains(page, ".fragment.html") {
			continue
		}
		t.Run(filepath.Base(filepath.Dir(filepath.Dir(page)))+"/"+filepath.Base(page), func(t *testing.T) {
			abs, err := filepath.Abs(page)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			shot := filepath.Join(dir, "shot.png")
			flags := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + filepath.Join(dir, "profile"), "--window-size=1024,1400"}
			src, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			title := between(string(src), "<title>", "</title>")
			h2 := between(string(src), "<section id=\"general\">\n<h2>", "</h2>")
			wants := []string{"<title>" + title + "</title>", "<h1>" + title + "</h1>", h2}
			// A headless Chromium on a loaded machine now and then dumps
			// the DOM before it has parsed the page; a page that lacks
			// what it should in three dumps fails.
			var missing []string
			for range 3 {
				dom, err := exec.Command(chromium, append(flags, "--dump-dom", "file://"+abs)...).Output()
				if err != nil {
					t.Fatalf("chromium --dump-dom: %v", err)
				}
				missing = missing[:0]
				for _, want := range wants {
					if title == "" || !strings.Contains(string(dom), want) {
						missing = append(missing, want)
					}
				}
				if len(missing) == 0 {
					break
				}
			}
			for _, want := range missing {
				t.Errorf("the DOM Chromium built lacks %q", want)
			}
			if out, err := exec.Command(chromium, append(flags, "--screenshot="+shot, "file://"+abs)...).CombinedOutput(); err != nil {
				t.Fatalf("chromium --screenshot: %v\n%s", err, out)
			}
			f, err := os.Open(shot)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			img, err := png.Decode(f)
			if err != nil {
				t.Fatal(err)
			}
			if ink := inked(img); ink < 0.01 {
				t.Errorf("screenshot is blank: %.4f of pixels are not background", ink)
			}
		})
	}
}

func between(s, start, end string) string {
	_, after, ok := strings.Cut(s, start)
	if !ok {
		return ""
	}
	in, _, _ := strings.Cut(after, end)
	return in
}

// inked returns the share of pixels that differ from the top-left one.
func inked(img image.Image) float64 {
	b := img.Bounds()
	bg := img.At(b.Min.X, b.Min.Y)
	br, bgG, bb, _ := bg.RGBA()
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r != br || g != bgG || bl != bb {
				n++
			}
		}
	}
	return float64(n) / float64(b.Dx()*b.Dy())
}
