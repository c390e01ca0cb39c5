package generate

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Publish writes files (contents by file name) into the directory dir as
// one set: each file goes first to a temporary file in dir, which is
// synced to disk, and only when every one of them has been written are
// they renamed over the published names, one after another, and dir
// itself synced. If any write fails, Publish removes its temporary files
// and leaves the files already in dir as they were, so a reader never
// sees a file cut short or a mix of old and new files after a failed run.
// (A rename within one directory fails only when the disk itself does;
// should one fail, Publish puts back the files it had already replaced.)
//
// Publish never follows a symbolic link: where dir already holds a
// symbolic link, a directory or any other file that is not a regular
// file under one of the names, it writes nothing and returns an error
// naming it. Remove the entry, or publish to another directory. The
// published files have mode 0644. Names must be plain file names, without
// a directory.
func Publish(dir string, files map[string][]byte) error {
	return publisher{}.publish(dir, files)
}

// tempFile is the part of *os.File that publishing uses.
type tempFile interface {
	io.Writer
	Name() string
	Sync() error
	Close() error
}

// publisher writes files through create and rename, which tests replace
// to make a write or a rename fail; nil means os.CreateTemp and
// os.Rename.
type publisher struct {
	create func(dir, pattern string) (tempFile, error)
	rename func(oldpath, newpath string) error
}

func (pub publisher) publish(dir string, files map[string][]byte) (err error) {
	names := make([]string, 0, len(files))
	for name := range files {
		if name == "" || name != filepath.Base(name) || name == "." || name == ".." {
			return fmt.Errorf("publish: %q is not a plain file name", name)
		}
		names = append(names, name)
	}
	slices.Sort(names)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, name := range names {
		if err := checkTarget(filepath.Join(dir, name)); err != nil {
			return err
		}
	}
	create := pub.create
	if create == nil {
		create = func(dir, pattern string) (tempFile, error) { return os.CreateTemp(dir, pattern) }
	}
	// Write every file to a temporary one; remove them all on failure.
	temps := make(map[string]string, len(names))
	defer func() {
		if err != nil {
			for _, tmp := range temps {
				os.Remove(tmp)
			}
		}
	}()
	for _, name := range names {
		f, err := create(dir, "."+name+".tmp-*")
		if err != nil {
			return err
		}
		temps[name] = f.Name()
		if err := writeSynced(f, files[name]); err != nil {
			return fmt.Errorf("writing %s: %w", filepath.Join(dir, name), err)
		}
		if err := os.Chmod(f.Name(), 0o644); err != nil {
			return err
		}
	}
	// Keep the previous versions as hard links, to put back should a
	// rename fail part way; where hard links are not supported, go on
	// without.
	backups := map[string]string{}
	defer func() {
		for _, b := range backups {
			os.Remove(b)
		}
	}()
	for _, name := range names {
		path := filepath.Join(dir, name)
		b := temps[name] + ".old"
		if os.Link(path, b) == nil {
			backups[name] = b
		}
	}
	rename := pub.rename
	if rename == nil {
		rename = os.Rename
	}
	for i, name := range names {
		path := filepath.Join(dir, name)
		if err := rename(temps[name], path); err != nil {
			for _, done := range names[:i] {
				if b, ok := backups[done]; ok {
					os.Rename(b, filepath.Join(dir, done))
				} else {
					os.Remove(filepath.Join(dir, done))
				}
			}
			return fmt.Errorf("publishing %s: %w", path, err)
		}
		delete(temps, name)
	}
	syncDir(dir)
	return nil
}

// checkTarget returns an error if path exists and is not a regular file.
func checkTarget(path string) error {
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case fi.Mode()&fs.ModeSymlink != 0:
		target, _ := os.Readlink(path)
		return fmt.Errorf("%s is a symbolic link (to %s); refusing to write through or replace it: remove it or publish to another directory", path, target)
	case !fi.Mode().IsRegular():
		return fmt.Errorf("%s is not a regular file (%s); refusing to replace it", path, strings.TrimSpace(fi.Mode().Type().String()))
	}
	return nil
}

// writeSynced writes b to f, syncs and closes it.
func writeSynced(f tempFile, b []byte) error {
	_, err := f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// syncDir makes the renames in dir durable where the system can sync a
// directory; where it cannot, the renames are still complete.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
