"""The product without a screen. Never imports Qt (tests/core/test_layers.py checks)."""
