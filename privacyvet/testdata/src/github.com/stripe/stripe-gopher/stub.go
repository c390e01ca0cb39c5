// Package stripegopher stands in for the real SDK.
package stripegopher
