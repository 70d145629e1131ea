package fetch

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
)

// StatusError is a response other than 200 (or 304 to a conditional request).
type StatusError struct{ Status string }

func (e *StatusError) Error() string { return fmt.Sprintf("%s: %s", e.Status, ErrStatus) }

// Is makes errors.Is(err, ErrStatus) true.
func (e *StatusError) Is(target error) bool { return target == ErrStatus }

// Explain is one short sentence for the person who asked to add a link:
// what was added already, or why the page could not be added. Details
// stay in the error, for the log.
func Explain(err error) string {
	var dup *DuplicateError
	if errors.As(err, &dup) {
		d := dup.Existing
		return fmt.Sprintf("Already in the articles as %s (%q, %s).", d.ID, d.Title, orNotStated(d.Outlet))
	}
	var st *StatusError
	if errors.As(err, &st) {
		return fmt.Sprintf("The site answered %s instead of the page.", st.Status)
	}
	for _, k := range []struct {
		err error
		msg string
	}{
		{ErrScheme, "Only http and https links can be added."},
		{ErrBlocked, "That link points to a private or local address, which I don't fetch."},
		{ErrTooLarge, "That page is larger than the size limit."},
		{ErrNotHTML, "That link is not a web page (HTML)."},
		{ErrPaywall, "That page shows only a paywall, not the article."},
		{ErrNoText, "I found no article text on that page."},
		{ErrRedirectLoop, "That link redirects in a loop."},
		{ErrRedirects, "That link redirects too many times."},
		{ErrTimeout, "The site took too long to answer; try again later."},
		{ErrTLS, "The site's secure connection could not be verified (TLS error)."},
	} {
		if errors.Is(err, k.err) {
			return k.msg
		}
	}
	if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) {
		return "I couldn't save the article: the corpus directory is not writable."
	}
	return "I couldn't fetch that page; the error has been logged."
}

func orNotStated(s string) string {
	if s == "" {
		return "outlet not stated"
	}
	return s
}
