// Command datamove compiles declarative data-migration specs into reviewable SQL plans.
package main

import (
	"os"

	"github.com/datamove/datamove/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
