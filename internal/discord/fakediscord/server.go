// Package fakediscord is an in-process fake of Discord for tests: an httptest
// REST server plus a websocket gateway on 127.0.0.1 that a real
// *discordgo.Session connects to.
//
// A test starts one with New, points discordgo's endpoint variables at
// Server.APIURL, opens a session with the token "Bot "+Token, and then drives
// the bot by dispatching gateway events (Interaction, Message, Dispatch) and
// asserting on the REST calls the bot made (Calls, WaitCall). Fail injects error
// responses such as rate limits or expired interactions. SetQuirks switches on
// behaviours of servers that implement the API only in part (Spacebar).
//
// The fake speaks the wire protocol only and does not import discordgo. It is
// for tests: it keeps everything in memory and never touches the network
// beyond 127.0.0.1.
package fakediscord

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// Fixed identities of the fake. IDs are numeric strings, like real snowflakes.
const (
	// BotID is the user ID of the bot, as sent in READY and GET /users/@me.
	BotID = "100000000000000001"
	// BotName is the bot user's username.
	BotName = "newsbot"
	// AppID is the application ID, as sent in READY and used in webhook paths.
	AppID = "100000000000000002"
	// Token is the bot token the fake accepts; REST calls must carry the header
	// "Authorization: Bot test-token", which discordgo.New("Bot "+Token) sends.
	Token = "test-token"
	// APIPath is the path of the versioned REST base on the fake.
	APIPath = "/api/v9"
	// HeartbeatInterval is the heartbeat_interval, in milliseconds, sent in Hello.
	HeartbeatInterval = 45000
)

// Server is a fake Discord. Its methods are safe for concurrent use.
type Server struct {
	http *httptest.Server
	gw   *gateway

	mu       sync.Mutex
	changed  chan struct{} // closed and replaced whenever state below changes
	closed   bool
	nextID   int64
	calls    []Call
	fails    []*failRule
	messages map[string]map[string]any // key: channelID + "/" + messageID
	channels map[string]string         // channelID → guildID ("" for DMs)
	inters   map[string]*interaction   // token → interaction
	commands map[string][]any          // "" or guild ID → registered commands
	quirks   Quirks
}

// New starts a fake Discord listening on 127.0.0.1. t.Cleanup closes the
// gateway connections first and then the HTTP server. Close any discordgo
// session before that (register its Close with t.Cleanup after calling New),
// or disable its reconnects.
func New(t testing.TB) *Server {
	t.Helper()
	s := Start()
	t.Cleanup(s.close)
	return s
}

// Start starts a fake Discord that lives until Close, for a test whose
// client may still be closing after the test ended.
func Start() *Server {
	s := &Server{
		changed:  make(chan struct{}),
		nextID:   200000000000000000,
		messages: make(map[string]map[string]any),
		channels: make(map[string]string),
		inters:   make(map[string]*interaction),
		commands: make(map[string][]any),
	}
	s.gw = newGateway(s)
	mux := http.NewServeMux()
	mux.Handle("GET /ws", s.gw)
	mux.Handle("GET /ws/", s.gw) // discordgo appends a slash before the query
	s.routeREST(mux)
	s.http = httptest.NewServer(s.record(mux))
	return s
}

// Close shuts down a fake made with Start: gateway connections first,
// then HTTP.
func (s *Server) Close() { s.close() }

// URL is the root URL of the fake's HTTP server, "http://127.0.0.1:PORT".
func (s *Server) URL() string { return s.http.URL }

// APIURL is the versioned REST base, "http://127.0.0.1:PORT/api/v9", to assign
// to discordgo's endpoint variables.
func (s *Server) APIURL() string { return s.http.URL + APIPath }

// GatewayURL is the websocket URL that GET /gateway returns.
func (s *Server) GatewayURL() string {
	return "ws" + strings.TrimPrefix(s.http.URL, "http") + "/ws"
}

// BotID returns the bot's user ID, the constant BotID.
func (s *Server) BotID() string { return BotID }

// AppID returns the application ID, the constant AppID.
func (s *Server) AppID() string { return AppID }

// close shuts the fake down: gateway connections first, then HTTP.
func (s *Server) close() {
	s.mu.Lock()
	s.closed = true
	s.notifyLocked()
	s.mu.Unlock()
	s.gw.close()
	s.http.Close()
}

// newID returns a fresh snowflake-like ID.
func (s *Server) newID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.newIDLocked()
}

func (s *Server) newIDLocked() string {
	s.nextID++
	return strconv.FormatInt(s.nextID, 10)
}

// notifyLocked wakes every waiter; s.mu must be held.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}
