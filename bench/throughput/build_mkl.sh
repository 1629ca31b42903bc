#!/bin/sh
# Build bitext with Intel MKL as CTranslate2's GEMM backend (what CTranslate2's own Python
# wheels use) instead of ruy, into target/mkl/release/bitext. From the repository root:
#   sh bench/throughput/build_mkl.sh
# MKL comes from PyPI (mkl-static + mkl-include, ~1.3 GB installed) into .venv-mkl; the
# build script of intel-onemkl-prebuild (ct2rs's `mkl` feature), which would download Intel's
# offline installer, is overridden through its `links = "mkl"` key.
set -eu
ROOT=$(pwd)
MKL=${MKL_PREFIX:-$ROOT/.venv-mkl}
if [ ! -f "$MKL/lib/libmkl_core.a" ]; then
  python3 -m venv "$MKL"
  "$MKL/bin/pip" install -q mkl-static==2026.2.0 mkl-include==2026.2.0
fi
mkdir -p target/mkl
cat > target/mkl/mkl.toml <<TOML
[target.x86_64-unknown-linux-gnu.mkl]
rustc-link-search = ["$MKL/lib"]
rustc-link-lib = ["static=mkl_intel_ilp64", "static=mkl_sequential", "static=mkl_core"]
root = "$MKL"
include_path = "$MKL/include"
library_path = "$MKL/lib"
TOML
CARGO_TARGET_DIR=target/mkl cargo build --release --features mkl --config target/mkl/mkl.toml --bin bitext
ls -la target/mkl/release/bitext
