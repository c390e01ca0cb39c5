package generate

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// failingFile is a temporary file whose writes fail once limit bytes
// have been written, as under a file-size limit: the bytes before the
// limit reach the disk.
type failingFile struct {
	*os.File
	limit int
}

func (f *failingFile) Write(b []byte) (int, error) {
	if len(b) <= f.limit {
		f.limit -= len(b)
		return f.File.Write(b)
	}
	n, _ := f.File.Write(b[:f.limit])
	f.limit = 0
	return n, errors.New("file too large")
}

// failOn returns a publisher whose nth temporary file (from 1) fails
// after limit bytes.
func failOn(n, limit int) publisher {
	count := 0
	return publisher{create: func(dir, pattern string) (tempFile, error) {
		f, err := os.CreateTemp(dir, pattern)
		if err != nil {
			return nil, err
		}
		count++
		if count == n {
			return &failingFile{File: f, limit: limit}, nil
		}
		return f, nil
	}}
}

// dirContents returns every entry of dir with its contents.
func dirContents(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		m[e.Name()] = string(b)
	}
	return m
}

func TestPublishFailureKeepsOldFiles(t *testing.T) {
	old := map[string][]byte{
		"privacy.en.html": []byte("<p>old html</p>\n"),
		"privacy.en.txt":  []byte("old text\n"),
		"privacy.json":    []byte(`{"old": true}` + "\n"),
	}
	updated := map[string][]byte{
		"privacy.en.html": []byte(strings.Repeat("<p>new html</p>\n", 100)),
		"privacy.en.md":   []byte(strings.Repeat("# new\n", 100)),
		"privacy.en.txt":  []byte(strings.Repeat("new text\n", 100)),
		"privacy.json":    []byte(`{"new": true}` + "\n"),
	}
	for n := 1; n <= len(updated); n++ {
		for _, limit := range []int{0, 10} {
			t.Run(fmt.Sprintf("file %d cut at %d bytes", n, limit), func(t *testing.T) {
				dir := t.TempDir()
				if err := Publish(dir, old); err != nil {
					t.Fatal(err)
				}
				before := dirContents(t, dir)
				err := failOn(n, limit).publish(dir, updated)
				if err == nil || !strings.Contains(err.Error(), "file too large") {
					t.Fatalf("publish = %v, want the write error", err)
				}
				after := dirContents(t, dir)
				if len(after) != len(before) {
					t.Errorf("files after the failure: %v, want %v (temporary files left?)", keys(after), keys(before))
				}
				for name, b := range before {
					if after[name] != b {
						t.Errorf("%s changed to %q", name, after[name])
					}
				}
			})
		}
	}
	// The same publisher with no failure replaces the whole set.
	dir := t.TempDir()
	if err := Publish(dir, old); err != nil {
		t.Fatal(err)
	}
	if err := failOn(len(updated)+1, 0).publish(dir, updated); err != nil {
		t.Fatal(err)
	}
	got := dirContents(t, dir)
	if len(got) != len(updated) {
		t.Errorf("files = %v", keys(got))
	}
	for name, b := range updated {
		if got[name] != string(b) {
			t.Errorf("%s = %.40q, want the new contents", name, got[name])
		}
		if fi, err := os.Stat(filepath.Join(dir, name)); err != nil || fi.Mode().Perm() != 0o644 {
			t.Errorf("%s: mode %v, %v; want 0644", name, fi.Mode(), err)
		}
	}
}

func keys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func TestPublishRefusesLinks(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "outside.txt")
	if err := os.WriteFile(outside, []byte("not yours\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "privacy.json"), []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "privacy.en.txt")
	if err := os.Symlink(outside, link); err != nil {
		t.Skip(err)
	}
	err := Publish(dir, map[string][]byte{"privacy.en.txt": []byte("new\n"), "privacy.json": []byte("new\n")})
	if err == nil || !strings.Contains(err.Error(), link+" is a symbolic link (to "+outside+")") {
		t.Errorf("Publish over a link = %v", err)
	}
	if b, _ := os.ReadFile(outside); string(b) != "not yours\n" {
		t.Errorf("the link's target was written: %q", b)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "privacy.json")); string(b) != "old\n" {
		t.Errorf("privacy.json was replaced although the set was refused: %q", b)
	}
	if target, err := os.Readlink(link); err != nil || target != outside {
		t.Errorf("the link was changed: %q, %v", target, err)
	}
	if err := os.Mkdir(filepath.Join(dir, "privacy.md"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Publish(dir, map[string][]byte{"privacy.md": nil}); err == nil || !strings.Contains(err.Error(), "privacy.md is not a regular file") {
		t.Errorf("Publish over a directory = %v", err)
	}
	if err := Publish(dir, map[string][]byte{"../x": nil}); err == nil || !strings.Contains(err.Error(), `"../x" is not a plain file name`) {
		t.Errorf("Publish of ../x = %v", err)
	}
}

// TestPublishRenameFailure makes the third rename fail: the files already
// renamed are put back as they were, and a new one is removed.
func TestPublishRenameFailure(t *testing.T) {
	dir := t.TempDir()
	old := map[string][]byte{"a.txt": []byte("old a\n"), "c.txt": []byte("old c\n"), "d.txt": []byte("old d\n")}
	if err := Publish(dir, old); err != nil {
		t.Fatal(err)
	}
	renames := 0
	pub := publisher{rename: func(from, to string) error {
		if renames++; renames == 3 {
			return errors.New("disk failed")
		}
		return os.Rename(from, to)
	}}
	err := pub.publish(dir, map[string][]byte{"a.txt": []byte("new a\n"), "b.txt": []byte("new b\n"), "c.txt": []byte("new c\n"), "d.txt": []byte("new d\n")})
	if err == nil || !strings.Contains(err.Error(), "publishing "+filepath.Join(dir, "c.txt")+": disk failed") {
		t.Fatalf("publish = %v", err)
	}
	got := dirContents(t, dir)
	want := map[string]string{"a.txt": "old a\n", "c.txt": "old c\n", "d.txt": "old d\n"}
	if len(got) != len(want) {
		t.Errorf("files = %v, want %v", keys(got), []string{"a.txt", "c.txt", "d.txt"})
	}
	for name, b := range want {
		if got[name] != b {
			t.Errorf("%s = %q, want %q", name, got[name], b)
		}
	}
}
