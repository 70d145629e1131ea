package answer

import (
	"errors"
	"fmt"
	"regexp"
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

// chatMention matches chat mention markup: users <@123> and <@!123>,
// roles <@&456>, channels <#789>, and @everyone / @here. None of it is
// part of a question; a front end that knows a user's name replaces the
// user's mention by it before cleaning.
var chatMention = regexp.MustCompile(`<(?:@[!&]?|#)[0-9]+>|@(?:everyone|here)\b`)

// CleanQuestion removes chat mention markup, trims and collapses white
// space and checks the length.
func CleanQuestion(q string, maxChars int) (string, error) {
	if maxChars <= 0 {
		maxChars = DefaultMaxQuestion
	}
	q = strings.ToValidUTF8(q, "")
	q = chatMention.ReplaceAllString(q, " ")
	q = strings.Join(strings.Fields(q), " ")
	if q == "" {
		return "", ErrEmptyQuestion
	}
	if n := utf8.RuneCountInString(q); n > maxChars {
		return "", fmt.Errorf("%w: %d characters, the limit is %d", ErrQuestionTooLong, n, maxChars)
	}
	return q, nil
}
