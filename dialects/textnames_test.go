package dialects

import (
	"reflect"
	"testing"

	"github.com/datamove/datamove/ir"
)

// The subquery of canonical texts holds the source key beside the texts: their names never meet
// a key column's, whatever its case.
func TestTextNamesKeepClearOfTheKey(t *testing.T) {
	step := func(keys ...string) *ir.Step {
		st := &ir.Step{}
		for _, k := range keys {
			st.SourceKey = append(st.SourceKey, ir.Column{Name: k})
		}
		return st
	}
	for _, c := range []struct {
		keys []string
		want []string
	}{
		{[]string{"id"}, []string{"text_1", "text_2"}},
		{[]string{"tenant", "Text_2"}, []string{"_text_1", "_text_2"}},
		{[]string{"text_9", "_text_"}, []string{"__text_1", "__text_2"}},
	} {
		if got := textNames(step(c.keys...), 2); !reflect.DeepEqual(got, c.want) {
			t.Errorf("key %v: got %v, want %v", c.keys, got, c.want)
		}
	}
}
