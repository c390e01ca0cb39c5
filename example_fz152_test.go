package policy_test

import (
	"fmt"

	"github.com/gopolicy/policy"
)

// A purpose under 152-FZ states whose data it processes, what it does with
// it (the actions of Art. 3(3)) and how (Art. 18.1(1)(2)).
func ExampleActions() {
	pu := &policy.Purpose{
		ID:       "payments",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers},
		Actions:  policy.Actions(),
		Method:   policy.ProcessingMethodMixed,
	}
	fmt.Println(pu.Subjects[0], len(pu.Actions), pu.Actions[0], pu.Actions[len(pu.Actions)-1], pu.Method)
	// Output: customers 13 collection destruction mixed
}
