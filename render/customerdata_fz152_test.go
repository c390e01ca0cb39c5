package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestCustomerDataUnder152FZ checks that a policy under 152-FZ names the
// customer whose data the service processes the operator of that data,
// processed on its instructions, in English and Russian, and not its
// controller: 152-FZ knows no controller, and a Russian document under
// it says «оператор» and «по поручению» once.
func TestCustomerDataUnder152FZ(t *testing.T) {
	const (
		controller   = "Each customer is the controller of that data"
		controllerRU = "Контролёром"
		twiceRU      = "по поручению клиентов в качестве лица, осуществляющего обработку по их поручению"
	)
	for _, tt := range []struct {
		name      string
		customers string
		want      []string
		wantRU    []string
	}{
		{"named customers", "owners of websites that install the counter",
			[]string{"This Policy does not cover what the counter records, which we process on the instructions of owners of websites that install the counter.",
				"They are the operators of that data, and their own policies on the processing of personal data govern it"},
			[]string{"Настоящая Политика не распространяется на данные, обработку которых мы осуществляем по поручению других операторов (owners of websites that install the counter): what the counter records.",
				"Операторами этих данных являются они, и обработку этих данных регулируют их собственные политики в отношении обработки персональных данных"}},
		{"customers in general", "",
			[]string{"This Policy does not cover what the counter records, which we process on the instructions of our customers."},
			[]string{"Настоящая Политика не распространяется на данные, обработку которых мы осуществляем по поручению наших клиентов: what the counter records."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Laws = []policy.Law{policy.FZ152}
			p.CustomerData = policy.CustomerData{Customers: tt.customers, Data: "what the counter records"}
			expectText(t, readText(t, p, language.English), tt.want, []string{controller, "as a processor"})
			expectText(t, readText(t, p, language.Russian), tt.wantRU, []string{controllerRU, twiceRU})
		})
	}
}
