package extractive

import "testing"

func TestFragmentsSplitAtElisions(t *testing.T) {
	text := `Jul 2, 2019 ... Simona Halep beat Serena Williams in the final on Saturday ... since 2018, she had not lost a set. The mayor said the bridge "would stay shut ... until Sunday at least."`
	var got []string
	for _, s := range fragments(text) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{
		"Jul 2, 2019 ...", // the splitter ends a sentence there
		"Simona Halep beat Serena Williams in the final on Saturday",
		"since 2018, she had not lost a set.",
		`The mayor said the bridge "would stay shut ... until Sunday at least."`,
	}
	if len(got) != len(want) {
		t.Fatalf("fragments() = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("fragment %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestHeadingsAreNotQuoted(t *testing.T) {
	for s, want := range map[string]bool{
		"2018 FIFA World Cup Russia.":                 false,
		"The Best Animated Feature Film Nominees.":    false,
		"France won the 2018 World Cup in Moscow.":    true,
		"Croatia lost the final to France on Sunday.": true,
	} {
		if got := quotable(s); got != want {
			t.Errorf("quotable(%q) = %v, want %v", s, got, want)
		}
	}
}
