package extractive_test

import (
	"context"
	"testing"

	"github.com/almaty-news/newsbot/internal/answer"
)

func TestKeywordCondenser(t *testing.T) {
	prev := []answer.Turn{{Question: "How many police officers were killed in Almaty?", Answer: "…"}}
	tests := []struct {
		history []answer.Turn
		q, want string
	}{
		{prev, "and how many were injured?", "and how many were injured? police officers Almaty"},
		{prev, "What about the troops?", "What about the troops? police officers killed Almaty"},
		{prev, "Which airline stopped flying to Almaty?", "Which airline stopped flying to Almaty?"},
		{nil, "and how many were injured?", "and how many were injured?"},
	}
	for _, tt := range tests {
		got, err := answer.KeywordCondenser{}.Condense(context.Background(), tt.history, tt.q)
		if err != nil || got != tt.want {
			t.Errorf("Condense(%q) = %q, %v; want %q", tt.q, got, err, tt.want)
		}
	}
}

func TestAskFollowupUsesHistory(t *testing.T) {
	svc, _ := seedService(t)
	ctx := context.Background()
	history := []answer.Turn{{Question: "Which countries' troops were part of the CSTO deployment?"}}
	r, err := svc.AskFollowup(ctx, history, "and who announced it?")
	if err != nil {
		t.Fatal(err)
	}
	if r.Question != "and who announced it?" {
		t.Errorf("Question = %q, want the question as asked", r.Question)
	}
	if r.Abstained {
		t.Errorf("follow-up abstained: %q", r.Text)
	}
}

func TestAskFollowupNearTheLengthLimit(t *testing.T) {
	svc, _ := seedService(t)
	svc.MaxQuestion = 60
	history := []answer.Turn{{Question: "How many police officers were killed in the unrest in Almaty?"}}
	q := "and how many were injured in the clashes, according to them?" // 60 characters
	r, err := svc.AskFollowup(context.Background(), history, q)
	if err != nil {
		t.Fatalf("AskFollowup(%d-character follow-up) = %v; the context must not push it over the limit", len(q), err)
	}
	if r.Question != q {
		t.Errorf("Question = %q, want %q", r.Question, q)
	}
}
