"""The Customers tab."""

from ui.tabs.customers.tab import CustomersTab

__all__ = ["CustomersTab"]
