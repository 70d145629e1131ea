package discord

import (
	"fmt"
	"time"
)

// What the bot tells users when it does not answer: short, human, and
// without internals. Details go to the log.
const (
	msgEmpty         = "That question is empty."
	msgGeneric       = "Something went wrong; it has been logged."
	msgShorten       = "That question is too long; please shorten it."
	msgTimeout       = "That took too long to answer; please try again."
	msgClosing       = "I'm restarting and not taking questions right now; try again in a minute."
	msgChannel       = "I don't answer questions in this channel."
	msgNoUser        = "I couldn't tell who asked; please try again."
	msgUnknownSource = "I can't find that article; pick one from the list as you type, or see /sources."
	msgPassageGone   = "That passage is no longer in the articles I have."
	msgStaleButton   = "That button no longer works."
	msgUnknown       = "I don't know that command."
	msgThanksUp      = "Thanks for the feedback! 👍"
	msgThanksDown    = "Thanks for the feedback; it helps improve the answers. 👎"
	msgDateOrder     = "The from date is after the to date."
	msgNoWords       = "Give me a few words of the quote, e.g. /quote text:attackers were liquidated"
	msgViewFailed    = "I couldn't read the articles for that; it has been logged."
	msgStoreDown     = "I can't reach my articles right now; please try again in a minute."
)

// msgBadDate says how to write a date for /timeline.
func msgBadDate(d string) string {
	return "“" + safe(truncate(collapse(d), 40)) + "” is not a date; write it as YYYY-MM-DD, e.g. 2022-01-05."
}

// msgNoQuote says that no quote matches words.
func msgNoQuote(words string) string {
	return "No quote in the articles matches “" + safe(truncate(collapse(words), 100)) + "”."
}

// msgTooLong says how long a question may be.
func msgTooLong(n, limit int) string {
	return fmt.Sprintf("That question is too long (%d characters); the limit is %d.", n, limit)
}

// msgTooFast says when the user may ask again, in whole seconds.
func msgTooFast(wait time.Duration) string {
	s := int((wait + time.Second - 1) / time.Second)
	return fmt.Sprintf("You're asking too fast — try again in %d s.", max(s, 1))
}
