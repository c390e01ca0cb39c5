// Package customer stands in for the real SDK.
package customer
