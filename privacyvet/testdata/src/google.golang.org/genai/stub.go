// Package genai stands in for the real SDK.
package genai
