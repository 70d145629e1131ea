package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// DefaultRateWindow is the rate limit's window when Options leave it zero.
const DefaultRateWindow = time.Minute

// readyTimeout bounds the wait for the gateway's READY after connecting.
const readyTimeout = 30 * time.Second

// answerTimeout bounds the work on one question; an interaction token
// lives 15 minutes, so an answer can still be edited in after this.
const answerTimeout = 2 * time.Minute

// intents are the gateway events the bot needs: guild messages and direct
// messages for @mentions. Not the privileged message content intent:
// Discord still sends the content of messages that mention the bot and of
// direct messages, which is all the bot reads.
const intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

// Options configure a Bot. Zero values take the defaults noted.
type Options struct {
	Token            string        // bot token, without "Bot "; required
	APIURL           string        // versioned REST base; DefaultAPIURL when ""
	GuildIDs         []string      // register commands in these guilds; globally when empty
	AllowedChannels  []string      // answer only here (threads count as their parent); everywhere when empty
	RateLimit        int           // questions per user per RateWindow; 0 = no limit
	RateWindow       time.Duration // DefaultRateWindow when 0
	MaxQuestion      int           // characters; answer.DefaultMaxQuestion when 0
	AnswerMentions   bool          // answer @mentions and direct messages
	PrivateByDefault bool          // replies are ephemeral unless /ask private:false
	ReplyBudget      time.Duration // answer directly when ready within this, else defer; 0 defers every answer
	ShutdownGrace    time.Duration // time in-flight questions get to finish on shutdown; 0 for none
	Clock            Clock         // the wall clock when nil
	Logger           *slog.Logger  // slog.Default() when nil
	Events           Events        // optional callbacks for metrics

	Adder    Adder    // adds articles by link for /add; no /add when nil
	AddRoles []string // role IDs that may /add besides members with Manage Server

	// ShardID and ShardCount make this process serve one gateway shard of
	// ShardCount (Discord routes each guild to one shard); ShardCount 0 or
	// 1 is one process for every guild.
	ShardID, ShardCount int
	// Limiter, when set, enforces RateLimit instead of the in-process
	// limiter: one shared by every process of the bot (a shared store),
	// so a user's questions count wherever they arrive.
	Limiter RateLimiter
}

// RateLimiter records a question by user at now and reports whether it
// may be asked, and if not how long until it may;
// *pgstore.RateLimiter is one.
type RateLimiter interface {
	Allow(ctx context.Context, user string, now time.Time) (ok bool, wait time.Duration, err error)
}

// Bot is the Discord front end. New makes one; Run connects and serves
// until its context ends.
type Bot struct {
	ans     Answerer
	lib     Corpus
	docs    atomic.Pointer[docIndex] // lib's snapshot as last read; see Refresh
	votes   FeedbackStore
	opt     Options
	log     *slog.Logger
	clock   Clock
	limit   *limiter
	allowed map[string]bool
	flight  tracker

	connected atomic.Bool // the gateway is up; see Ready
	cmds      commandState
	// registerRetry is the wait before the first retry of a failed
	// command registration; registerRetryFirst unless a test changes it.
	registerRetry time.Duration

	// work is the context of every handler: it outlives Run's context by
	// the shutdown grace period, so questions in flight can finish.
	work     context.Context
	stopWork context.CancelFunc
}

// New returns a Bot answering from ans, describing the articles lib
// serves and recording votes in votes.
func New(ans Answerer, lib Corpus, votes FeedbackStore, opt Options) (*Bot, error) {
	if opt.Token == "" {
		return nil, errors.New("new discord bot: no token")
	}
	if ans == nil || lib == nil || votes == nil {
		return nil, errors.New("new discord bot: answerer, corpus and feedback store are required")
	}
	if opt.APIURL == "" {
		opt.APIURL = DefaultAPIURL
	}
	if opt.RateWindow <= 0 {
		opt.RateWindow = DefaultRateWindow
	}
	if opt.Clock == nil {
		opt.Clock = realClock{}
	}
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	b := &Bot{
		ans: ans, lib: lib, votes: votes, opt: opt,
		log: opt.Logger.With("component", "discord"), clock: opt.Clock,
		limit:   newLimiter(opt.RateLimit, opt.RateWindow, opt.Clock),
		allowed: map[string]bool{}, registerRetry: registerRetryFirst,
	}
	for _, id := range opt.AllowedChannels {
		b.allowed[id] = true
	}
	b.Refresh()
	return b, nil
}

// Run checks the token (GET /users/@me), connects to Discord, registers the
// slash commands in the background (retried while the server refuses them;
// see CommandsDetail) and answers until ctx ends. Then it stops taking questions, gives those in flight the
// shutdown grace period to finish, and closes the gateway. It returns nil
// after a clean shutdown.
func (b *Bot) Run(ctx context.Context) error {
	b.work, b.stopWork = context.WithCancel(context.WithoutCancel(ctx))
	defer b.stopWork()
	if err := setAPIBase(b.opt.APIURL); err != nil {
		return err
	}
	s, err := discordgo.New("Bot " + b.opt.Token)
	if err != nil {
		return fmt.Errorf("discord session: %w", b.redact(err))
	}
	s.Identify.Intents = intents
	if b.opt.ShardCount > 1 {
		s.ShardID, s.ShardCount = b.opt.ShardID, b.opt.ShardCount
	}
	ready := make(chan *discordgo.Ready, 1)
	s.AddHandlerOnce(func(_ *discordgo.Session, r *discordgo.Ready) { ready <- r })
	s.AddHandler(b.onInteraction)
	s.AddHandler(b.onMessage)
	s.AddHandler(b.onRawEvent)
	b.routeLibraryLog(b.opt.Logger)
	b.watchConnection(s)

	if err := b.whoAmI(ctx, s); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	if err := s.Open(); err != nil {
		return fmt.Errorf("connect to the discord gateway at %s: %w", b.opt.APIURL, b.redact(err))
	}
	r, err := b.awaitReady(ctx, ready)
	if err != nil {
		s.Close()
		if ctx.Err() != nil {
			return nil // interrupted while starting: a clean stop
		}
		return err
	}
	b.log.Info("connected to discord", "user", r.User.Username, "api", b.opt.APIURL,
		"commands_in", scopeName(b.opt.GuildIDs), "mentions", b.opt.AnswerMentions)
	var reg sync.WaitGroup
	reg.Go(func() { b.registerLoop(ctx, s, appID(r)) })
	<-ctx.Done()
	reg.Wait()
	b.shutdown()
	if err := s.Close(); err != nil {
		b.log.Warn("close gateway", "err", b.redact(err))
	}
	if b.connected.Swap(false) && b.opt.Events.Gateway != nil {
		b.opt.Events.Gateway(false)
	}
	b.log.Info("disconnected from discord")
	return nil
}

// awaitReady waits for the READY event that follows a successful identify.
func (b *Bot) awaitReady(ctx context.Context, ready <-chan *discordgo.Ready) (*discordgo.Ready, error) {
	select {
	case r := <-ready:
		if r == nil || r.User == nil {
			return nil, errors.New("discord gateway: READY without the bot user")
		}
		return r, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("wait for discord gateway: %w", ctx.Err())
	case <-time.After(readyTimeout):
		return nil, fmt.Errorf("discord gateway sent no READY within %s (is DISCORD_TOKEN valid?)", readyTimeout)
	}
}

// appID is the application's ID, which for a bot is also its user's.
func appID(r *discordgo.Ready) string {
	if r.Application != nil && r.Application.ID != "" {
		return r.Application.ID
	}
	return r.User.ID
}

// shutdown stops taking questions and waits for those in flight, at most
// the grace period; then it cancels what is left.
func (b *Bot) shutdown() {
	idle, n := b.flight.close()
	b.log.Info("shutting down: no new questions", "in_flight", n, "grace", b.opt.ShutdownGrace)
	if n == 0 || b.opt.ShutdownGrace <= 0 {
		b.stopWork()
		return
	}
	select {
	case <-idle:
		return
	case <-b.clock.After(b.opt.ShutdownGrace):
	}
	b.log.Warn("shutdown grace period over; cancelling the questions still in flight", "in_flight", b.flight.count())
	b.stopWork()
	select { // let the cancelled handlers tell their users
	case <-idle:
	case <-b.clock.After(time.Second):
	}
}

// redact removes the token from an error's text before it is shown or logged.
func (b *Bot) redact(err error) error {
	if err == nil || b.opt.Token == "" || !strings.Contains(err.Error(), b.opt.Token) {
		return err
	}
	return errors.New(b.redactText(err.Error()))
}

// redactText removes the token from s.
func (b *Bot) redactText(s string) string {
	if b.opt.Token == "" {
		return s
	}
	return strings.ReplaceAll(s, b.opt.Token, "[redacted]")
}

func scopeName(guilds []string) string {
	if len(guilds) == 0 {
		return "global"
	}
	return strings.Join(guilds, ",")
}
