package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestDeletionDestroyedUnder152FZ checks that a staged deletion whose last
// stage removes the data is stated as its destruction where the policy
// declares 152-FZ, as its retention clauses are (Art. 21(4)), in English
// and Russian, with 152-FZ as a source; and as removal where the last
// stage anonymises the data or keeps it in the trash, or where 152-FZ is
// not declared.
func TestDeletionDestroyedUnder152FZ(t *testing.T) {
	staged := func(laws []policy.Law, stages ...policy.Stage) *policy.Policy {
		p := smallPolicy()
		p.Laws = laws
		p.Deletion = []policy.Deletion{{From: policy.EventAccountClosure, Stages: stages, LegalHold: true}}
		return p
	}
	live := policy.Stage{Removal: policy.RemovalLive, Within: policy.Days(10)}
	backups := policy.Stage{Removal: policy.RemovalBackups, Within: policy.Days(20)}
	anonymised := policy.Stage{Removal: policy.RemovalAnonymised, Within: policy.Days(5)}
	for _, tt := range []struct {
		name       string
		p          *policy.Policy
		lang       language.Tag
		want, lack []string
	}{
		{"152-FZ, removed from backups", staged([]policy.Law{policy.FZ152}, live, backups), language.English,
			[]string{"we destroy your data in stages.", "In all, destruction takes no longer than 30 days.", "It is removed from our live systems within 10 days."},
			[]string{"we remove your data", "removal takes"}},
		{"152-FZ, in Russian", staged([]policy.Law{policy.FZ152}, live, backups), language.Russian,
			[]string{"мы поэтапно уничтожаем ваши данные.", "Общий срок уничтожения не превышает 30 дней.", "Данные удаляются из наших рабочих систем не позднее чем через 10 дней."},
			[]string{"поэтапно удаляем", "Общий срок удаления"}},
		{"152-FZ and the GDPR, one stage", staged([]policy.Law{policy.GDPR, policy.FZ152}, live), language.Russian,
			[]string{"мы уничтожаем ваши данные.", "срок уничтожения отсчитывается от его снятия."},
			[]string{"мы удаляем ваши данные", "срок удаления"}},
		{"152-FZ, anonymised at last", staged([]policy.Law{policy.FZ152}, live, anonymised), language.English,
			[]string{"we remove your data in stages.", "In all, removal takes no longer than 15 days."},
			[]string{"destroy your data", "destruction"}},
		{"the GDPR alone", staged([]policy.Law{policy.GDPR}, live, backups), language.English,
			[]string{"we remove your data in stages."},
			[]string{"destroy your data", "destruction"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			expectText(t, readText(t, tt.p, tt.lang), tt.want, tt.lack)
		})
	}
	// The clause names 152-FZ among its sources.
	d := mustCompose(t, staged([]policy.Law{policy.FZ152}, live, backups), Options{})
	for _, s := range d.Sections {
		for _, cl := range s.Clauses {
			if cl.ID != anchor(kindDeletion, "1") {
				continue
			}
			for _, src := range cl.Sources {
				if src.Law == policy.FZ152 {
					return
				}
			}
			t.Fatalf("deletion clause sources %v lack 152-FZ", cl.Sources)
		}
	}
	t.Fatal("no deletion clause")
}
