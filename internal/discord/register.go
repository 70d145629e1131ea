package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Registration retries: the first after registerRetryFirst, each later one
// after twice the wait before, at most registerRetryMax.
const (
	registerRetryFirst = 30 * time.Second
	registerRetryMax   = 30 * time.Minute
)

// maxServerMessage is how much of a server's error message is logged and
// shown in /readyz: enough to read, not a whole form-body dump.
const maxServerMessage = 200

// optionExtras are option fields a stricter server refuses (Spacebar
// answers 400): the plain payload leaves them out.
var optionExtras = []string{"autocomplete", "min_length", "max_length", "channel_types"}

// commandState is what became of the slash command registration, for
// /readyz and the metrics.
type commandState struct {
	mu       sync.Mutex
	ok       bool
	attempts int
	lastErr  string
}

// CommandsDetail reports the slash command registration in one line for
// /readyz: nothing before the first attempt, then whether the commands are
// registered or, while retrying, the server's reason.
func (b *Bot) CommandsDetail() []string {
	b.cmds.mu.Lock()
	defer b.cmds.mu.Unlock()
	switch {
	case b.cmds.ok:
		return []string{"slash commands registered"}
	case b.cmds.lastErr != "":
		return []string{fmt.Sprintf("slash commands not registered after %d attempt(s), retrying: %s", b.cmds.attempts, b.cmds.lastErr)}
	}
	return nil
}

// registerLoop registers the slash commands, retrying with backoff until
// it works or ctx ends. Mentions and direct messages need no commands, so
// a server that refuses them (or a bot invited without the
// applications.commands scope) leaves the bot serving.
func (b *Bot) registerLoop(ctx context.Context, s *discordgo.Session, app string) {
	wait := b.registerRetry
	for {
		err := b.register(ctx, s, app)
		if ctx.Err() != nil {
			return
		}
		b.noteRegistration(err)
		if err == nil {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-b.clock.After(wait):
		}
		wait = min(2*wait, registerRetryMax)
	}
}

// noteRegistration records one attempt's result, logs it (the first
// failure as an error, later ones at debug level) and tells Events.
func (b *Bot) noteRegistration(err error) {
	b.cmds.mu.Lock()
	b.cmds.attempts++
	n := b.cmds.attempts
	b.cmds.ok = err == nil
	b.cmds.lastErr = ""
	if err != nil {
		b.cmds.lastErr = err.Error()
	}
	b.cmds.mu.Unlock()
	switch {
	case err == nil:
		b.log.Info("slash commands registered", "in", scopeName(b.opt.GuildIDs), "attempts", n)
	case n == 1:
		b.log.Error("slash commands not registered; answering mentions and direct messages, retrying in the background", "err", err)
	default:
		b.log.Debug("slash commands still not registered", "attempts", n, "err", err)
	}
	if b.opt.Events.Commands != nil {
		b.opt.Events.Commands(err == nil)
	}
}

// register overwrites the application's commands with Commands in one
// call: per configured guild (they show at once), or globally. When the
// server refuses the payload (400), it tries once more with the plain one.
func (b *Bot) register(ctx context.Context, s *discordgo.Session, app string) error {
	full, err := commandPayload(b.withAdd(Commands(b.opt.MaxQuestion)), false)
	if err != nil {
		return err
	}
	plain, err := commandPayload(b.withAdd(Commands(b.opt.MaxQuestion)), true)
	if err != nil {
		return err
	}
	guilds := b.opt.GuildIDs
	if len(guilds) == 0 {
		guilds = []string{""}
	}
	for _, g := range guilds {
		url := discordgo.EndpointApplicationGlobalCommands(app)
		if g != "" {
			url = discordgo.EndpointApplicationGuildCommands(app, g)
		}
		_, err := s.RequestWithBucketID(http.MethodPut, url, full, url, discordgo.WithContext(ctx))
		if status(err) == http.StatusBadRequest {
			_, err = s.RequestWithBucketID(http.MethodPut, url, plain, url, discordgo.WithContext(ctx))
		}
		if err != nil {
			return fmt.Errorf("register slash commands in %s: %s", scopeLabel(g), b.shortError(err))
		}
	}
	return nil
}

// commandPayload is cmds as JSON without null fields (unset lists are
// left out, not sent as null, which a stricter server refuses); plain also
// leaves out the option fields in optionExtras.
func commandPayload(cmds []*discordgo.ApplicationCommand, plain bool) (json.RawMessage, error) {
	raw, err := json.Marshal(cmds)
	if err != nil {
		return nil, fmt.Errorf("encode slash commands: %w", err)
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, fmt.Errorf("encode slash commands: %w", err)
	}
	out, err := json.Marshal(prune(v, plain))
	if err != nil {
		return nil, fmt.Errorf("encode slash commands: %w", err)
	}
	return out, nil
}

// offByDefault are option fields whose false is the default: left out.
var offByDefault = []string{"autocomplete", "required"}

// prune drops null fields from every object in v, and false ones in
// offByDefault; with plain also the fields in optionExtras.
func prune(v any, plain bool) any {
	switch x := v.(type) {
	case map[string]any:
		for _, k := range offByDefault {
			if x[k] == false {
				delete(x, k)
			}
		}
		for k, e := range x {
			if e == nil {
				delete(x, k)
				continue
			}
			x[k] = prune(e, plain)
		}
		if plain {
			for _, k := range optionExtras {
				delete(x, k)
			}
		}
	case []any:
		for i, e := range x {
			x[i] = prune(e, plain)
		}
	}
	return v
}

// status is the HTTP status of a REST error, 0 for other errors.
func status(err error) int {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		return re.Response.StatusCode
	}
	return 0
}

// shortError is err in one readable line: for a REST error the status and
// the server's message, cut to maxServerMessage; never the token.
func (b *Bot) shortError(err error) string {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		msg := strings.TrimSpace(string(re.ResponseBody))
		if re.Message != nil && re.Message.Message != "" {
			msg = re.Message.Message
		}
		msg = strings.Join(strings.Fields(msg), " ")
		if len([]rune(msg)) > maxServerMessage {
			msg = string([]rune(msg)[:maxServerMessage]) + "…"
		}
		return fmt.Sprintf("%d %s", re.Response.StatusCode, b.redactText(msg))
	}
	return b.redact(err).Error()
}

func scopeLabel(guild string) string {
	if guild == "" {
		return "all guilds (global)"
	}
	return "guild " + guild
}

// oneLine is err in one line of at most four server messages' length,
// without the token: for errors that join several refusals.
func (b *Bot) oneLine(err error) string {
	s := strings.Join(strings.Fields(b.redactText(err.Error())), " ")
	if r := []rune(s); len(r) > 4*maxServerMessage {
		s = string(r[:4*maxServerMessage]) + "…"
	}
	return s
}
