// Package chunk cuts article text into sentences and into chunks of whole
// sentences for embedding and retrieval.
//
// [Sentences] finds sentence boundaries with rules tuned for news text:
// terminal punctuation followed by something that can start a sentence,
// abbreviations ("Mr.", "Jan. 6", "U.S.") and initials that do not end one,
// blank lines that always do, short heading lines, and markdown list items
// and headings. All positions are byte offsets into the original text, so
// every sentence and chunk is a verbatim slice of it.
//
// [Split] packs sentences into chunks of about [Options.Size] bytes. It keeps
// paragraphs whole where they fit, splits longer ones only between sentences,
// keeps a short heading with the paragraph it introduces, and can repeat the
// last sentences of one chunk at the start of the next ([Options.Overlap]).
package chunk
