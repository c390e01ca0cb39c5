package main

import (
	"bytes"
	"html/template"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy/render"
	"golang.org/x/text/language"
)

// baseline is a hand-written html/template that prints the same page as
// render.WriteHTML, the yardstick for BenchmarkHTML. TestBaselineMatches
// keeps the two byte-identical, so the benchmark compares equal work.
var baseline = template.Must(template.New("page").Funcs(template.FuncMap{
	"css":  func() template.CSS { return template.CSS(stylesheetForBaseline) },
	"href": func(s render.Span) template.URL { return template.URL(s.Href) }, // targets come from Compose; WriteHTML checks them
	"kind": func(s render.Span) string {
		return [...]string{"plain", "term", "link", "link", "link"}[s.Kind]
	},
}).Parse(`<!DOCTYPE html>
<html lang="{{.Language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
{{css}}</style>
</head>
<body>
<article class="privacy-policy" lang="{{.Language}}">
<header>
<h1>{{.Title}}</h1>
{{range .Meta}}<p class="meta">{{template "spans" .}}</p>
{{end}}</header>
{{range .Intro}}<p>{{template "spans" .}}</p>
{{end}}{{with .Summary}}<section id="{{.ID}}" class="summary">
<h2>{{.Title}}</h2>
<table>
<thead>
<tr>{{range .Header}}<th scope="col">{{.}}</th>{{end}}</tr>
</thead>
<tbody>
{{range .Rows}}<tr>{{range $i, $c := .}}{{if eq $i 0}}<th scope="row">{{template "spans" $c}}</th>{{else}}<td>{{template "spans" $c}}</td>{{end}}{{end}}</tr>
{{end}}</tbody>
</table>
</section>
{{end}}<nav aria-labelledby="contents">
<h2 id="contents">{{.Contents}}</h2>
<ol>
{{range .Sections}}<li><a href="#{{.ID}}">{{.Title}}</a></li>
{{end}}</ol>
</nav>
{{range .Sections}}<section id="{{.ID}}">
<h2>{{.Number}} {{.Title}}</h2>
{{template "clauses" .Clauses}}</section>
{{end}}</article>
</body>
</html>
{{define "clauses"}}{{range .}}<div class="clause" id="{{.ID}}">
<p><span class="num">{{.Number}}</span>{{template "spans" .Text}}</p>
{{template "clauses" .Clauses}}</div>
{{end}}{{end}}
{{- define "spans"}}{{range .}}{{if eq (kind .) "term"}}<strong>{{.Text}}</strong>{{else if eq (kind .) "link"}}<a href="{{href .}}">{{.Text}}</a>{{else}}{{.Text}}{{end}}{{end}}{{end}}`))

// stylesheetForBaseline is the stylesheet WriteHTML embeds, read from its
// output so the baseline carries the same bytes.
var stylesheetForBaseline = func() string {
	doc, err := render.Compose(Policy, render.Options{})
	if err != nil {
		panic(err)
	}
	var buf bytes.Buffer
	if err := render.WriteHTML(&buf, doc, render.HTMLOptions{}); err != nil {
		panic(err)
	}
	_, css, _ := strings.Cut(buf.String(), "<style>\n")
	css, _, _ = strings.Cut(css, "</style>")
	return css
}()

func TestBaselineMatches(t *testing.T) {
	for _, lang := range []string{"en", "ru"} {
		doc := composeFor(t, lang)
		var ours, theirs bytes.Buffer
		if err := render.WriteHTML(&ours, doc, render.HTMLOptions{}); err != nil {
			t.Fatal(err)
		}
		if err := baseline.Execute(&theirs, doc); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(theirs.String(), ours.String()); diff != "" {
			t.Errorf("%s: WriteHTML and the html/template baseline differ (-template +ours):\n%s", lang, diff)
		}
	}
}

func composeFor(t testing.TB, lang string) *render.Document {
	t.Helper()
	opts := render.Options{Translations: Translations()}
	if lang == "ru" {
		opts.Language = language.Russian
	}
	doc, err := render.Compose(Policy, opts)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// BenchmarkHTML compares WriteHTML with the html/template baseline on the
// same composed document; compare the two with benchstat.
func BenchmarkHTML(b *testing.B) {
	doc := composeFor(b, "en")
	b.Run("writer=ours", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := render.WriteHTML(io.Discard, doc, render.HTMLOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("writer=template", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := baseline.Execute(io.Discard, doc); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkComposeHTML measures a whole render: composition and writing.
func BenchmarkComposeHTML(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		doc, err := render.Compose(Policy, render.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := render.WriteHTML(io.Discard, doc, render.HTMLOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
