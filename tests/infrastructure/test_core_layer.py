"""`layers/` holds only what runs in Lambda: the corpus generator and trainer live in `training/`."""

from __future__ import annotations

import ast
import hashlib
from pathlib import Path

from infra.bundling import REPO_ROOT, CorePackageLayerBundler
from infra.components.layers import CORE_PACKAGE, LAYERS_DIR

TRAINING_DIR = REPO_ROOT / "training"
_DYNAMIC_IMPORTS = frozenset({"import_module", "__import__"})


def _imported_modules(source: Path, package_root: Path) -> set[str]:
    """Every module a file imports, relative imports resolved, ``import_module("...")`` included."""
    package = list(source.relative_to(package_root).parent.parts)
    modules: set[str] = set()
    for node in ast.walk(ast.parse(source.read_bytes(), filename=str(source))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = package[: len(package) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            modules.add(base)
            modules.update(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in _DYNAMIC_IMPORTS and isinstance(node.args[0].value, str):
                modules.add(node.args[0].value)
    return modules


def _training_imports(package_root: Path) -> list[str]:
    return sorted(
        f"{source.relative_to(package_root)}: {module}"
        for source in package_root.rglob("*.py")
        for module in _imported_modules(source, package_root)
        if "training" in module.split(".")
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_nothing_under_layers_imports_training_code() -> None:
    assert _training_imports(LAYERS_DIR) == []


def test_the_import_scan_sees_absolute_relative_and_dynamic_imports(tmp_path: Path) -> None:
    module = tmp_path / "doc_classifier" / "model" / "learn.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "import importlib\n"
        "from training.fit import train_model\n"
        "from ..training import synth\n"
        "importlib.import_module('training.dataset')\n"
    )
    assert _training_imports(tmp_path) == [
        "doc_classifier/model/learn.py: doc_classifier.training",
        "doc_classifier/model/learn.py: doc_classifier.training.synth",
        "doc_classifier/model/learn.py: training.dataset",
        "doc_classifier/model/learn.py: training.fit",
        "doc_classifier/model/learn.py: training.fit.train_model",
    ]


def test_the_core_layer_bundle_is_the_core_package_and_no_training_code(tmp_path: Path) -> None:
    # The same bundler `cdk synth` runs locally; copying the package is cheap, unlike the pip-built layer.
    CorePackageLayerBundler(CORE_PACKAGE).try_bundle(str(tmp_path))
    python = tmp_path / "python"
    bundled = [p for p in python.rglob("*") if p.is_file()]
    assert {p.relative_to(python).parts[0] for p in bundled} == {CORE_PACKAGE.name}
    assert [p for p in bundled if "training" in p.relative_to(python).parts] == []
    # A copy of a generator or trainer module under another name is still training code.
    training_sources = {_digest(p) for p in TRAINING_DIR.rglob("*.py") if p.stat().st_size}
    assert training_sources, f"no training code found in {TRAINING_DIR}"
    assert [p for p in bundled if p.suffix == ".py" and _digest(p) in training_sources] == []
    assert _training_imports(python) == []
    # The console's page and files are package data the api function serves from the layer.
    console = python / CORE_PACKAGE.name / "service" / "console"
    assert {p.name for p in console.iterdir()} == {"index.html", "console.js", "console.css"}
