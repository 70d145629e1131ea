package answer

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// DefaultMaxQuestion is the longest question accepted, in characters.
const DefaultMaxQuestion = 500

// ErrEmptyQuestion and ErrQuestionTooLong reject a question before any
// work is done; front ends turn them into a short message for the user.
var (
	ErrEmptyQuestion   = errors.New("empty question")
	ErrQuestionTooLong = errors.New("question too long")
)

// CleanQuestion trims and collapses white space and checks the length.
func CleanQuestion(q string, maxChars int) (string, error) {
	if maxChars <= 0 {
		maxChars = DefaultMaxQuestion
	}
	q = strings.ToValidUTF8(q, "")
	q = strings.Join(strings.Fields(q), " ")
	if q == "" {
		return "", ErrEmptyQuestion
	}
	if n := utf8.RuneCountInString(q); n > maxChars {
		return "", fmt.Errorf("%w: %d characters, the limit is %d", ErrQuestionTooLong, n, maxChars)
	}
	return q, nil
}
