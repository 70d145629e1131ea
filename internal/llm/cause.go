package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"syscall"

	openai "github.com/sashabaranov/go-openai"
)

// cause names why a model call failed, in a few words for the log line:
// "timeout", "HTTP 401 (check OPENAI_API_KEY)", "connection refused", ...
func cause(err error) string {
	var (
		apiErr  *openai.APIError
		reqErr  *openai.RequestError
		netErr  net.Error
		synErr  *json.SyntaxError
		typeErr *json.UnmarshalTypeError
	)
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "cancelled"
	case errors.As(err, &apiErr):
		return statusCause(apiErr.HTTPStatusCode)
	case errors.As(err, &reqErr):
		return statusCause(reqErr.HTTPStatusCode)
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, ErrCutOff):
		return "stream cut off"
	case errors.Is(err, ErrTruncated):
		return "answer too long"
	case errors.Is(err, ErrFiltered):
		return "content filter"
	case errors.As(err, &synErr), errors.As(err, &typeErr), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, ErrNoChoices), errors.Is(err, openai.ErrTooManyEmptyStreamMessages):
		return "malformed response"
	case errors.As(err, &netErr):
		return "network error"
	}
	return "error"
}

func statusCause(code int) string {
	switch code {
	case 0:
		return "error reported in the stream"
	case 401, 403:
		return fmt.Sprintf("HTTP %d (check OPENAI_API_KEY)", code)
	case 404:
		return "HTTP 404 (check llm.model and llm.base_url)"
	case 429:
		return "HTTP 429 (rate limited)"
	}
	return fmt.Sprintf("HTTP %d", code)
}
