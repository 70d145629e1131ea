package discord

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/bwmarrin/discordgo"
)

// stubCatalog is a Catalog of fixed articles with 3 passages each.
type stubCatalog []corpus.Document

func (c stubCatalog) Documents() []corpus.Document { return c }
func (c stubCatalog) ChunkCount(string) int        { return 3 }

// stubCorpus serves one snapshot of docs, indexed with the hash embedder.
type stubCorpus struct{ snap *library.Snapshot }

func (c *stubCorpus) Current() *library.Snapshot { return c.snap }

func newStubCorpus(t testing.TB, docs ...corpus.Document) *stubCorpus {
	t.Helper()
	return &stubCorpus{snap: snapshotOf(t, docs...)}
}

// snapshotOf indexes docs as the served corpus does.
func snapshotOf(t testing.TB, docs ...corpus.Document) *library.Snapshot {
	t.Helper()
	s, err := library.Build(context.Background(), docs, nil, library.Options{Chunk: chunk.DefaultOptions(), Embedder: retrieve.NewHashEmbedder(0)})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// article returns a document whose body is body.
func article(id, title, outlet, date, url, body string) corpus.Document {
	return corpus.Document{ID: id, Title: title, Outlet: outlet, Date: date, URL: url, Text: body, BodyStart: 0, BodyEnd: len(body)}
}

func manyArticles(n int) stubCatalog {
	var c stubCatalog
	for i := 1; i <= n; i++ {
		c = append(c, article(fmt.Sprintf("%03d_article", i), fmt.Sprintf("Article number %d about the unrest", i), "", "", "", "Body."))
	}
	return c
}

func TestSourcesPagesGolden(t *testing.T) {
	x := newDocIndex(manyArticles(12))
	for _, page := range []int{0, 1, 7} {
		data := sourcesPage(x, page, false).responseData()
		checkLimits(t, data)
		golden(t, fmt.Sprintf("sources/page_%d", page), data)
	}
	if m := sourcesPage(newDocIndex(stubCatalog{}), 0, true); m.Content == "" || !m.Ephemeral {
		t.Errorf("sourcesPage(empty) = %+v, want a private line saying so", m)
	}
	if m := sourcesPage(newDocIndex(manyArticles(3)), 0, false); len(m.Components) != 0 {
		t.Errorf("sourcesPage(3 articles) has %d rows, want no buttons", len(m.Components))
	}
}

func TestSourceCardGolden(t *testing.T) {
	body := "Violent clashes broke out in Almaty early Thursday.\n\nCity police said \"dozens of attackers were liquidated\" as they tried to storm buildings.\n\n" +
		strings.Repeat("More detail follows here. ", 100)
	full := article("000_b395c66eadaac4a8", "Violent clashes in Almaty", "Example News", "2022-01-06", "https://example.com/a", body)
	bare := article("001_x", "", "", "", "javascript:alert(1)", "@everyone *bold* claim.")
	for name, d := range map[string]corpus.Document{"full": full, "bare": bare} {
		data := sourceCard(d, 6, false).responseData()
		checkLimits(t, data)
		golden(t, "source/"+name, data)
	}
}

func TestArticleChoices(t *testing.T) {
	x := newDocIndex(append(manyArticles(30), article("999_special", "Troops deployed in Almaty", "", "", "", "b")))
	tests := []struct {
		typed     string
		n         int
		firstName string
	}{
		{"", 25, "Article number 1 about the unrest (001_article)"},
		{"999", 1, "Troops deployed in Almaty (999_special)"},
		{"TROOPS", 1, "Troops deployed in Almaty (999_special)"},
		{"number 2", 11, "Article number 2 about the unrest (002_article)"},
		{"nothing like it", 0, ""},
	}
	for _, tt := range tests {
		got := articleChoices(x, tt.typed)
		if len(got) != tt.n {
			t.Errorf("articleChoices(%q) = %d choices, want %d", tt.typed, len(got), tt.n)
			continue
		}
		if tt.n > 0 && got[0].Name != tt.firstName {
			t.Errorf("articleChoices(%q)[0] = %q, want %q", tt.typed, got[0].Name, tt.firstName)
		}
		for _, c := range got {
			if units(c.Name) > maxChoiceName || units(c.Value.(string)) > maxChoiceValue {
				t.Errorf("choice %+v over the limits", c)
			}
		}
	}
	long := article(strings.Repeat("id", 60), strings.Repeat("A very long title ", 20), "", "", "", "b")
	c := articleChoices(newDocIndex(stubCatalog{long}), "very")
	if len(c) != 1 || units(c[0].Name) > maxChoiceName || len(c[0].Value.(string)) > maxChoiceValue {
		t.Fatalf("articleChoices(long) = %+v, want one choice within the limits", c)
	}
	if d, ok := newDocIndex(stubCatalog{long}).find(c[0].Value.(string)); !ok || d.ID != long.ID {
		t.Errorf("find(%q) = %q, %v; want the long article", c[0].Value, d.ID, ok)
	}
}

func TestPassageViewGolden(t *testing.T) {
	text := "Intro sentence here. Police said *dozens* were killed @everyone. After that, calm returned."
	d := article("002_p", "Police report", "Wire", "2022-01-07", "", text)
	start := strings.Index(text, "Police")
	end := strings.Index(text, " After")
	p := passageRef{N: 2, Start: start, End: end, ChunkStart: 0, ChunkEnd: len(text), Hash: textHash(text[start:end]), Doc: docRef(d.ID)}
	m, ok := passageView(d, p)
	if !ok {
		t.Fatal("passageView() not ok")
	}
	data := m.responseData()
	checkLimits(t, data)
	if data.Flags != discordgo.MessageFlagsEphemeral {
		t.Errorf("passage view flags = %d, want ephemeral", data.Flags)
	}
	golden(t, "passage/view", data)

	stale := p
	stale.Hash = textHash("something else")
	if _, ok := passageView(d, stale); ok {
		t.Error("passageView(changed text) ok, want not")
	}
	outside := p
	outside.End = len(text) + 5
	if _, ok := passageView(d, outside); ok {
		t.Error("passageView(span past the end) ok, want not")
	}
}

func TestCommandsGolden(t *testing.T) {
	golden(t, "commands", Commands(0))
	if got := Commands(9000)[0].Options[0].MaxLength; got != maxOptionLength {
		t.Errorf("Commands(9000) question max_length = %d, want Discord's %d", got, maxOptionLength)
	}
}
