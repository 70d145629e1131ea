package extractive

import (
	"testing"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

func TestMatchThroughLexicon(t *testing.T) {
	q := retrieve.QueryTerm{Surface: "purchase", Term: "purchas", Weight: 1}
	exact := match(termSet("The council will purchase the land."), q)
	synonym := match(termSet("The council will buy the land."), q)
	none := match(termSet("The council will sell the land."), q)
	if exact != 1 {
		t.Errorf("match(exact word) = %v, want 1", exact)
	}
	if synonym <= 0 || synonym >= exact {
		t.Errorf("match(synonym buy) = %v, want between 0 and 1", synonym)
	}
	if none != 0 {
		t.Errorf("match(sell) = %v, want 0", none)
	}
	far := match(termSet("The council will acquire the land."), q) // acquire is more general than purchase
	if far > synonym {
		t.Errorf("match(acquire) = %v, want no more than the synonym's %v", far, synonym)
	}
}
