"""Views of extracted data: HTML for notebooks, data frames, and the text report."""
