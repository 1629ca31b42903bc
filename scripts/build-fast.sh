#!/bin/sh
# The fast x86-64 build of bitext: CTranslate2 with oneDNN (and optionally Intel MKL) and
# OpenMP, the configuration of CTranslate2's own Python wheels, instead of the portable
# default (ruy). From the repository root:
#
#   sh scripts/build-fast.sh --mkl      # MKL + oneDNN + OpenMP  -> target/dnnl/release/bitext
#   sh scripts/build-fast.sh            # oneDNN + OpenMP        -> target/dnnl/release/bitext
#   sh scripts/build-fast.sh [--mkl] install   # the same, installed with `cargo install`
#
# oneDNN is built from source (crate onednn-src, nothing else to download): about 20 minutes
# more than the default build on 2 cores. CTranslate2 uses MKL on Intel CPUs and oneDNN on
# others (AMD), as the wheels do. With --mkl, MKL comes from PyPI (mkl-static + mkl-include
# 2026.2.0, ~1.3 GB installed) into .venv-mkl (or MKL_PREFIX); ct2rs's `mkl` feature would
# otherwise run intel-onemkl-prebuild's build script, which downloads Intel's offline installer
# and links MKL's sequential layer. Here that build script is replaced through its
# `links = "mkl"` key with the PyPI libraries and MKL's GNU OpenMP layer, so GEMMs and
# CTranslate2's own loops both use --intra-threads. Needs cmake, g++ (with libgomp), and for
# --mkl python3 with venv and pip.
set -eu
MKL_BUILD=
INSTALL=
for a in "$@"; do
  case "$a" in
    --mkl) MKL_BUILD=1 ;;
    install) INSTALL=1 ;;
    *) echo "usage: sh scripts/build-fast.sh [--mkl] [install]" >&2; exit 2 ;;
  esac
done
ROOT=$(pwd)
if [ -n "$MKL_BUILD" ]; then
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
  set -- --no-default-features --features mkl,dnnl --config target/mkl/mkl.toml
else
  set -- --no-default-features --features dnnl
fi
# Both builds share one target directory, so that oneDNN (the long part) is built once.
DIR=target/dnnl
if [ -n "$INSTALL" ]; then
  CARGO_TARGET_DIR=$DIR cargo install --locked --path . "$@"
else
  CARGO_TARGET_DIR=$DIR cargo build --locked --release "$@" --bin bitext
  ls -la $DIR/release/bitext
  $DIR/release/bitext --version
fi
