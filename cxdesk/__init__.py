"""cxdesk: measure and improve customer service in a small business."""

__version__ = "0.1.0"
