// Package goopenai stands in for the real SDK.
package goopenai
