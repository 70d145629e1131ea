package fakediscord_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/discord/fakediscord"
	"github.com/gorilla/websocket"
)

// wsFrame is a gateway frame as a raw client sees it.
type wsFrame struct {
	Op int             `json:"op"`
	S  int64           `json:"s"`
	T  string          `json:"t"`
	D  json.RawMessage `json:"d"`
}

// dial connects a raw websocket client and reads Hello.
func dial(t *testing.T, fake *fakediscord.Server) *websocket.Conn {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial(fake.GatewayURL()+"/?v=9&encoding=json", nil)
	if err != nil {
		t.Fatalf("dial gateway: %v", err)
	}
	t.Cleanup(func() { ws.Close() })
	hello := read(t, ws)
	var d struct {
		HeartbeatInterval int `json:"heartbeat_interval"`
	}
	if json.Unmarshal(hello.D, &d); hello.Op != 10 || d.HeartbeatInterval <= 0 {
		t.Fatalf("first frame = %+v, want op 10 with heartbeat_interval > 0", hello)
	}
	return ws
}

func read(t *testing.T, ws *websocket.Conn) wsFrame {
	t.Helper()
	var f wsFrame
	if err := ws.ReadJSON(&f); err != nil {
		t.Fatalf("read frame: %v", err)
	}
	return f
}

func send(t *testing.T, ws *websocket.Conn, frame string) {
	t.Helper()
	if err := ws.WriteMessage(websocket.TextMessage, []byte(frame)); err != nil {
		t.Fatalf("write %s: %v", frame, err)
	}
}

func TestGatewayProtocol(t *testing.T) {
	fake := fakediscord.New(t)
	if err := fake.Dispatch("X", nil); !errors.Is(err, fakediscord.ErrNotConnected) {
		t.Errorf("Dispatch() before identify = %v, want ErrNotConnected", err)
	}

	bad := dial(t, fake)
	send(t, bad, `{"op":2,"d":{"token":"Bot wrong"}}`)
	var ce *websocket.CloseError
	if _, _, err := bad.ReadMessage(); !errors.As(err, &ce) || ce.Code != 4004 {
		t.Errorf("after identify with a wrong token: %v, want close 4004", err)
	}

	ws := dial(t, fake)
	send(t, ws, `{"op":1,"d":null}`)
	if f := read(t, ws); f.Op != 11 {
		t.Errorf("heartbeat answer = %+v, want op 11", f)
	}
	send(t, ws, `{"op":6,"d":{"token":"Bot test-token","session_id":"x","seq":3}}`)
	if f := read(t, ws); f.Op != 9 || string(f.D) != "false" {
		t.Errorf("resume answer = %+v, want op 9 d false", f)
	}
	send(t, ws, `{"op":2,"d":{"token":"Bot test-token","intents":33281}}`)
	if f := read(t, ws); f.Op != 0 || f.S != 1 || f.T != "READY" || !strings.Contains(string(f.D), fakediscord.BotID) {
		t.Errorf("identify answer = %+v, want READY with s 1 and the bot user", f)
	}
	if err := fake.WaitReady(ctxFor(t)); err != nil {
		t.Fatalf("WaitReady() = %v", err)
	}

	sent, err := fake.Interaction(fakediscord.Interaction{Name: "ask"})
	if err != nil {
		t.Fatalf("Interaction() = %v", err)
	}
	if f := read(t, ws); f.S != 2 || f.T != "INTERACTION_CREATE" || !strings.Contains(string(f.D), sent.Token) {
		t.Errorf("dispatch = %+v, want INTERACTION_CREATE with s 2 and token %s", f, sent.Token)
	}
	cb := fake.APIURL() + strings.TrimPrefix(sent.CallbackPath(), fakediscord.APIPath)
	if status, _ := do(t, "POST", cb, `{"type":5}`); status != http.StatusNoContent {
		t.Errorf("first callback status = %d, want 204", status)
	}
	if status, body := do(t, "POST", cb, `{"type":5}`); status != http.StatusBadRequest || !strings.Contains(body, "40060") {
		t.Errorf("second callback = %d %s, want 400 with code 40060", status, body)
	}
}

// deferredCleanup is a testing.TB whose Cleanup functions run when the test calls run.
type deferredCleanup struct {
	testing.TB
	fns []func()
}

func (d *deferredCleanup) Cleanup(f func()) { d.fns = append(d.fns, f) }

func (d *deferredCleanup) run() {
	for i := len(d.fns) - 1; i >= 0; i-- {
		d.fns[i]()
	}
}

func TestCleanupClosesGateway(t *testing.T) {
	tb := &deferredCleanup{TB: t}
	fake := fakediscord.New(tb)
	ws := dial(t, fake)
	send(t, ws, `{"op":2,"d":{"token":"Bot test-token"}}`)
	read(t, ws)

	tb.run()
	var ce *websocket.CloseError
	if _, _, err := ws.ReadMessage(); !errors.As(err, &ce) || ce.Code != websocket.CloseGoingAway {
		t.Errorf("read after cleanup = %v, want close 1001", err)
	}
	if err := fake.WaitReady(context.Background()); !errors.Is(err, fakediscord.ErrClosed) {
		t.Errorf("WaitReady() after cleanup = %v, want ErrClosed", err)
	}
	if _, err := fake.WaitCall(context.Background(), fakediscord.Match("GET", "/")); !errors.Is(err, fakediscord.ErrClosed) {
		t.Errorf("WaitCall() after cleanup = %v, want ErrClosed", err)
	}
}

func TestRESTRecording(t *testing.T) {
	fake := fakediscord.New(t)
	ctx := ctxFor(t)
	waited := make(chan fakediscord.Call, 1)
	go func() {
		c, _ := fake.WaitCall(ctx, fakediscord.MatchPrefix("GET", fakediscord.APIPath+"/nowhere"))
		waited <- c
	}()

	if status, body := do(t, "GET", fake.APIURL()+"/nowhere", ""); status != 404 || body != `{"code":0,"message":"404: Not Found"}` {
		t.Errorf("GET unknown = %d %s, want 404 JSON", status, body)
	}
	if c := <-waited; c.Status != 404 || c.Header.Get("Authorization") != "Bot test-token" {
		t.Errorf("WaitCall() = %+v, want the 404 call with its Authorization header", c)
	}

	req, _ := http.NewRequest("GET", fake.APIURL()+"/users/@me", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("GET without a token = %v, %v; want 401", resp, err)
	}
	resp.Body.Close()

	fake.Fail("", fakediscord.APIPath+"/users/", 429, fakediscord.BodyRateLimited, 1)
	req, _ = http.NewRequest("GET", fake.APIURL()+"/users/@me", nil)
	req.Header.Set("Authorization", "Bot "+fakediscord.Token)
	resp, err = http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != 429 || resp.Header.Get("X-RateLimit-Reset-After") != "0.010" {
		t.Errorf("GET with Fail 429 = %v, %v; want 429 with X-RateLimit-Reset-After 0.010", resp, err)
	}
	resp.Body.Close()

	if got := len(fake.Calls()); got != 3 {
		t.Errorf("len(Calls()) = %d, want 3", got)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := fake.WaitCall(cancelled, fakediscord.Match("DELETE", "/x")); !errors.Is(err, context.Canceled) {
		t.Errorf("WaitCall(cancelled) = %v, want context.Canceled", err)
	}
}

// do sends an authorized request and returns the status and body.
func do(t *testing.T, method, url, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bot "+fakediscord.Token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
