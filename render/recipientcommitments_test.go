package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestRecipientCommitments checks that the commitments binding a
// recipient are stated in its clause, once each and in the order
// declared, in English and in Russian, and that a recipient bound to
// nothing says nothing of it.
func TestRecipientCommitments(t *testing.T) {
	for _, tt := range []struct {
		name   string
		commit []policy.Commitment
		en, ru []string
		not    []string
	}{
		{
			name:   "none",
			en:     []string{"Model provider (processor)."},
			not:    []string{"is bound", "обязан"},
			commit: nil,
		},
		{
			name:   "model training",
			commit: []policy.Commitment{policy.CommitmentNoModelTraining},
			en:     []string{"The recipient is bound not to use the data to train machine-learning models."},
			ru:     []string{"Получатель обязуется не использовать данные для обучения моделей машинного обучения."},
		},
		{
			name:   "three, one repeated",
			commit: []policy.Commitment{policy.CommitmentNoModelTraining, policy.CommitmentNoSale, policy.CommitmentNoModelTraining, policy.CommitmentNoAdvertisingUse},
			en:     []string{"The recipient is bound not to use the data to train machine-learning models, not to sell the data and not to use the data for advertising."},
			ru:     []string{"Получатель обязуется не использовать данные для обучения моделей машинного обучения, не продавать данные и не использовать данные для рекламы."},
		},
		{
			name:   "de-identified data",
			commit: []policy.Commitment{policy.CommitmentNoReidentification, policy.CommitmentNoSharing},
			en:     []string{"The recipient is bound not to try to re-identify the data and not to share the data for cross-context behavioral advertising."},
			ru:     []string{"Получатель обязуется не пытаться деобезличить данные и не передавать данные для межконтекстной поведенческой рекламы."},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			r := &policy.Recipient{ID: "models", Name: "Model provider", Role: policy.RoleProcessor, Categories: p.Categories[:1], Commitments: tt.commit}
			p.Recipients = []*policy.Recipient{r}
			p.Purposes[0].Recipients = []*policy.Recipient{r}
			expectText(t, readText(t, p, language.English), tt.en, tt.not)
			expectText(t, readText(t, p, language.Russian), tt.ru, tt.not)
		})
	}
}
