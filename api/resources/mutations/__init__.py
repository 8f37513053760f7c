"""Mutations of the resource library (M1, M2, M3)."""
