package retrieve

// Chunk is a passage of a document as handed to the index.
type Chunk struct {
	ID      string // unique, stable: "<doc>#<ordinal>"
	DocID   string
	Ordinal int
	Start   int // byte offset of Text in the document
	End     int
	Text    string
}

// Passage is a chunk returned for a query, with its fused relevance score
// (higher is better; 1 for the best passage of a result).
type Passage struct {
	Chunk
	Score float64
}
