// Package imports imports SDKs, some of whose providers the policy
// declares as recipients.
package imports

import (
	_ "github.com/aws/aws-sdk-go-v2/service/sesv2" // want `github.com/aws/aws-sdk-go-v2/service/sesv2 sends data to Amazon Web Services \(e-mail delivery\), which the policy does not declare as a recipient`
	_ "github.com/getsentry/sentry-go"             // declared by its alias "Functional Software"
	_ "github.com/openai/openai-go"                // want `sends data to OpenAI \(AI model API\)`
	_ "github.com/ory/analytics-go/v5"             // want `sends data to Ory \(product analytics\)`
	_ "github.com/sashabaranov/go-openai"          // want `sends data to OpenAI \(AI model API\)`
	_ "github.com/stripe/stripe-go/v76/customer"   // declared: "Stripe Payments Europe"
	_ "github.com/stripe/stripe-gopher"            // not Stripe's SDK: the prefix ends at a path element
	_ "google.golang.org/genai"                    // want `sends data to Google \(AI model API\)`
)
