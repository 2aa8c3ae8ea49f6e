package dialects

import (
	"sync"
	"time"
)

// Bounds of the wall-clock times CONVERT_TZ converts: MySQL and MariaDB convert only inside
// the range of their TIMESTAMP type (1970-01-01 00:00:01 to 2038-01-19 03:14:07 UTC) and give
// any other value back unchanged; a day of margin covers every zone's offset. Outside these
// bounds both renderings give NULL.
const (
	ConvertTZFrom = "1970-01-02 00:00:00"
	ConvertTZTo   = "2038-01-18 00:00:00"
)

// ZoneShifts reports whether an IANA time zone changes its UTC offset between ConvertTZFrom
// and ConvertTZTo (daylight saving time or a change of standard time), so that some wall-clock
// times are missing or repeated in it. A zone that does not (UTC, Etc/GMT-5, Asia/Kolkata) is
// converted without the checks such times need. An unknown zone counts as shifting.
func ZoneShifts(name string) bool {
	if v, ok := zoneShifts.Load(name); ok {
		return v.(bool)
	}
	v := zoneShiftsUncached(name)
	zoneShifts.Store(name, v)
	return v
}

var zoneShifts sync.Map // zone name → bool

func zoneShiftsUncached(name string) bool {
	loc, err := time.LoadLocation(name)
	if err != nil {
		return true
	}
	from, _ := time.Parse(time.DateTime, ConvertTZFrom)
	to, _ := time.Parse(time.DateTime, ConvertTZTo)
	_, end := from.In(loc).ZoneBounds()
	return !end.IsZero() && end.Before(to)
}
