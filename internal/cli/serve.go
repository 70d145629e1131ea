package cli

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/discord"
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
	a, err := openApp(ctx, c, env, nil)
	if err != nil {
		return err
	}
	cfg := a.cfg
	cfg.Discord = cfg.Discord.WithEnv(env.Getenv)
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("invalid configuration:\n%w", err)
	}
	if deps.composer != nil {
		a.service.Composer = deps.composer(a.service.Composer)
	}
	dc := cfg.Discord
	maxQuestion := dc.MaxQuestionChars
	if maxQuestion == 0 {
		maxQuestion = cfg.Answer.MaxQuestionChars
	}
	votes := discord.NewFeedbackLog(filepath.Join(dc.DataDir, feedbackFile))
	bot, err := discord.New(a.service, a.lib, votes, discord.Options{
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
		Logger:           a.log,
	})
	if err != nil {
		return err
	}
	a.log.Info("starting discord bot", "articles", len(a.lib.Documents()), "feedback", votes.Path())
	return bot.Run(ctx)
}
