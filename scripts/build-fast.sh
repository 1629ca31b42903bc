#!/bin/sh
# The fast x86-64 build: bitext with Intel MKL as CTranslate2's GEMM backend (what
# CTranslate2's own Python wheels use) and OpenMP, instead of the portable default (ruy).
# From the repository root:
#   sh scripts/build-mkl.sh                 # -> target/mkl/release/bitext
#   sh scripts/build-mkl.sh install         # also: cargo install it into ~/.cargo/bin
#
# MKL comes from PyPI (mkl-static + mkl-include 2026.2.0, ~1.3 GB installed) into .venv-mkl
# (or MKL_PREFIX). ct2rs's `mkl` feature would otherwise run intel-onemkl-prebuild's build
# script, which downloads Intel's offline installer and links MKL's sequential layer; here
# that build script is replaced through its `links = "mkl"` key with the PyPI libraries and
# MKL's GNU OpenMP threading layer, so GEMMs and CTranslate2's own loops both use
# --intra-threads. Needs python3 (venv, pip), cmake, g++ and libgomp (part of gcc).
set -eu
ROOT=$(pwd)
MKL=${MKL_PREFIX:-$ROOT/.venv-mkl}
if [ ! -f "$MKL/lib/libmkl_core.a" ] || [ ! -f "$MKL/include/mkl.h" ]; then
  echo "installing MKL from PyPI into $MKL (about 1.3 GB)" >&2
  python3 -m venv "$MKL"
  "$MKL/bin/pip" install -q mkl-static==2026.2.0 mkl-include==2026.2.0
fi
mkdir -p target/mkl
cat > target/mkl/mkl.toml <<TOML
[target.x86_64-unknown-linux-gnu.mkl]
rustc-link-search = ["$MKL/lib"]
rustc-link-lib = ["static=mkl_intel_ilp64", "static=mkl_gnu_thread", "static=mkl_core", "dylib=gomp"]
root = "$MKL"
include_path = "$MKL/include"
library_path = "$MKL/lib"
TOML
if [ "${1:-}" = install ]; then
  CARGO_TARGET_DIR=target/mkl cargo install --locked --path . --features mkl --config target/mkl/mkl.toml
else
  CARGO_TARGET_DIR=target/mkl cargo build --locked --release --features mkl --config target/mkl/mkl.toml --bin bitext
  ls -la target/mkl/release/bitext
fi
