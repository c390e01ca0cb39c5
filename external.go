package policy

// An ExternalService is a kind of service of others that users reach
// through the service and that the policy does not cover: their own
// privacy policies govern what they collect, as published policies say
// of the websites they link to and of social networks (see
// [Policy.External]).
type ExternalService uint8

// Kinds of external services.
const (
	// ExternalLinkedSites are the websites and apps of others that the
	// service links to.
	ExternalLinkedSites ExternalService = iota + 1
	// ExternalSocialNetworks are social networks, where the user
	// interacts with the service on them or shares content from it to
	// them.
	ExternalSocialNetworks
	// ExternalConnectedApps are the apps and services of others that the
	// user connects to the account or allows to read their data, such
	// as a fitness app given access to health data or a bot added to a
	// chat server.
	ExternalConnectedApps
)

var externalServiceEnum = enum{"ExternalService",
	[]string{"", "linked_sites", "social_networks", "connected_apps"},
	[]string{"",
		"the websites and apps of others that our services link to",
		"social networks, when you interact with us on them or share content from our services to them",
		"the apps and services of others that you connect to your account or allow to read your data"}}

// Valid reports whether s is a defined kind of external service.
func (s ExternalService) Valid() bool { return externalServiceEnum.valid(uint8(s)) }

// Name returns the English name of s, a phrase that completes "This
// Policy does not cover ...".
func (s ExternalService) Name() string { return externalServiceEnum.name(uint8(s)) }

// String returns the stable identifier of s used in JSON.
func (s ExternalService) String() string { return externalServiceEnum.str(uint8(s)) }

// MarshalText implements [encoding.TextMarshaler].
func (s ExternalService) MarshalText() ([]byte, error) { return externalServiceEnum.marshal(uint8(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *ExternalService) UnmarshalText(b []byte) error {
	v, err := externalServiceEnum.unmarshal(b)
	*s = ExternalService(v)
	return err
}
