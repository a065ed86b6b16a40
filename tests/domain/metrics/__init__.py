"""Tests of the pure metrics package."""
