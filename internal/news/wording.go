package news

// Wordings groups the quotes of a statement by their exact words, in the
// order each wording first appears.
func Wordings(qs []Quote) [][]Quote {
	var out [][]Quote
	at := map[string]int{}
	for _, q := range qs {
		k, ok := at[q.Text]
		if !ok {
			k = len(out)
			at[q.Text] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], q)
	}
	return out
}

// Context says how one article attributes a quote of speaker's statement:
// the spelling of the name when it differs, that it continues the
// previous quote, to whom, where, and through whom.
func (q Quote) Context(speaker string) []string {
	var parts []string
	if q.Person && q.Speaker != speaker {
		parts = append(parts, "spelled "+q.Speaker)
	}
	if q.Continued {
		parts = append(parts, "continuing the previous quote")
	}
	if q.To != "" {
		parts = append(parts, "to "+q.To)
	}
	if q.Where != "" {
		parts = append(parts, q.Where)
	}
	if q.Via != "" {
		parts = append(parts, "as quoted by "+q.Via)
	}
	return parts
}
