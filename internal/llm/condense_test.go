package llm

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
)

var history = []answer.Turn{{
	Question: "How many police officers were killed?",
	Answer:   "The interior ministry said 18 police officers were killed [1].",
}}

func TestFollowupRewrittenByTheModel(t *testing.T) {
	f := newFake(t,
		reply("Standalone question: \"How many police officers were injured in the unrest?\"\n"),
		reply("The interior ministry said 748 officers were injured [1]."))
	lib := testLibrary(t)
	c, _, logs := composerFor(f, 5*time.Second)
	svc := testService(lib, c)
	svc.Condenser = &Condenser{Chat: c.Chat}
	r, err := svc.AskFollowup(context.Background(), history, "and how many were injured?")
	if err != nil {
		t.Fatal(err)
	}
	if r.Question != "and how many were injured?" || r.Composer != answer.ComposerLLM {
		t.Errorf("reply question %q composer %q; want the question as asked, llm", r.Question, r.Composer)
	}
	calls := f.chats()
	if len(calls) != 2 {
		t.Fatalf("%d chat requests, want 2 (condense, answer)", len(calls))
	}
	condense := calls[0].Body["messages"].([]any)[1].(map[string]any)["content"].(string)
	if !strings.Contains(condense, "<question>How many police officers were killed?</question>") ||
		!strings.Contains(condense, "<message>\nand how many were injured?\n</message>") {
		t.Errorf("condense request lacks the conversation or the message:\n%s", condense)
	}
	ask := calls[1].Body["messages"].([]any)[1].(map[string]any)["content"].(string)
	if !strings.Contains(ask, "<question>\nHow many police officers were injured in the unrest?\n</question>") {
		t.Errorf("the answer was not asked for the rewritten question:\n%s", ask)
	}
	if !strings.Contains(r.Passages[0].Text, "748") {
		t.Errorf("top passage %q, want the one about 748 injured", r.Passages[0].Text)
	}
	if l := logs.lines("condensed a follow-up"); len(l) != 1 {
		t.Errorf("log lines = %q, want one", l)
	}
}

func TestCondenseFallsBackToKeywords(t *testing.T) {
	for name, s := range map[string]step{"500": status(500), "empty": reply("  \n"), "sentinel": reply(Abstain)} {
		f := newFake(t, s)
		c, _, _ := composerFor(f, time.Second)
		got, err := (&Condenser{Chat: c.Chat}).Condense(context.Background(), history, "and how many were injured?")
		if err != nil {
			t.Fatal(err)
		}
		want, _ := answer.KeywordCondenser{}.Condense(context.Background(), history, "and how many were injured?")
		if got != want {
			t.Errorf("%s: Condense() = %q, want the keyword rewrite %q", name, got, want)
		}
	}
}

func TestCondenseWithoutHistoryCallsNothing(t *testing.T) {
	f := newFake(t, reply("x"))
	c, _, _ := composerFor(f, time.Second)
	got, err := (&Condenser{Chat: c.Chat}).Condense(context.Background(), nil, "What sparked the protests?")
	if err != nil || got != "What sparked the protests?" || len(f.chats()) != 0 {
		t.Errorf("Condense() = %q, %v after %d calls; want the question unchanged, no call", got, err, len(f.chats()))
	}
}
