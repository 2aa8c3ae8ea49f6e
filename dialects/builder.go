package dialects

import (
	"fmt"
	"strings"

	"github.com/datamove/datamove/ir"
	"github.com/datamove/datamove/schema"
)

// Bind is one bind placeholder of a statement, in placeholder order.
type Bind struct {
	Name string // "@tenant_id" for a parameter, or lo_open, lo.<col>, hi_open, hi.<col>, batch_size
	Type string // the parameter's declared type, or the column type the value must have
}

// Builder assembles one statement. Errors are collected, not thrown: a renderer that cannot
// express something records it and goes on, and the caller reports them all.
type Builder struct {
	D      Dialect
	Params map[string]*ir.Param
	buf    strings.Builder
	Binds  []Bind
	index  map[string]int
	Errs   []error
	// Overrides selects per-dialect override SQL for mappings; set by the statement assembler.
	indent  int
	tooLong bool // passed MaxStatement: nothing more is written
}

// NewBuilder starts a statement for a dialect, knowing the plan's parameters.
func NewBuilder(d Dialect, params []*ir.Param) *Builder {
	b := &Builder{D: d, Params: map[string]*ir.Param{}, index: map[string]int{}}
	for _, p := range params {
		b.Params[p.Name] = p
	}
	return b
}

// String returns the SQL text built so far.
func (b *Builder) String() string { return b.buf.String() }

// W writes raw SQL text: keywords and punctuation, never user input. A minus sign is never
// written right after another (a minus followed by a negative number), which SQL reads as the
// start of a comment.
func (b *Builder) W(parts ...string) *Builder {
	if b.tooLong {
		return b
	}
	for _, p := range parts {
		if strings.HasPrefix(p, "-") && strings.HasSuffix(b.buf.String(), "-") {
			b.buf.WriteByte(' ')
		}
		b.buf.WriteString(p)
	}
	if b.buf.Len() > MaxStatement {
		b.tooLong = true
		b.Errorf("the statement passes %d bytes: an expression nests functions whose rendering repeats an argument (CONVERT_TZ, SUBSTRING with a computed position, the text of a float, …) too deeply; split or simplify it", MaxStatement)
	}
	return b
}

// MaxStatement is the longest statement a Builder writes. Some renderings test a value and then
// use it, printing it twice or more, so their size grows exponentially with nesting; past this
// size the Builder stops writing (and stops walking expressions) and records an error.
const MaxStatement = 1 << 20

// TooLong reports whether the statement passed MaxStatement and was abandoned.
func (b *Builder) TooLong() bool { return b.tooLong }

// NL starts a new line at the current indentation.
func (b *Builder) NL() *Builder {
	b.buf.WriteByte('\n')
	b.buf.WriteString(strings.Repeat("  ", b.indent))
	return b
}

// Indent runs fn with one more level of indentation for the lines it starts.
func (b *Builder) Indent(fn func()) {
	b.indent++
	fn()
	b.indent--
}

// Ident writes a quoted identifier.
func (b *Builder) Ident(name string) *Builder { return b.W(b.D.QuoteIdent(name)) }

// Col writes alias.column, both quoted.
func (b *Builder) Col(alias, name string) *Builder {
	if alias != "" {
		b.Ident(alias).W(".")
	}
	return b.Ident(name)
}

// Table writes a schema-qualified table name, with an alias when one is given.
func (b *Builder) Table(t ir.TableName, alias string) *Builder {
	if t.Schema != "" {
		b.Ident(t.Schema).W(".")
	}
	b.Ident(t.Name)
	if alias != "" {
		b.W(" AS ").Ident(alias)
	}
	return b
}

// Str writes a string literal.
func (b *Builder) Str(s string) *Builder { return b.W(b.D.QuoteString(s)) }

// Bind writes the placeholder for a named value; t tells a dialect that casts binds what type to
// give it. In a dialect that reuses placeholders, one name gets one number.
func (b *Builder) Bind(name, declared string, t schema.Type) *Builder {
	if b.D.ReusesPlaceholders() {
		if n, ok := b.index[name]; ok {
			return b.W(b.D.BindCast(b.D.Placeholder(n), t))
		}
	}
	b.Binds = append(b.Binds, Bind{Name: name, Type: declared})
	n := len(b.Binds)
	b.index[name] = n
	return b.W(b.D.BindCast(b.D.Placeholder(n), t))
}

// List writes n items separated by sep.
func (b *Builder) List(n int, sep string, item func(i int)) *Builder {
	for i := 0; i < n; i++ {
		if i > 0 {
			b.W(sep)
		}
		item(i)
	}
	return b
}

// Wrapped writes n items separated by commas, starting a new line (indented by two spaces more)
// before an item when the current line already passes width bytes.
func (b *Builder) Wrapped(n, width int, item func(i int)) *Builder {
	for i := 0; i < n; i++ {
		if i > 0 {
			b.W(",")
			s := b.buf.String()
			if len(s)-strings.LastIndexByte(s, '\n')-1 > width {
				b.NL().W("  ")
			} else {
				b.W(" ")
			}
		}
		item(i)
	}
	return b
}

// Lines prints parts each on a line of its own, indented, separated by sep (for long lists such
// as a checksum's row text).
func (b *Builder) Lines(parts []func(), sep string) *Builder {
	b.Indent(func() {
		b.Indent(func() {
			b.NL().List(len(parts), sep, func(i int) {
				if i > 0 {
					b.NL()
				}
				parts[i]()
			})
		})
	})
	return b
}

// Errorf records a rendering problem.
func (b *Builder) Errorf(format string, args ...any) {
	b.Errs = append(b.Errs, fmt.Errorf(format, args...))
}

// ParamType is the portable type a parameter of a declared type binds as.
func ParamType(declared string) schema.Type {
	switch declared {
	case "number":
		return schema.Type{Kind: schema.KindDecimal}
	case "bool":
		return schema.Type{Kind: schema.KindBool}
	case "timestamp":
		return schema.Type{Kind: schema.KindTimestamp, FSP: 6}
	}
	return schema.Type{Kind: schema.KindText}
}

// BindKind widens a column type to the type a bind compared with it should have: the same kind
// without length, precision or scale, so the comparison is exact and stays index-friendly.
func BindKind(t schema.Type) schema.Type {
	switch t.Kind {
	case schema.KindInt:
		return schema.Type{Kind: schema.KindInt, Bits: 64}
	case schema.KindDecimal:
		return schema.Type{Kind: schema.KindDecimal}
	case schema.KindText, schema.KindEnum:
		if t.Fixed {
			// A fixed-length column compares as one: PostgreSQL would compare a character(n)
			// column with a text value as text, without its padding (and without its index), so
			// that the padded value the column itself returns ('ab ') would not equal it.
			return schema.Type{Kind: schema.KindText, Fixed: true}
		}
		return schema.Type{Kind: schema.KindText}
	case schema.KindBytes:
		return schema.Type{Kind: schema.KindBytes}
	case schema.KindTime, schema.KindTimestamp, schema.KindTimestampTZ:
		return schema.Type{Kind: t.Kind, FSP: 6}
	}
	return t
}
