package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestCaliforniaTerms checks that a document under the CCPA alone calls
// the service a service provider and its customer the business, as
// California law does, for the data it processes for customers and for
// a recipient that processes data for it, in English and Russian; and
// that beside the GDPR it keeps the GDPR's processor and controller.
func TestCaliforniaTerms(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.CCPA}
	p.Categories[0].CCPA = []policy.CCPACategory{policy.CCPAIdentifiers}
	p.CCPA = policy.CCPANotice{Sold: policy.AnswerNo}
	p.CustomerData = policy.CustomerData{Customers: "the schools that use the service", Data: "the student data schools upload"}
	host := &policy.Recipient{ID: "host", Name: "Hosting provider", Role: policy.RoleProcessor, Categories: []*policy.Category{p.Categories[0]}}
	p.Recipients = []*policy.Recipient{host}
	p.Purposes[0].Recipients = []*policy.Recipient{host}
	expectText(t, readText(t, p, language.English), []string{
		"This Policy does not cover the student data schools upload, which we process as a service provider on behalf of the schools that use the service.",
		"They are the businesses responsible for that data",
		"Hosting provider (service provider).",
	}, []string{"as a processor", "is the controller of that data", "(processor)"})
	expectText(t, readText(t, p, language.Russian), []string{
		"в качестве поставщика услуг по поручению клиентов",
		"Ответственными за эти данные являются они",
		"(поставщик услуг).",
	}, nil)

	p.Laws = []policy.Law{policy.GDPR, policy.CCPA}
	expectText(t, readText(t, p, language.English), []string{"as a processor on behalf of", "Hosting provider (processor)."},
		[]string{"service provider"})
}
