package app

import (
	"context"
	"log/slog"
	"path/filepath"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/discord"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/metrics"
)

// feedbackFile is the name of the feedback log in discord.data_dir.
const feedbackFile = "feedback.jsonl"

// ServeDeps are what Serve takes besides the configuration: the database
// URL (a secret, from the environment) and the seams the end-to-end tests
// use to control time and answering speed.
type ServeDeps struct {
	DatabaseURL string // DATABASE_URL; needed when store.kind is "postgres"

	Clock    discord.Clock                         // the wall clock when nil
	Composer func(answer.Composer) answer.Composer // wraps the configured composer when set
}

// Serve runs the Discord bot with token until ctx ends: a daemon, the
// bot answering through its asker, and the feeds. cfg must be valid,
// its [discord] table with the environment applied.
func Serve(ctx context.Context, cfg config.Config, log *slog.Logger, token string, deps ServeDeps) error {
	d, err := StartDaemon(ctx, cfg, log, deps.DatabaseURL, func(a *App) {
		if deps.Composer != nil {
			a.Service.Composer = deps.Composer(a.Service.Composer)
		}
	})
	if err != nil {
		return err
	}
	defer d.Close()
	dc := cfg.Discord
	maxQuestion := dc.MaxQuestionChars
	if maxQuestion == 0 {
		maxQuestion = cfg.Answer.MaxQuestionChars
	}
	var votes discord.FeedbackStore
	var limiter discord.RateLimiter
	votesAt := filepath.Join(dc.DataDir, feedbackFile)
	if d.Store != nil {
		votes, votesAt = storeFeedback{d.Store}, "the store"
		limiter = d.Store.RateLimiter(dc.RateLimit, dc.RateWindowDuration())
	} else {
		votes = discord.NewFeedbackLog(votesAt)
	}
	adder := WebAdder(cfg, d.Metrics)
	// The bot logs ("question answered" or "answer undelivered") and counts
	// each question once its reply was delivered or refused.
	asker := d.Asker(metrics.FrontendDiscord)
	asker.Uncounted, asker.Level = true, slog.LevelDebug
	bot, err := discord.New(asker, d.Library, votes, discord.Options{
		Token:            token,
		APIURL:           dc.APIURL,
		GuildIDs:         dc.GuildIDs,
		AllowedChannels:  dc.AllowedChannels,
		RateLimit:        dc.RateLimit,
		RateWindow:       dc.RateWindowDuration(),
		MaxQuestion:      maxQuestion,
		AnswerMentions:   dc.AnswerMentions,
		PrivateByDefault: dc.PrivateByDefault,
		ReplyBudget:      dc.ReplyBudgetDuration(),
		ShutdownGrace:    dc.ShutdownGraceDuration(),
		Clock:            deps.Clock,
		Logger:           d.Log,
		Events:           discordEvents(d.Metrics),
		Adder:            adder,
		AddRoles:         cfg.Feeds.AddRoles,
		ShardID:          dc.ShardID,
		ShardCount:       dc.ShardCount,
		Limiter:          limiter,
	})
	if err != nil {
		return err
	}
	d.Ops.AddCheck("discord", bot.Ready)
	d.Ops.AddDetail("discord", bot.CommandsDetail)
	go refreshOnReload(ctx, d.Library, bot)
	stopFeeds := startFeeds(ctx, cfg, adder, d.Metrics, d.Log)
	defer stopFeeds()
	d.Log.Info("starting discord bot", "articles", len(d.Library.Documents()), "feedback", votesAt, "shard", dc.ShardID, "shards", dc.ShardCount, "store", cfg.Store.Kind)
	return bot.Run(ctx)
}

// refreshOnReload has the bot re-read the article list whenever the
// corpus is reloaded, until ctx ends.
func refreshOnReload(ctx context.Context, lib *library.Library, bot *discord.Bot) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-lib.Swapped():
			bot.Refresh()
		}
	}
}

// discordEvents counts what the bot reports in the metrics.
func discordEvents(m *metrics.Metrics) discord.Events {
	return discord.Events{
		Feedback: m.ObserveFeedback,
		RateLimited: func(upstream bool) {
			limiter := metrics.LimiterUser
			if upstream {
				limiter = metrics.LimiterUpstream
			}
			m.ObserveRateLimited(metrics.FrontendDiscord, limiter)
		},
		Gateway: func(connected bool) {
			state := metrics.GatewayDisconnected
			if connected {
				state = metrics.GatewayConnected
			}
			m.SetGatewayState(state)
		},
		Commands: m.ObserveCommandRegistration,
		Question: m.ObserveQuestion,
		Undelivered: func(cause string) {
			m.ObserveUndelivered(metrics.FrontendDiscord, cause)
		},
	}
}
