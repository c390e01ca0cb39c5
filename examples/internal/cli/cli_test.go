package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
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
		{"bad format", valid, []string{"-format", "pdf"}, 2, "", `want one of text, markdown, html, html-fragment, json, got "pdf"`, true},
		{"html", valid, []string{"-format", "html"}, 0, "<!DOCTYPE html>", "", false},
		{"markdown", valid, []string{"-format", "markdown"}, 0, "# Privacy Policy", "", false},
		{"untranslated", valid, []string{"-lang", "ru"}, 1, "", `controller.name: no ru translation of "X"`, true},
		{"bad lang", valid, []string{"-lang", "!!"}, 2, "", "-lang:", true},
		{"bad flag", valid, []string{"-nope"}, 2, "", "flag provided but not defined", true},
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
