package export_test

import (
	"encoding/csv"
	"fmt"
	"os"
	"strings"

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
	//     organization_fides_key: "default_organization"
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

func ExampleImportFides() {
	system := `system:
  - fides_key: example_app
    name: Example app
    privacy_declarations:
      - name: account
        data_use: essential.service
        data_categories:
          - user.contact.email
        legal_basis_for_processing: Contract
`
	p, err := export.ImportFides(strings.NewReader(system))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, pu := range p.Purposes {
		fmt.Println(pu.ID, pu.Bases, pu.Terms.Fides)
		for _, c := range pu.Categories {
			fmt.Println(" uses", c.ID, c.Terms.Fides)
		}
	}
	// Output:
	// account [contract] [essential.service]
	//  uses user.contact.email [user.contact.email]
}

func ExamplePlay() {
	email := &policy.Category{
		ID: "account.email", Name: "Email address", Sensitivity: policy.SensitivityPersonal,
		Terms: policy.Terms{Play: []string{"PSL_EMAIL"}},
	}
	p := &policy.Policy{
		Categories: []*policy.Category{email},
		Purposes: []*policy.Purpose{{ID: "account", Categories: []*policy.Category{email},
			Terms: policy.Terms{Play: []string{"PSL_APP_FUNCTIONALITY"}}}},
	}
	var b strings.Builder
	if err := export.Play(&b, p, export.PlayOptions{EncryptedInTransit: true}); err != nil {
		fmt.Println(err)
		return
	}
	// The file holds every row of the Console's template; print the
	// answered ones, without their labels.
	rows, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(rows), "rows")
	for _, r := range rows[1:] {
		if r[2] != "" {
			fmt.Println(strings.Join(r[:3], ","))
		}
	}
	// Output:
	// 783 rows
	// PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA,,true
	// PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT,,true
	// PSL_DATA_TYPES_PERSONAL,PSL_EMAIL,true
	// PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:PSL_DATA_USAGE_COLLECTION_AND_SHARING,PSL_DATA_USAGE_ONLY_COLLECTED,true
	// PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:PSL_DATA_USAGE_EPHEMERAL,,false
	// PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:DATA_USAGE_USER_CONTROL,PSL_DATA_USAGE_USER_CONTROL_REQUIRED,true
	// PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:DATA_USAGE_COLLECTION_PURPOSE,PSL_APP_FUNCTIONALITY,true
}

func ExampleDPV() {
	email := &policy.Category{
		ID: "account.email", Name: "Email address", Sensitivity: policy.SensitivityPersonal,
		Terms: policy.Terms{DPV: []string{"dpv-pd:EmailAddress"}},
	}
	p := &policy.Policy{
		URL:        "https://example.com/privacy",
		Categories: []*policy.Category{email},
		Purposes: []*policy.Purpose{{ID: "account", Categories: []*policy.Category{email},
			Bases: []policy.Basis{policy.BasisContract}, Terms: policy.Terms{DPV: []string{"dpv:ServiceProvision"}}}},
	}
	if err := export.DPV(os.Stdout, p); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "@context": {
	//     "dpv": "https://w3id.org/dpv#",
	//     "dpv-pd": "https://w3id.org/dpv/pd#"
	//   },
	//   "@graph": [
	//     {
	//       "@id": "https://example.com/privacy#purpose-account",
	//       "@type": "dpv:PersonalDataHandling",
	//       "dpv:hasPurpose": [
	//         {
	//           "@id": "dpv:ServiceProvision"
	//         }
	//       ],
	//       "dpv:hasPersonalData": [
	//         {
	//           "@id": "dpv-pd:EmailAddress"
	//         }
	//       ],
	//       "dpv:hasLegalBasis": [
	//         {
	//           "@id": "dpv:Contract"
	//         }
	//       ]
	//     }
	//   ]
	// }
}
