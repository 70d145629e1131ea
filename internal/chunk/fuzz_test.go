package chunk

import "testing"

// seeds are tricky texts for the fuzz tests.
var seeds = []string{
	"",
	"Hello world. This is a test.",
	`Police said "dozens were liquidated," when they tried. Others fled.`,
	"“The attackers were eliminated,” she said. Police left. ‘Quiet.’ Then.",
	"Mr Tokayev vowed. Mr. Smith met Dr. Jones. U.S. officials said. On the U.S. The next day.",
	"More than 1,000 people. Prices rose 1.5 percent. J. Smith. No. 5 on Jan. 6. e.g. Hammer.",
	"He paused... and then spoke. Silence… Then noise?! Yes.",
	"CSTO soldiers deployed\n\nThe troops arrived.\nFlights halted\nLufthansa stopped flights to Almaty.",
	"Wrapped line one that goes on\nand on. Next sentence\n\n\n- item one\n* item two. More\n1. first\n2) second\n# Heading\n## Sub",
	"Dozens were killed. (AFP)\r\n\r\n(He left.) She stayed [home.]",
	"Bad \xff\xfe byte. Next \xe2\x80 one.\n\xe2\x80\xa8\xc2\xa0. A",
	". . . ! ? … \" ' ) ( # - * 1. 1)",
}

func FuzzSentences(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	for _, text := range corpus(f) {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSentences(t, text, Sentences(text))
	})
}

func FuzzSplit(f *testing.F) {
	for i, s := range seeds {
		f.Add(s, 10+i*7, i%4*5)
	}
	for _, text := range corpus(f) {
		f.Add(text, 0, 0)
		f.Add(text, 300, 120)
		f.Add(text, 50, 49)
	}
	f.Fuzz(func(t *testing.T, text string, size, overlap int) {
		size %= 2000 // keep sizes where chunks form
		opt := Options{Size: size, Overlap: overlap}
		checkChunks(t, text, opt, Split(text, opt))
	})
}
