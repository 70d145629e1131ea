package metrics

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestObserveFetch(t *testing.T) {
	m := New("v1")
	m.ObserveFetch("link", "added")
	m.ObserveFetch("link", "blocked")
	m.ObserveFetch("link", "blocked")
	m.ObserveFetch("feed", "unchanged")
	for labels, want := range map[[2]string]float64{{"link", "added"}: 1, {"link", "blocked"}: 2, {"feed", "unchanged"}: 1, {"item", "added"}: 0} {
		if got := testutil.ToFloat64(m.fetches.WithLabelValues(labels[0], labels[1])); got != want {
			t.Errorf("fetches_total%v = %g, want %g", labels, got, want)
		}
	}
	var none *Metrics
	none.ObserveFetch("link", "added") // a nil Metrics records nothing and does not panic
}
