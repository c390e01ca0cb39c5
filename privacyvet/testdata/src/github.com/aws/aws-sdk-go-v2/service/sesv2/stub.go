// Package sesv2 stands in for the real SDK.
package sesv2
