"""The data tables (``lexicon/data/*.tsv``), their readers, and the lazily loaded morphology."""
