// Lists the exported API of Go's syscall package for the target GOOS/GOARCH
// (run with GOOS=linux GOARCH=amd64): one JSON object with the exported
// functions, the exported types, and the exported methods as "Type.Method".
// test/api.test.ts compares it with this package's exports.
package main

import (
	"encoding/json"
	"go/importer"
	"go/token"
	"go/types"
	"os"
	"sort"
)

func main() {
	pkg, err := importer.ForCompiler(token.NewFileSet(), "source", nil).Import("syscall")
	if err != nil {
		panic(err)
	}
	out := map[string][]string{"funcs": {}, "types": {}, "methods": {}, "consts": {}, "vars": {}}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		switch o := obj.(type) {
		case *types.Func:
			out["funcs"] = append(out["funcs"], name)
		case *types.Const:
			out["consts"] = append(out["consts"], name)
		case *types.Var:
			out["vars"] = append(out["vars"], name)
		case *types.TypeName:
			out["types"] = append(out["types"], name)
			for _, t := range []types.Type{o.Type(), types.NewPointer(o.Type())} {
				ms := types.NewMethodSet(t)
				for i := 0; i < ms.Len(); i++ {
					m := ms.At(i).Obj()
					if m.Exported() && ms.At(i).Kind() == types.MethodVal {
						if _, isStruct := o.Type().Underlying().(*types.Interface); !isStruct {
							out["methods"] = append(out["methods"], name+"."+m.Name())
						}
					}
				}
			}
		}
	}
	for k := range out {
		sort.Strings(out[k])
		out[k] = dedupe(out[k])
	}
	json.NewEncoder(os.Stdout).Encode(out)
}

func dedupe(s []string) []string {
	r := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			r = append(r, v)
		}
	}
	return r
}
