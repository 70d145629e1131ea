package cli

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestLineReader(t *testing.T) {
	long := strings.Repeat("y", 200*1024)
	in := "ab\r\n\nabcdefgh\n" + long + "\nlast"
	type line struct {
		text string
		size int
	}
	want := []line{{"ab", 2}, {"", 0}, {"abcde", 8}, {"yyyyy", len(long)}, {"last", 4}}
	r := newLineReader(strings.NewReader(in), 5)
	for i, w := range want {
		got, size, err := r.next()
		if err != nil || got != w.text || size != w.size {
			t.Errorf("next() #%d = %q, %d, %v; want %q, %d", i, got, size, err, w.text, w.size)
		}
	}
	if _, _, err := r.next(); !errors.Is(err, io.EOF) {
		t.Errorf("next() after the last line: err = %v, want io.EOF", err)
	}
}

func TestAskJSONStdinHugeLine(t *testing.T) {
	in := "Who is Nikol Pashinyan?\n\n" + strings.Repeat("why ", 256*1024) + "\r\nWhat happened at Almaty airport?\r\n"
	code, out, _ := runCLI(t, in, "ask", "--json", "-")
	if code != 0 {
		t.Fatalf("exit %d, want 0: a huge line must not end the batch", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d objects, want 3:\n%.500s", len(lines), out)
	}
	wantLine := []float64{1, 3, 4}
	for i, l := range lines {
		var o map[string]any
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("object %d: %v", i, err)
		}
		if o["line"] != wantLine[i] {
			t.Errorf("object %d: line = %v, want %v", i, o["line"], wantLine[i])
		}
		if e, _ := o["error"].(string); (i == 1) != strings.Contains(e, "too long") {
			t.Errorf("object %d: error = %q", i, e)
		}
		if q, _ := o["question"].(string); len(q) > 1000 {
			t.Errorf("object %d: question of %d bytes echoed, want it cut", i, len(q))
		}
	}
	if !strings.Contains(lines[2], `"question":"What happened at Almaty airport?"`) {
		t.Errorf("last answer lost its question: %.300s", lines[2])
	}
}
