package privacyvet_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/gopolicy/policy/privacyvet"
)

func TestAnalyzerWithoutPolicy(t *testing.T) {
	a := privacyvet.New(privacyvet.Config{})
	analysistest.Run(t, analysistest.TestData(), a, "fields", "importsnopolicy", "setting", "user")
}

func TestAnalyzerWithPolicy(t *testing.T) {
	a := privacyvet.New(privacyvet.Config{PolicyFile: filepath.Join("testdata", "policy.json")})
	analysistest.Run(t, analysistest.TestData(), a, "tags", "imports")
}

func TestAnalyzerPolicyFlag(t *testing.T) {
	a := privacyvet.New(privacyvet.Config{})
	if err := a.Flags.Set("policy", filepath.Join("testdata", "policy.json")); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "imports")
}
