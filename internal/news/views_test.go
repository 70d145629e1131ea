package news

import (
	"reflect"
	"testing"
)

func TestCitationsNumberEachSourceOnce(t *testing.T) {
	var c Citations
	got := []int{c.Sentence("a", 0, 10), c.Sentence("b", 5, 9), c.Sentence("a", 0, 10), c.Article("a"), c.Sentence("a", 11, 20), c.Article("a")}
	if want := []int{1, 2, 1, 3, 4, 3}; !reflect.DeepEqual(got, want) {
		t.Errorf("numbers = %v, want %v", got, want)
	}
	if n, ok := c.ArticleNumber("a"); !ok || n != 3 {
		t.Errorf("ArticleNumber(a) = %d, %v, want 3, true", n, ok)
	}
	if _, ok := c.ArticleNumber("b"); ok {
		t.Error("ArticleNumber(b) found an article only a sentence of which is cited")
	}
	if c.Len() != 4 || c.List()[1] != (Cite{N: 2, DocID: "b", Start: 5, End: 9}) {
		t.Errorf("List() = %+v", c.List())
	}
}

func TestTimelineViewNumbersSentencesInEntryOrder(t *testing.T) {
	entries := []Entry{
		{Date: "2022-01-05", Sources: []Source{{DocID: "b", Start: 0, End: 5}, {DocID: "a", Start: 3, End: 9}}},
		{Date: "2022-01-06", Sources: []Source{{DocID: "a", Start: 3, End: 9}, {DocID: "a", Start: 10, End: 20}}},
	}
	v := NewTimelineView(entries)
	if got := [][]int{v.Entries[0].Cites, v.Entries[1].Cites}; !reflect.DeepEqual(got, [][]int{{1, 2}, {2, 3}}) {
		t.Errorf("Cites = %v, want [[1 2] [2 3]]", got)
	}
	if len(v.Sources) != 3 || v.Sources[2].Start != 10 {
		t.Errorf("Sources = %+v, want 3, the last a[10:20]", v.Sources)
	}
}

func TestQuoteViewNumbersByWording(t *testing.T) {
	st := Statement{Speaker: "X", Quotes: []Quote{
		{DocID: "a", Text: "one", SentStart: 0, SentEnd: 9},
		{DocID: "b", Text: "two", SentStart: 4, SentEnd: 8},
		{DocID: "c", Text: "one", SentStart: 1, SentEnd: 7},
	}}
	v := NewQuoteView([]Statement{st, st})
	w := v.Statements[0].Wordings
	if len(w) != 2 || w[0][0].N != 1 || w[0][1].N != 2 || w[1][0].N != 3 {
		t.Errorf("wordings = %+v, want one (1, 2) then two (3)", w)
	}
	if v.Statements[1].Wordings[0][1].N != 2 || len(v.Sources) != 3 {
		t.Errorf("the second statement renumbered its quotes: %+v, sources %d", v.Statements[1].Wordings, len(v.Sources))
	}
}
