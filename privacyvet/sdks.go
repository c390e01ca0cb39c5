package privacyvet

import (
	"slices"
	"strings"
)

// An SDK is a client library of a service that receives personal data
// from the program that imports it: a payment provider, an analytics or
// error tracker, an e-mail service or an AI model API.
type SDK struct {
	// Path is the import path prefix, such as
	// "github.com/stripe/stripe-go". It matches the package at that path
	// and every package below it ("github.com/stripe/stripe-go/v82/customer").
	Path string
	// Provider names the company that receives the data, such as "Stripe".
	Provider string
	// Aliases are further names under which a policy may declare the
	// provider as a recipient, such as "AWS" for "Amazon Web Services".
	Aliases []string
	// Kind says what the service does, such as "payments".
	Kind string
}

// Kinds of SDK.
const (
	kindPayments  = "payments"
	kindAnalytics = "product analytics"
	kindErrors    = "error tracking"
	kindEmail     = "e-mail delivery"
	kindAI        = "AI model API"
)

// sdks is the table behind [SDKs], in a fixed order.
var sdks = []SDK{
	{Path: "github.com/stripe/stripe-go", Provider: "Stripe", Kind: kindPayments},
	{Path: "github.com/plutov/paypal", Provider: "PayPal", Kind: kindPayments},
	{Path: "github.com/paypal", Provider: "PayPal", Kind: kindPayments},
	{Path: "github.com/adyen/adyen-go-api-library", Provider: "Adyen", Kind: kindPayments},
	{Path: "github.com/braintree-go/braintree-go", Provider: "Braintree", Aliases: []string{"PayPal"}, Kind: kindPayments},

	{Path: "github.com/segmentio/analytics-go", Provider: "Segment", Aliases: []string{"Twilio"}, Kind: kindAnalytics},
	{Path: "gopkg.in/segmentio/analytics-go.v3", Provider: "Segment", Aliases: []string{"Twilio"}, Kind: kindAnalytics},
	{Path: "github.com/ory/analytics-go", Provider: "Ory", Aliases: []string{"Segment"}, Kind: kindAnalytics},
	{Path: "github.com/posthog/posthog-go", Provider: "PostHog", Kind: kindAnalytics},
	{Path: "github.com/mixpanel/mixpanel-go", Provider: "Mixpanel", Kind: kindAnalytics},
	{Path: "github.com/dukex/mixpanel", Provider: "Mixpanel", Kind: kindAnalytics},
	{Path: "github.com/amplitude/analytics-go", Provider: "Amplitude", Kind: kindAnalytics},

	{Path: "github.com/getsentry/sentry-go", Provider: "Sentry", Aliases: []string{"Functional Software"}, Kind: kindErrors},
	{Path: "github.com/bugsnag/bugsnag-go", Provider: "Bugsnag", Aliases: []string{"SmartBear"}, Kind: kindErrors},
	{Path: "github.com/rollbar/rollbar-go", Provider: "Rollbar", Kind: kindErrors},
	{Path: "github.com/honeybadger-io/honeybadger-go", Provider: "Honeybadger", Kind: kindErrors},

	{Path: "github.com/sendgrid/sendgrid-go", Provider: "SendGrid", Aliases: []string{"Twilio"}, Kind: kindEmail},
	{Path: "github.com/mailgun/mailgun-go", Provider: "Mailgun", Aliases: []string{"Sinch"}, Kind: kindEmail},
	{Path: "github.com/mrz1836/postmark", Provider: "Postmark", Aliases: []string{"ActiveCampaign"}, Kind: kindEmail},
	{Path: "github.com/keighl/postmark", Provider: "Postmark", Aliases: []string{"ActiveCampaign"}, Kind: kindEmail},
	{Path: "github.com/mailchimp/mailchimp-transactional-go", Provider: "Mailchimp", Aliases: []string{"Intuit"}, Kind: kindEmail},
	{Path: "github.com/aws/aws-sdk-go-v2/service/ses", Provider: "Amazon Web Services", Aliases: []string{"AWS", "Amazon"}, Kind: kindEmail},
	{Path: "github.com/aws/aws-sdk-go-v2/service/sesv2", Provider: "Amazon Web Services", Aliases: []string{"AWS", "Amazon"}, Kind: kindEmail},
	{Path: "github.com/aws/aws-sdk-go/service/ses", Provider: "Amazon Web Services", Aliases: []string{"AWS", "Amazon"}, Kind: kindEmail},

	{Path: "github.com/openai/openai-go", Provider: "OpenAI", Kind: kindAI},
	{Path: "github.com/sashabaranov/go-openai", Provider: "OpenAI", Kind: kindAI},
	{Path: "github.com/anthropics/anthropic-sdk-go", Provider: "Anthropic", Kind: kindAI},
	{Path: "google.golang.org/genai", Provider: "Google", Kind: kindAI},
	{Path: "github.com/google/generative-ai-go", Provider: "Google", Kind: kindAI},
	{Path: "github.com/cohere-ai/cohere-go", Provider: "Cohere", Kind: kindAI},
	{Path: "github.com/gage-technologies/mistral-go", Provider: "Mistral AI", Aliases: []string{"Mistral"}, Kind: kindAI},
}

// SDKs returns the SDKs the analyzer recognises. The result is a copy.
func SDKs() []SDK {
	out := make([]SDK, len(sdks))
	for i, s := range sdks {
		s.Aliases = slices.Clone(s.Aliases)
		out[i] = s
	}
	return out
}

// lookupSDK returns the SDK whose path is path or a prefix of it at a
// path element boundary; where several match, the longest wins.
func lookupSDK(path string) (SDK, bool) {
	var best SDK
	found := false
	for _, s := range sdks {
		if (path == s.Path || strings.HasPrefix(path, s.Path+"/")) && len(s.Path) > len(best.Path) {
			best, found = s, true
		}
	}
	return best, found
}

// names returns the provider's name and aliases.
func (s SDK) names() []string {
	return append([]string{s.Provider}, s.Aliases...)
}
