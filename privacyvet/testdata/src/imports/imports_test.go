package imports

// Test files are not checked for imports: tests send nothing to a
// provider in production.
import _ "github.com/openai/openai-go"
