package ops

import (
	"sync"
)

// Readiness is the set of checks /readyz runs. Components register their
// checks at start; checks must be cheap (they read state, they do no I/O)
// and safe to call from any goroutine.
type Readiness struct {
	mu      sync.Mutex
	checks  []namedCheck
	details []namedDetail
}

type namedCheck struct {
	name  string
	check func() error
}

type namedDetail struct {
	name   string
	detail func() []string
}

// AddCheck registers a readiness check: the bot is ready only while every
// check returns nil. The error says what is wrong, for example
// "gateway not connected". A later check with the same name replaces the
// earlier one.
func (r *Readiness) AddCheck(name string, check func() error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i, c := range r.checks {
		if c.name == name {
			r.checks[i].check = check
			return
		}
	}
	r.checks = append(r.checks, namedCheck{name, check})
}

// AddDetail registers lines that /readyz shows without failing, such as
// corpus files that were skipped while the previous index keeps serving.
// A later detail with the same name replaces the earlier one.
func (r *Readiness) AddDetail(name string, detail func() []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i, d := range r.details {
		if d.name == name {
			r.details[i].detail = detail
			return
		}
	}
	r.details = append(r.details, namedDetail{name, detail})
}

// Report is what /readyz answers, as JSON.
type Report struct {
	Ready   bool                `json:"ready"`
	Version string              `json:"version"`
	Checks  []CheckResult       `json:"checks"`
	Details map[string][]string `json:"details,omitempty"`
}

// CheckResult is the result of one check.
type CheckResult struct {
	Name  string `json:"name"`
	OK    bool   `json:"ok"`
	Error string `json:"error,omitempty"`
}

// Check runs every check and collects the details. With no checks
// registered the bot is not ready: something must vouch for it.
func (r *Readiness) Check() Report {
	r.mu.Lock()
	checks := append([]namedCheck(nil), r.checks...)
	details := append([]namedDetail(nil), r.details...)
	r.mu.Unlock()

	rep := Report{Ready: len(checks) > 0, Checks: []CheckResult{}}
	for _, c := range checks {
		res := CheckResult{Name: c.name, OK: true}
		if err := c.check(); err != nil {
			res.OK, res.Error = false, err.Error()
			rep.Ready = false
		}
		rep.Checks = append(rep.Checks, res)
	}
	for _, d := range details {
		if lines := d.detail(); len(lines) > 0 {
			if rep.Details == nil {
				rep.Details = map[string][]string{}
			}
			rep.Details[d.name] = lines
		}
	}
	return rep
}
