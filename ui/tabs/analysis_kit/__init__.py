"""What the Mystery-shopping, Standards, Customers-and-sales, Service-requests and Staff
analysis pages share: their row of cards, their sub-pages, period and answer labels."""
