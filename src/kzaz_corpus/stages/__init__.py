"""The extraction stages: header, dates, numbers and metrics, names, quotes with their speakers."""
