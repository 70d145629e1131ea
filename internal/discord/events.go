package discord

import (
	"errors"

	"github.com/almaty-news/newsbot/internal/metrics"
	"github.com/bwmarrin/discordgo"
)

// Events are optional callbacks for what an operator counts: votes,
// questions refused by the rate limit, and the gateway connection. Each
// may be nil; each must be safe for concurrent use.
type Events struct {
	Feedback    func(up bool)         // a 👍 (true) or 👎 was recorded
	RateLimited func(upstream bool)   // a user hit the bot's limit (false) or Discord answered 429 (true)
	Gateway     func(connected bool)  // the gateway connected (READY or RESUMED) or was lost
	Commands    func(registered bool) // an attempt to register the slash commands worked or failed
	// Question is told what became of each question, once its reply was
	// delivered or refused: outcome answered only when it was delivered.
	Question func(metrics.Question)
	// Undelivered is told the cause of each reply no way of sending got
	// through (http_404, http_500, timeout, error).
	Undelivered func(cause string)
}

// errNotConnected is what Ready reports until the gateway is up.
var errNotConnected = errors.New("discord gateway not connected")

// Ready reports whether the gateway is connected: nil once READY has
// arrived and until the connection is lost.
func (b *Bot) Ready() error {
	if !b.connected.Load() {
		return errNotConnected
	}
	return nil
}

// watchConnection keeps Ready and Events.Gateway up to date, and reports
// Discord's 429s to Events.RateLimited.
func (b *Bot) watchConnection(s *discordgo.Session) {
	set := func(up bool) {
		if b.connected.Swap(up) != up && b.opt.Events.Gateway != nil {
			b.opt.Events.Gateway(up)
		}
	}
	s.AddHandler(func(*discordgo.Session, *discordgo.Ready) { set(true) })
	s.AddHandler(func(*discordgo.Session, *discordgo.Resumed) { set(true) })
	s.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) { set(false) })
	s.AddHandler(func(*discordgo.Session, *discordgo.RateLimit) {
		if b.opt.Events.RateLimited != nil {
			b.opt.Events.RateLimited(true)
		}
	})
}

// Refresh re-reads the corpus: call it after the corpus was reloaded, so
// /sources, /source, /timeline and /quote show the articles now served,
// with the views of the same snapshot.
func (b *Bot) Refresh() {
	snap := b.lib.Current()
	if snap == nil { // not loaded yet: no articles
		b.docs.Store(newDocIndex(emptyCatalog{}))
		return
	}
	x := newDocIndex(snap)
	x.news = snap
	b.docs.Store(x)
}

// index is the catalog as last read.
func (b *Bot) index() *docIndex { return b.docs.Load() }
