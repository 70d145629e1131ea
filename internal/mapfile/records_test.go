package mapfile

import (
	"encoding/binary"
	"testing"
)

func TestRecordsStopAtTheEnd(t *testing.T) {
	b := binary.LittleEndian.AppendUint32(nil, 7)
	b = append(b, "ab"...)
	r := &Records{B: b}
	if got := r.U32(); got != 7 || r.Err != nil {
		t.Fatalf("U32() = %d, %v; want 7", got, r.Err)
	}
	if got := string(r.Next(2)); got != "ab" {
		t.Fatalf("Next(2) = %q, want \"ab\"", got)
	}
	if got := r.U32(); got != 0 || r.Err == nil {
		t.Fatalf("U32() past the end = %d, %v; want 0 and an error", got, r.Err)
	}
	if r.Next(0) != nil || r.Next(-1) != nil {
		t.Error("a read after an error returned bytes")
	}
}
