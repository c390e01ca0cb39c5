package export_test

import (
	"fmt"
	"os"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/export"
)

func ExampleApple() {
	email := &policy.Category{
		ID: "account.email", Name: "Email address", Sensitivity: policy.SensitivityPersonal, Linked: true,
		Terms: policy.Terms{Apple: []string{"NSPrivacyCollectedDataTypeEmailAddress"}},
	}
	p := &policy.Policy{
		Categories: []*policy.Category{email},
		Purposes: []*policy.Purpose{{ID: "account", Categories: []*policy.Category{email},
			Terms: policy.Terms{Apple: []string{"NSPrivacyCollectedDataTypePurposeAppFunctionality"}}}},
	}
	if err := export.Apple(os.Stdout, p, export.AppleOptions{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
	// <plist version="1.0">
	// <dict>
	// 	<key>NSPrivacyTracking</key>
	// 	<false/>
	// 	<key>NSPrivacyTrackingDomains</key>
	// 	<array/>
	// 	<key>NSPrivacyCollectedDataTypes</key>
	// 	<array>
	// 		<dict>
	// 			<key>NSPrivacyCollectedDataType</key>
	// 			<string>NSPrivacyCollectedDataTypeEmailAddress</string>
	// 			<key>NSPrivacyCollectedDataTypeLinked</key>
	// 			<true/>
	// 			<key>NSPrivacyCollectedDataTypeTracking</key>
	// 			<false/>
	// 			<key>NSPrivacyCollectedDataTypePurposes</key>
	// 			<array>
	// 				<string>NSPrivacyCollectedDataTypePurposeAppFunctionality</string>
	// 			</array>
	// 		</dict>
	// 	</array>
	// 	<key>NSPrivacyAccessedAPITypes</key>
	// 	<array/>
	// </dict>
	// </plist>
}

func ExampleFides() {
	email := &policy.Category{
		ID: "account.email", Name: "Email address", Sensitivity: policy.SensitivityPersonal,
		Terms: policy.Terms{Fides: []string{"user.contact.email"}},
	}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example Ltd"}},
		Categories: []*policy.Category{email},
		Purposes: []*policy.Purpose{{ID: "account", Categories: []*policy.Category{email},
			Bases: []policy.Basis{policy.BasisContract}, Terms: policy.Terms{Fides: []string{"essential.service"}}}},
	}
	if err := export.Fides(os.Stdout, p, export.FidesOptions{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// system:
	//   - fides_key: "example_ltd"
	//     name: "Example Ltd"
	//     legal_name: "Example Ltd"
	//     organization_fides_key: default_organization
	//     system_type: Service
	//     processes_personal_data: true
	//     does_international_transfers: false
	//     privacy_declarations:
	//       - name: "account"
	//         data_use: "essential.service"
	//         data_categories:
	//           - "user.contact.email"
	//         data_subjects:
	//           - "customer"
	//         legal_basis_for_processing: "Contract"
	//         flexible_legal_basis_for_processing: false
}
