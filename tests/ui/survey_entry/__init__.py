"""Survey entry page tests."""
