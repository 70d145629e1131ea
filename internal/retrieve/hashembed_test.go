package retrieve

import (
	"context"
	"errors"
	"math"
	"slices"
	"testing"
)

func embedOne(t *testing.T, e *HashEmbedder, text string) []float32 {
	t.Helper()
	vs, err := e.Embed(context.Background(), []string{text})
	if err != nil {
		t.Fatal(err)
	}
	return vs[0]
}

func TestHashEmbedderUnitAndDeterministic(t *testing.T) {
	e := NewHashEmbedder(0)
	for _, text := range []string{"Police officers were killed in Almaty.", "", "...", "日本語のテキスト"} {
		v := embedOne(t, e, text)
		if len(v) != DefaultHashDim {
			t.Fatalf("len(Embed(%q)) = %d, want %d", text, len(v), DefaultHashDim)
		}
		var sum float64
		for _, x := range v {
			sum += float64(x) * float64(x)
		}
		if math.Abs(sum-1) > 1e-5 {
			t.Errorf("|Embed(%q)|² = %f, want 1", text, sum)
		}
		if w := embedOne(t, NewHashEmbedder(0), text); cosine(v, w) < 0.99999 {
			t.Errorf("Embed(%q) differs between embedders", text)
		}
	}
}

func TestHashEmbedderSimilarity(t *testing.T) {
	e := NewHashEmbedder(0)
	q := embedOne(t, e, "How many people were hurt?")
	near := embedOne(t, e, "More than 1,000 people were wounded.")
	far := embedOne(t, e, "Lufthansa suspended flights to Almaty.")
	if cosine(q, near) <= cosine(q, far) {
		t.Errorf("cos(hurt, wounded) = %.3f, not above cos(hurt, flights) = %.3f", cosine(q, near), cosine(q, far))
	}
	spelling := embedOne(t, e, "Saltanet Azirbek")
	if c := cosine(embedOne(t, e, "Saltanat Azirbek"), spelling); c < 0.5 {
		t.Errorf("cos(Saltanat Azirbek, Saltanet Azirbek) = %.3f, want ≥ 0.5", c)
	}
}

func TestHashEmbedderIdentityNamesDimension(t *testing.T) {
	if a, b := NewHashEmbedder(256).Identity(), NewHashEmbedder(512).Identity(); a == b {
		t.Errorf("Identity() = %q for both 256 and 512 dimensions", a)
	}
}

func TestHashEmbedderCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := NewHashEmbedder(0).Embed(ctx, []string{"x"}); !errors.Is(err, context.Canceled) {
		t.Errorf("Embed(cancelled) error = %v, want context.Canceled", err)
	}
}

func TestHashEmbedderSharesSenses(t *testing.T) {
	e := NewHashEmbedder(0)
	car := embedOne(t, e, "car")
	if syn, other := cosine(car, embedOne(t, e, "automobile")), cosine(car, embedOne(t, e, "banana")); syn <= other {
		t.Errorf("cos(car, automobile) = %.3f, not above cos(car, banana) = %.3f", syn, other)
	}
}

func TestHashEmbedderIsBitForBitRepeatable(t *testing.T) {
	// Many features per text, so that several share a dimension: their
	// sum must not depend on map order.
	text := "Rescuers pulled survivors from the flooded valley towns on Tuesday as the river crested above the levees near Dorval and Brenna."
	h := NewHashEmbedder(16)
	first := h.vector(text)
	for i := 0; i < 50; i++ {
		if got := h.vector(text); !slices.Equal(got, first) {
			t.Fatalf("run %d: the same text embeds to another vector", i)
		}
	}
}
