package news

import (
	"reflect"
	"sort"
	"testing"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/almaty-news/newsbot/internal/retrieve/synth"
)

// referenceTimeline is BuildTimeline as it was before the event index:
// every sentence compared with every entry. The test keeps it to check
// that the index changes the speed and nothing else.
func referenceTimeline(docs []corpus.Document) []Entry {
	var entries []Entry
	var terms [][]string
	hasText := func(e Entry, t []string) bool {
		return len(e.Sources) > 0 && jaccard(retrieve.Terms(e.Sources[0].Text), t) == 1
	}
	for _, d := range docs {
		body := d.Body()
		for _, sp := range chunk.Sentences(body) {
			text := body[sp.Start:sp.End]
			w, ok := eventDate(text, d.Date)
			if !ok {
				continue
			}
			src := Source{DocID: d.ID, Start: d.BodyStart + sp.Start, End: d.BodyStart + sp.End, Text: text, When: w.Text}
			t := retrieve.Terms(text)
			k := -1
			for i, e := range entries {
				if e.cites(d.ID) && !hasText(e, t) || !sameDay(e, w) {
					continue
				}
				if jaccard(terms[i], t) >= sameEventShare || hasText(e, t) {
					k = i
					break
				}
			}
			if k >= 0 {
				entries[k].merge(w, src)
				terms[k] = append(terms[k], t...)
				continue
			}
			entries = append(entries, Entry{Date: w.Date, When: w.Text, Weekday: w.Weekday, Part: w.Part, Sources: []Source{src}})
			terms = append(terms, t)
		}
	}
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].before(entries[j]) })
	return entries
}

func TestTimelineMatchesReference(t *testing.T) {
	seed, _, err := corpus.Load("../../corpus", corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var gen []corpus.Document
	for i := range 120 {
		d, err := corpus.Parse(synth.Name(i), []byte(synth.Article(7, i)))
		if err != nil {
			t.Fatal(err)
		}
		if i%3 == 0 {
			d.Date = "" // undated reports match on weekdays and wording
		}
		gen = append(gen, d)
	}
	for name, docs := range map[string][]corpus.Document{"seed": seed, "synthetic": gen} {
		got, want := BuildTimeline(docs), referenceTimeline(docs)
		if len(want) == 0 {
			t.Fatalf("%s: the reference timeline is empty", name)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: BuildTimeline() = %d entries, reference %d; they differ", name, len(got), len(want))
		}
	}
}
