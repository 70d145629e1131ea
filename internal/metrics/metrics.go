package metrics

import (
	"net/http"
	"runtime"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

const namespace = "newsbot"

// latencyBuckets spans the offline path (about a millisecond) to a slow
// language model (tens of seconds).
var latencyBuckets = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60}

// Metrics holds the bot's metrics and the registry they are exported
// from. Create it with New; the zero value is not usable, a nil one is.
type Metrics struct {
	reg *prometheus.Registry

	questions   *prometheus.CounterVec
	retrieval   *prometheus.HistogramVec
	answering   *prometheus.HistogramVec
	request     *prometheus.HistogramVec
	tokens      *prometheus.CounterVec
	feedback    *prometheus.CounterVec
	documents   prometheus.Gauge
	chunks      prometheus.Gauge
	problems    prometheus.Gauge
	reloads     *prometheus.CounterVec
	indexed     *prometheus.CounterVec
	gateway     *prometheus.GaugeVec
	rateLimited *prometheus.CounterVec
	fetches     *prometheus.CounterVec
	commands    *prometheus.CounterVec
	registered  prometheus.Gauge
	undelivered *prometheus.CounterVec
}

// New returns the bot's metrics registered in a fresh registry, together
// with the Go runtime and process collectors. version is exported as
// newsbot_build_info.
func New(version string) *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	m.questions = m.counterVec("questions_total", "Questions by front end, composer and outcome (answered, abstained, error, rejected, undelivered).", "frontend", "composer", "outcome")
	m.retrieval = m.histogramVec("retrieval_duration_seconds", "Time to retrieve the passages for a question.", "frontend")
	m.answering = m.histogramVec("answer_duration_seconds", "Time to compose an answer from the retrieved passages.", "frontend", "composer")
	m.request = m.histogramVec("request_duration_seconds", "Time to handle a whole question, from the front end handing it over to the reply.", "frontend", "outcome")
	m.tokens = m.counterVec("llm_tokens_total", "Language model tokens used, by model and kind (prompt, completion).", "model", "kind")
	m.feedback = m.counterVec("feedback_votes_total", "Feedback votes on answers (up, down).", "vote")
	m.documents = m.gauge("corpus_documents", "Articles in the index being served.")
	m.chunks = m.gauge("corpus_chunks", "Passages in the index being served.")
	m.problems = m.gauge("corpus_problems", "Corpus files skipped or loaded with a warning in the index being served.")
	m.reloads = m.counterVec("corpus_reloads_total", "Corpus reloads by result (ok, failed, unchanged).", "result")
	m.indexed = m.counterVec("index_chunks_total", "Passages indexed by reloads, by where their vector came from (embedded, reused).", "source")
	m.gateway = m.gaugeVec("discord_gateway_state", "Discord gateway connection: 1 for the current state, 0 for the others.", "state")
	m.rateLimited = m.counterVec("rate_limited_total", "Requests refused or delayed by a rate limit, by front end and limiter (user: the bot's per-user limit; upstream: a 429 from Discord or the LLM API).", "frontend", "limiter")
	m.fetches = m.fetchCounter()
	m.commands = m.counterVec("discord_command_registrations_total", "Attempts to register the Discord slash commands, by result (ok, failed).", "result")
	m.registered = m.gauge("discord_commands_registered", "1 when the Discord slash commands are registered, else 0.")
	m.undelivered = m.counterVec("undelivered_total", "Replies the server refused on every way the bot tried, by front end and cause.", "frontend", "cause")
	build := m.gaugeVec("build_info", "Always 1; labels say which build is running.", "version", "goversion")
	build.WithLabelValues(version, runtime.Version()).Set(1)
	m.reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the metrics in the Prometheus exposition format.
func (m *Metrics) Handler() http.Handler {
	if m == nil {
		return http.NotFoundHandler()
	}
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// Registry is where the metrics are registered, for collectors of other
// components and for tests.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

func (m *Metrics) counterVec(name, help string, labels ...string) *prometheus.CounterVec {
	v := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: name, Help: help}, labels)
	m.reg.MustRegister(v)
	return v
}

func (m *Metrics) histogramVec(name, help string, labels ...string) *prometheus.HistogramVec {
	v := prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: namespace, Name: name, Help: help, Buckets: latencyBuckets}, labels)
	m.reg.MustRegister(v)
	return v
}

func (m *Metrics) gauge(name, help string) prometheus.Gauge {
	g := prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Name: name, Help: help})
	m.reg.MustRegister(g)
	return g
}

func (m *Metrics) gaugeVec(name, help string, labels ...string) *prometheus.GaugeVec {
	v := prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: namespace, Name: name, Help: help}, labels)
	m.reg.MustRegister(v)
	return v
}
