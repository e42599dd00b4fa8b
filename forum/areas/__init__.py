"""Areas and their community contracts: pages, standards, ledgers and the comparison."""
