"""qtmodels."""
