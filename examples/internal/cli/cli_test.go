package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/render"
)

func TestRun(t *testing.T) {
	valid := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "X", Email: "x@example.com"}},
		Effective:  policy.MakeDate(2025, 1, 1),
	}
	invalid := &policy.Policy{}
	tests := []struct {
		name       string
		p          *policy.Policy
		args       []string
		code       int
		stdout     string // substring
		stderr     string // substring
		emptyStdio bool
	}{
		{"text", valid, nil, 0, "Privacy Policy\n====", "", false},
		{"json", valid, []string{"-format", "json"}, 0, `"name": "X"`, "", false},
		{"bad format", valid, []string{"-format", "pdf"}, 2, "", `want one of html, html-fragment, markdown, text, json, got "pdf"`, true},
		{"html", valid, []string{"-format", "html"}, 0, "<!DOCTYPE html>", "", false},
		{"markdown", valid, []string{"-format", "markdown"}, 0, "# Privacy Policy", "", false},
		{"extension as format", valid, []string{"-format", "md"}, 0, "# Privacy Policy", "", false},
		{"fragment", valid, []string{"-format", "html-fragment"}, 0, "<article", "", false},
		{"bad format before findings", invalid, []string{"-format", "pdf"}, 2, "", "-format:", true},
		{"untranslated", valid, []string{"-lang", "ru"}, 1, "", `controller.name: no ru translation of "X"`, true},
		{"bad lang", valid, []string{"-lang", "!!"}, 2, "", "-lang:", true},
		{"bad flag", valid, []string{"-nope"}, 2, "", "flag provided but not defined", true},
		{"help", valid, []string{"-h"}, 0, "-format", "", false},
		{"extra argument", valid, []string{"policy.json"}, 2, "", `unexpected arguments ["policy.json"]`, true},
		{"language without wording", valid, []string{"-lang", "de"}, 2, "", "-lang: de: the library has no wording in this language", true},
		{"regional language", valid, []string{"-lang", "en-GB"}, 0, "Privacy Policy", "", false},
		{"invalid policy", invalid, nil, 1, "", "controller.name: the controller", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := Run(tt.p, nil, tt.args, &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit code = %d, want %d (stderr %q)", code, tt.code, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.stdout) || (tt.emptyStdio && stdout.Len() != 0) {
				t.Errorf("stdout = %q, want it to contain %q", stdout.String(), tt.stdout)
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr.String(), tt.stderr)
			}
		})
	}
}

// TestEveryFormat runs the program for each format of the registry and
// checks it writes what the format's own Write gives.
func TestEveryFormat(t *testing.T) {
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "X", Email: "x@example.com"}},
		Effective:  policy.MakeDate(2025, 1, 1),
	}
	doc, err := render.Compose(p, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range render.Formats() {
		var stdout, stderr bytes.Buffer
		if code := Run(p, nil, []string{"-format", f.Name, "-width", "40"}, &stdout, &stderr); code != 0 {
			t.Errorf("-format %s: exit code %d: %s", f.Name, code, stderr.String())
			continue
		}
		var want bytes.Buffer
		if err := f.Write(&want, render.Input{Policy: p, Document: doc, Width: 40}); err != nil {
			t.Fatal(err)
		}
		if want.Len() == 0 || !bytes.Equal(stdout.Bytes(), want.Bytes()) {
			t.Errorf("-format %s wrote %d bytes, want the format's %d", f.Name, stdout.Len(), want.Len())
		}
	}
}
