"""The DuckDB warehouse: DDL, views, example queries, and the single-transaction load."""
