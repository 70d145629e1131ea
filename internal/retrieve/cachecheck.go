package retrieve

import (
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"runtime"

	"github.com/almaty-news/newsbot/internal/mapfile"
	"github.com/almaty-news/newsbot/internal/shares"
)

// A cache file is checked in two ways (see cacheMagic): a checksum of
// everything but the vectors, and every vector for what a search needs
// of it.

// checkSum compares want with the CRC-32C of body without its vectors,
// whose place the header gives.
func checkSum(body []byte, want uint32) error {
	from, to, err := vectorRange(body)
	if err != nil {
		return fmt.Errorf("decode index cache: %w", err)
	}
	if crc32.Update(crc32.Checksum(body[:from], castagnoli), castagnoli, body[to:]) != want {
		return errors.New("decode index cache: checksum mismatch")
	}
	return nil
}

// vectorRange is where the vectors lie in body, read from the header.
func vectorRange(body []byte) (from, to int, err error) {
	d := &decoder{Records: mapfile.Records{B: body, Off: len(cacheMagic)}}
	d.Next(d.count()) // embedder
	d.Next(d.count()) // analyzer
	n, dim := d.count(), d.count()
	d.Next(n * len(textKey{}))
	d.Next(padding(d.Off))
	from = d.Off
	if n*dim > maxCacheLen && d.Err == nil {
		d.Err = fmt.Errorf("%d floats too many", n*dim)
	}
	d.Next(4 * n * dim)
	return from, d.Off, d.Err
}

// unitTolerance is how far from 1 the length of a cached vector may be:
// float32 rounding of a normalised vector stays far inside it.
const unitTolerance = 1e-3

// checkVectors checks that the cached vectors can be searched together:
// finite values, unit length (one dimension holds by the layout). A cache
// written by another build or damaged on disk fails, and is rebuilt
// rather than failing every question.
func checkVectors(vectors [][]float32) error {
	errs := make([]error, runtime.GOMAXPROCS(0))
	shares.Run(len(vectors), checkShare, func(w, from, to int) {
		for i, v := range vectors[from:to] {
			if err := checkUnit(v); err != nil {
				errs[w] = fmt.Errorf("index cache vector %d: %w", from+i, err)
				return
			}
		}
	})
	for _, err := range errs { // the first bad vector's
		if err != nil {
			return err
		}
	}
	return nil
}

// checkShare is the fewest vectors a goroutine of checkVectors checks.
const checkShare = 4096

// checkUnit checks that v is finite and of unit length. A value that is
// not finite makes the sum of squares infinite or NaN, so one test of the
// sum covers them all; four sums keep the processor's adders busy.
func checkUnit(v []float32) error {
	var s0, s1, s2, s3 float64
	i := 0
	for ; i+4 <= len(v); i += 4 {
		x0, x1, x2, x3 := float64(v[i]), float64(v[i+1]), float64(v[i+2]), float64(v[i+3])
		s0, s1, s2, s3 = s0+x0*x0, s1+x1*x1, s2+x2*x2, s3+x3*x3
	}
	for ; i < len(v); i++ {
		s0 += float64(v[i]) * float64(v[i])
	}
	sum := s0 + s1 + s2 + s3
	if math.IsNaN(sum) || math.IsInf(sum, 0) {
		return fmt.Errorf("%w: not finite", ErrBadVector)
	}
	if len(v) == 0 || math.Abs(math.Sqrt(sum)-1) > unitTolerance {
		return fmt.Errorf("%w: length %.4f, want 1", ErrBadVector, math.Sqrt(sum))
	}
	return nil
}
