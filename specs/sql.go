package specs

import (
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// SQL is a string of SQL written in a spec, with the source position of each of its bytes.
type SQL struct {
	Text  string
	Range hcl.Range // the whole attribute value, quotes included
	pos   []hcl.Pos // pos[i] is where byte i of Text was written; pos[len(Text)] is the end
}

// Pos returns the spec position of byte offset off of Text.
func (s *SQL) Pos(off int) hcl.Pos {
	if len(s.pos) == 0 {
		return s.Range.Start
	}
	off = max(0, min(off, len(s.pos)-1))
	return s.pos[off]
}

// RangeAt returns a range covering n bytes of Text from offset off (at least one character).
func (s *SQL) RangeAt(off, n int) hcl.Range {
	start := s.Pos(off)
	end := s.Pos(off + max(n, 1))
	if end.Byte <= start.Byte {
		end = hcl.Pos{Line: start.Line, Column: start.Column + 1, Byte: start.Byte + 1}
	}
	return hcl.Range{Filename: s.Range.Filename, Start: start, End: end}
}

// newSQL builds a SQL value from an attribute holding a literal string, aligning the decoded
// text with the raw source so each byte knows its position.
func newSQL(text string, expr hcl.Expression, src []byte) *SQL {
	s := &SQL{Text: text, Range: expr.Range()}
	r := expr.Range()
	if src == nil || r.End.Byte > len(src) || r.Start.Byte >= r.End.Byte {
		return s
	}
	raw := src[r.Start.Byte:r.End.Byte]
	pos := r.Start
	i := 0
	quoted := false
	if tpl, ok := expr.(*hclsyntax.TemplateExpr); ok && len(raw) > 0 && raw[0] == '"' {
		_ = tpl
		quoted = true
		pos, i = advance(pos, raw, 0, 1)
	} else if len(raw) > 1 && raw[0] == '<' && raw[1] == '<' {
		nl := strings.IndexByte(string(raw), '\n')
		if nl < 0 {
			return s
		}
		pos, i = advance(pos, raw, 0, nl+1)
	} else {
		return s
	}
	s.pos = make([]hcl.Pos, 0, len(text)+1)
	k := 0
	for k < len(text) && i < len(raw) {
		if !quoted && raw[i-1] == '\n' && (k == 0 || text[k-1] == '\n') {
			// A heredoc line: skip the indentation <<- stripped, keep the rest aligned.
			if strip := indent(raw[i:]) - indent([]byte(text[k:])); strip > 0 {
				pos, i = advance(pos, raw, i, strip)
			}
		}
		if quoted && raw[i] == '\\' && i+1 < len(raw) {
			n := escapeLen(raw[i:])
			decodedLen := escapeDecodedLen(raw[i:i+n], text[k:])
			for j := 0; j < decodedLen && k < len(text); j++ {
				s.pos = append(s.pos, pos)
				k++
			}
			pos, i = advance(pos, raw, i, n)
			continue
		}
		if raw[i] == text[k] {
			// One character: every byte of it is at its position, and it is one column wide.
			_, n := utf8.DecodeRune(raw[i:])
			if i+n > len(raw) || k+n > len(text) || string(raw[i:i+n]) != text[k:k+n] {
				n = 1
			}
			for range n {
				s.pos = append(s.pos, pos)
			}
			k += n
			pos, i = advance(pos, raw, i, n)
			continue
		}
		pos, i = advance(pos, raw, i, 1) // a raw byte with no decoded counterpart ($$, indentation)
	}
	for k < len(text) { // alignment lost: point the rest at the last known position
		s.pos = append(s.pos, pos)
		k++
	}
	s.pos = append(s.pos, pos)
	return s
}

// indent is the number of spaces and tabs that start b.
func indent(b []byte) int {
	n := 0
	for n < len(b) && (b[n] == ' ' || b[n] == '\t') {
		n++
	}
	return n
}

// advance moves n bytes forward from raw[i], tracking line and column (columns count characters).
func advance(p hcl.Pos, raw []byte, i, n int) (hcl.Pos, int) {
	end := min(i+n, len(raw))
	for i < end {
		if raw[i] == '\n' {
			p.Line++
			p.Column = 1
			p.Byte++
			i++
			continue
		}
		_, size := utf8.DecodeRune(raw[i:])
		if i+size > end && size > 1 {
			size = end - i
		}
		p.Column++
		p.Byte += size
		i += size
	}
	return p, i
}

// escapeLen is the length of the escape sequence at the start of raw (which starts with '\').
func escapeLen(raw []byte) int {
	switch raw[1] {
	case 'u':
		return min(6, len(raw))
	case 'U':
		return min(10, len(raw))
	}
	return 2
}

// escapeDecodedLen is how many bytes of decoded text one escape sequence produced.
func escapeDecodedLen(esc []byte, rest string) int {
	if esc[1] == 'u' || esc[1] == 'U' {
		if _, size := utf8.DecodeRuneInString(rest); size > 0 {
			return size
		}
	}
	return 1
}
