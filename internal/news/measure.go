package news

import "strings"

// Measures: what happened to the things a figure counts.
const (
	Killed    = "killed"
	Injured   = "injured"
	Detained  = "detained"
	Seized    = "seized"
	Sent      = "sent"
	Evacuated = "evacuated"
	Missing   = "missing"
)

// measureWords map the words reports use to the measure they report.
// "Eliminated" and "liquidated" are the police's words for killed.
var measureWords = map[string]string{
	"killed": Killed, "kill": Killed, "kills": Killed, "killing": Killed, "died": Killed,
	"die": Killed, "dead": Killed, "death": Killed, "deaths": Killed, "fatalities": Killed,
	"slain": Killed, "eliminated": Killed, "liquidated": Killed, "toll": Killed, "lives": Killed,
	"injured": Injured, "wounded": Injured, "hurt": Injured, "injuries": Injured, "injuring": Injured,
	"detained": Detained, "arrested": Detained, "arrests": Detained, "detentions": Detained,
	"jailed": Detained,
	"seized": Seized, "commandeered": Seized, "captured": Seized, "hijacked": Seized,
	"sent": Sent, "deployed": Sent, "dispatched": Sent, "sending": Sent, "deploying": Sent,
	"evacuated": Evacuated, "displaced": Evacuated,
	"missing": Missing,
}

// measureOf returns the measure a lower-case word reports, or "".
func measureOf(w string) string { return measureWords[strings.Trim(w, "'’")] }

// measureWindow is how many words before or after an amount its measure
// may stand ("killed along with at least 12 police officers").
const measureWindow = 6

// measureNear finds the measure of the amount spanning words [from, to):
// first after it, then before it, within the clause.
func measureNear(s string, ws []word, from, to int) string {
	for j := to; j < len(ws) && j < to+measureWindow; j++ {
		if j > 0 && gapBreaks(s[ws[j-1].end:ws[j].start]) {
			break
		}
		if m := measureOf(ws[j].lower()); m != "" {
			return m
		}
	}
	for j := from - 1; j >= 0 && j >= from-measureWindow; j-- {
		if gapBreaks(s[ws[j].end:ws[j+1].start]) {
			break
		}
		if m := measureOf(ws[j].lower()); m != "" {
			return m
		}
	}
	return ""
}
