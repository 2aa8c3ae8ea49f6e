package runtime

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/jackc/pgx/v5"
)

// Two PostgreSQL servers: the batch's source rows go into the stage as PostgreSQL sent them. A
// value's binary wire form is also its form in a binary COPY, so the runtime need not decode each
// value into Go and encode it again: bench/run measured that round trip (numerics through
// math/big, timestamps, text) at 2.3 s of the runtime's CPU for 1M rows, on a machine whose two
// cores the servers on both ends need.

// rawSource is a session that can hand a result over undecoded.
type rawSource interface {
	// StreamRaw is Stream whose rows hold pgRaw values when every column came in binary form
	// and is of a built-in type, and decoded values otherwise.
	StreamRaw(ctx context.Context, sql string, args []any, each func(row []any) error) error
}

// pgRaw is one value as PostgreSQL sent it: binary form of the built-in type oid.
type pgRaw struct {
	oid  uint32
	null bool
	data []byte
}

// firstNormalOID: below it the types are built in and have one OID on every server.
const firstNormalOID = 16384

// sameInText are the types whose binary form is their text form (pgx asks for these in text
// form): name, json, bpchar, varchar, text; and jsonb, whose binary form is a version byte (1)
// before its text.
var sameInText = map[uint32]bool{19: true, 114: true, 1042: true, 1043: true, 25: true, jsonbOID: true}

const jsonbOID = 3802

func (s *pgSession) StreamRaw(ctx context.Context, sql string, args []any, each func([]any) error) error {
	rows, err := s.q().Query(ctx, sql, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	fds := rows.FieldDescriptions()
	prefix := make([][]byte, len(fds)) // what turns a text form into the binary form
	for i, fd := range fds {
		if fd.DataTypeOID == jsonbOID && fd.Format != pgx.BinaryFormatCode {
			prefix[i] = []byte{1}
		}
	}
	raw := true
	for _, fd := range fds {
		if fd.DataTypeOID >= firstNormalOID || fd.Format != pgx.BinaryFormatCode && !sameInText[fd.DataTypeOID] {
			raw = false
		}
	}
	for rows.Next() {
		var row []any
		if raw {
			vals := rows.RawValues()
			size := 0
			for i, v := range vals {
				size += len(prefix[i]) + len(v)
			}
			buf := make([]byte, 0, size) // one allocation per row: RawValues are reused by Next
			row = make([]any, len(vals))
			for i, v := range vals {
				start := len(buf)
				if v != nil {
					buf = append(append(buf, prefix[i]...), v...)
				}
				row[i] = pgRaw{oid: fds[i].DataTypeOID, null: v == nil, data: buf[start:len(buf):len(buf)]}
			}
		} else if row, err = rows.Values(); err != nil {
			return err
		}
		if err := each(row); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Load appends rows to a stage table inside the open transaction with a binary COPY: rows of
// pgRaw values go into the COPY stream as they are, when each stage column has the value's type;
// anything else is encoded by pgx.
func (s *pgSession) Load(ctx context.Context, table string, cols []string, next func() ([]any, bool, error)) (int64, error) {
	first, ok, err := next()
	if err != nil || !ok {
		return 0, err
	}
	raw := len(first) == len(cols)
	for _, v := range first {
		if _, ok := v.(pgRaw); !ok {
			raw = false
		}
	}
	if raw {
		if raw, err = s.stageTakes(ctx, table, cols, first); err != nil {
			return 0, err
		}
	}
	peeked := false
	again := func() ([]any, bool, error) {
		if !peeked {
			peeked = true
			return first, true, nil
		}
		return next()
	}
	if raw {
		return s.copyRaw(ctx, table, cols, again)
	}
	return s.loadValues(ctx, table, cols, func() ([]any, bool, error) {
		row, ok, err := again()
		if err != nil || !ok {
			return row, ok, err
		}
		return s.decode(row)
	})
}

// stageTakes reports whether the stage's columns have exactly the types of a raw row's values.
func (s *pgSession) stageTakes(ctx context.Context, table string, cols []string, row []any) (bool, error) {
	types, err := s.Query(ctx, "SELECT a.attname::text, a.atttypid::bigint FROM pg_catalog.pg_attribute AS a "+
		"WHERE a.attrelid = CAST($1 AS regclass) AND a.attnum > 0 AND NOT a.attisdropped",
		[]any{pgx.Identifier{table}.Sanitize()})
	if err != nil {
		return false, err
	}
	oids := map[string]int64{}
	for _, t := range types {
		oids[str(t[0])] = num(t[1])
	}
	for i, c := range cols {
		if oids[c] != int64(row[i].(pgRaw).oid) {
			return false, nil
		}
	}
	return true, nil
}

// decode turns a row's pgRaw values into Go values, for a stage whose types differ from the source's.
func (s *pgSession) decode(row []any) ([]any, bool, error) {
	m := s.c.TypeMap()
	out := make([]any, len(row))
	for i, v := range row {
		r, ok := v.(pgRaw)
		if !ok {
			out[i] = v
			continue
		}
		if r.null {
			continue
		}
		t, ok := m.TypeForOID(r.oid)
		if !ok {
			return nil, false, fmt.Errorf("loading the stage: no decoder for type oid %d", r.oid)
		}
		d, err := t.Codec.DecodeValue(m, r.oid, pgx.BinaryFormatCode, r.data)
		if err != nil {
			return nil, false, err
		}
		out[i] = d
	}
	return out, true, nil
}

// errCopyEnded stops the writer of a COPY stream when the COPY has ended.
var errCopyEnded = errors.New("COPY ended")

// copyRaw writes the rows as a binary COPY stream: a header, per row the field count and each
// field's length (-1 for NULL) and bytes, and a trailer.
func (s *pgSession) copyRaw(ctx context.Context, table string, cols []string, next func() ([]any, bool, error)) (int64, error) {
	pr, pw := io.Pipe()
	var srcErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		w := bufio.NewWriterSize(pw, 256<<10)
		fail := func(err error) {
			srcErr = err
			pw.CloseWithError(err)
		}
		hdr := append([]byte("PGCOPY\n\xff\r\n\x00"), 0, 0, 0, 0, 0, 0, 0, 0)
		if _, err := w.Write(hdr); err != nil {
			return
		}
		var b []byte
		for {
			row, ok, err := next()
			if err != nil {
				fail(err)
				return
			}
			if !ok {
				break
			}
			if len(row) != len(cols) {
				fail(fmt.Errorf("loading the stage: a row of %d values for %d columns", len(row), len(cols)))
				return
			}
			b = binary.BigEndian.AppendUint16(b[:0], uint16(len(row)))
			for _, v := range row {
				r, ok := v.(pgRaw)
				if !ok {
					fail(fmt.Errorf("loading the stage: a decoded value (%T) among raw ones", v))
					return
				}
				if r.null {
					b = binary.BigEndian.AppendUint32(b, 0xFFFFFFFF)
					continue
				}
				b = binary.BigEndian.AppendUint32(b, uint32(len(r.data)))
				b = append(b, r.data...)
			}
			if _, err := w.Write(b); err != nil {
				return // the COPY ended: its error is CopyFrom's
			}
		}
		if _, err := w.Write([]byte{0xFF, 0xFF}); err != nil {
			return
		}
		if err := w.Flush(); err != nil {
			return
		}
		pw.Close()
	}()
	quoted := make([]string, len(cols))
	for i, c := range cols {
		quoted[i] = pgx.Identifier{c}.Sanitize()
	}
	tag, err := s.c.PgConn().CopyFrom(ctx, pr,
		"COPY "+pgx.Identifier{table}.Sanitize()+" ("+strings.Join(quoted, ", ")+") FROM STDIN (FORMAT binary)")
	pr.CloseWithError(errCopyEnded)
	<-done
	if srcErr != nil {
		return tag.RowsAffected(), srcErr
	}
	return tag.RowsAffected(), err
}
