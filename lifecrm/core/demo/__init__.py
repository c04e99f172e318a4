"""Realistic, deterministic demo data in the five languages of our first users."""

from lifecrm.core.demo.generator import DemoResult, generate

__all__ = ["DemoResult", "generate"]
