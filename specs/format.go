package specs

import "github.com/hashicorp/hcl/v2/hclwrite"

// Format returns src in canonical HCL layout (indentation, alignment of =, spacing).
func Format(src []byte) []byte { return hclwrite.Format(src) }
