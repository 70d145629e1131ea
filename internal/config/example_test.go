package config

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/BurntSushi/toml"
)

// config.example.toml documents every key with its default value.
func TestExampleDocumentsEveryKey(t *testing.T) {
	const path = "../../config.example.toml"
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, Default()) {
		t.Errorf("%s differs from Default():\n got %+v\nwant %+v", path, c, Default())
	}
	var example map[string]any
	md, err := toml.DecodeFile(path, &example)
	if err != nil {
		t.Fatal(err)
	}
	documented := map[string]bool{}
	for _, k := range md.Keys() {
		documented[k.String()] = true
	}
	var buf bytes.Buffer
	if err := Default().WriteTOML(&buf); err != nil {
		t.Fatal(err)
	}
	var all map[string]any
	md, err = toml.Decode(buf.String(), &all)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range md.Keys() {
		if !documented[k.String()] {
			t.Errorf("%s does not document %s", path, k)
		}
	}
}
