// Package analytics stands in for the real SDK.
package analytics
