package discord

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// shownDrafts records the drafts a drafter shows.
type shownDrafts struct {
	ch  chan string
	err error
}

func (s *shownDrafts) show(text string) error {
	s.ch <- text
	return s.err
}

func (s *shownDrafts) next(t *testing.T) string {
	t.Helper()
	select {
	case text := <-s.ch:
		return text
	case <-time.After(10 * time.Second):
		t.Fatal("no draft shown")
		return ""
	}
}

func (s *shownDrafts) none(t *testing.T) {
	t.Helper()
	select {
	case text := <-s.ch:
		t.Fatalf("draft %q shown, want none", text)
	default:
	}
}

func TestDrafterThrottlesEdits(t *testing.T) {
	clk := newFakeClock()
	s := &shownDrafts{ch: make(chan string, 10)}
	d := newDrafter(clk, s.show, func(error) {})
	d.write("Before ")
	d.write("the deferral. ")
	s.none(t) // nothing shows before the response is deferred
	d.deferredNow()
	if got := s.next(t); got != "Before the deferral. " {
		t.Fatalf("first draft = %q, want the text so far at once", got)
	}
	d.write("One. ")
	<-clk.Added() // the drafter waits out the second
	d.write("Two. ")
	d.write("Three. ")
	clk.Advance(999 * time.Millisecond)
	s.none(t)
	clk.Advance(time.Millisecond)
	if got := s.next(t); !strings.HasPrefix(got, "Before the deferral. One. ") {
		t.Fatalf("second draft = %q, want the text as it is a second later", got)
	}
	d.write("Four.")
	<-clk.Added()
	shown, first := d.close() // the final answer goes out; the pending draft is dropped
	s.none(t)
	if shown != 2 || !first.Equal(time.Date(2022, 1, 6, 12, 0, 0, 0, time.UTC)) {
		t.Errorf("close() = %d drafts, first at %v; want 2, at the start", shown, first)
	}
	d.write("late") // after close: nothing happens, nothing blocks
	s.none(t)
}

func TestDrafterStopsAfterAFailedEdit(t *testing.T) {
	clk := newFakeClock()
	s := &shownDrafts{ch: make(chan string, 10), err: errors.New("unknown interaction")}
	var failed error
	d := newDrafter(clk, s.show, func(err error) { failed = err })
	d.deferredNow()
	d.write("text")
	s.next(t)
	shown, _ := d.close()
	if shown != 0 || failed == nil {
		t.Errorf("after a failed edit: %d shown, failure %v; want 0 and the error reported", shown, failed)
	}
}

func TestRenderDraft(t *testing.T) {
	m := renderDraft("@everyone what now?", "Officials told <@123> and @here to **stay** "+strings.Repeat("inside ", 1000), true)
	data := m.responseData()
	checkLimits(t, data)
	e := data.Embeds[0]
	if reLiveMention.MatchString(e.Title+e.Description) || !strings.HasSuffix(e.Description, ellipsis) || len(data.Components) != 0 || !m.Ephemeral {
		t.Errorf("draft = %+v, want it safe, within limits, marked unfinished, without buttons", e)
	}
	if !strings.Contains(e.Description, `\*\*stay\*\*`) {
		t.Errorf("draft description %q, want the model's markdown shown literally", e.Description[:80])
	}
}
