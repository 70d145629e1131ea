package text

import (
	"strings"
	"testing"
)

func TestLoadAliases(t *testing.T) {
	a, err := LoadAliases(strings.NewReader("# names\nZelensky, Zelenskyy, Volodymyr Zelensky\n\nKyiv, Kiev\n"))
	if err != nil {
		t.Fatalf("LoadAliases: %v", err)
	}
	if a.Len() != 2 {
		t.Errorf("Len() = %d, want 2", a.Len())
	}
	lx := NewLexicon(a)
	if got := lx.Relatedness("Kiev", "kyiv"); got != AliasWeight {
		t.Errorf("Relatedness(Kiev, kyiv) = %v, want %v", got, AliasWeight)
	}
	if got := Relatedness("Kiev", "kyiv"); got != 0 {
		t.Errorf("built-in Relatedness(Kiev, kyiv) = %v, want 0", got)
	}
	if l, ok := linkOf(lx.Related("Zelenskyy"), "volodymyr zelensky"); !ok || l.Rel != Alias {
		t.Errorf("Related(Zelenskyy) lacks the alias: %v", lx.Related("Zelenskyy"))
	}
	if l, ok := linkOf(lx.Related("car"), "automobile"); !ok || l.Rel != Synonym {
		t.Errorf("Related(car) on a lexicon with aliases lost WordNet's synonym")
	}
	if got := lx.Phrases(Words("president volodymyr zelensky spoke")); len(got) != 1 || got[0] != [2]int{1, 3} {
		t.Errorf("Phrases = %v, want [[1 3]]", got)
	}
}

func TestLoadAliasesErrors(t *testing.T) {
	_, err := LoadAliases(strings.NewReader("Kyiv, Kiev\nLonely\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("LoadAliases(one-term group) = %v, want an error naming line 2", err)
	}
}
