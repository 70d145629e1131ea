package fakediscord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// ErrNotConnected is returned by Dispatch and the event helpers when no client
// has identified on the gateway.
var ErrNotConnected = errors.New("fakediscord: no identified gateway client")

// writeTimeout bounds each gateway write, so a client that stopped reading
// cannot block Dispatch forever.
const writeTimeout = 5 * time.Second

// Gateway close codes Discord uses that the fake sends.
const (
	closeDecodeError          = 4002
	closeAuthenticationFailed = 4004
)

// gateway serves the websocket gateway at /ws. Its state lives in Server under
// Server.mu so that waiters share one change signal.
type gateway struct {
	s        *Server
	upgrader websocket.Upgrader
	wg       sync.WaitGroup // one per open connection

	// Guarded by s.mu.
	conns    map[*gatewayConn]struct{}
	current  *gatewayConn // the identified client, which receives dispatches
	identify json.RawMessage
	shards   map[int]*gatewayConn // by shard ID, for clients that identified as a shard; see shards.go
}

// gatewayConn is one websocket client. Writes are serialised by wmu, which
// also guards seq.
type gatewayConn struct {
	ws  *websocket.Conn
	wmu sync.Mutex
	seq int64
}

// frame is a gateway payload.
type frame struct {
	Op int             `json:"op"`
	S  *int64          `json:"s"`
	T  *string         `json:"t"`
	D  json.RawMessage `json:"d"`
}

func newGateway(s *Server) *gateway {
	return &gateway{
		s:        s,
		upgrader: websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }},
		conns:    make(map[*gatewayConn]struct{}),
	}
}

// ServeHTTP upgrades the request and runs the connection until either side closes it.
func (g *gateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ws, err := g.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has already answered with an HTTP error
	}
	c := &gatewayConn{ws: ws}
	g.s.mu.Lock()
	if g.s.closed {
		g.s.mu.Unlock()
		ws.Close()
		return
	}
	g.conns[c] = struct{}{}
	g.wg.Add(1)
	g.s.mu.Unlock()
	defer g.wg.Done()
	defer g.drop(c)

	if c.write(10, nil, fmt.Sprintf(`{"heartbeat_interval":%d}`, HeartbeatInterval)) != nil {
		return
	}
	for {
		_, data, err := ws.ReadMessage()
		if err != nil {
			return // the client closed, or close() closed ws
		}
		var f frame
		if json.Unmarshal(data, &f) != nil {
			c.closeWith(closeDecodeError, "Decode error")
			return
		}
		switch f.Op {
		case 1: // Heartbeat
			err = c.write(11, nil, "")
		case 2: // Identify
			err = g.identifyConn(c, f.D)
		case 6: // Resume: not supported, so make the client identify afresh
			err = c.write(9, nil, "false")
		}
		if err != nil {
			return
		}
	}
}

// identifyConn checks an Identify payload and answers it with READY.
func (g *gateway) identifyConn(c *gatewayConn, d json.RawMessage) error {
	var id struct {
		Token string `json:"token"`
	}
	g.s.mu.Lock()
	tok := g.s.tokenLocked()
	g.s.mu.Unlock()
	if json.Unmarshal(d, &id) != nil || (id.Token != "Bot "+tok && id.Token != tok) {
		c.closeWith(closeAuthenticationFailed, "Authentication failed.")
		return errors.New("authentication failed")
	}
	ready := map[string]any{
		"v": 9, "session_id": "fake-session", "resume_gateway_url": g.s.GatewayURL(),
		"user":        userJSON(BotID, BotName, true),
		"application": map[string]any{"id": AppID, "flags": 0},
		"guilds":      []any{}, "private_channels": []any{},
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	// Become current before READY goes out: once the client has read READY, a
	// test may dispatch at once.
	g.s.mu.Lock()
	g.identify = append(json.RawMessage(nil), d...)
	g.current = c
	g.noteShardLocked(c, d)
	c.seq = 0
	g.s.notifyLocked()
	g.s.mu.Unlock()
	return c.dispatchLocked("READY", mustJSON(ready))
}

// drop forgets c after its connection ended.
func (g *gateway) drop(c *gatewayConn) {
	c.ws.Close()
	g.s.mu.Lock()
	defer g.s.mu.Unlock()
	delete(g.conns, c)
	g.dropShardLocked(c)
	if g.current == c {
		g.current = nil
		g.s.notifyLocked()
	}
}

// close closes every connection and waits for their goroutines. s.closed is
// already set, so no new connection registers.
func (g *gateway) close() {
	g.s.mu.Lock()
	conns := make([]*gatewayConn, 0, len(g.conns))
	for c := range g.conns {
		conns = append(conns, c)
	}
	g.s.mu.Unlock()
	for _, c := range conns {
		c.closeWith(websocket.CloseGoingAway, "fakediscord closed")
	}
	g.wg.Wait()
}

// write sends a non-dispatch frame; d is raw JSON, "" for null.
func (c *gatewayConn) write(op int, t *string, d string) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	f := frame{Op: op, T: t}
	if d != "" {
		f.D = json.RawMessage(d)
	}
	c.ws.SetWriteDeadline(time.Now().Add(writeTimeout))
	return c.ws.WriteJSON(f)
}

// dispatchLocked sends an op 0 dispatch with the next sequence number; c.wmu must be held.
func (c *gatewayConn) dispatchLocked(event string, d []byte) error {
	c.seq++
	seq := c.seq
	c.ws.SetWriteDeadline(time.Now().Add(writeTimeout))
	return c.ws.WriteJSON(frame{Op: 0, S: &seq, T: &event, D: d})
}

// closeWith sends a close frame with code and closes the connection, which ends
// its read loop. Close and WriteControl may run concurrently with writers.
func (c *gatewayConn) closeWith(code int, reason string) {
	msg := websocket.FormatCloseMessage(code, reason)
	_ = c.ws.WriteControl(websocket.CloseMessage, msg, time.Now().Add(writeTimeout))
	c.ws.Close()
}

// WaitReady blocks until a client has identified and been sent READY, and is
// still connected. It fails when ctx ends or the fake closes.
func (s *Server) WaitReady(ctx context.Context) error {
	for {
		s.mu.Lock()
		ready, changed, closed := s.gw.current != nil, s.changed, s.closed
		s.mu.Unlock()
		switch {
		case ready:
			return nil
		case closed:
			return ErrClosed
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return fmt.Errorf("wait for gateway ready: %w", ctx.Err())
		}
	}
}

// Identify returns the d payload of the last Identify (op 2) received, with the
// token, intents and properties the client sent, or nil before any.
func (s *Server) Identify() json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append(json.RawMessage(nil), s.gw.identify...)
}

// Dispatch sends an op 0 dispatch of event with data (marshalled to JSON; pass
// json.RawMessage for raw JSON) and the next sequence number to the identified
// client. It returns once the frame is written.
func (s *Server) Dispatch(event string, data any) error {
	d, err := json.Marshal(data)
	if err != nil {
		return fmt.Errorf("dispatch %s: %w", event, err)
	}
	s.mu.Lock()
	c := s.gw.current
	if s.quirks.StringPublicFlags {
		d = stringFlags(d)
	}
	s.mu.Unlock()
	if c == nil {
		return fmt.Errorf("dispatch %s: %w", event, ErrNotConnected)
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	if err := c.dispatchLocked(event, d); err != nil {
		return fmt.Errorf("dispatch %s: %w", event, err)
	}
	return nil
}

// Disconnect closes the identified client's connection with a close frame
// carrying code (4000 "unknown error" lets a client resume, 4004 does not).
func (s *Server) Disconnect(code int) error {
	s.mu.Lock()
	c := s.gw.current
	s.mu.Unlock()
	if c == nil {
		return fmt.Errorf("disconnect: %w", ErrNotConnected)
	}
	c.closeWith(code, "fakediscord disconnect")
	return nil
}
