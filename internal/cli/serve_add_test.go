package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/discord/fakediscord"
)

// TestServeAdd: a moderator's /add on Discord fetches the article, the hot
// reload serves it, and /ask answers from it with a citation; anyone else
// gets a short private refusal.
func TestServeAdd(t *testing.T) {
	site := valleySite(t)
	corpus := t.TempDir()
	seeds, err := filepath.Glob(filepath.Join("..", "..", "corpus", "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("seed corpus: %v", err)
	}
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(corpus, filepath.Base(p)), string(b))
	}
	h := startServe(t, harnessOptions{corpus: corpus,
		extra: "[reload]\ndebounce = \"20ms\"\n\n" + allowTestServer + "add_roles = [\"777\"]\n"})
	link := site.URL + "/news/river-wend-floods?utm_source=discord"
	add := func(roles []string, perms int64) fakediscord.SentInteraction {
		return h.interact(fakediscord.Interaction{Name: "add", GuildID: fakediscord.GuildID, UserID: h.user(),
			Roles: roles, Permissions: perms, Options: []fakediscord.Option{{Name: "url", Value: link}}})
	}

	// A member without the permission or the role: a private refusal, nothing fetched.
	_, cb := h.callback(add([]string{"1"}, 0))
	if cb.Type != 4 || cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Content, "Manage Server") {
		t.Errorf("/add by a plain member = %+v, want a private refusal", cb)
	}

	// A member with the configured role: deferred privately, then the card.
	sent := add([]string{"777"}, 0)
	if _, cb := h.callback(sent); cb.Type != 5 || cb.Data.Flags&64 == 0 {
		t.Fatalf("/add by a moderator: callback %+v, want a private deferral", cb)
	}
	var card wireMessage
	decodeJSON(t, h.waitCall("the /add card", fakediscord.Match("PATCH", sent.OriginalPath())).JSON(), &card)
	if len(card.Embeds) != 1 || card.Embeds[0].Title != "Added: River Wend floods Marlow Vale" {
		t.Fatalf("/add card = %+v, want the added article's title", card)
	}
	var id string
	for _, f := range card.Embeds[0].Fields {
		if f.Name == "ID" {
			id = strings.Trim(f.Value, "`")
		}
	}
	h.waitLine("corpus reloaded", `"added":["`+id+`"]`)

	// /ask now answers from the new article and cites it.
	_, cb = h.callback(h.ask("How many homes were flooded when the River Wend burst its banks?"))
	if len(cb.Data.Embeds) != 1 {
		t.Fatalf("/ask = %+v, want an answer embed", cb)
	}
	e := cb.Data.Embeds[0]
	cited := false
	for _, f := range e.Fields {
		cited = cited || strings.Contains(f.Value, "`"+id+"`")
	}
	if !cited || !strings.Contains(e.Description, "230") {
		t.Errorf("/ask answer = %q with sources %+v, want 230 homes cited from %s", e.Description, e.Fields, id)
	}

	// Manage Server suffices too; the same story again is named, not added.
	sent = add(nil, 1<<5)
	h.callback(sent)
	var dup wireMessage
	decodeJSON(t, h.waitCall("the duplicate reply", fakediscord.Match("PATCH", sent.OriginalPath())).JSON(), &dup)
	if !strings.Contains(dup.Content, "Already in the articles as "+id) {
		t.Errorf("second /add = %+v, want it to name %s", dup, id)
	}
}
