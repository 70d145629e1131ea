package cli

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/discord/fakediscord"
)

// TestServeOperations runs bot serve with the operator HTTP server and
// corpus watching on: /readyz waits for the Discord gateway, /metrics
// counts Discord's questions, votes and gateway state, and an article
// added to the corpus while the bot runs shows up in /sources, /timeline
// and /quote.
func TestServeOperations(t *testing.T) {
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
	addr := freeAddr(t)
	h := startServe(t, harnessOptions{corpus: corpus, extra: "[http]\nlisten = \"" + addr + "\"\n\n[reload]\ndebounce = \"20ms\"\n"})
	base := "http://" + addr

	body := waitHTTP(t, base+"/readyz", func(code int, body string) bool { return code == 200 })
	if !strings.Contains(body, "discord") || !strings.Contains(body, "index") {
		t.Errorf("/readyz = %s, want the index and discord checks", body)
	}

	h.callback(h.ask("How many police officers were injured?"))
	metrics := waitHTTP(t, base+"/metrics", func(_ int, body string) bool {
		return strings.Contains(body, `frontend="discord"`)
	})
	for _, want := range []string{"newsbot_discord_gateway", "newsbot_corpus_documents 5"} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}

	h.timeline() // build the timeline of the first corpus, to see it rebuilt
	writeFile(t, filepath.Join(corpus, "zz_new_report.md"), "+++\ntitle = \"Curfew lifted in Almaty\"\ndate = 2022-01-10\n+++\n"+
		"Authorities lifted the curfew in Almaty on Monday, officials said.\n\n\"The curfew is over and the city is calm,\" the mayor told reporters.\n")
	waitHTTP(t, base+"/metrics", func(_ int, body string) bool {
		return strings.Contains(body, "newsbot_corpus_documents 6")
	})
	_, cb := h.callback(h.interact(fakediscord.Interaction{Name: "sources", GuildID: fakediscord.GuildID}))
	if len(cb.Data.Embeds) != 1 || !strings.Contains(cb.Data.Embeds[0].Description, "Curfew lifted in Almaty") {
		t.Errorf("/sources after adding an article = %+v, want it listed", cb.Data.Embeds)
	}
	cb = h.timeline("from", "2022-01-10")
	if len(cb.Data.Embeds) != 1 || !strings.Contains(cb.Data.Embeds[0].Description, "lifted the curfew") {
		t.Errorf("/timeline after adding an article = %+v, want its event", cb.Data)
	}
	_, cb = h.callback(h.interact(fakediscord.Interaction{Name: "quote", GuildID: fakediscord.GuildID,
		Options: []fakediscord.Option{{Name: "text", Value: "curfew is over"}}}))
	if len(cb.Data.Embeds) != 1 || !strings.Contains(cb.Data.Embeds[0].Description, "The curfew is over and the city is calm") {
		t.Errorf("/quote after adding an article = %+v, want its quote", cb.Data)
	}
}

// waitHTTP GETs url until ok accepts the answer, for at most 10 s, and
// returns the accepted body. The bot changes state on events it does not
// announce to the test (gateway READY, a reload), so the test asks again.
func waitHTTP(t *testing.T, url string, ok func(code int, body string) bool) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	var last string
	for time.Now().Before(deadline) {
		resp, err := http.Get(url)
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			last = string(b)
			if ok(resp.StatusCode, last) {
				return last
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("GET %s never gave the expected answer; last:\n%s", url, last)
	return ""
}
