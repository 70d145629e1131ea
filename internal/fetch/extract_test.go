package fetch

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readPage(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestExtract(t *testing.T) {
	cases := []struct {
		page, url                      string
		title, outlet, date, canonical string
		has                            []string // in the text
		hasNot                         []string // cookie banners, related boxes, comments, navigation
	}{
		{
			page: "jsonld.html", url: "https://www.dailyledger.example/world/2024/05/03/river-bursts-banks?utm_source=tw",
			title: "River bursts its banks in Marlow Vale", outlet: "The Daily Ledger", date: "2024-05-03",
			canonical: "https://www.dailyledger.example/world/2024/05/03/river-bursts-banks",
			has:       []string{"flooding more than two hundred homes", "further thirty millimetres"},
			hasNot:    []string{"cookies", "Storm season arrives early", "First! This is terrible", "All rights reserved"},
		},
		{
			page: "opengraph.html", url: "https://valleycourier.example/news/new-bridge",
			title: "Council approves new bridge after flood", outlet: "Valley Courier", date: "2024-05-10",
			canonical: "https://www.valleycourier.example/news/new-bridge?utm_source=og",
			has:       []string{"twelve million", "flood planning by the end of the summer"},
			hasNot:    []string{"uses cookies", "history of the old bridge"},
		},
		{
			page: "timeonly.html", url: "https://www.localnews.example/2024/volunteers",
			title: "Volunteers clear mud from flooded homes", outlet: "localnews.example", date: "2024-05-06",
			has: []string{"shovelling mud", "no flood cover"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.page, func(t *testing.T) {
			u, _ := url.Parse(tc.url)
			a, err := Extract(readPage(t, tc.page), u)
			if err != nil {
				t.Fatalf("Extract() error = %v", err)
			}
			if a.Title != tc.title || a.Outlet != tc.outlet || a.Date != tc.date || a.Canonical != tc.canonical {
				t.Errorf("Extract() = title %q outlet %q date %q canonical %q,\nwant %q %q %q %q",
					a.Title, a.Outlet, a.Date, a.Canonical, tc.title, tc.outlet, tc.date, tc.canonical)
			}
			for _, s := range tc.has {
				if !strings.Contains(a.Text, s) {
					t.Errorf("Extract() text lacks %q:\n%s", s, a.Text)
				}
			}
			for _, s := range tc.hasNot {
				if strings.Contains(a.Text, s) {
					t.Errorf("Extract() text has %q:\n%s", s, a.Text)
				}
			}
			if strings.Contains(a.Text, "\n\n\n") || !strings.Contains(a.Text, "\n\n") {
				t.Errorf("Extract() text is not paragraphs separated by one blank line:\n%q", a.Text)
			}
		})
	}
}

func TestExtractRefusesStubs(t *testing.T) {
	u, _ := url.Parse("https://example.org/a")
	for page, want := range map[string]error{"paywall.html": ErrPaywall, "nothing.html": ErrNoText} {
		if _, err := Extract(readPage(t, page), u); !errors.Is(err, want) {
			t.Errorf("Extract(%s) error = %v, want %v", page, err, want)
		}
	}
}
