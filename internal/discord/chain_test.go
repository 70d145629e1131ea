package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/bwmarrin/discordgo"
)

const me = "100"

func userMsg(id, content, replyTo string) *discordgo.Message {
	m := &discordgo.Message{ID: id, Content: content, Author: &discordgo.User{ID: "7"}}
	if replyTo != "" {
		m.MessageReference = &discordgo.MessageReference{MessageID: replyTo}
	}
	return m
}

func botAnswer(id, question, text, replyTo string) *discordgo.Message {
	m := renderReply(answer.Reply{Question: question, Text: text, Citations: []answer.Citation{{N: 1, DocID: "d"}}}, false)
	msg := &discordgo.Message{ID: id, Author: &discordgo.User{ID: me, Bot: true}, Embeds: m.clamped().Embeds}
	if replyTo != "" {
		msg.MessageReference = &discordgo.MessageReference{MessageID: replyTo}
	}
	return msg
}

func TestTurns(t *testing.T) {
	chain := []*discordgo.Message{ // newest first
		botAnswer("4", "How *many* police were killed?", "At least 12 [1].", "3"),
		userMsg("3", "<@100> How *many*   police were killed?", ""),
		botAnswer("2", "What sparked the protests?", "Fuel prices [1].", ""), // a /ask answer: no reference
		{ID: "1", Author: &discordgo.User{ID: me}, Content: "That question is empty."},
	}
	got := turns(chain, me)
	want := []answer.Turn{
		{Question: "What sparked the protests?", Answer: "Fuel prices [1]."},
		{Question: "How *many* police were killed?", Answer: "At least 12 [1]."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("turns() = %+v, want %+v", got, want)
	}
	var long []*discordgo.Message
	for i := 0; i < 10; i++ {
		long = append(long, botAnswer("x", "q", "a [1].", ""))
	}
	if n := len(turns(long, me)); n != maxTurns {
		t.Errorf("turns(10 answers) = %d turns, want at most %d", n, maxTurns)
	}
}

func TestStripMention(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<@100> what happened?", "  what happened?"},
		{"what <@!100> happened?", "what   happened?"},
		{"ask <@200> too", "ask <@200> too"},
	}
	for _, tt := range tests {
		if got := stripMention(tt.in, me); got != tt.want {
			t.Errorf("stripMention(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFeedbackLog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "feedback.jsonl")
	l := NewFeedbackLog(path)
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := l.Record(context.Background(), Feedback{Time: time.Unix(0, 0), Vote: "up", UserID: "u", Question: "q\nwith newline"}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := 0
	for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var f Feedback
		if err := json.Unmarshal(line, &f); err != nil || f.Vote != "up" {
			t.Errorf("line %q: %v", line, err)
		}
		lines++
	}
	if lines != 20 {
		t.Errorf("feedback.jsonl has %d lines, want 20", lines)
	}
}
