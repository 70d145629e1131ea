package llm

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/answer/extractive"
	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// seedInput is the input of a real question on the seed corpus: eight
// retrieved passages of about 600 bytes.
func seedInput(b *testing.B) answer.Input {
	ctx := context.Background()
	lib, err := library.Open(ctx, library.Options{Dir: "../../corpus", Chunk: chunk.DefaultOptions(), Embedder: retrieve.NewHashEmbedder(0)})
	if err != nil {
		b.Fatal(err)
	}
	q := "What sparked the protests and how many police officers were killed?"
	ps, err := lib.Search(ctx, q, answer.DefaultK)
	if err != nil {
		b.Fatal(err)
	}
	return answer.Input{Question: q, Query: lib.Analyze(q), Passages: ps, Docs: lib}
}

const seedAnswer = "The protests began after the end of price controls on January 1 doubled the price of liquefied gas [2][5]. " +
	"They spread from Zhanaozen to Almaty, where the mayor's office was set on fire [1]. " +
	"Outlets differ on the toll: eight police and national guard troops were killed according to one [2], eighteen according to another [4][9]. " +
	"A Russia-led alliance sent peacekeeping troops [3]."

// BenchmarkOverhead is what the bot adds around one model call: build
// the prompt from eight passages, then verify the answer (markers,
// renumbering, citations).
func BenchmarkOverhead(b *testing.B) {
	in := seedInput(b)
	c := &Composer{Chat: Chat{Model: "m"}}
	b.ReportAllocs()
	for b.Loop() {
		msgs, err := answerMessages(in, DefaultMaxSentences, extractive.DetectDisagreements)
		if err != nil || len(msgs) != 2 {
			b.Fatal(err)
		}
		d := newDraft(len(in.Passages), nil)
		d.write(seedAnswer)
		d.close()
		if r, ok := c.reply(in, d, ""); !ok || len(r.Citations) != 5 {
			b.Fatalf("reply %+v, ok %v", r, ok)
		}
	}
}

// BenchmarkVerifyStreamed is the verification of the same answer fed in
// pieces of about four bytes, as tokens arrive.
func BenchmarkVerifyStreamed(b *testing.B) {
	var pieces []string
	for s := seedAnswer; s != ""; {
		n := min(4, len(s))
		pieces, s = append(pieces, s[:n]), s[n:]
	}
	b.ReportAllocs()
	for b.Loop() {
		d := newDraft(8, func(string) {})
		for _, p := range pieces {
			d.write(p)
		}
		d.close()
	}
}

// BenchmarkTimeToFirstToken asks through the whole service (retrieval,
// prompt, HTTP, SSE parsing, verification gate) against a fake that
// waits 100ms before its first token, and reports when the first piece
// of the answer reaches the front end's onDelta.
func BenchmarkTimeToFirstToken(b *testing.B) {
	const modelDelay = 100 * time.Millisecond
	words := strings.SplitAfter(seedAnswer, " ")
	f := newFake(b, sse(modelDelay, words, "stop", true))
	in := seedInput(b)
	lib := in.Docs.(*library.Snapshot)
	c, _, _ := composerFor(f, 10*time.Second)
	svc := &answer.Service{Retriever: lib, Docs: lib, Composer: c}
	var total time.Duration
	for b.Loop() {
		start := time.Now()
		var first time.Duration
		_, err := svc.AskStream(context.Background(), in.Question, func(string) {
			if first == 0 {
				first = time.Since(start)
			}
		})
		if err != nil || first == 0 {
			b.Fatalf("err %v, first token after %v", err, first)
		}
		total += first
	}
	ttft := total / time.Duration(b.N)
	b.ReportMetric(float64(ttft.Microseconds())/1000, "ttft-ms")
	b.ReportMetric(float64((ttft-modelDelay).Microseconds())/1000, "bot-ms")
}

// BenchmarkEmbed embeds 512 passages against the fake, in batches of 64
// and one text per request, with no added latency and with 2ms per
// request (a model server on the local network), and reports texts per
// second.
func BenchmarkEmbed(b *testing.B) {
	in := texts(512)
	for _, latency := range []time.Duration{0, 2 * time.Millisecond} {
		for _, batch := range []int{64, 1} {
			b.Run(fmt.Sprintf("latency=%v/batch=%d", latency, batch), func(b *testing.B) {
				f := newFake(b)
				f.delay = latency
				e, _ := embedderFor(f, EmbedderOptions{BatchSize: batch})
				for b.Loop() {
					if _, err := e.Embed(context.Background(), in); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(len(in)*b.N)/b.Elapsed().Seconds(), "texts/s")
			})
		}
	}
}
