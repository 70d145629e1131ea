package retrieve

import "sync"

// synonymGroups are sets of words that news reports use interchangeably.
// A question that says "hurt" should find a report that says "wounded".
// The list is general news vocabulary, not tuned to any one corpus.
var synonymGroups = [][]string{
	{"kill", "killed", "die", "died", "dead", "death", "deaths", "fatalities", "fatality", "slain", "toll", "lives"},
	{"injured", "injury", "injuries", "wounded", "wound", "hurt", "casualties"},
	{"protest", "protests", "protester", "protesters", "protestors", "demonstration", "demonstrations", "demonstrator", "demonstrators", "rally", "rallies", "unrest", "riot", "riots", "rioters", "uprising", "streets"},
	{"internet", "online", "web", "connectivity", "blackout", "offline"},
	{"flight", "flights", "fly", "flying", "airline", "airlines", "carrier", "carriers", "airliner", "airliners", "travel", "travellers", "travelers", "passengers"},
	{"resign", "resigned", "resignation", "quit", "sacked", "sack", "dismissed", "dismiss", "ousted", "fired"},
	{"cabinet", "government", "ministers"},
	{"troops", "troop", "soldiers", "soldier", "military", "army", "forces", "peacekeepers", "peacekeeping"},
	{"price", "prices", "cost", "costs"},
	{"fuel", "gas", "petrol", "gasoline", "lpg", "energy"},
	{"spark", "sparked", "trigger", "triggered", "cause", "caused", "began", "begin", "start", "started", "reason"},
	{"arrest", "arrested", "detain", "detained", "detention"},
	{"respond", "response", "react", "reaction", "reacted"},
	{"foreign", "international", "abroad", "overseas"},
	{"president", "leader"},
	{"police", "policemen", "officers", "law enforcement"},
	{"say", "said", "says", "told", "stated", "statement", "announced", "declared", "claimed"},
	{"call", "called", "urge", "urged", "appeal", "appealed", "ask", "asked", "request", "requested"},
	{"bank", "banks", "financial"},
	{"burn", "burned", "burnt", "fire", "torched", "blaze", "ablaze"},
	{"storm", "stormed", "attack", "attacked", "assault", "seized", "seize"},
	{"help", "aid", "assistance", "support"},
	{"country", "countries", "nation", "nations"},
}

var (
	thesaurusOnce sync.Once
	thesaurus     map[string][]string // stem → related stems (excluding itself)
)

// related returns the stems that mean much the same as term.
func related(term string) []string {
	thesaurusOnce.Do(buildThesaurus)
	return thesaurus[term]
}

func buildThesaurus() {
	thesaurus = make(map[string][]string)
	for _, g := range synonymGroups {
		var stems []string
		seen := map[string]bool{}
		for _, w := range g {
			for _, t := range Tokenize(w) {
				if !seen[t.Term] {
					seen[t.Term] = true
					stems = append(stems, t.Term)
				}
			}
		}
		for _, s := range stems {
			for _, o := range stems {
				if o != s && !contains(thesaurus[s], o) {
					thesaurus[s] = append(thesaurus[s], o)
				}
			}
		}
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
