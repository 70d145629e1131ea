package chunk

import (
	"strings"
	"testing"
)

func TestNewline(t *testing.T) {
	long := "Lufthansa said on Thursday it was no longer offering regular flights to Almaty after demonstrators took over"
	tests := []struct {
		prev, next string
		want       int
	}{
		{"Flights halted", long, endSentence},
		{"Flights halted", "Lufthansa stopped flights.", endSentence},
		{"# Reaction", "The EU called for restraint.", endSentence},
		{"Flights halted", "and more", joinLine},
		{"The demonstrations began in response to a new law that came", "Into effect on January 1 came the law.", joinLine},
		{"It said so.", "Then it left.", joinLine}, // the terminator, not the newline, ends the sentence
		{"Key facts:", "Protests began on January 2 and went on for a long time in the city.", joinLine},
		{long, "Next paragraph.", endParagraph},
		{long, "continued here.", joinLine},
		{strings.Repeat("x", maxHeading+1), strings.Repeat("Y", wrapWidth+1), joinLine},
	}
	for _, tt := range tests {
		if got := newline(tt.prev, tt.next); got != tt.want {
			t.Errorf("newline(%q, %q) = %d, want %d", tt.prev, tt.next, got, tt.want)
		}
	}
}

func TestBlocks(t *testing.T) {
	long := strings.Repeat("Long line. ", 10) + "End"
	text := "Title\nBody text here.\n\n" + long + "\nNext one.\n- item\n\n \nLast."
	want := []struct {
		text string
		para int
	}{{"Title", 0}, {"Body text here.", 0}, {long, 1}, {"Next one.", 2}, {"- item", 2}, {"Last.", 4}}
	got := blocks(text)
	if len(got) != len(want) {
		t.Fatalf("blocks() = %d blocks, want %d", len(got), len(want))
	}
	for i, b := range got {
		if s := text[b.start:b.end]; s != want[i].text || b.para != want[i].para {
			t.Errorf("blocks()[%d] = %q in paragraph %d, want %q in %d", i, s, b.para, want[i].text, want[i].para)
		}
	}
}
