package render

import (
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestIntroSubjects checks that the opening sentence names the people
// the purposes say they process data about where some are not the
// service's users, in English and Russian, and calls them its users
// otherwise.
func TestIntroSubjects(t *testing.T) {
	const users = "processes information about our users:"
	p := smallPolicy()
	expectText(t, readText(t, p, language.English), []string{users}, nil)

	p.Purposes[0].Subjects = []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}
	expectText(t, readText(t, p, language.English), []string{users}, nil)

	p.Purposes[0].Subjects = []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}
	p.Purposes[1].Subjects = []policy.DataSubject{policy.DataSubjectApplicants, policy.DataSubjectCustomers}
	expectText(t, readText(t, p, language.English), []string{
		"processes information about customers; users of our websites and services; and job applicants:",
	}, []string{users})
	expectText(t, readText(t, p, language.Russian), []string{
		"обрабатывает информацию о субъектах персональных данных (клиенты; пользователи наших сайтов и сервисов; соискатели):",
	}, nil)

	// Where the policy states its scope, the general provisions name
	// what it covers, and the sentence does not name it again.
	p.Scope = []string{"the Acme app"}
	en := readText(t, p, language.English)
	expectText(t, en, []string{"processes information about customers; users of our websites and services; and job applicants:",
		"This Policy governs the processing of personal data and other information that we receive from the users of the Acme app."}, nil)
	if n := strings.Count(en, "the Acme app"); n != 1 {
		t.Errorf("the scope is named %d times; want once:\n%s", n, en)
	}
}
