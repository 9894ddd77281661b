"""The Members tab."""
