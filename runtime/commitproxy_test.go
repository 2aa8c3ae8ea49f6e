package runtime_test

// commitProxy is a TCP proxy for tests, put between the runtime and a database server: it
// forwards bytes both ways, parsing the client's messages by their framing (PostgreSQL: a type
// byte and an int32 length after the untyped startup messages; MySQL: a 3-byte length and a
// sequence byte), and on the COMMITs its decide function picks, it cuts the connection at the
// instant that makes the outcome unknown to the client:
//
//   - cutBefore: the COMMIT is dropped and both connections are closed: the server sees the
//     connection end inside the transaction and rolls it back.
//   - cutAfter: the COMMIT is forwarded to the server and the client's connection is closed at
//     once; the proxy then reads the server's reply to learn the true outcome, relays none of it
//     and closes the server's connection. The client's settling races the server's commit.
//   - cutLate: as cutAfter, but the client's connection is closed first and the COMMIT reaches
//     the server a moment later (the proxy's late delay): a COMMIT still in flight, or a server
//     slow to commit (an fsync stall, a synchronous standby), when the client gives up. The
//     client's settling, if it only reads, runs before the server commits.
//
// A COMMIT is a PostgreSQL simple Query ('Q') or Parse ('P') message whose text is COMMIT or END
// (pgx's Tx.Commit sends the simple query "commit"), or a MySQL COM_QUERY (0x03) starting a
// command (sequence 0) whose text is COMMIT (go-sql-driver's Tx.Commit sends "COMMIT").

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

type cutKind int

const (
	noCut     cutKind = iota
	cutBefore         // the COMMIT never reaches the server
	cutAfter          // the COMMIT reaches the server, its reply never reaches the client
	cutLate           // the client is cut, then the COMMIT reaches the server
)

func (k cutKind) String() string {
	switch k {
	case cutBefore:
		return "before-commit"
	case cutAfter:
		return "after-commit"
	case cutLate:
		return "late-commit"
	}
	return "none"
}

// cutRecord is one cut COMMIT and what the server did with it.
type cutRecord struct {
	n       int // the COMMIT's number among those the proxy saw, from 1
	kind    cutKind
	outcome string // "not sent" (cutBefore); for cutAfter the server's reply: "committed", "rolled back", "error: …", "no reply: …"
	done    chan struct{}
}

// commitProxy listens on 127.0.0.1 and forwards each connection to upstream.
type commitProxy struct {
	proto    string // "postgres" or "mysql"
	upstream string
	ln       net.Listener
	decide   func(n int) cutKind // called for every COMMIT, n counting from 1
	late     time.Duration       // cutLate: from the client's cut to the COMMIT's forwarding

	mu      sync.Mutex
	commits int
	cuts    []*cutRecord
	seen    map[string]int // client messages by kind, for the log
	errs    []string       // protocol trouble: the test fails on it
	conns   map[net.Conn]struct{}
	wg      sync.WaitGroup
}

func startCommitProxy(proto, upstream string, late time.Duration, decide func(int) cutKind) (*commitProxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &commitProxy{proto: proto, upstream: upstream, ln: ln, decide: decide, late: late, seen: map[string]int{},
		conns: map[net.Conn]struct{}{}}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			p.wg.Add(1)
			go func() {
				defer p.wg.Done()
				p.serve(c)
			}()
		}
	}()
	return p, nil
}

func (p *commitProxy) addr() string { return p.ln.Addr().String() }

// close stops listening, closes every connection still open and waits for the relays.
func (p *commitProxy) close() {
	p.ln.Close()
	p.mu.Lock()
	for c := range p.conns {
		c.Close()
	}
	p.mu.Unlock()
	p.wg.Wait()
}

func (p *commitProxy) track(c net.Conn, add bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if add {
		p.conns[c] = struct{}{}
	} else {
		delete(p.conns, c)
	}
}

func (p *commitProxy) fail(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.errs = append(p.errs, fmt.Sprintf(format, args...))
}

func (p *commitProxy) count(kind string) {
	p.mu.Lock()
	p.seen[kind]++
	p.mu.Unlock()
}

// commit numbers a COMMIT and asks decide whether to cut it; a cut is recorded.
func (p *commitProxy) commit() *cutRecord {
	p.mu.Lock()
	p.commits++
	n := p.commits
	p.mu.Unlock()
	kind := p.decide(n) // outside the lock: decide may take its own
	if kind == noCut {
		return nil
	}
	rec := &cutRecord{n: n, kind: kind, done: make(chan struct{})}
	p.mu.Lock()
	p.cuts = append(p.cuts, rec)
	p.mu.Unlock()
	return rec
}

// report returns the COMMITs seen, the cuts (each once its outcome is known, waiting up to
// timeout), the client messages seen by kind and any protocol trouble.
func (p *commitProxy) report(timeout time.Duration) (int, []cutRecord, string, []string) {
	p.mu.Lock()
	cuts := append([]*cutRecord(nil), p.cuts...)
	p.mu.Unlock()
	deadline := time.After(timeout)
	var out []cutRecord
	for _, c := range cuts {
		select {
		case <-c.done:
			out = append(out, *c)
		case <-deadline:
			r := *c
			r.outcome = "unknown: the proxy never learned it"
			out = append(out, r)
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	var kinds []string
	for k, n := range p.seen {
		kinds = append(kinds, fmt.Sprintf("%s×%d", k, n))
	}
	sort.Strings(kinds)
	return p.commits, out, strings.Join(kinds, " "), append([]string(nil), p.errs...)
}

// proxyConn is one client connection and its server connection.
type proxyConn struct {
	p              *commitProxy
	client, server net.Conn
	rawReplies     atomic.Int32 // PostgreSQL: single-byte replies to SSL/GSS requests expected
	swallow        atomic.Pointer[cutRecord]
	once           sync.Once
}

func (p *commitProxy) serve(client net.Conn) {
	server, err := net.DialTimeout("tcp", p.upstream, 10*time.Second)
	if err != nil {
		client.Close()
		p.fail("dial %s: %v", p.upstream, err)
		return
	}
	p.track(client, true)
	p.track(server, true)
	defer func() {
		client.Close()
		server.Close()
		p.track(client, false)
		p.track(server, false)
	}()
	c := &proxyConn{p: p, client: client, server: server}
	done := make(chan struct{})
	go func() {
		defer close(done)
		c.fromServer()
	}()
	c.fromClient()
	<-done
}

// fromClient relays the client's messages to the server, cutting where decide says.
func (c *proxyConn) fromClient() {
	defer func() {
		if c.swallow.Load() == nil {
			c.server.Close() // the client is gone: so is the server connection
		}
	}()
	r := bufio.NewReaderSize(c.client, 64<<10)
	w := bufio.NewWriterSize(c.server, 64<<10)
	startup := c.p.proto == "postgres"
	for {
		var msg []byte
		var err error
		isCommit := false
		if c.p.proto == "postgres" {
			if startup {
				msg, err = readPGStartup(r)
				if err == nil {
					switch code := binary.BigEndian.Uint32(msg[4:8]); code {
					case 80877103, 80877104: // SSLRequest, GSSENCRequest: one byte comes back, still untyped
						c.rawReplies.Add(1)
						c.p.count("startup:ssl/gss-request")
					case 80877102:
						c.p.count("startup:cancel")
					default:
						c.p.count("startup")
						startup = false
					}
				}
			} else {
				msg, err = readPGMessage(r)
				if err == nil {
					c.p.count("pg:" + string(msg[0]))
					isCommit = pgIsCommit(msg)
				}
			}
		} else {
			msg, err = readMyPacket(r)
			if err == nil {
				if msg[3] == 0 && len(msg) > 4 {
					c.p.count(fmt.Sprintf("my:cmd 0x%02x", msg[4]))
				}
				isCommit = myIsCommit(msg)
			}
		}
		if err != nil {
			return
		}
		if isCommit {
			c.p.count("COMMIT")
			if rec := c.p.commit(); rec != nil {
				c.cut(rec, w, msg)
				return
			}
		}
		if _, err := w.Write(msg); err != nil {
			return
		}
		if r.Buffered() == 0 {
			if err := w.Flush(); err != nil {
				return
			}
		}
	}
}

// cut carries out a cut on the COMMIT message msg.
func (c *proxyConn) cut(rec *cutRecord, w *bufio.Writer, msg []byte) {
	if rec.kind == cutBefore {
		// Nothing of the COMMIT reaches the server (w holds no unflushed bytes: the client waited
		// for the reply to its previous message). The server sees the end of the connection inside
		// the transaction.
		c.server.Close()
		c.client.Close()
		rec.outcome = "not sent"
		close(rec.done)
		return
	}
	// cutAfter, cutLate: fromServer reads the reply for rec and drops it.
	c.swallow.Store(rec)
	if rec.kind == cutLate {
		c.client.Close()
		time.Sleep(c.p.late)
	}
	_, err := w.Write(msg)
	if err == nil {
		err = w.Flush()
	}
	c.client.Close() // the client learns nothing of the COMMIT's fate
	if err != nil {
		c.finish(rec, "no reply: the COMMIT could not be forwarded: "+err.Error())
	}
}

// finish records a cutAfter's outcome once and closes the server connection.
func (c *proxyConn) finish(rec *cutRecord, outcome string) {
	c.once.Do(func() {
		rec.outcome = outcome
		close(rec.done)
		c.server.Close()
	})
}

// fromServer relays the server's messages to the client; after a cutAfter it reads the reply to
// the COMMIT instead, to record the outcome, and relays nothing.
func (c *proxyConn) fromServer() {
	r := bufio.NewReaderSize(c.server, 64<<10)
	w := bufio.NewWriterSize(c.client, 64<<10)
	defer func() {
		if rec := c.swallow.Load(); rec != nil {
			c.finish(rec, "no reply: the server connection ended")
		}
		c.client.Close()
	}()
	var tag string // PostgreSQL: the CommandComplete tag of the swallowed reply
	for {
		first, err := r.ReadByte()
		if err != nil {
			return
		}
		var msg []byte
		if c.p.proto == "postgres" {
			if c.rawReplies.Load() > 0 {
				c.rawReplies.Add(-1)
				if first != 'N' {
					c.p.fail("the server accepted an SSL/GSS request (%q): the proxy cannot read encrypted traffic; use sslmode=disable", first)
					return
				}
				msg = []byte{first}
			} else {
				_ = r.UnreadByte()
				msg, err = readPGMessage(r)
			}
		} else {
			_ = r.UnreadByte()
			msg, err = readMyPacket(r)
		}
		if err != nil {
			return
		}
		if rec := c.swallow.Load(); rec != nil {
			// The reply to the cut COMMIT: read, never relayed. No reply can be due before it,
			// as the client sent the COMMIT after reading the reply to its previous message.
			c.server.SetReadDeadline(time.Now().Add(30 * time.Second))
			if c.p.proto == "postgres" {
				switch msg[0] {
				case 'C':
					tag = strings.TrimRight(string(msg[5:]), "\x00")
				case 'E':
					tag = "error: " + pgErrorText(msg)
				case 'Z':
					switch tag {
					case "COMMIT":
						c.finish(rec, "committed")
					case "ROLLBACK":
						c.finish(rec, "rolled back")
					default:
						c.finish(rec, tag)
					}
					return
				}
				continue
			}
			switch {
			case len(msg) > 4 && msg[4] == 0x00:
				c.finish(rec, "committed")
			case len(msg) > 4 && msg[4] == 0xff:
				c.finish(rec, "error: "+string(msg[min(len(msg), 13):]))
			default:
				c.finish(rec, fmt.Sprintf("unexpected reply 0x%x", msg[4:min(len(msg), 8)]))
			}
			return
		}
		if _, err := w.Write(msg); err != nil {
			return
		}
		if r.Buffered() == 0 {
			if err := w.Flush(); err != nil {
				return
			}
		}
	}
}

// readPGStartup reads an untyped startup-phase message: int32 length (itself included), body.
func readPGStartup(r *bufio.Reader) ([]byte, error) {
	var head [4]byte
	if _, err := io.ReadFull(r, head[:]); err != nil {
		return nil, err
	}
	n := binary.BigEndian.Uint32(head[:])
	if n < 8 || n > 10000 {
		return nil, fmt.Errorf("startup message of %d bytes", n)
	}
	msg := make([]byte, n)
	copy(msg, head[:])
	_, err := io.ReadFull(r, msg[4:])
	return msg, err
}

// readPGMessage reads a typed message: type byte, int32 length (itself included, not the type
// byte), body.
func readPGMessage(r *bufio.Reader) ([]byte, error) {
	var head [5]byte
	if _, err := io.ReadFull(r, head[:]); err != nil {
		return nil, err
	}
	n := binary.BigEndian.Uint32(head[1:])
	if n < 4 || n > 1<<30 {
		return nil, fmt.Errorf("message %q of length %d", head[0], n)
	}
	msg := make([]byte, 1+n)
	copy(msg, head[:])
	_, err := io.ReadFull(r, msg[5:])
	return msg, err
}

// readMyPacket reads a MySQL packet: 3-byte little-endian payload length, sequence byte, payload.
func readMyPacket(r *bufio.Reader) ([]byte, error) {
	var head [4]byte
	if _, err := io.ReadFull(r, head[:]); err != nil {
		return nil, err
	}
	n := int(head[0]) | int(head[1])<<8 | int(head[2])<<16
	msg := make([]byte, 4+n)
	copy(msg, head[:])
	_, err := io.ReadFull(r, msg[4:])
	return msg, err
}

// isCommitText reports a statement that commits the open transaction, nothing else.
func isCommitText(s string, pg bool) bool {
	f := strings.Fields(strings.ToLower(strings.TrimRight(strings.TrimSpace(s), "; \t\r\n")))
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	if len(f) == 2 && f[1] != "work" && f[1] != "transaction" {
		return false
	}
	return f[0] == "commit" || pg && f[0] == "end"
}

// pgIsCommit: a simple Query whose text is a COMMIT, or a Parse of one (extended protocol).
func pgIsCommit(msg []byte) bool {
	body := msg[5:]
	switch msg[0] {
	case 'Q':
		return isCommitText(cString(body), true)
	case 'P':
		name := cString(body)
		if len(body) <= len(name) {
			return false
		}
		return isCommitText(cString(body[len(name)+1:]), true)
	}
	return false
}

// myIsCommit: a COM_QUERY that starts a command (sequence 0; LOAD DATA LOCAL's file packets and
// the handshake have others) whose text is a COMMIT.
func myIsCommit(msg []byte) bool {
	return len(msg) > 5 && msg[3] == 0 && msg[4] == 0x03 && isCommitText(string(msg[5:]), false)
}

func cString(b []byte) string {
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}

// pgErrorText reads the message field ('M') of an ErrorResponse.
func pgErrorText(msg []byte) string {
	b := msg[5:]
	for len(b) > 1 && b[0] != 0 {
		code := b[0]
		v := cString(b[1:])
		if code == 'M' {
			return v
		}
		b = b[1+len(v)+1:]
	}
	return "(no message)"
}

// TestCommitProxyDetects checks the proxy's COMMIT detection on hand-made messages.
func TestCommitProxyDetects(t *testing.T) {
	pg := func(typ byte, body string) []byte {
		msg := []byte{typ, 0, 0, 0, 0}
		binary.BigEndian.PutUint32(msg[1:], uint32(4+len(body)))
		return append(msg, body...)
	}
	my := func(seq byte, payload string) []byte {
		n := len(payload)
		return append([]byte{byte(n), byte(n >> 8), byte(n >> 16), seq}, payload...)
	}
	for _, c := range []struct {
		what string
		msg  []byte
		pg   bool
		want bool
	}{
		{"pgx's Tx.Commit", pg('Q', "commit\x00"), true, true},
		{"COMMIT; in capitals", pg('Q', " COMMIT ;\x00"), true, true},
		{"END", pg('Q', "end\x00"), true, true},
		{"COMMIT WORK", pg('Q', "commit work\x00"), true, true},
		{"Parse of a COMMIT", pg('P', "\x00commit\x00\x00\x00"), true, true},
		{"a query mentioning commit", pg('Q', "SELECT 'commit'\x00"), true, false},
		{"COMMIT AND CHAIN", pg('Q', "commit and chain\x00"), true, false},
		{"COPY data that reads commit", pg('d', "commit\x00"), true, false},
		{"ROLLBACK", pg('Q', "rollback\x00"), true, false},
		{"go-sql-driver's Tx.Commit", my(0, "\x03COMMIT"), false, true},
		{"LOAD DATA LOCAL file data", my(2, "\x03COMMIT"), false, false},
		{"COM_STMT_PREPARE", my(0, "\x16COMMIT"), false, false},
		{"an INSERT", my(0, "\x03INSERT INTO t VALUES ('COMMIT')"), false, false},
		{"END is no MySQL COMMIT", my(0, "\x03END"), false, false},
	} {
		var got bool
		if c.pg {
			m, err := readPGMessage(bufio.NewReader(strings.NewReader(string(c.msg))))
			if err != nil {
				t.Fatalf("%s: %v", c.what, err)
			}
			got = pgIsCommit(m)
		} else {
			m, err := readMyPacket(bufio.NewReader(strings.NewReader(string(c.msg))))
			if err != nil {
				t.Fatalf("%s: %v", c.what, err)
			}
			got = myIsCommit(m)
		}
		if got != c.want {
			t.Errorf("%s: COMMIT %v, want %v", c.what, got, c.want)
		}
	}
}
