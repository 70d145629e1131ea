package extractive

import (
	"regexp"
	"strconv"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/news"
)

// reContrast finds the words news uses to contradict, deny, correct or
// reverse a claim.
var reContrast = regexp.MustCompile(`(?i)\b(not|no longer|never|denied|denies|deny|reopened|reopen|resumed|resume|ended|cancel+ed|lifted|reversed|corrected|correction|retracted|withdrew|withdrawn|scrapped|returned|contrary|false|untrue|earlier than|later said|rejected|dismissed)\b`)

// contestShare is how close to the lead a contradicting sentence must
// score to be reported, as a share of the lead's score.
const contestShare = 0.4

// contested returns the sentence that contradicts or qualifies the lead
// of a yes/no answer, from another article or the same one: a verified
// sentence, or one next to a verified sentence, that uses words of
// contradiction the lead does not. nil when there is none.
func contested(lead *candidate, all, verified []*candidate) *candidate {
	leadCues := cues(lead.text)
	near := map[string]bool{} // passage@ordinal of sentences next to verified ones
	for _, v := range verified {
		near[sentenceSlot(v, -1)], near[sentenceSlot(v, +1)] = true, true
	}
	for _, c := range all {
		if c == lead || c.score < contestShare*lead.score || news.Jaccard(c.terms, lead.terms) >= duplicateSim {
			continue
		}
		ok := false
		for _, v := range verified {
			if v == c {
				ok = true
			}
		}
		if !ok && !near[sentenceSlot(c, 0)] {
			continue
		}
		if !holdsAll(leadCues, cues(c.text)) { // a cue the lead has not
			return c
		}
	}
	return nil
}

func sentenceSlot(c *candidate, delta int) string {
	return c.passage.ID + "#" + strconv.Itoa(c.ordinal+delta)
}

// LaterReport introduces a contradicting sentence from an article dated
// after the one the answer leads with.
const LaterReport = "A later report says: "

// laterIntro returns LaterReport when c's article is dated after lead's.
func laterIntro(lead, c *candidate, docs answer.Catalog) string {
	if docs == nil {
		return ""
	}
	ld, ok1 := docs.Document(lead.passage.DocID)
	cd, ok2 := docs.Document(c.passage.DocID)
	if ok1 && ok2 && ld.Date != "" && cd.Date > ld.Date {
		return LaterReport
	}
	return ""
}

func cues(s string) map[string]bool {
	out := map[string]bool{}
	for _, m := range reContrast.FindAllString(s, -1) {
		out[lowerFirst(m)] = true
	}
	return out
}
