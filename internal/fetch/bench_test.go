package fetch

import (
	"context"
	"net/url"
	"testing"
)

// BenchmarkExtract measures extracting a news page's article and metadata.
func BenchmarkExtract(b *testing.B) {
	page := readPage(b, "jsonld.html")
	u, _ := url.Parse("https://www.dailyledger.example/world/2024/05/03/river-bursts-banks")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(page, u); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAddDuplicate measures refusing a story already in the corpus
// by its link: the corpus directory is read, nothing is fetched.
func BenchmarkAddDuplicate(b *testing.B) {
	srv := newsSite(b)
	a := &Adder{Client: testClient(Options{}), Store: Store{Dir: b.TempDir()}}
	link := srv.URL + "/world/2024/05/03/river-bursts-banks"
	if _, err := a.Add(context.Background(), link); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := a.Add(context.Background(), link+"?utm_source=x"); err == nil {
			b.Fatal("added twice")
		}
	}
}
