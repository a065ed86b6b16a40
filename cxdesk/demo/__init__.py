"""Realistic demo data: a chain of three shops and a year of their customer service."""

from cxdesk.demo.generate import generate_demo

__all__ = ["generate_demo"]
