// Command gen compiles the WordNet 3.0 database (index.*, data.* and *.exc
// files, format in wndb(5)) into the compact tables package text embeds.
// Run it through `go generate ./internal/text/...` with WordNet installed
// (Debian: apt-get install wordnet-base); builds never need it.
//
// It writes three sorted or numbered text tables, each with a .offs file
// holding its line offsets as little-endian uint32s (see package text's
// lexicon.go for how they are read):
//
//	synsets.txt  one line per synset, line number = id:
//	             members<TAB>hypernyms<TAB>hyponyms<TAB>causes/entailments  (comma-separated; ids)
//	words.txt    sorted by word: word<TAB>tagged<TAB>synset ids<TAB>derived<TAB>pertainyms
//	exc.txt      sorted by form: form<TAB>bases (each prefixed by its part of speech)
//
// What is kept: every lemma (single words and multi-word expressions); per
// lemma and part of speech its first senses (all tagged senses, at least
// two, at most maxSenses), ordered by frequency as WordNet lists them;
// hypernyms (instance hypernyms included), hyponyms (instance hyponyms
// left out: "city" would list every city), derivationally related forms
// and pertainyms (both directions, from every sense). Glosses, frames and other pointers are
// dropped.
package main

import (
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	src := flag.String("wordnet", "/usr/share/wordnet", "directory holding WordNet 3.0's dict files")
	out := flag.String("out", "wordnet", "output directory")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// poses are WordNet's parts of speech with their file suffixes.
var poses = []struct {
	tag  byte
	name string
}{{'n', "noun"}, {'v', "verb"}, {'a', "adj"}, {'r', "adv"}}

func run(src, out string) error {
	if _, err := os.Stat(filepath.Join(src, "data.noun")); err != nil {
		return errors.New("no WordNet database in " + src + " (apt-get install wordnet-base)")
	}
	db := newDB()
	for _, p := range poses {
		if err := db.readData(filepath.Join(src, "data."+p.name), p.tag); err != nil {
			return err
		}
	}
	for _, p := range poses {
		if err := db.readIndex(filepath.Join(src, "index."+p.name), p.tag); err != nil {
			return err
		}
		if err := db.readExc(filepath.Join(src, p.name+".exc"), p.tag); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("make output dir: %w", err)
	}
	for name, lines := range map[string][]string{
		"synsets.txt": db.synsetLines(),
		"words.txt":   db.wordLines(),
		"exc.txt":     db.excLines(),
	} {
		if err := writeLines(filepath.Join(out, name), lines); err != nil {
			return err
		}
		if err := writeIndex(filepath.Join(out, strings.TrimSuffix(name, ".txt")+".offs"), lines); err != nil {
			return err
		}
	}
	return nil
}

// writeIndex writes the byte offset of each line as a little-endian
// uint32, so that loading the tables needs no scan.
func writeIndex(path string, lines []string) error {
	buf := make([]byte, 0, 4*len(lines))
	off := 0
	for _, l := range lines {
		buf = binary.LittleEndian.AppendUint32(buf, uint32(off))
		off += len(l) + 1
	}
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		return fmt.Errorf("write index: %w", err)
	}
	return nil
}

func writeLines(path string, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	for _, l := range lines {
		if _, err := f.WriteString(l + "\n"); err != nil {
			f.Close()
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	return f.Close()
}
