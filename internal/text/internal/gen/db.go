package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// maxSenses caps the senses kept per lemma and part of speech.
const maxSenses = 5

// key names a synset: part of speech ('n', 'v', 'a', 'r') and byte offset.
type key struct {
	pos    byte
	offset int
}

// lexPtr is a pointer between two words (not synsets): derivation or pertainym.
type lexPtr struct {
	sym     string
	src     int // 1-based member index in this synset
	target  key
	tgtWord int // 1-based member index in the target synset
}

type synset struct {
	id      int
	key     key
	members []string // distinct
	all     []string // as listed, for word pointers' member numbers
	hyper   []key
	hypo    []key
	entail  []key // causes and entailments, both directions (kill > die)
	lex     []lexPtr
}

type word struct {
	tagged     int
	synsets    []int
	derived    map[string]bool
	pertainyms map[string]bool
}

type db struct {
	synsets map[key]*synset
	order   []*synset
	words   map[string]*word
	exc     map[string][]string
}

func newDB() *db {
	return &db{synsets: map[key]*synset{}, words: map[string]*word{}, exc: map[string][]string{}}
}

// norm turns a WordNet lemma into the form the tables use, the form
// package text's Words gives: lower case, no adjective marker, no
// apostrophes, words (runs of letters and digits) joined by one space
// ("self-propelled_vehicle" → "self propelled vehicle").
func norm(w string) string {
	if i := strings.IndexByte(w, '('); i > 0 {
		w = w[:i]
	}
	w = strings.ToLower(strings.ReplaceAll(w, "'", ""))
	return strings.Join(strings.FieldsFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

func posOf(c string) byte {
	if c == "s" {
		return 'a'
	}
	return c[0]
}

// readData reads one data.* file: synsets with members and pointers.
func (d *db) readData(path string, pos byte) error {
	return eachLine(path, func(f []string) error {
		if len(f) < 6 {
			return nil
		}
		off, err := strconv.Atoi(f[0])
		if err != nil {
			return fmt.Errorf("offset %q: %w", f[0], err)
		}
		n, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return fmt.Errorf("word count %q: %w", f[3], err)
		}
		s := &synset{id: len(d.order), key: key{pos, off}}
		i := 4
		seen := map[string]bool{}
		for range n {
			m := norm(f[i])
			s.all = append(s.all, m)
			if !seen[m] {
				seen[m] = true
				s.members = append(s.members, m)
			}
			i += 2
		}
		pc, _ := strconv.Atoi(f[i])
		i++
		for range pc {
			sym, to, tpos, st := f[i], f[i+1], f[i+2], f[i+3]
			i += 4
			o, _ := strconv.Atoi(to)
			k := key{posOf(tpos), o}
			switch sym {
			case "@", "@i":
				s.hyper = append(s.hyper, k)
			case "~":
				s.hypo = append(s.hypo, k)
			case ">", "*":
				s.entail = append(s.entail, k)
			case "+", "\\":
				src, _ := strconv.ParseInt(st[:2], 16, 32)
				dst, _ := strconv.ParseInt(st[2:], 16, 32)
				if src > 0 && dst > 0 {
					s.lex = append(s.lex, lexPtr{sym, int(src), k, int(dst)})
				}
			}
		}
		d.synsets[key{pos, off}] = s
		d.order = append(d.order, s)
		return nil
	})
}

// readIndex reads one index.* file: each lemma's senses in frequency order.
func (d *db) readIndex(path string, pos byte) error {
	return eachLine(path, func(f []string) error {
		if len(f) < 6 || strings.HasPrefix(f[0], " ") {
			return nil
		}
		lemma := norm(f[0])
		if lemma == "" {
			return nil
		}
		pc, _ := strconv.Atoi(f[3])
		tagged, _ := strconv.Atoi(f[5+pc])
		offs := f[6+pc:]
		keep := min(len(offs), maxSenses, max(tagged, 2))
		w := d.word(lemma)
		w.tagged += tagged
		for i, o := range offs {
			off, _ := strconv.Atoi(o)
			s := d.synsets[key{pos, off}]
			if s == nil {
				return fmt.Errorf("%s: unknown synset %s", lemma, o)
			}
			if i < keep {
				w.synsets = append(w.synsets, s.id)
			}
			// Word relations come from every sense: they are morphology.
			for _, p := range s.lex {
				if p.src > len(s.all) || s.all[p.src-1] != lemma {
					continue
				}
				t := d.synsets[p.target]
				if t == nil || p.tgtWord > len(t.all) {
					continue
				}
				other := t.all[p.tgtWord-1]
				if other == lemma {
					continue
				}
				if p.sym == "+" {
					w.derived[other] = true
					d.word(other).derived[lemma] = true
				} else {
					w.pertainyms[other] = true
					d.word(other).pertainyms[lemma] = true
				}
			}
		}
		return nil
	})
}

func (d *db) word(w string) *word {
	x := d.words[w]
	if x == nil {
		x = &word{derived: map[string]bool{}, pertainyms: map[string]bool{}}
		d.words[w] = x
	}
	return x
}

// readExc reads one *.exc file: irregular forms and their base forms.
func (d *db) readExc(path string, pos byte) error {
	return eachLine(path, func(f []string) error {
		if len(f) < 2 {
			return nil
		}
		form := norm(f[0])
		for _, b := range f[1:] {
			d.exc[form] = append(d.exc[form], string(pos)+norm(b))
		}
		return nil
	})
}

func eachLine(path string, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read wordnet: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue // licence header
		}
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i]
		}
		if err := fn(strings.Fields(line)); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

func (d *db) ids(ks []key) string {
	var out []string
	for _, k := range ks {
		if s := d.synsets[k]; s != nil {
			out = append(out, strconv.Itoa(s.id))
		}
	}
	return strings.Join(out, ",")
}

func (d *db) synsetLines() []string {
	back := map[*synset][]key{} // entailments seen from the other side
	for _, s := range d.order {
		for _, k := range s.entail {
			if t := d.synsets[k]; t != nil {
				back[t] = append(back[t], s.key)
			}
		}
	}
	out := make([]string, len(d.order))
	for i, s := range d.order {
		out[i] = strings.Join(s.members, ",") + "\t" + d.ids(s.hyper) + "\t" + d.ids(s.hypo) + "\t" + d.ids(append(s.entail, back[s]...))
	}
	return out
}

func (d *db) wordLines() []string {
	out := make([]string, 0, len(d.words))
	for w, x := range d.words {
		ids := make([]string, len(x.synsets))
		for i, id := range x.synsets {
			ids[i] = strconv.Itoa(id)
		}
		out = append(out, w+"\t"+strconv.Itoa(x.tagged)+"\t"+strings.Join(ids, ",")+"\t"+sortedKeys(x.derived)+"\t"+sortedKeys(x.pertainyms))
	}
	sort.Strings(out) // tab sorts before every printable byte, so word order holds
	return out
}

func (d *db) excLines() []string {
	out := make([]string, 0, len(d.exc))
	for f, bs := range d.exc {
		out = append(out, f+"\t"+strings.Join(bs, ","))
	}
	sort.Strings(out)
	return out
}

func sortedKeys(m map[string]bool) string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ",")
}
