// Package sentrygo stands in for the real SDK.
package sentrygo
