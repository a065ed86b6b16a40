"""Tests of the built-in templates and their loader."""
