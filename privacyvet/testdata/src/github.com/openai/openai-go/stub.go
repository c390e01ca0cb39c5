// Package openaigo stands in for the real SDK.
package openaigo
