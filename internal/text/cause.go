package text

// causeWords are the general English words a cause is reported with: what
// a "why" question looks for beside its own words.
var causeWords = []string{
	"because", "cause", "reason", "due", "owing", "result", "trigger",
	"spark", "prompt", "provoke", "since", "led",
}

// CauseWords returns the general English words that report a cause
// ("because", "due", "triggered", "sparked", "led"...), as lemmas.
func CauseWords() []string { return append([]string(nil), causeWords...) }
