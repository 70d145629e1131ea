package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/bwmarrin/discordgo"
)

// whoAmI asks the server who the bot is before connecting, so a token the
// server does not take fails at start with a clear error. Only the ID and
// name are read, so a server that sends other fields with unexpected
// types still lets the bot start.
func (b *Bot) whoAmI(ctx context.Context, s *discordgo.Session) error {
	url := discordgo.EndpointUser("@me")
	body, err := s.RequestWithBucketID(http.MethodGet, url, nil, url, discordgo.WithContext(ctx))
	if st := status(err); st == http.StatusUnauthorized || st == http.StatusForbidden {
		return fmt.Errorf("the server at %s refused DISCORD_TOKEN (%d): check the bot token", b.opt.APIURL, st)
	}
	if err != nil {
		return fmt.Errorf("ask %s who the bot is: %s", b.opt.APIURL, b.shortError(err))
	}
	var me struct {
		ID       string `json:"id"`
		Username string `json:"username"`
	}
	if err := json.Unmarshal(body, &me); err != nil || me.ID == "" {
		b.log.Warn("the server's answer to GET /users/@me has no user ID; going on", "api", b.opt.APIURL)
		return nil
	}
	b.log.Info("token accepted", "user", me.Username, "id", me.ID)
	return nil
}
