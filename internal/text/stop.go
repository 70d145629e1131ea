package text

// stopWords are English function words, auxiliaries and question words
// that carry no topic.
var stopWords = setOf(
	"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
	"are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
	"both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
	"each", "else", "ever", "few", "for", "from", "further", "get", "got", "had", "has", "have",
	"having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
	"i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "like", "me", "more", "most", "much",
	"my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
	"our", "ours", "ourselves", "out", "over", "own", "per", "same", "she", "should", "so",
	"some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
	"there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
	"up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
	"whom", "whose", "why", "will", "with", "would", "you", "your", "yours", "yourself",
	"yourselves", "may", "might", "must", "shall", "tell", "according", "s", "t",
	"many", "still", "anything", "something",
)

// IsStop reports whether the lower-case word w is an English stop word.
func IsStop(w string) bool { return stopWords[w] }

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
