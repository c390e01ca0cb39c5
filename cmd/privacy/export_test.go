package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/export"
	"github.com/gopolicy/policy/render"
)

// saasFile is the example policy that states the terms of every
// vocabulary, so every export can be written from it.
var saasFile = filepath.Join("..", "..", "examples", "saas", "testdata", "policy.json")

func readPolicy(t *testing.T, name string) *policy.Policy {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := policy.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestExportFlags renders the exports and the picture with every export
// flag and compares each file with what the library writes with the same
// options; check then finds the files current only with the same flags.
func TestExportFlags(t *testing.T) {
	p := readPolicy(t, saasFile)
	dir := t.TempDir()
	flags := []string{
		"-formats", "html,html-fragment,fides,xcprivacy,play,dpv", "-picture",
		"-fides-system", "tallyboard", "-fides-organization", "tallyboard_inc",
		"-fides-subjects", "customer, employee", "-apple-tracking-domains", "ads.example.com,metrics.example.net",
		"-play-encrypted",
	}
	var stdout, stderr bytes.Buffer
	if code := runMain(append([]string{"render", "-policy", saasFile, "-out", dir}, flags...), &stdout, &stderr); code != 0 {
		t.Fatalf("render = %d, stderr:\n%s", code, stderr.String())
	}

	opts := export.Options{
		Fides: export.FidesOptions{SystemKey: "tallyboard", Organization: "tallyboard_inc", DataSubjects: []string{"customer", "employee"}},
		Apple: export.AppleOptions{TrackingDomains: []string{"ads.example.com", "metrics.example.net"}},
		Play:  export.PlayOptions{EncryptedInTransit: true},
	}
	want := map[string][]byte{}
	for _, f := range export.FormatsWith(opts) {
		var b bytes.Buffer
		if err := f.Write(&b, render.Input{Policy: p}); err != nil {
			t.Fatal(err)
		}
		want["privacy"+f.Ext] = b.Bytes()
	}
	doc, err := render.Compose(p, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pic, err := render.ComposePicture(p, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, fragment := range map[string]bool{"privacy.en.html": false, "privacy.en.fragment.html": true} {
		var b bytes.Buffer
		if err := render.WriteHTML(&b, doc, render.HTMLOptions{Fragment: fragment, Picture: pic}); err != nil {
			t.Fatal(err)
		}
		want[name] = b.Bytes()
	}

	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	wantNames := []string{"privacy.dpv.jsonld", "privacy.en.fragment.html", "privacy.en.html", "privacy.fides.yml", "privacy.play.csv", "privacy.xcprivacy"}
	if diff := cmp.Diff(wantNames, names); diff != "" {
		t.Fatalf("files written (-want +got):\n%s", diff)
	}
	for name, w := range want {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, w) {
			t.Errorf("%s differs from the library's output with the same options", name)
		}
	}
	// The flags reach the files: spot-check each one in the output.
	for name, s := range map[string]string{
		"privacy.fides.yml":        `organization_fides_key: "tallyboard_inc"`,
		"privacy.xcprivacy":        "<string>metrics.example.net</string>",
		"privacy.play.csv":         "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT,,true,",
		"privacy.en.html":          "<svg",
		"privacy.en.fragment.html": `class="privacy-label"`,
	} {
		if !strings.Contains(string(want[name]), s) {
			t.Errorf("%s lacks %q", name, s)
		}
	}

	// check agrees with the same flags, and finds every file stale
	// without them.
	stdout.Reset()
	stderr.Reset()
	if code := runMain(append([]string{"check", "-policy", saasFile, "-out", dir}, flags...), &stdout, &stderr); code != 0 {
		t.Errorf("check with the same flags = %d:\n%s%s", code, stdout.String(), stderr.String())
	}
	stdout.Reset()
	stderr.Reset()
	code := runMain([]string{"check", "-policy", saasFile, "-out", dir, "-formats", "html,html-fragment,fides,xcprivacy,play,dpv"}, &stdout, &stderr)
	if code != 1 || strings.Count(stdout.String(), "differs from the policy") != 5 {
		t.Errorf("check without the flags = %d, want 1 and 5 files differing (all but dpv):\n%s", code, stdout.String())
	}
}

// TestExportFlagErrors: a bad value, or a flag for an export or picture
// that is not written, is a usage error naming the flag, and nothing is
// written.
func TestExportFlagErrors(t *testing.T) {
	dir := t.TempDir()
	render := func(flags ...string) []string {
		return append([]string{"render", "-policy", saasFile, "-out", dir}, flags...)
	}
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"system key with a space", render("-formats", "fides", "-fides-system", "my system"),
			`-fides-system: system key "my system" is not a fides_key (letters, digits, _ . < > -)`},
		{"organization with a slash", render("-formats", "fides", "-fides-organization", "acme/eu"),
			`-fides-organization: organization "acme/eu" is not a fides_key`},
		{"bad data subject", render("-formats", "fides", "-fides-subjects", "customer,end user"),
			`-fides-subjects: data subject "end user" is not a fides_key`},
		{"empty data subjects", render("-formats", "fides", "-fides-subjects", " , "),
			`invalid value " , " for flag -fides-subjects: want one or more comma-separated values`},
		{"tracking domain with a scheme", render("-formats", "xcprivacy", "-apple-tracking-domains", "https://ads.example.com"),
			`-apple-tracking-domains: tracking domain "https://ads.example.com" is not a host name`},
		{"tracking domain with a port", render("-formats", "xcprivacy", "-apple-tracking-domains", "ads.example.com:443"),
			`tracking domain "ads.example.com:443" is not a host name`},
		{"tracking domain label too long", render("-formats", "xcprivacy", "-apple-tracking-domains", strings.Repeat("a", 64)+".example"),
			"is not a host name"},
		{"fides flag without the fides export", render("-fides-system", "tallyboard"),
			"-fides-system: sets the fides export, which -formats does not choose (add it: -formats ...,fides)"},
		{"apple flag with another export", render("-formats", "play", "-apple-tracking-domains", "ads.example.com"),
			"-apple-tracking-domains: sets the xcprivacy export, which -formats does not choose"},
		{"play flag without play", render("-formats", "fides", "-play-encrypted"),
			"-play-encrypted: sets the play export"},
		{"picture without HTML", render("-formats", "text,play", "-picture"),
			"-picture: the picture is drawn in HTML: choose html or html-fragment in -formats"},
		{"play-encrypted takes no value", render("-formats", "play", "-play-encrypted", "yes"),
			`unexpected arguments ["yes"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runMain(tt.args, &stdout, &stderr)
			if code != 2 || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("privacy %q = %d, %q; want 2, %q", tt.args, code, stderr.String(), tt.stderr)
			}
		})
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a refused command wrote %d files", len(entries))
	}
}

// TestExportFlagsHelp: render -h lists every export flag, and the
// picture, with the export it sets.
func TestExportFlagsHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := runMain([]string{"render", "-h"}, &stdout, &stderr); code != 0 {
		t.Fatalf("render -h = %d", code)
	}
	for _, s := range []string{
		"-fides-system KEY\n", "-fides-organization KEY\n", "-fides-subjects KEYS\n",
		"-apple-tracking-domains DOMAINS\n", "-play-encrypted\n", "-picture\n",
		"fides export: ", "xcprivacy export: ", "play export: ",
	} {
		if !strings.Contains(stdout.String(), s) {
			t.Errorf("render -h lacks %q:\n%s", s, stdout.String())
		}
	}
}

// TestImportFides imports the golden Fides export of the shop example and
// compares the skeleton with what the library imports; the skeleton reads
// back with privacy validate, which lists what it still lacks.
func TestImportFides(t *testing.T) {
	system := filepath.Join("..", "..", "export", "testdata", "shop.fides.yml")
	f, err := os.Open(system)
	if err != nil {
		t.Fatal(err)
	}
	p, err := export.ImportFides(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := policy.Encode(&want, p); err != nil {
		t.Fatal(err)
	}

	var stdout, stderr bytes.Buffer
	if code := runMain([]string{"import-fides", system}, &stdout, &stderr); code != 0 || !bytes.Equal(stdout.Bytes(), want.Bytes()) {
		t.Fatalf("import-fides to stdout = %d, stderr %q; output equal to the library's: %t", code, stderr.String(), bytes.Equal(stdout.Bytes(), want.Bytes()))
	}
	if !strings.Contains(stderr.String(), "5 categories, 3 purposes, 1 recipients") {
		t.Errorf("summary %q", stderr.String())
	}
	out := filepath.Join(t.TempDir(), "skeleton.json")
	stdout.Reset()
	stderr.Reset()
	if code := runMain([]string{"import-fides", "-out", out, system}, &stdout, &stderr); code != 0 || stdout.Len() != 0 {
		t.Fatalf("import-fides -out = %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
	if got, err := os.ReadFile(out); err != nil || !bytes.Equal(got, want.Bytes()) {
		t.Errorf("-out file differs from the library's output (err %v)", err)
	}
	stdout.Reset()
	stderr.Reset()
	if code := runMain([]string{"validate", "-policy", out}, &stdout, &stderr); code != 1 || !strings.Contains(stdout.String(), "retention.missing") {
		t.Errorf("validate the skeleton = %d, want 1 with retention findings:\n%s", code, stdout.String())
	}

	bad := filepath.Join(t.TempDir(), "bad.yml")
	if err := os.WriteFile(bad, []byte("system:\n  - fides_key: x\n    privacy_declarations:\n      - name: a\n        data_use: essential.nope\n        data_categories: [user.contact.email]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"help", []string{"import-fides", "-h"}, 0, "usage: privacy import-fides SYSTEM.yml [-out FILE.json]", ""},
		{"listed in privacy -h", []string{"-h"}, 0, "privacy import-fides SYSTEM.yml", ""},
		{"no file", []string{"import-fides"}, 2, "", "want one Fides system file"},
		{"two files", []string{"import-fides", system, system}, 2, "", "want one Fides system file"},
		{"unknown flag", []string{"import-fides", system, "-policy", "x"}, 2, "", `unexpected flag "-policy"`},
		{"out without value", []string{"import-fides", system, "-out"}, 2, "", "flag needs an argument: -out"},
		{"missing file", []string{"import-fides", "/nonexistent.yml"}, 3, "", "nonexistent.yml"},
		{"unknown data use", []string{"import-fides", bad}, 3, "", "essential.nope"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runMain(tt.args, &stdout, &stderr)
			if code != tt.code || !strings.Contains(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("privacy %q = %d, %q, %q; want %d, %q, %q", tt.args, code, stdout.String(), stderr.String(), tt.code, tt.stdout, tt.stderr)
			}
		})
	}
}
