"""Conversion processors: pure functions over files (M2, M3 "convert", C3, Q). See ``base``."""

from media_pipeline.processors.base import Output, Progress, Result, process

__all__ = ["Output", "Progress", "Result", "process"]
