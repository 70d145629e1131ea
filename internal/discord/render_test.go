package discord

import (
	"fmt"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// citation returns citation n quoting text from doc, with metadata.
func citation(n int, doc, text string) answer.Citation {
	return answer.Citation{
		N: n, DocID: doc, ChunkID: doc + "#1", Text: text, Start: 100 * n, End: 100*n + len(text),
		Title: "Report " + doc, Outlet: "Example News", Date: "2022-01-06",
	}
}

func basicReply() answer.Reply {
	c1 := citation(1, "001_d67718a03dd027f7", "The protests were sparked by a rise in fuel prices.")
	c2 := citation(2, "004_d3156641ac80ec0f", "A wave of protests sparked by a fuel price rise.")
	c2.URL = "https://example.com/story?id=4"
	c3 := citation(3, "003_df6846d9169c57f2", "Unrest triggered by a rise in fuel prices.")
	c3.Title, c3.Outlet, c3.Date = "", "", ""
	return answer.Reply{
		Question:  "What sparked the protests?",
		Text:      "The protests were sparked by a rise in fuel prices [1][2]. Unrest was triggered by a rise in fuel prices [3].",
		Citations: []answer.Citation{c1, c2, c3},
		Passages:  []retrieve.Passage{{Chunk: retrieve.Chunk{ID: c1.ChunkID, DocID: c1.DocID, Start: 50, End: 400}}},
		Composer:  answer.ComposerExtractive,
	}
}

func TestRenderReplyGolden(t *testing.T) {
	hostile := basicReply()
	hostile.Question = "@everyone what did <@123> and <@&456> say? **now** @here"
	hostile.Text = "Officials told @here that <@!789> was wrong [1]. The *mayor* said `stop` [2]."
	hostile.Citations = hostile.Citations[:2]
	hostile.Citations[0].Title = "@everyone read this"

	long := answer.Reply{Question: "Tell me everything", Composer: answer.ComposerExtractive}
	var sb strings.Builder
	for i := 1; i <= 40; i++ {
		n := (i-1)%15 + 1
		fmt.Fprintf(&sb, "Sentence %d reports another long detail about the events in the city, with several clauses that make it wordy and long enough to matter for the limits [%d]. ", i, n)
		if i <= 15 {
			long.Citations = append(long.Citations, citation(n, fmt.Sprintf("doc_%02d", n), "quoted"))
		}
	}
	long.Text = strings.TrimSpace(sb.String())

	giant := answer.Reply{Question: "One giant sentence?", Composer: answer.ComposerExtractive}
	giant.Text = strings.Repeat("word ", 1500) + "end [1][2]."
	giant.Citations = []answer.Citation{citation(1, "a", "x"), citation(2, "b", "y")}

	unknown := basicReply()
	unknown.Text = "Fuel prices rose [1][9]. Nothing else is known [7]."

	llm := basicReply()
	llm.Composer, llm.Model, llm.Note = answer.ComposerLLM, "llama3.1:8b", "answered by the language model"

	tests := []struct {
		name  string
		reply answer.Reply
		priv  bool
	}{
		{"answer", basicReply(), false},
		{"answer_private", basicReply(), true},
		{"abstention", answer.Reply{Question: "Who won the 2022 World Cup?", Text: answer.AbstainText, Abstained: true}, false},
		{"hostile", hostile, false},
		{"long", long, false},
		{"giant_sentence", giant, false},
		{"unknown_markers", unknown, false},
		{"llm", llm, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := renderReply(tt.reply, tt.priv).responseData()
			checkLimits(t, data)
			if !tt.reply.Abstained {
				checkCitations(t, data)
			}
			golden(t, "render/"+tt.name, data)
		})
	}
}

func TestRenderLongKeepsWholeSentences(t *testing.T) {
	r := answer.Reply{Question: "q", Citations: []answer.Citation{citation(1, "d", "x")}}
	r.Text = strings.Repeat("This sentence is one of many and ends properly [1]. ", 200)
	e := renderReply(r, false).Embeds[0]
	desc := strings.TrimSuffix(e.Description, " "+ellipsis)
	if desc == e.Description {
		t.Fatalf("description not marked shortened: %.80q", e.Description)
	}
	if !strings.HasSuffix(desc, "properly [1].") {
		t.Errorf("description ends %q, want a whole sentence", desc[len(desc)-40:])
	}
	if !strings.Contains(e.Footer.Text, "shortened") {
		t.Errorf("footer = %q, want it to say the answer was shortened", e.Footer.Text)
	}
}

func TestRenderAbstentionHasNoSources(t *testing.T) {
	r := basicReply()
	r.Abstained, r.Text = true, answer.AbstainText
	m := renderReply(r, false)
	if len(m.Embeds[0].Fields) != 0 {
		t.Errorf("abstention has %d source fields, want none", len(m.Embeds[0].Fields))
	}
	if len(m.Components) != 1 {
		t.Errorf("abstention has %d component rows, want only the vote row", len(m.Components))
	}
}
