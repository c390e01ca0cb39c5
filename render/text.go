package render

import (
	"bytes"
	"encoding/binary"
	"io"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// TextOptions controls [WriteText].
type TextOptions struct {
	// Width is the column at which lines wrap; 0 means 80 and a negative
	// value turns wrapping off. Wide characters count as two columns.
	// A word longer than the width, such as a long URL, is never broken.
	Width int
}

// WriteText writes d as plain UTF-8 text: the title, the meta lines, the
// introduction, then each section with its numbered clauses. Continuation
// lines of a clause are indented under its text, so numbers stand out:
//
//	2.1.1. Account data: email address, username,
//	       country, interface language.
//
// Runs of white space (as [unicode.IsSpace] defines it) become one space
// or a line break. The output is always valid UTF-8 without control
// characters: each byte of invalid UTF-8, and each other C0 or C1 control
// character (such as ESC, which could drive the terminal of whoever prints
// the file), is written as U+FFFD, the replacement character, of one
// column. A policy that passes [policy.Policy.Validate] holds none of them.
func WriteText(w io.Writer, d *Document, opts TextOptions) error {
	width := opts.Width
	if width == 0 {
		width = 80
	}
	tw := textWriter{w: w, width: width, buf: make([]byte, 0, textBufSize)}
	tw.para("", tw.str(d.Title))
	tw.rule(columnsBytes(tw.str(d.Title)))
	if len(d.Meta) > 0 {
		tw.blank()
		for _, m := range d.Meta {
			tw.para("", tw.text(m))
		}
	}
	for _, t := range d.Intro {
		tw.blank()
		tw.para("", tw.text(t))
	}
	if tb := d.Summary; tb != nil && len(tb.Rows) > 0 {
		tw.blank()
		tw.para("", tw.str(tb.Title))
		tw.table(tb)
	}
	for _, s := range d.Sections {
		tw.blank()
		tw.para(s.Number+" ", tw.str(s.Title))
		tw.clauses(s.Clauses)
		if s.Table != nil && len(s.Table.Rows) > 0 {
			tw.blank()
			tw.para("", append(tw.str(s.Table.Title), ':'))
			tw.table(s.Table)
		}
	}
	return tw.flush()
}

// textBufSize is the size of the output buffer; it is written to the
// io.Writer whenever it holds at least this much.
const textBufSize = 32 << 10

// A textWriter lays out a document. It appends to buf, which it hands to
// w in large writes, and assembles each paragraph in scratch, so that
// writing allocates nothing per line.
type textWriter struct {
	w       io.Writer
	width   int
	buf     []byte
	scratch []byte
	err     error
}

// str returns s in the scratch buffer.
func (tw *textWriter) str(s string) []byte {
	tw.scratch = append(tw.scratch[:0], s...)
	return tw.scratch
}

// text returns t's text in the scratch buffer.
func (tw *textWriter) text(t Text) []byte {
	tw.scratch = appendText(tw.scratch[:0], t)
	return tw.scratch
}

func appendText(b []byte, t Text) []byte {
	for _, s := range t {
		b = append(b, s.Text...)
	}
	return b
}

// table writes each row as a list item: the first cell, then each other
// cell that is not empty after its column heading.
func (tw *textWriter) table(tb *Table) {
	for r, row := range tb.Rows {
		b := tw.scratch[:0]
		for i, cell := range row {
			switch {
			case i == 0:
				b = appendStop(appendText(b, cell))
			case i < len(tb.Header) && len(cell) > 0:
				b = append(b, ' ')
				b = append(b, tb.heading(r, i)...)
				b = append(b, ": "...)
				b = appendStop(appendText(b, cell))
			}
		}
		tw.scratch = b
		tw.blank()
		tw.para("- ", b)
	}
}

// appendStop ends a cell with a full stop, unless it ends with one, as a
// name such as "Paystream, Inc." does.
func appendStop(b []byte) []byte {
	if len(b) > 0 && b[len(b)-1] == '.' {
		return b
	}
	return append(b, '.')
}

func (tw *textWriter) clauses(cs []*Clause) {
	for _, c := range cs {
		tw.blank()
		tw.para(c.Number+" ", tw.text(c.Text))
		tw.clauses(c.Clauses)
	}
}

// blank writes an empty line.
func (tw *textWriter) blank() { tw.endLine() }

// rule writes a line of n '=' characters.
func (tw *textWriter) rule(n int) {
	for range n {
		tw.buf = append(tw.buf, '=')
	}
	tw.endLine()
}

// endLine ends the current line and hands the buffer to the writer once it
// is full.
func (tw *textWriter) endLine() {
	tw.buf = append(tw.buf, '\n')
	if len(tw.buf) >= textBufSize {
		tw.write()
	}
}

func (tw *textWriter) write() {
	if tw.err == nil && len(tw.buf) > 0 {
		_, tw.err = tw.w.Write(tw.buf)
	}
	tw.buf = tw.buf[:0]
}

func (tw *textWriter) flush() error {
	tw.write()
	return tw.err
}

// para writes prefix and the words of text, wrapped, with continuation
// lines indented by the prefix's width. Words are separated by runs of
// white space and never broken.
//
// Words are copied in runs: a stretch of clean words separated by single
// spaces, all on one output line, is one copy from text.
func (tw *textWriter) para(prefix string, text []byte) {
	pcols := columns(prefix)
	buf := append(tw.buf, prefix...)
	lineStart := len(tw.buf)
	col := pcols
	start := true // at the start of a line, after the prefix or indent
	words := false
	run, runEnd := -1, 0 // text[run:runEnd] is written as it is, not yet copied
	singleSpace := false
	for i := 0; i < len(text); {
		// White space: the common single ' ' first.
		if text[i] == ' ' && i+1 < len(text) && byteClass[text[i+1]] == classWord {
			i++
			singleSpace = true
		} else {
			sp := i
			for i < len(text) {
				n := spaceAt(text, i)
				if n == 0 {
					break
				}
				i += n
			}
			if i == len(text) {
				break
			}
			singleSpace = i-sp == 1 && text[sp] == ' '
		}
		// A whole line at once, when it starts here and what it can
		// hold is printable ASCII with single spaces: it ends at the
		// last space that keeps it within the width, as the words
		// one by one would.
		if start && tw.width >= 0 {
			avail := tw.width - col
			rest := bytes.TrimRight(text[i:], " ")
			if avail > 0 && len(rest) <= avail && plainASCII(rest) {
				buf = append(buf, rest...)
				col += len(rest)
				start, words = false, true
				break
			}
			// Here a word ends beyond the width.
			if avail > 0 && len(rest) > avail {
				seg := text[i : i+avail+1]
				if j := bytes.LastIndexByte(seg, ' '); j > 0 && plainASCII(seg) {
					buf = tw.newLine(append(buf, seg[:j]...), pcols)
					col = pcols
					words = true
					i += j + 1
					continue
				}
			}
		}
		// A word: printable ASCII first.
		w := i
		for i < len(text) && byteClass[text[i]] == classWord {
			i++
		}
		wc, clean := i-w, true
		if i < len(text) && byteClass[text[i]] != classSpace {
			var end, cols int
			end, cols, clean = scanWord(text, i)
			wc += cols
			i = end
		}
		// A section sign stays on the line of the number it cites
		// ("§ 257", "§§ 29"): the two are one word for wrapping.
		if sectionSign(text[w:i]) && i+1 < len(text) && text[i] == ' ' {
			if end, cols, ok := scanWord(text, i+1); end > i+1 {
				wc += 1 + cols
				clean = clean && ok
				i = end
			}
		}
		wrap := !start && tw.width >= 0 && col+1+wc > tw.width
		if run >= 0 && (wrap || !singleSpace || !clean) {
			buf = append(buf, text[run:runEnd]...)
			run = -1
		}
		if wrap {
			buf = tw.newLine(buf, pcols)
			col = pcols
			start = true
		}
		if !start {
			if run < 0 {
				buf = append(buf, ' ')
			}
			col++
		}
		switch {
		case !clean:
			buf = appendSanitized(buf, text[w:i])
		case run < 0:
			run = w
		}
		runEnd = i
		col += wc
		start = false
		words = true
	}
	if run >= 0 {
		buf = append(buf, text[run:runEnd]...)
	}
	if !words {
		// A paragraph without words is its prefix, without trailing spaces.
		for len(buf) > lineStart && buf[len(buf)-1] == ' ' {
			buf = buf[:len(buf)-1]
		}
	}
	tw.buf = buf
	tw.endLine()
}

// newLine ends the line in buf, writing buf out once it is full, and
// indents the next by indent columns; it returns the buffer to go on with.
func (tw *textWriter) newLine(buf []byte, indent int) []byte {
	buf = append(buf, '\n')
	if len(buf) >= textBufSize {
		tw.buf = buf
		tw.write()
		buf = tw.buf
	}
	for range indent {
		buf = append(buf, ' ')
	}
	return buf
}

// plainASCII reports whether b is printable ASCII with no two spaces in a
// row, which para can copy as it is, reading it eight bytes at a time.
func plainASCII(b []byte) bool {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	prevSpace := false
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		// A byte below 0x20 borrows in x-0x20 and had its high bit
		// clear; one of 0x7f or more has its high bit set in x+1 or x.
		// (A borrow or carry can only mark bytes above one of those.)
		if ((x-0x20*ones)&^x|(x+ones)|x)&highs != 0 {
			return false
		}
		// Spaces are the zero bytes of y: the bytes whose high bit
		// stays clear in z's complement, with no carry between bytes.
		y := x ^ 0x20*ones
		z := ^((y&lows + lows) | y) & highs
		if z&(z<<8) != 0 || prevSpace && z&0x80 != 0 {
			return false
		}
		prevSpace = z>>63 != 0
	}
	for ; i < len(b); i++ {
		c := b[i]
		if c < 0x20 || c >= 0x7f || c == ' ' && prevSpace {
			return false
		}
		prevSpace = c == ' '
	}
	return true
}

// Classes of bytes, for the scanners.
const (
	classWord  = iota // printable ASCII
	classSpace        // ASCII white space
	classCtl          // another ASCII control character
	classHigh         // a byte of a multi-byte sequence, or invalid
)

// byteClass is the class of each byte.
var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == ' ':
			t[c] = classSpace
		case c < 0x20 || c == 0x7f:
			t[c] = classCtl
		case c >= utf8.RuneSelf:
			t[c] = classHigh
		}
	}
	return t
}()

// spaceAt returns the length of the white-space character (as
// [unicode.IsSpace] defines it) at b[i], or 0.
func spaceAt(b []byte, i int) int {
	switch byteClass[b[i]] {
	case classSpace:
		return 1
	case classHigh:
		r, size := utf8.DecodeRune(b[i:])
		if unicode.IsSpace(r) {
			return size
		}
	}
	return 0
}

// scanWord returns the end of the word starting at b[i], its width in
// columns, and whether it can be written as it is (it holds neither
// invalid UTF-8 nor control characters).
func scanWord(b []byte, i int) (end, cols int, clean bool) {
	clean = true
	start := i
	for i < len(b) {
		switch byteClass[b[i]] {
		case classWord:
			i++
			continue
		case classSpace:
			return i, cols + i - start, clean
		case classCtl:
			clean = false
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if unicode.IsSpace(r) {
			break
		}
		if replaced(r, size) {
			clean = false
		}
		cols += runeColumns(r) - size // every byte is counted as a column below
		i += size
	}
	return i, cols + i - start, clean
}

// replaced reports whether the rune r, decoded from size bytes, is written
// as U+FFFD: a byte of invalid UTF-8 or a control character.
func replaced(r rune, size int) bool {
	return (r == utf8.RuneError && size == 1) || unicode.IsControl(r)
}

// appendSanitized appends word to b with each byte of invalid UTF-8 and
// each control character replaced by U+FFFD.
func appendSanitized(b, word []byte) []byte {
	for i := 0; i < len(word); {
		r, size := utf8.DecodeRune(word[i:])
		if replaced(r, size) {
			b = utf8.AppendRune(b, utf8.RuneError)
		} else {
			b = append(b, word[i:i+size]...)
		}
		i += size
	}
	return b
}

// runeColumns returns the display width of r: two columns for wide and
// full-width characters, one for others (including U+FFFD, which stands
// for a byte of invalid UTF-8).
func runeColumns(r rune) int {
	if r < 0x1100 { // no wide character comes before the Hangul Jamo
		return 1
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// columns returns the display width of s, as [WriteText] writes it.
func columns(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n += runeColumns(r)
		i += size
	}
	return n
}

// columnsBytes is columns for a byte slice.
func columnsBytes(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		n += runeColumns(r)
		i += size
	}
	return n
}

// sectionSign reports whether word is a section sign, single or double,
// which a line never ends with.
func sectionSign(word []byte) bool {
	return string(word) == "§" || string(word) == "§§"
}
