// Package privacyvet is an analyzer, for golang.org/x/tools/go/analysis,
// that finds personal data in Go code that the privacy policy does not
// account for.
//
// # Usage
//
// Install the command and run it alone or as go vet's tool:
//
//	go install github.com/gopolicy/policy/cmd/privacyvet@latest
//	privacyvet -policy=privacy.json ./...
//	go vet -vettool=$(which privacyvet) -policy=$PWD/privacy.json ./...
//
// go vet runs the tool in each package's directory, so give it the
// policy's path as an absolute path. The policy is the JSON that
// [github.com/gopolicy/policy.Encode] writes and the generator publishes.
// Both forms exit non-zero when they report anything. To combine the
// analyzer with others, pass [New]'s result to multichecker.Main.
//
// # Checks
//
// Untagged personal data: a struct field (named or anonymous struct,
// exported or not) whose name or type looks like personal data, and that
// has no privacy tag. Name the categories it holds, as the policy
// declares them, or mark it as holding none with a reason:
//
//	Email string `privacy:"account.email"`
//	Contact string `privacy:"account.email,account.phone"`
//	SKU string `privacy:"-" privacyreason:"a product code, not about a person"`
//
// Fields of struct types are not matched by name (a Customer's Address
// field of type Address is checked where Address is declared), nor are
// booleans ("EmailVerified"), interfaces, functions and channels, nor
// names whose last word says the field is about the data rather than the
// data ("EmailTemplate", "PasswordMinLength", "PhoneFormat",
// "EmailSentAt", "PasswordHashAlgo", "EmailNotificationsPreference",
// "EmailURL", "ResetPwdCodeLives"), nor names with a word about the
// service's own infrastructure (local, listen, bind, gateway, hop,
// upstream, resolver, dns, router, proxy, server, smtp, db, database,
// subnet, ...: "LocalAddr net.IP", "ProxyPassword", "DBPassword") or
// naming where the data is found (attribute, attr, claim:
// "AttributeUsername", the LDAP attribute that holds user names). Nor are
// the fields of configuration: a struct type with no person word whose
// name ends in config, cfg, conf, configuration, setting or settings
// ("StorageConfig", but not "RepoSettingForm"), or any struct without a
// person word in its name in a package so named ("package setting").
// Fields in _test.go files and in generated files (with the "Code
// generated ... DO NOT EDIT." line) are not matched: test fixtures store
// nothing and generated code cannot be tagged by hand.
//
// Measured on three open-source services (miniflux, Ory Hydra and Gitea),
// 317 of the 339 findings of untagged fields, each classified by hand,
// are personal data; MEASUREMENTS.md in the package's directory has the
// numbers, the remaining false positives and the time taken.
//
// Malformed tags: a privacy tag is either "-" or category IDs separated
// by commas without spaces, each a valid [github.com/gopolicy/policy.ValidID],
// none twice.
//
// Suppressions without a reason: privacy:"-" needs a non-blank
// privacyreason tag beside it; a privacyreason tag anywhere else is
// reported too. The reason is a tag, not a comment, so that it stays
// visible to reflection, as the rest of the tags are to package policytest.
//
// With -policy only, tags naming categories the policy does not declare
// (with the nearest declared ID as "did you mean", by edit distance) or
// declares as not collected; and imports, outside test files, of an SDK
// whose provider no declared recipient names: a recipient matches where
// its name or ID contains the provider's name or an alias, ignoring case
// (declare "Stripe Payments Europe", or ID "stripe", rather than "payment
// service provider").
//
// # Data types
//
// A field's name is split into lower-case words at underscores, case
// changes and digits ("IPAddress" is "ip address", "date_of_birth" is
// "date of birth", "Last4" is "last 4"); a pattern matches where its
// words occur together anywhere in the name. Patterns marked "with a
// person" match only as the last words of a field of a struct whose type
// name has a person word (user, customer, person, member, employee,
// patient, contact, account, profile, address, author, mention, poster,
// committer, reviewer, ...), or that is declared in a package whose name
// has one ("package user"), or right after such a word ("CustomerName",
// "BillingAddress", "UserFullName"; but not "RefFullName"). The first data type that
// matches, in this order, names the finding. The list below leaves out
// plurals and one-word spellings ("emails", "firstname") that the table
// has too; [DataTypes] returns the full table.
//
//   - e-mail address: email, e mail, mail address; type net/mail.Address.
//   - phone number: phone, phone number, telephone, mobile number, cell
//     phone, msisdn, fax number.
//   - IP address: ip, ips, ip address, remote addr, remote ip, client
//     addr, client ip, forwarded for; types net.IP, net/netip.Addr and
//     net/netip.AddrPort.
//   - device identifier: device id, device token, udid, idfa, idfv, imei,
//     imsi, advertising id, android id, mac address, push token, fcm
//     token, apns token; type net.HardwareAddr.
//   - payment card or bank account: card number, credit card, debit card,
//     card holder, cvv, cvc, card expiry, last 4, iban, bank account,
//     account number, routing number, sort code.
//   - national identifier or passport: ssn, social security, national id,
//     national insurance, passport, tax id, driver license, driving
//     licence, nino, cpf, snils, aadhaar, nhs number, id card number.
//   - password: password, passwd, pwd, passphrase, pin code.
//   - birth date: birth, birthday, birthdate, dob, date of birth, born;
//     with a person: age.
//   - location: latitude, longitude, lat, lng, geo, geolocation, geo
//     point, gps, coordinates, coords; with a person: location.
//   - postal address: street, address line, address 1, address 2,
//     postcode, postal code, postal address, zip code, house number, city;
//     with a person: address, addr, zip.
//   - person's name: first name, last name, surname, given name, family
//     name, middle name, maiden name, forename, nickname, user name,
//     patronymic; with a person: full name, name.
//
// Types match through pointers, slices, arrays and maps (keys too), so
// map[netip.Addr]int is an IP address.
//
// # SDKs
//
// An import matches an entry where its path is the entry's path or below
// it ("github.com/stripe/stripe-go/v82/customer"); [SDKs] returns the
// table. Import path prefix, provider (and the other names a recipient
// may use), kind:
//
//	github.com/stripe/stripe-go                      Stripe                                  payments
//	github.com/plutov/paypal                         PayPal                                  payments
//	github.com/paypal                                PayPal                                  payments
//	github.com/adyen/adyen-go-api-library            Adyen                                   payments
//	github.com/braintree-go/braintree-go             Braintree (also PayPal)                 payments
//	github.com/segmentio/analytics-go                Segment (also Twilio)                   product analytics
//	gopkg.in/segmentio/analytics-go.v3               Segment (also Twilio)                   product analytics
//	github.com/ory/analytics-go                      Ory (also Segment)                      product analytics
//	github.com/posthog/posthog-go                    PostHog                                 product analytics
//	github.com/mixpanel/mixpanel-go                  Mixpanel                                product analytics
//	github.com/dukex/mixpanel                        Mixpanel                                product analytics
//	github.com/amplitude/analytics-go                Amplitude                               product analytics
//	github.com/getsentry/sentry-go                   Sentry (also Functional Software)       error tracking
//	github.com/bugsnag/bugsnag-go                    Bugsnag (also SmartBear)                error tracking
//	github.com/rollbar/rollbar-go                    Rollbar                                 error tracking
//	github.com/honeybadger-io/honeybadger-go         Honeybadger                             error tracking
//	github.com/sendgrid/sendgrid-go                  SendGrid (also Twilio)                  e-mail delivery
//	github.com/mailgun/mailgun-go                    Mailgun (also Sinch)                    e-mail delivery
//	github.com/mrz1836/postmark                      Postmark (also ActiveCampaign)          e-mail delivery
//	github.com/keighl/postmark                       Postmark (also ActiveCampaign)          e-mail delivery
//	github.com/mailchimp/mailchimp-transactional-go  Mailchimp (also Intuit)                 e-mail delivery
//	github.com/aws/aws-sdk-go-v2/service/ses         Amazon Web Services (also AWS, Amazon)  e-mail delivery
//	github.com/aws/aws-sdk-go-v2/service/sesv2       Amazon Web Services (also AWS, Amazon)  e-mail delivery
//	github.com/aws/aws-sdk-go/service/ses            Amazon Web Services (also AWS, Amazon)  e-mail delivery
//	github.com/openai/openai-go                      OpenAI                                  AI model API
//	github.com/sashabaranov/go-openai                OpenAI                                  AI model API
//	github.com/anthropics/anthropic-sdk-go           Anthropic                               AI model API
//	google.golang.org/genai                          Google                                  AI model API
//	github.com/google/generative-ai-go               Google                                  AI model API
//	github.com/cohere-ai/cohere-go                   Cohere                                  AI model API
//	github.com/gage-technologies/mistral-go          Mistral AI (also Mistral)               AI model API
package privacyvet
