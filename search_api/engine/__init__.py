"""The search engine: passages, embeddings (e5), keyword and vector indexes, fusion, backends.

Reads the corpus only through ``corpus/`` (``indexing.sync`` turns stored documents into
IndexDocuments); knows nothing of HTTP.
"""
