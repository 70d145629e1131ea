package corpus

// Problem is an error so Parse can return one.
var _ error = Problem{}

// Problem reports a file that could not be loaded (Skipped) or that loaded
// with a warning (not Skipped), such as an unknown front matter key.
type Problem struct {
	Path    string // path of the file as found on disk
	Reason  string // what is wrong, e.g. "not valid UTF-8"
	Skipped bool   // true when the file was not loaded
	// Duplicate is true when the file was skipped because another file
	// holds the same article (same ID or same text): the operator's
	// choice, not a broken file.
	Duplicate bool
}

// Error names the file and the reason, e.g.
// "corpus/x.txt: not valid UTF-8 (skipped)".
func (p Problem) Error() string {
	s := p.Path + ": " + p.Reason
	if p.Skipped {
		s += " (skipped)"
	}
	return s
}

// skip returns a Problem for a file that is not loaded.
func skip(path, reason string) Problem {
	return Problem{Path: path, Reason: reason, Skipped: true}
}

// duplicate returns a Problem for a file skipped as a copy of another.
func duplicate(path, reason string) Problem {
	return Problem{Path: path, Reason: reason, Skipped: true, Duplicate: true}
}

// warn returns a Problem for a file that loads despite it.
func warn(path, reason string) Problem {
	return Problem{Path: path, Reason: reason}
}

// Files counts the distinct files that problems are about: one file can
// have several (two unknown front matter keys).
func Files(problems []Problem) int {
	seen := map[string]bool{}
	for _, p := range problems {
		seen[p.Path] = true
	}
	return len(seen)
}
