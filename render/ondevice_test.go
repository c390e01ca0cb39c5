package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestOnDevice checks that a category states that its data stays on the
// user's device, always, until the user sends it or until the user
// activates the service, in English and
// Russian, and that a category declaring neither states nothing of the
// device.
func TestOnDevice(t *testing.T) {
	for _, tt := range []struct {
		on     policy.OnDevice
		en, ru string
	}{
		{policy.OnDeviceOnly,
			"This data stays on your device: it is processed there and is not sent to us.",
			"Эти данные не покидают ваше устройство: они обрабатываются на нём и нам не передаются."},
		{policy.OnDeviceUntilShared,
			"This data stays on your device until you choose to send it to us.",
			"Эти данные хранятся на вашем устройстве и передаются нам, только если вы сами решите их отправить."},
		{policy.OnDeviceUntilActivated,
			"This data stays on your device until you activate the service, such as with its wake word or button; only what follows is sent to us.",
			"Эти данные остаются на вашем устройстве, пока вы не активируете сервис, например кодовым словом или кнопкой; нам передаётся только то, что следует за этим."},
	} {
		p := smallPolicy()
		p.Categories[0].OnDevice = tt.on
		expectText(t, readText(t, p, language.English), []string{tt.en}, nil)
		expectText(t, readText(t, p, language.Russian), []string{tt.ru}, nil)
	}
	p := smallPolicy()
	expectText(t, readText(t, p, language.English), nil, []string{"your device"})
	expectText(t, readText(t, p, language.Russian), nil, []string{"вашем устройстве", "ваше устройство"})
}
