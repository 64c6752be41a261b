"""Prefect flows wiring the pure transforms to files and the warehouse."""
