package metrics

import "github.com/prometheus/client_golang/prometheus"

// fetchCounter is newsbot_fetches_total, registered by New.
func (m *Metrics) fetchCounter() *prometheus.CounterVec {
	return m.counterVec("fetches_total", "Fetches from the web by source (link: bot add and /add; feed: a feed document; item: a feed item's article) and outcome (added, duplicate, unchanged, fetched, blocked, timeout, tls, not_html, no_text, paywall, too_large, ...).", "source", "outcome")
}

// ObserveFetch counts one fetch of a link, a feed or a feed item by its
// outcome; it has the shape of fetch.Adder.Observe.
func (m *Metrics) ObserveFetch(source, outcome string) {
	if m == nil {
		return
	}
	m.fetches.WithLabelValues(source, outcome).Inc()
}
