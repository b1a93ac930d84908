"""Sitrep: the Faust app, its agents, the producer, the extractor and the CLI."""
