"""Characters, sentences and the analysed document (:class:`~kzaz_corpus.text.doc.Doc`) that every stage reads."""
