package metrics

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestObserveQuestion(t *testing.T) {
	m := New("v1.2.3")
	m.ObserveQuestion(Question{Frontend: FrontendDiscord, Composer: "extractive", Outcome: Answered, Retrieve: time.Millisecond, Answer: 2 * time.Millisecond, Total: 4 * time.Millisecond})
	m.ObserveQuestion(Question{Frontend: FrontendDiscord, Composer: "extractive", Outcome: Abstained, Total: time.Millisecond})
	m.ObserveQuestion(Question{Frontend: FrontendDiscord, Outcome: Rejected})
	m.ObserveQuestion(Question{Frontend: FrontendCLI, Composer: "llm", Outcome: Error, Total: time.Second})

	tests := []struct {
		labels []string
		want   float64
	}{
		{[]string{"discord", "extractive", "answered"}, 1},
		{[]string{"discord", "extractive", "abstained"}, 1},
		{[]string{"discord", "none", "rejected"}, 1},
		{[]string{"cli", "llm", "error"}, 1},
	}
	for _, tt := range tests {
		if got := testutil.ToFloat64(m.questions.WithLabelValues(tt.labels...)); got != tt.want {
			t.Errorf("questions_total%v = %g, want %g", tt.labels, got, tt.want)
		}
	}
	if n := testutil.CollectAndCount(m.request, "newsbot_request_duration_seconds"); n != 4 {
		t.Errorf("request_duration_seconds has %d series, want 4 (one per frontend and outcome)", n)
	}
	// Only answered and abstained questions got as far as retrieval.
	if n := histogramCount(t, m, "newsbot_retrieval_duration_seconds"); n != 2 {
		t.Errorf("retrieval_duration_seconds count = %d, want 2", n)
	}
}

func histogramCount(t *testing.T, m *Metrics, name string) uint64 {
	t.Helper()
	mfs, err := m.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var n uint64
	for _, mf := range mfs {
		if mf.GetName() == name {
			for _, s := range mf.GetMetric() {
				n += s.GetHistogram().GetSampleCount()
			}
		}
	}
	return n
}

func TestGatewayStateIsOneHot(t *testing.T) {
	m := New("dev")
	m.SetGatewayState(GatewayConnecting)
	m.SetGatewayState(GatewayConnected)
	for _, st := range gatewayStates {
		want := 0.0
		if st == GatewayConnected {
			want = 1
		}
		if got := testutil.ToFloat64(m.gateway.WithLabelValues(string(st))); got != want {
			t.Errorf("discord_gateway_state{state=%q} = %g, want %g", st, got, want)
		}
	}
}

func TestCommandRegistrationAndUndelivered(t *testing.T) {
	m := New("test")
	m.ObserveCommandRegistration(false)
	m.ObserveCommandRegistration(false)
	m.ObserveUndelivered(FrontendDiscord, "refused")
	body := serve(t, m.Handler()).body
	for _, want := range []string{
		`newsbot_discord_command_registrations_total{result="failed"} 2`,
		"newsbot_discord_commands_registered 0",
		`newsbot_undelivered_total{cause="refused",frontend="discord"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	m.ObserveCommandRegistration(true)
	if body := serve(t, m.Handler()).body; !strings.Contains(body, "newsbot_discord_commands_registered 1") {
		t.Error("/metrics after a registration that worked lacks newsbot_discord_commands_registered 1")
	}
}

func TestNilMetricsRecordNothing(t *testing.T) {
	var m *Metrics
	m.ObserveQuestion(Question{Frontend: FrontendCLI, Outcome: Answered})
	m.AddTokens("gpt", 1, 2)
	m.ObserveFeedback(true)
	m.SetCorpus(1, 2, 3)
	m.ObserveReload(ReloadOK, 1, 2)
	m.SetGatewayState(GatewayConnected)
	m.ObserveRateLimited(FrontendDiscord, LimiterUser)
	m.ObserveCommandRegistration(true)
	m.ObserveUndelivered(FrontendDiscord, "refused")
	if code := serve(t, m.Handler()).code; code != 404 {
		t.Errorf("nil Metrics handler status = %d, want 404", code)
	}
}

type response struct {
	code int
	body string
}

func serve(t *testing.T, h http.Handler) response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	b, _ := io.ReadAll(rec.Result().Body)
	return response{rec.Code, string(b)}
}

func TestHandlerExposition(t *testing.T) {
	m := New("v1.2.3")
	m.AddTokens("llama3.2", 120, 30)
	m.ObserveFeedback(false)
	m.SetCorpus(5, 40, 1)
	m.ObserveReload(ReloadOK, 3, 37)
	m.ObserveRateLimited(FrontendDiscord, LimiterUser)
	m.SetGatewayState(GatewayDisconnected)
	body := serve(t, m.Handler()).body
	for _, want := range []string{
		`newsbot_build_info{goversion="go`,
		`version="v1.2.3"} 1`,
		`newsbot_llm_tokens_total{kind="prompt",model="llama3.2"} 120`,
		`newsbot_llm_tokens_total{kind="completion",model="llama3.2"} 30`,
		`newsbot_feedback_votes_total{vote="down"} 1`,
		"newsbot_corpus_documents 5",
		"newsbot_corpus_chunks 40",
		"newsbot_corpus_problems 1",
		`newsbot_corpus_reloads_total{result="ok"} 1`,
		`newsbot_index_chunks_total{source="embedded"} 3`,
		`newsbot_index_chunks_total{source="reused"} 37`,
		`newsbot_rate_limited_total{frontend="discord",limiter="user"} 1`,
		`newsbot_discord_gateway_state{state="disconnected"} 1`,
		"go_goroutines",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}
