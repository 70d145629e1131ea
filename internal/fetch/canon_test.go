package fetch

import "testing"

func TestCanonicalURL(t *testing.T) {
	same := [][]string{
		{"https://www.news.example/world/story-1", "http://news.example/world/story-1/", "https://news.example/world/story-1?utm_source=twitter&utm_medium=social", "https://news.example/world/story-1#comments", "https://news.example:443/world/story-1", "https://NEWS.example/world/story-1?fbclid=abc&gclid=x"},
		{"https://news.example/world/story-1", "https://news.example/amp/world/story-1", "https://amp.news.example/world/story-1", "https://news.example/world/story-1/amp", "https://news.example/world/story-1?amp=1", "https://m.news.example/world/story-1?outputType=amp"},
		{"https://news.example/story.html", "https://news.example/story.amp.html"},
		{"https://news.example/a?id=7&page=2", "https://news.example/a?page=2&id=7&utm_campaign=x"},
	}
	for _, group := range same {
		for _, u := range group[1:] {
			if a, b := CanonicalURL(group[0]), CanonicalURL(u); a != b {
				t.Errorf("CanonicalURL(%s) = %s, CanonicalURL(%s) = %s, want equal", group[0], a, u, b)
			}
		}
	}
	differ := [][2]string{
		{"https://news.example/a?id=7", "https://news.example/a?id=8"},
		{"https://news.example/world/story-1", "https://other.example/world/story-1"},
		{"https://news.example/world/story-1", "https://news.example/world/story-2"},
		{"http://127.0.0.1:8080/a", "http://127.0.0.1:9090/a"},
	}
	for _, p := range differ {
		if CanonicalURL(p[0]) == CanonicalURL(p[1]) {
			t.Errorf("CanonicalURL(%s) = CanonicalURL(%s), want different", p[0], p[1])
		}
	}
}
