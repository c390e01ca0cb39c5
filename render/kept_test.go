package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestDeletionKept checks that a deletion states, in English and Russian,
// why some data outlives it and for how long, only where the policy says
// so, and that keeping data where the law requires it limits the right
// to erasure.
func TestDeletionKept(t *testing.T) {
	const (
		enWhy   = "Even so, we keep some of the data where the law requires us to keep it, to prevent fraud and to keep users we have banned from returning."
		ruWhy   = "Тем не менее часть данных мы продолжаем хранить во исполнение требований закона, для предотвращения мошенничества и чтобы заблокированные нами пользователи не могли вернуться."
		enErase = "except data the law requires us to keep"
	)
	p := smallPolicy()
	p.Rights = append(p.Rights, policy.Right{Kind: policy.RightErasure})
	p.Deletion = []policy.Deletion{{From: policy.EventAccountClosure, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}}}
	expectText(t, readText(t, p, language.English), nil, []string{"Even so", enErase})

	p.Deletion[0].Kept = []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptAbuse}
	expectText(t, readText(t, p, language.English), []string{
		"After account closure, we remove your data. It is removed from our live systems within 30 days. " + enWhy,
		enErase,
	}, nil)
	expectText(t, readText(t, p, language.Russian), []string{ruWhy}, []string{"Even so", "banned"})

	p.Deletion[0].Kept = []policy.KeptReason{policy.KeptLegalClaims}
	p.Deletion[0].KeptFor = policy.Years(7)
	expectText(t, readText(t, p, language.English), []string{
		"Even so, we keep some of the data to resolve disputes or defend legal claims, for no longer than 7 years after account closure.",
	}, []string{enErase})
	expectText(t, readText(t, p, language.Russian), []string{
		"Тем не менее часть данных мы продолжаем хранить для разрешения споров или защиты наших прав в суде — не дольше 7 лет после",
	}, nil)
}

// TestDeletionWithoutStages checks that a deletion stating no stages, as
// many policies state it ("we delete your data when you close your
// account, except what the law requires us to keep"), says that the data
// is removed and what is kept, in both languages, with no period.
func TestDeletionWithoutStages(t *testing.T) {
	p := smallPolicy()
	p.Deletion = []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalClaims, policy.KeptFraud}}}
	expectText(t, readText(t, p, language.English), []string{
		"After account closure, we remove your data. Even so, we keep some of the data to resolve disputes or defend legal claims and to prevent fraud.",
	}, []string{"In all, removal", "within"})
	expectText(t, readText(t, p, language.Russian), []string{"Тем не менее часть данных мы продолжаем хранить"}, []string{"remove"})
	p.Laws = []policy.Law{policy.FZ152}
	expectText(t, readText(t, p, language.English), []string{"After account closure, we destroy your data."}, nil)
}

// TestDeletionKeptRestricted checks that data kept after a deletion is
// said to be restricted (blocked, as Spain's LOPDGDD art. 32 and
// Germany's BDSG § 35(3) require) only where the deletion says so, in
// English and Russian.
func TestDeletionKeptRestricted(t *testing.T) {
	const (
		en = "We restrict what we keep: we store it apart, use it only for the reason we keep it, and make it available only to courts and the authorities entitled to it, until we remove it."
		ru = "Сохраняемые данные мы блокируем: храним их отдельно, используем только для той цели, ради которой храним, и предоставляем только судам и уполномоченным органам, пока не удалим их."
	)
	p := smallPolicy()
	p.Deletion = []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}}}
	expectText(t, readText(t, p, language.English), nil, []string{"We restrict what we keep"})
	expectText(t, readText(t, p, language.Russian), nil, []string{"блокируем"})

	p.Deletion[0].KeptRestricted = true
	expectText(t, readText(t, p, language.English), []string{"to resolve disputes or defend legal claims. " + en}, nil)
	expectText(t, readText(t, p, language.Russian), []string{ru}, []string{"We restrict"})
	p.Deletion[0].KeptFor = policy.Years(5)
	expectText(t, readText(t, p, language.English), []string{"for no longer than 5 years after account closure. " + en}, nil)
}
