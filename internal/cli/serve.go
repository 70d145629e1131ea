package cli

import (
	"context"
	"fmt"
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

// serveDeps are the seams the end-to-end tests use to control time and
// answering speed; `bot serve` runs with the zero value.
type serveDeps struct {
	clock    discord.Clock                         // the wall clock when nil
	composer func(answer.Composer) answer.Composer // wraps the configured composer when set
}

func runServe(ctx context.Context, args []string, env Env) error {
	return serve(ctx, args, env, serveDeps{})
}

// serve runs the Discord bot until ctx ends (SIGINT/SIGTERM in main).
func serve(ctx context.Context, args []string, env Env, deps serveDeps) error {
	fs, c := newFlags("serve", `serve [--corpus DIR] [--config FILE] [--k N]

Runs the Discord bot until interrupted. DISCORD_TOKEN must hold the bot
token; DISCORD_API_URL overrides discord.api_url. See README.md, "Discord".`, env.Stderr)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("serve: unexpected argument %q", pos[0])
	}
	token, err := config.DiscordToken(env.Getenv)
	if err != nil {
		return usagef("%v", err)
	}
	d, err := startDaemon(ctx, c, env, func(a *app) {
		if deps.composer != nil {
			a.service.Composer = deps.composer(a.service.Composer)
		}
	})
	if err != nil {
		return err
	}
	defer d.Close()
	cfg := d.cfg
	cfg.Discord = cfg.Discord.WithEnv(env.Getenv)
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("invalid configuration:\n%w", err)
	}
	dc := cfg.Discord
	maxQuestion := dc.MaxQuestionChars
	if maxQuestion == 0 {
		maxQuestion = cfg.Answer.MaxQuestionChars
	}
	votes := discord.NewFeedbackLog(filepath.Join(dc.DataDir, feedbackFile))
	adder := webAdder(cfg, d.metrics)
	// The bot logs ("question answered" or "answer undelivered") and counts
	// each question once its reply was delivered or refused.
	asker := d.asker(metrics.FrontendDiscord)
	asker.Uncounted, asker.Level = true, slog.LevelDebug
	bot, err := discord.New(asker, d.lib, votes, discord.Options{
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
		Clock:            deps.clock,
		Logger:           d.log,
		Events:           discordEvents(d.metrics),
		Adder:            adder,
		AddRoles:         cfg.Feeds.AddRoles,
	})
	if err != nil {
		return err
	}
	d.ops.AddCheck("discord", bot.Ready)
	d.ops.AddDetail("discord", bot.CommandsDetail)
	go refreshOnReload(ctx, d.lib, bot)
	stopFeeds := startFeeds(ctx, cfg, adder, d.metrics, d.log)
	defer stopFeeds()
	d.log.Info("starting discord bot", "articles", len(d.lib.Documents()), "feedback", votes.Path())
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
