package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/app"
	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/discord/fakediscord"
	"github.com/almaty-news/newsbot/internal/pgstore/pglitetest"
	"github.com/almaty-news/newsbot/internal/testkit"
)

// harness runs `bot serve` (serve with test seams) against a fake Discord.
type harness struct {
	t      testing.TB
	fake   *fakediscord.Server
	clock  *testkit.Clock // nil: the wall clock
	gate   *gate
	logs   *testkit.LogSink
	data   string
	stop   context.CancelFunc
	done   chan error
	users  atomic.Int64
	budget time.Duration

	lastAnswer  wireMessage // the /ask answer of testAskDirect
	lastMention string      // ID of the bot's reply in testMention
	lastAsked   string      // ID of the question it replied to
}

// lastAnswerColor is the colour of the last answer embed.
func (h *harness) lastAnswerColor() int {
	if len(h.lastAnswer.Embeds) == 0 {
		return -1
	}
	return h.lastAnswer.Embeds[0].Color
}

// harnessOptions configure startServe.
type harnessOptions struct {
	corpus    string              // corpus directory; the seed corpus when ""
	discord   string              // the [discord] table's lines; defaults below when ""
	wallClock bool                // use the real clock (benchmarks)
	extra     string              // more TOML tables, e.g. [http]
	env       map[string]string   // more environment, e.g. OPENAI_BASE_URL
	quirks    *fakediscord.Quirks // the fake behaves like a partial server (Spacebar) when set
	// fake, when set, is a fake shared with other bots (shards): the
	// caller closes it and waits for the bot's shard to connect.
	fake *fakediscord.Server
}

// defaultDiscordTOML registers per guild, allows one channel and limits
// each user to 3 questions a minute.
var defaultDiscordTOML = fmt.Sprintf(`guild_ids = [%q]
allowed_channels = [%q]
rate_limit = 3
rate_window = "1m"
reply_budget = "1.5s"
shutdown_grace = "10s"
`, fakediscord.GuildID, fakediscord.ChannelID)

// startServe starts `bot serve` against a new fake Discord and waits until
// its slash commands are registered. It stops the bot when the test ends,
// before the fake shuts down.
func startServe(t testing.TB, opt harnessOptions) *harness {
	t.Helper()
	fake, shared := opt.fake, opt.fake != nil
	if !shared {
		fake = fakediscord.Start()
	}
	token := fakediscord.Token
	if opt.quirks != nil {
		fake.SetQuirks(*opt.quirks)
		token = opt.quirks.Token
	}
	h := &harness{t: t, fake: fake, gate: &gate{started: make(chan struct{}, 1), release: make(chan struct{}), quit: make(chan struct{})},
		logs: &testkit.LogSink{}, data: t.TempDir(), done: make(chan error, 1)}
	if !opt.wallClock {
		h.clock = testkit.NewClock(time.Date(2022, 1, 6, 12, 0, 0, 0, time.UTC))
	}
	if opt.corpus == "" {
		opt.corpus = filepath.Join("..", "..", "corpus")
	}
	if opt.discord == "" {
		opt.discord = defaultDiscordTOML
	}
	cfgPath := filepath.Join(h.data, "config.toml")
	cfg := fmt.Sprintf("[index]\ncache_dir = \"off\"\n\n[log]\nlevel = \"debug\"\nformat = \"json\"\n\n[discord]\n%sdata_dir = %q\n\n%s", opt.discord, h.data, opt.extra)
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	parsed, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	h.budget = parsed.Discord.ReplyBudgetDuration()

	env := Env{
		Getenv: func(k string) string {
			switch k {
			case config.EnvDiscordToken:
				return token
			case config.EnvDiscordAPIURL:
				return fake.APIURL()
			}
			return opt.env[k]
		},
		Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: h.logs,
	}
	deps := app.ServeDeps{Composer: func(c answer.Composer) answer.Composer {
		h.gate.inner = c
		if _, ok := c.(answer.StreamComposer); ok {
			return streamGate{h.gate}
		}
		return h.gate
	}}
	if h.clock != nil {
		deps.Clock = h.clock
	}
	ctx, cancel := context.WithCancel(context.Background())
	h.stop = cancel
	go func() { h.done <- serve(ctx, []string{"--config", cfgPath, "--corpus", opt.corpus}, env, deps) }()
	t.Cleanup(func() {
		close(h.gate.quit) // a failed test may leave the composer blocked
		h.stop()
		// discordgo's Session.Close sleeps a second: the next test need
		// not wait for it. The fake lives until the bot has stopped.
		lingering.Go(func() {
			if _, err := h.awaitStop(); err != nil {
				lingerErrs <- err
			}
			if !shared {
				fake.Close()
			}
		})
	})
	if shared {
		return h
	}

	wait, cancelWait := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancelWait()
	if _, err := fake.WaitCall(wait, fakediscord.MatchPrefix("PUT", fakediscord.APIPath+"/applications/")); err != nil {
		t.Fatalf("bot serve did not register its commands: %v\nlogs:\n%s", err, h.logs)
	}
	return h
}

// shutdown cancels serve's context and waits for it to return; it is
// safe to call twice.
func (h *harness) shutdown() error {
	h.stop()
	err, stopErr := h.awaitStop()
	if stopErr != nil {
		h.t.Error(stopErr)
	}
	return err
}

// awaitStop waits for serve to return, at most 20 s, and returns its
// error; stopErr says when it did not stop.
func (h *harness) awaitStop() (err, stopErr error) {
	select {
	case err, ok := <-h.done:
		if ok {
			close(h.done)
		}
		return err, nil
	case <-time.After(20 * time.Second):
		return nil, fmt.Errorf("bot serve did not stop within 20 s\nlogs:\n%s", h.logs)
	}
}

// lingering counts the bots still stopping after their test ended;
// TestMain waits for them and fails on lingerErrs.
var (
	lingering  sync.WaitGroup
	lingerErrs = make(chan error, 100)
)

func TestMain(m *testing.M) {
	code := m.Run()
	lingering.Wait()
	pglitetest.Stop()
	close(lingerErrs)
	for err := range lingerErrs {
		fmt.Fprintln(os.Stderr, err)
		code = 1
	}
	os.Exit(code)
}

// user returns a fresh user ID, so tests do not share a rate limit.
func (h *harness) user() string {
	return fmt.Sprintf("31%016d", h.users.Add(1))
}

// ctx is a context for one wait of the test.
func (h *harness) ctx() context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	h.t.Cleanup(cancel)
	return ctx
}

// interact dispatches an interaction and fails the test if it cannot.
func (h *harness) interact(in fakediscord.Interaction) fakediscord.SentInteraction {
	h.t.Helper()
	sent, err := h.fake.Interaction(in)
	if err != nil {
		h.t.Fatalf("Interaction(%+v) = %v", in, err)
	}
	return sent
}

// ask dispatches /ask question in the allowed guild channel from a new user.
func (h *harness) ask(question string, extra ...fakediscord.Option) fakediscord.SentInteraction {
	opts := append([]fakediscord.Option{{Name: "question", Value: question}}, extra...)
	return h.interact(fakediscord.Interaction{Name: "ask", GuildID: fakediscord.GuildID, UserID: h.user(), Options: opts})
}

// waitCall waits for a REST call accepted by match.
func (h *harness) waitCall(what string, match func(fakediscord.Call) bool) fakediscord.Call {
	h.t.Helper()
	c, err := h.fake.WaitCall(h.ctx(), match)
	if err != nil {
		h.t.Fatalf("wait for %s: %v\nlogs:\n%s", what, err, h.logs)
	}
	return c
}

// callback waits for the initial response to sent and decodes it.
func (h *harness) callback(sent fakediscord.SentInteraction) (fakediscord.Call, wireCallback) {
	h.t.Helper()
	c := h.waitCall("callback", fakediscord.Match("POST", sent.CallbackPath()))
	var cb wireCallback
	if err := c.Decode(&cb); err != nil {
		h.t.Fatal(err)
	}
	return c, cb
}

// reply waits for the bot's message replying to message id in channel.
func (h *harness) reply(channel, id string) (fakediscord.Call, wireMessage) {
	h.t.Helper()
	c := h.waitCall("reply to "+id, func(c fakediscord.Call) bool {
		var m wireMessage
		return c.Method == "POST" && c.Path == fakediscord.APIPath+"/channels/"+channel+"/messages" &&
			json.Unmarshal(c.JSON(), &m) == nil && m.MessageReference != nil && m.MessageReference.MessageID == id
	})
	var m wireMessage
	if err := c.Decode(&m); err != nil {
		h.t.Fatal(err)
	}
	return c, m
}
