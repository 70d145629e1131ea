package feed

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/fetch"
	"github.com/mmcdole/gofeed"
)

// stories are article pages written for the test, each its own story.
var stories = map[string][3]string{ // path -> title, outlet, body
	"/a": {"River bursts its banks in the valley", "Valley Courier", "The river burst its banks early on Friday after two days of heavy rain, flooding more than two hundred homes and closing the main road into town, the county council said. Emergency crews used boats to reach residents trapped on upper floors. A school gymnasium was opened as a shelter for about ninety people who spent the night away from home."},
	"/b": {"Council approves a new bridge", "Valley Courier", "The county council approved plans for a new bridge on Friday, a week after floodwater swept the old crossing away and cut the villages off for three days. It will cost about twelve million and should open within two years, the council leader told a packed public meeting in the town hall on Thursday night."},
	"/c": {"Bakery wins national prize", "Valley Courier", "A family bakery on the high street won the national prize for its sourdough loaf, beating more than four hundred entries from across the country. The owners said they would spend the prize money on a second oven and train two apprentices, and thanked their customers for queuing in the rain every Saturday morning."},
	"/d": {"Engineers inspect the river defences", "Valley Courier", "Government engineers began a survey of the river defences on Monday, walking the embankment from the weir to the old mill and taking samples of the soil beneath the flood wall. Their report, due in six weeks, will say whether the wall can be repaired or must be rebuilt further back from the water. Residents asked to see the survey before any decision is taken on the future of the wall."},
}

func page(title, outlet, body string) string {
	var paras strings.Builder
	for _, s := range strings.SplitAfter(body, ". ") {
		fmt.Fprintf(&paras, "<p>%s</p>\n", s)
	}
	return fmt.Sprintf(`<!doctype html><html><head><meta charset="utf-8"><meta property="og:site_name" content="%s">
<meta property="article:published_time" content="2024-05-03T08:00:00Z"><title>%s</title></head>
<body><article><h1>%s</h1>%s</article></body></html>`, outlet, title, title, paras.String())
}

const rssHead = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Valley Courier</title><link>%s</link>`

func rssItem(base, path, title, date string) string {
	return fmt.Sprintf(`<item><title>%s</title><link>%s%s?utm_source=rss</link><description>%s</description><pubDate>%s</pubDate></item>`,
		title, base, path, title, date)
}

// site serves the stories, an RSS feed that can gain an item, an Atom
// feed, and a broken feed; it counts requests per path.
type site struct {
	srv     *httptest.Server
	mu      sync.Mutex
	hits    map[string]int
	updated bool
}

func newSite(t *testing.T) *site {
	s := &site{hits: map[string]int{}}
	mux := http.NewServeMux()
	for path, st := range stories {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			s.hit(path)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(page(st[0], st[1], st[2])))
		})
	}
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		s.hit("/rss.xml")
		s.mu.Lock()
		etag := `"v1"`
		if s.updated {
			etag = `"v2"`
		}
		s.mu.Unlock()
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		base := "http://" + r.Host
		body := fmt.Sprintf(rssHead, base) +
			rssItem(base, "/b", "Council approves a new bridge", "Fri, 03 May 2024 10:00:00 GMT") +
			rssItem(base, "/a", "River bursts its banks", "Fri, 03 May 2024 08:00:00 GMT") +
			rssItem(base, "/c", "Bakery wins national prize", "Fri, 03 May 2024 09:00:00 GMT")
		if etag == `"v2"` {
			body += rssItem(base, "/d", "Engineers inspect the river defences", "Mon, 06 May 2024 09:00:00 GMT")
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(body + "</channel></rss>"))
	})
	mux.HandleFunc("/atom.xml", func(w http.ResponseWriter, r *http.Request) {
		s.hit("/atom.xml")
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2024-05-03T12:00:00Z</updated>
<entry><title>River bursts its banks</title><id>urn:wire:1</id><link href="http://%s/a#top"/><updated>2024-05-03T12:00:00Z</updated><summary>The river burst its banks</summary></entry></feed>`, r.Host)
	})
	s.srv = httptest.NewServer(mux)
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) hit(path string) { s.mu.Lock(); s.hits[path]++; s.mu.Unlock() }

func (s *site) count(path string) int { s.mu.Lock(); defer s.mu.Unlock(); return s.hits[path] }

func TestPollerFollowsFeeds(t *testing.T) {
	s := newSite(t)
	dir := t.TempDir()
	client := fetch.NewClient(fetch.Options{AllowNetworks: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}})
	outcomes := map[string]int{}
	observe := func(source, outcome string) { outcomes[source+"/"+outcome]++ }
	p := &Poller{
		Feeds:     []string{s.srv.URL + "/rss.xml", s.srv.URL + "/atom.xml", s.srv.URL + "/missing.xml"},
		Keywords:  []string{"river", "bridge"},
		StatePath: StatePath(dir),
		Get:       client,
		Add:       &fetch.Adder{Client: client, Store: fetch.Store{Dir: dir}, Observe: observe},
		Now:       func() time.Time { return time.Date(2024, 5, 3, 12, 0, 0, 0, time.UTC) },
		Observe:   observe,
	}
	ctx := context.Background()
	if err := p.PollOnce(ctx); err != nil {
		t.Fatal(err)
	}
	titles := func() []string {
		docs, _, err := corpus.Load(dir, corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, d := range docs {
			out = append(out, d.Title)
		}
		return out
	}
	if got := titles(); len(got) != 2 {
		t.Fatalf("after the first poll the corpus holds %q, want the river and bridge stories", got)
	}
	if s.count("/c") != 0 {
		t.Errorf("the story matching no keyword was fetched %d times, want 0", s.count("/c"))
	}
	states, err := LoadStates(StatePath(dir))
	if err != nil {
		t.Fatal(err)
	}
	rss, atom, missing := states[p.Feeds[0]], states[p.Feeds[1]], states[p.Feeds[2]]
	if rss.ItemsAdded != 2 || rss.ETag != `"v1"` || !rss.LastFetch.Equal(p.Now()) || rss.LastError != "" {
		t.Errorf("rss state = %+v, want 2 items added, ETag v1, fetched at %s", rss, p.Now())
	}
	if atom.ItemsAdded != 0 || s.count("/a") != 1 {
		t.Errorf("atom state = %+v, /a fetched %d times; want its item (the same story) not added or fetched again", atom, s.count("/a"))
	}
	if !strings.Contains(missing.LastError, "404") {
		t.Errorf("missing feed state = %+v, want its 404 as last error", missing)
	}

	// Nothing changed: a 304, no article fetched again.
	if err := p.PollOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if outcomes["feed/unchanged"] != 1 || s.count("/a")+s.count("/b") != 2 {
		t.Errorf("second poll: outcomes %v, articles fetched %d times in all; want one 304 and no refetch", outcomes, s.count("/a")+s.count("/b"))
	}

	// The feed gains an item: only it is added.
	s.mu.Lock()
	s.updated = true
	s.mu.Unlock()
	if err := p.PollOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if got := titles(); len(got) != 3 {
		t.Errorf("after the update the corpus holds %q, want 3 stories", got)
	}
	states, _ = LoadStates(StatePath(dir))
	if st := states[p.Feeds[0]]; st.ItemsAdded != 3 || st.ETag != `"v2"` {
		t.Errorf("rss state after update = %+v, want 3 items added, ETag v2", st)
	}
	if outcomes["item/added"] != 3 || outcomes["feed/http_status"] != 3 {
		t.Errorf("outcomes = %v, want item/added 3 and feed/http_status 3", outcomes)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 4 { // 3 articles and the hidden state folder
		t.Errorf("corpus dir holds %d entries, want 3 articles and %s", len(entries), StateDir)
	}
}

func TestKeywordsMatchWholeWords(t *testing.T) {
	p := &Poller{Keywords: []string{"war", "New York"}}
	for title, want := range map[string]bool{"War breaks out": true, "Award for a film": false, "Snow in new york tonight": true, "Newark, N.Y.": false} {
		if got := p.matches(&gofeed.Item{Title: title}); got != want {
			t.Errorf("matches(%q) = %v, want %v", title, got, want)
		}
	}
}

// cancellingGetter ends the run when the feed is fetched.
type cancellingGetter struct {
	cancel context.CancelFunc
	calls  int
}

func (g *cancellingGetter) Get(context.Context, string, fetch.Conditional) (fetch.Response, error) {
	g.calls++
	g.cancel()
	return fetch.Response{}, &fetch.StatusError{Status: "503 Service Unavailable"}
}

// Run polls at once, not only after the first interval, and stops with its context.
func TestRunPollsAtOnceAndStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	g := &cancellingGetter{cancel: cancel}
	dir := t.TempDir()
	p := &Poller{Feeds: []string{"https://news.example/rss"}, StatePath: StatePath(dir), Get: g}
	if err := p.Run(ctx, time.Hour); err != nil {
		t.Fatalf("Run() = %v, want nil", err)
	}
	states, err := LoadStates(StatePath(dir))
	if err != nil {
		t.Fatal(err)
	}
	if g.calls != 1 || !strings.Contains(states["https://news.example/rss"].LastError, "503") {
		t.Errorf("Run() fetched %d times, state %+v; want one fetch and its error recorded", g.calls, states["https://news.example/rss"])
	}
}
