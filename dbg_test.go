package policy_test
import ("testing";"os";"github.com/gopolicy/policy/render";"golang.org/x/text/language")
func TestDbgRender(t *testing.T){ for _, rp := range allRealPolicies(){ if rp.name != os.Getenv("RP") {continue}; lang:=language.English; if os.Getenv("RU")!="" {lang=language.Russian}; d,err := render.Compose(rp.policy, render.Options{Language: lang}); if err!=nil {t.Fatal(err)}; render.WriteText(os.Stdout, d, render.TextOptions{}) } }
