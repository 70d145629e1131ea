package news

// Cite is one source a view cites, with its number: a sentence of an
// article (Start < End, byte offsets in the article's text), or a whole
// article (Start = End = 0).
type Cite struct {
	N          int // from 1
	DocID      string
	Start, End int
}

// Citations numbers the sources of one view from 1, in the order they are
// first cited; a source cited again keeps its number. Every front end
// numbers the citations of a timeline or a quote through it, as
// answer.Reply numbers an answer's. The zero value is ready to use.
type Citations struct {
	list []Cite
	num  map[citeKey]int
}

type citeKey struct {
	doc        string
	start, end int
}

// Sentence returns the number of the sentence doc[start:end], numbering
// it when it is new.
func (c *Citations) Sentence(doc string, start, end int) int {
	k := citeKey{doc, start, end}
	if n, ok := c.num[k]; ok {
		return n
	}
	if c.num == nil {
		c.num = map[citeKey]int{}
	}
	c.list = append(c.list, Cite{N: len(c.list) + 1, DocID: doc, Start: start, End: end})
	c.num[k] = len(c.list)
	return len(c.list)
}

// Article returns the number of the article doc, numbering it when new.
func (c *Citations) Article(doc string) int { return c.Sentence(doc, 0, 0) }

// ArticleNumber returns the number of the article doc, if it is cited.
func (c *Citations) ArticleNumber(doc string) (int, bool) {
	n, ok := c.num[citeKey{doc, 0, 0}]
	return n, ok
}

// Len is how many sources are numbered.
func (c *Citations) Len() int { return len(c.list) }

// List returns the numbered sources, in number order.
func (c *Citations) List() []Cite { return c.list }
