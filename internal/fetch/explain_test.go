package fetch

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/corpus"
)

func TestExplain(t *testing.T) {
	dup := &DuplicateError{Existing: corpus.Document{ID: "2024-05-03-ledger-river", Title: "River bursts", Outlet: "Ledger"}, Why: "same text"}
	cases := map[error]string{
		fmt.Errorf("add x: %w", dup):                            `Already in the articles as 2024-05-03-ledger-river ("River bursts", Ledger).`,
		fmt.Errorf("add x: %w", &StatusError{"404 Not Found"}):  "The site answered 404 Not Found instead of the page.",
		fmt.Errorf("add x: %w", ErrPaywall):                     "That page shows only a paywall, not the article.",
		fmt.Errorf("add x: %w: %w", ErrTLS, fmt.Errorf("x509")): "The site's secure connection could not be verified (TLS error).",
		fmt.Errorf("save article: %w", fs.ErrPermission):        "I couldn't save the article: the corpus directory is not writable.",
		fmt.Errorf("something else"):                            "I couldn't fetch that page; the error has been logged.",
	}
	for err, want := range cases {
		if got := Explain(err); got != want {
			t.Errorf("Explain(%v) = %q, want %q", err, got, want)
		}
	}
	for _, e := range []error{ErrScheme, ErrBlocked, ErrTooLarge, ErrNotHTML, ErrNoText, ErrRedirectLoop, ErrRedirects, ErrTimeout} {
		if got := Explain(e); strings.Contains(got, "logged") {
			t.Errorf("Explain(%v) = %q, want its own sentence", e, got)
		}
	}
}
