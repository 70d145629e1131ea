package retrieve

import "regexp"

// reFiller matches phrases of a question that say nothing about what is
// asked ("in the first place", "according to the articles", "can you tell
// me"); they are dropped before scoring so that "first" does not pull in
// every passage about a first deployment.
var reFiller = regexp.MustCompile(`(?i)\bin the first place\b` +
	`|\b(according to|in|from) (the|these|your) (articles?|coverage|reports?|sources?|news|corpus)\b` +
	`|\b(can|could|would) you (please )?(tell|explain to|show) me\b|\bdo you know\b|\bplease\b` +
	`|\bi (want|would like) to know\b`)

// stripFillers removes filler phrases from a question.
func stripFillers(q string) string { return reFiller.ReplaceAllString(q, " ") }
