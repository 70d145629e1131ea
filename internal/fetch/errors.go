package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
)

// Errors a caller can branch on with errors.Is; Outcome names them.
var (
	ErrScheme       = errors.New("only http and https links can be added")
	ErrBlocked      = errors.New("address not allowed (loopback, private, link-local or metadata)")
	ErrTooLarge     = errors.New("page larger than the size limit")
	ErrNotHTML      = errors.New("not an HTML page")
	ErrNoText       = errors.New("no article text found")
	ErrPaywall      = errors.New("only a paywall stub, not the article")
	ErrRedirectLoop = errors.New("redirect loop")
	ErrRedirects    = errors.New("too many redirects")
	ErrTimeout      = errors.New("timed out")
	ErrTLS          = errors.New("TLS error")
	ErrStatus       = errors.New("unexpected HTTP status")
	ErrDuplicate    = errors.New("already in the corpus")
)

// Outcome is the metrics label for the result of one fetch: "added",
// "unchanged" (a feed's 304), or the kind of failure.
func Outcome(err error) string {
	kinds := []struct {
		err   error
		label string
	}{
		{ErrDuplicate, "duplicate"}, {ErrScheme, "scheme"}, {ErrBlocked, "blocked"},
		{ErrTooLarge, "too_large"}, {ErrNotHTML, "not_html"}, {ErrNoText, "no_text"},
		{ErrPaywall, "paywall"}, {ErrRedirectLoop, "redirect_loop"}, {ErrRedirects, "redirects"},
		{ErrTimeout, "timeout"}, {ErrTLS, "tls"}, {ErrStatus, "http_status"},
	}
	if err == nil {
		return "added"
	}
	for _, k := range kinds {
		if errors.Is(err, k.err) {
			return k.label
		}
	}
	return "error"
}

// classify wraps a transport error with the sentinel it amounts to.
func classify(err error) error {
	var (
		netErr  net.Error
		certErr *tls.CertificateVerificationError
		unknown x509.UnknownAuthorityError
		hostErr x509.HostnameError
		recErr  tls.RecordHeaderError
		alert   tls.AlertError
	)
	switch {
	case errors.Is(err, ErrBlocked), errors.Is(err, ErrScheme), errors.Is(err, ErrRedirectLoop),
		errors.Is(err, ErrRedirects), errors.Is(err, ErrTooLarge):
		return err
	case errors.As(err, &certErr), errors.As(err, &unknown), errors.As(err, &hostErr),
		errors.As(err, &recErr), errors.As(err, &alert):
		return fmt.Errorf("%w: %w", ErrTLS, err)
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return fmt.Errorf("%w: %w", ErrTimeout, err)
	}
	return err
}
