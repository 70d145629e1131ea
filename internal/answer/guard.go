package answer

import "regexp"

// reInjection matches questions that try to change the bot's role or make
// it reveal its instructions. They are answered with an abstention.
var reInjection = regexp.MustCompile(`(?i)` +
	`\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|prompts?|rules|guidelines|directions)\b` +
	`|\b(system|hidden|initial|original)\s+(prompt|message|instructions?)\b` +
	`|\breveal\b.{0,30}\b(prompt|instructions?|config\w*|secrets?|keys?|tokens?)\b` +
	`|\byou are now\b|\bpretend (to be|you are)\b|\bact as\b|\bjailbreak\b|\bdeveloper mode\b` +
	`|\b(api[_ ]?key|discord[_ ]?token|openai_api_key)\b`)

// isInjection reports whether q reads as an attempt to subvert the bot
// rather than a question about the news.
func isInjection(q string) bool { return reInjection.MatchString(q) }

// IsInjection reports whether q reads as an attempt to subvert the bot
// (change its role, reveal its instructions or keys) rather than a
// question about the news. Composers answer such questions with an
// abstention without consulting a model.
func IsInjection(q string) bool { return isInjection(q) }
