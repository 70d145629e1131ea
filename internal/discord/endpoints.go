package discord

import (
	"fmt"
	"net/url"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
)

// DefaultAPIURL is Discord's own versioned REST base.
const DefaultAPIURL = "https://discord.com/api/v9"

// endpointMu serialises writers of discordgo's endpoint globals. discordgo reads
// them without a lock, so setAPIBase must not run while a session is making
// requests: call it once at start-up, or in tests before opening a session and
// never from parallel tests.
var endpointMu sync.Mutex

// setAPIBase points discordgo's endpoint variables at base, a versioned REST
// base such as "http://127.0.0.1:1234/api/v9", with or without a trailing slash.
// It returns an error for a URL that is not absolute http or https.
//
// discordgo computes its Endpoint* string variables once, at package init, from
// EndpointDiscord; its Endpoint*(...) functions read the base variables at call
// time. setAPIBase therefore rewrites every base variable derived from
// EndpointAPI, with the same formulas discordgo uses, so setAPIBase(DefaultAPIURL)
// restores the defaults. The status page and CDN variables are left alone.
func setAPIBase(base string) error {
	u, err := url.Parse(base)
	if err != nil {
		return fmt.Errorf("set api base %q: %w", base, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("set api base %q: want an absolute http or https url", base)
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return fmt.Errorf("set api base %q: want no query or fragment", base)
	}
	api := strings.TrimRight(base, "/") + "/"

	endpointMu.Lock()
	defer endpointMu.Unlock()

	discordgo.EndpointAPI = api
	discordgo.EndpointGuilds = api + "guilds/"
	discordgo.EndpointChannels = api + "channels/"
	discordgo.EndpointUsers = api + "users/"
	discordgo.EndpointGateway = api + "gateway"
	discordgo.EndpointGatewayBot = discordgo.EndpointGateway + "/bot"
	discordgo.EndpointWebhooks = api + "webhooks/"
	discordgo.EndpointStickers = api + "stickers/"
	discordgo.EndpointStageInstances = api + "stage-instances"
	discordgo.EndpointSKUs = api + "skus"
	discordgo.EndpointVoice = api + "/voice/"
	discordgo.EndpointVoiceRegions = discordgo.EndpointVoice + "regions"
	discordgo.EndpointNitroStickersPacks = api + "/sticker-packs"
	discordgo.EndpointGuildCreate = api + "guilds"
	discordgo.EndpointApplications = api + "applications"
	discordgo.EndpointOAuth2 = api + "oauth2/"
	discordgo.EndpointOAuth2Applications = discordgo.EndpointOAuth2 + "applications"
	discordgo.EndpointOauth2 = discordgo.EndpointOAuth2
	discordgo.EndpointOauth2Applications = discordgo.EndpointOAuth2Applications
	return nil
}
