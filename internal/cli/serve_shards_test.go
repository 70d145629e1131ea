package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/discord/fakediscord"
	"github.com/almaty-news/newsbot/internal/pgstore/pglitetest"
)

// copyCorpus copies the seed corpus into a new directory.
func copyCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "corpus"))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestServeShardsShareOneStore runs two `bot serve` processes as gateway
// shards 0 and 1 of one fake Discord, each with a corpus directory of its
// own and one Postgres store (PGlite) between them.
func TestServeShardsShareOneStore(t *testing.T) {
	dbURL := pglitetest.URL(t)
	fake := fakediscord.Start()
	defer fake.Close() // after both bots stopped (deferred below)
	dirs := []string{copyCorpus(t), copyCorpus(t)}
	extra := "[store]\nkind = \"postgres\"\npoll = \"100ms\"\n\n[reload]\ndebounce = \"100ms\"\n"
	var hs []*harness
	defer func() {
		for _, h := range hs {
			h.shutdown()
		}
	}()
	for i, dir := range dirs {
		hs = append(hs, startServe(t, harnessOptions{fake: fake, corpus: dir, extra: extra,
			env:     map[string]string{config.EnvDatabaseURL: dbURL},
			discord: defaultDiscordTOML + fmt.Sprintf("shard_id = %d\nshard_count = 2\n", i)}))
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		err := fake.WaitShards(ctx, i+1)
		cancel()
		if err != nil {
			t.Fatalf("shard %d did not connect: %v\nlogs:\n%s", i, err, hs[i].logs)
		}
		var id struct{ Shard []int }
		if json.Unmarshal(fake.Identify(), &id) != nil || len(id.Shard) != 2 || id.Shard[0] != i || id.Shard[1] != 2 {
			t.Errorf("shard %d identified with %s, want shard [%d, 2]", i, fake.Identify(), i)
		}
	}

	// A question to shard 0, its follow-up to shard 1: the context comes
	// from the reply chain, whichever process reads it.
	asked, err := fake.MessageOn(0, fakediscord.Message{GuildID: fakediscord.GuildID, AuthorID: "310000000000000001",
		Content: "<@" + fakediscord.BotID + "> How many police officers were killed?", Mentions: []string{fakediscord.BotID}})
	if err != nil {
		t.Fatal(err)
	}
	c, m := hs[0].reply(fakediscord.ChannelID, asked)
	if len(m.Embeds) != 1 || len(m.Embeds[0].Fields) == 0 {
		t.Fatalf("shard 0 reply = %+v, want the cited answer", m)
	}
	var answer wireMessage
	decodeJSON(t, c.Response, &answer)
	next, err := fake.MessageOn(1, fakediscord.Message{GuildID: fakediscord.GuildID, AuthorID: "310000000000000001", ReplyTo: answer.ID,
		Content: "<@" + fakediscord.BotID + "> and how many were injured?", Mentions: []string{fakediscord.BotID}})
	if err != nil {
		t.Fatal(err)
	}
	_, m = hs[1].reply(fakediscord.ChannelID, next)
	if len(m.Embeds) != 1 || !strings.Contains(leadSentence(m.Embeds[0].Description), "police officers had been injured") {
		t.Errorf("follow-up on shard 1 = %+v, want it to lead with the injured police officers (the question on shard 0)", m.Embeds)
	}
	hs[1].waitLine(`"msg":"question answered"`, `"via":"mention follow-up"`) // shard 1 answered it

	// An article added through shard 0's directory is answered by shard 1.
	article := "Harbour officials said the lighthouse lamp at Cape Verrin failed on 14 March because a storm flooded its generator room."
	if err := os.WriteFile(filepath.Join(dirs[0], "lighthouse.md"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Minute)
	for n := 2; ; n++ {
		sent, err := fake.InteractionOn(1, fakediscord.Interaction{Name: "ask", GuildID: fakediscord.GuildID,
			UserID: fmt.Sprintf("3200000000000000%02d", n), Options: []fakediscord.Option{{Name: "question", Value: "Why did the lighthouse lamp fail?"}}})
		if err != nil {
			t.Fatal(err)
		}
		_, cb := hs[1].callback(sent)
		if len(cb.Data.Embeds) == 1 && strings.Contains(cb.Data.Embeds[0].Description, "generator room") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("shard 1 never answered from the article added on shard 0: %+v\nlogs:\n%s", cb.Data, hs[1].logs)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if _, err := os.Stat(filepath.Join(dirs[1], "lighthouse.md")); err == nil {
		t.Fatal("test broken: the article is in shard 1's directory")
	}
}

// TestServeStoreDown: with the database gone while serving, a question
// gets a short reply saying so, and answers resume once it is back.
func TestServeStoreDown(t *testing.T) {
	proxy, dbURL := pglitetest.NewProxy(t, pglitetest.URL(t))
	h := startServe(t, harnessOptions{extra: "[store]\nkind = \"postgres\"\n", env: map[string]string{config.EnvDatabaseURL: dbURL}})
	proxy.Cut()
	_, cb := h.callback(h.ask("How many police officers were killed?"))
	if !strings.Contains(cb.Data.Content, "can't reach my articles right now") {
		t.Errorf("answer with the store down = %+v, want the short \"can't reach my articles\" reply", cb.Data)
	}
	proxy.Restore()
	deadline := time.Now().Add(time.Minute)
	for {
		_, cb = h.callback(h.ask("How many police officers were killed?"))
		if len(cb.Data.Embeds) == 1 && len(cb.Data.Embeds[0].Fields) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no answer after the store came back: %+v", cb.Data)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
