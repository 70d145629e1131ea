package library

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/almaty-news/newsbot/internal/retrieve/synth"
)

// Many articles are cut on several goroutines into what one cuts.
func TestSplitAllIsSplit(t *testing.T) {
	var docs []corpus.Document
	var todo []int
	for i := range 3*splitShare + 5 {
		d, err := corpus.Parse(fmt.Sprintf("a%04d.txt", i), []byte(synth.Article(1, i)))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
		if i%3 != 1 {
			todo = append(todo, i)
		}
	}
	got := make([][]retrieve.Chunk, len(docs))
	splitAll(docs, todo, got, chunk.DefaultOptions())
	want := make([][]retrieve.Chunk, len(docs))
	for _, i := range todo {
		want[i] = Split(docs[i], chunk.DefaultOptions())
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("splitAll() differs from Split article by article")
	}
}
