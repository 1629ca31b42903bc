//! Finding, fetching and importing models.
//!
//! - Catalog models are fetched from the Hugging Face Hub with the `hf-hub` crate into the
//!   standard HF cache (`HF_HOME`, default `~/.cache/huggingface`); `HF_ENDPOINT` points at
//!   another server, `HF_HUB_OFFLINE=1` forbids the network. A file lands in the cache's
//!   snapshot only once complete (hf-hub downloads to a temporary blob first), and a model
//!   counts as installed only when every file of its catalog entry is there, so an
//!   interrupted download never leaves a broken model behind; the next fetch resumes.
//! - Imported models (a CTranslate2 directory or an Argos Translate `.argosmodel`) are copied
//!   into `$BITEXT_HOME/models/NAME` (default `$XDG_DATA_HOME/bitext` or
//!   `~/.local/share/bitext`), through a temporary directory renamed when complete.

use super::catalog::{Catalog, CatalogEntry};
use super::model_dir::ModelDir;
use crate::error::{Error, Result};
use crate::progress;
use hf_hub::api::sync::ApiBuilder;
use hf_hub::{Cache, Repo, RepoType};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where bitext keeps imported models.
pub fn bitext_home() -> PathBuf {
    if let Some(h) = std::env::var_os("BITEXT_HOME") {
        return PathBuf::from(h);
    }
    if let Some(x) = std::env::var_os("XDG_DATA_HOME") {
        return PathBuf::from(x).join("bitext");
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."));
    home.join(".local/share/bitext")
}

pub fn imported_models_dir() -> PathBuf {
    bitext_home().join("models")
}

fn hub_offline() -> bool {
    matches!(
        std::env::var("HF_HUB_OFFLINE")
            .map(|v| v.to_ascii_lowercase())
            .as_deref(),
        Ok("1") | Ok("true") | Ok("yes") | Ok("on")
    )
}

fn hub_endpoint() -> String {
    std::env::var("HF_ENDPOINT").unwrap_or_else(|_| "https://huggingface.co".into())
}

fn repo_of(entry: &CatalogEntry) -> Repo {
    Repo::with_revision(entry.repo.clone(), RepoType::Model, entry.revision.clone())
}

/// The snapshot directory of a catalog model in the HF cache, if every file is there.
pub fn cached_snapshot(entry: &CatalogEntry) -> Option<PathBuf> {
    let cache = Cache::from_env().repo(repo_of(entry));
    let mut dir: Option<PathBuf> = None;
    for f in &entry.files {
        let p = cache.get(f)?;
        let parent = p.parent()?.to_path_buf();
        match &dir {
            None => dir = Some(parent),
            Some(d) if *d == parent => {}
            Some(_) => return None, // files from different revisions: fetch again
        }
    }
    dir
}

/// Where a model lives and how it was found.
#[derive(Clone, Debug)]
pub struct Located {
    pub name: String,
    pub dir: ModelDir,
}

/// Resolve `--model`: a directory path, an imported model's name, or a catalog name
/// (fetched when missing and `allow_fetch`); `None` means the catalog's default.
pub fn resolve_model(spec: Option<&str>, allow_fetch: bool, quiet: bool) -> Result<Located> {
    let catalog = Catalog::load()?;
    let name = spec.unwrap_or(&catalog.default).to_string();
    let as_path = Path::new(&name);
    let looks_like_path = name.contains('/') || name.contains('\\') || name.starts_with('.');
    if as_path.is_dir() || looks_like_path {
        let dir = ModelDir::open(as_path, None)?;
        return Ok(Located { name, dir });
    }
    let imported = imported_models_dir().join(&name);
    if imported.is_dir() {
        let hint = catalog.get(&name).map(|e| e.append_source_eos);
        return Ok(Located {
            dir: ModelDir::open(&imported, hint)?,
            name,
        });
    }
    let Some(entry) = catalog.get(&name) else {
        return Err(Error::model(format!(
            "unknown model '{name}': not a directory, not an imported model, not in the catalog ({}); see `bitext model list`",
            catalog.names().join(", ")
        )));
    };
    if let Some(dir) = cached_snapshot(entry) {
        return Ok(Located {
            dir: ModelDir::open(&dir, Some(entry.append_source_eos))?,
            name,
        });
    }
    if !allow_fetch {
        return Err(Error::model(format!(
            "model '{name}' is not installed; run `bitext model fetch {name}`"
        )));
    }
    if hub_offline() {
        return Err(offline_error(entry));
    }
    progress::note(
        quiet,
        &format!(
            "model '{name}' is not installed yet: fetching it from {} ({}, about {} MB) into the Hugging Face cache",
            hub_endpoint(),
            entry.repo,
            entry.size_mb
        ),
    );
    let dir = fetch(entry, quiet)?;
    Ok(Located {
        dir: ModelDir::open(&dir, Some(entry.append_source_eos))?,
        name,
    })
}

/// hf-hub progress reporting onto an indicatif bar.
struct BarProgress {
    quiet: bool,
    bar: Option<indicatif::ProgressBar>,
}

impl hf_hub::api::Progress for BarProgress {
    fn init(&mut self, size: usize, filename: &str) {
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
        self.bar = Some(progress::bytes_bar(size as u64, filename, self.quiet));
    }
    fn update(&mut self, size: usize) {
        if let Some(b) = &self.bar {
            b.inc(size as u64);
        }
    }
    fn finish(&mut self) {
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
    }
}

fn no_network_hint() -> &'static str {
    "no network? import a model you have as a file with `bitext model import PATH` (a CTranslate2 model directory or an Argos .argosmodel), or pass --model DIR"
}

fn offline_error(entry: &CatalogEntry) -> Error {
    Error::network(format!(
        "model '{}' is not in the Hugging Face cache and HF_HUB_OFFLINE is set; {}",
        entry.name,
        no_network_hint()
    ))
}

/// Download every file of a catalog model; returns the complete snapshot directory.
pub fn fetch(entry: &CatalogEntry, quiet: bool) -> Result<PathBuf> {
    if let Some(dir) = cached_snapshot(entry) {
        return Ok(dir);
    }
    if hub_offline() {
        return Err(offline_error(entry));
    }
    let api = ApiBuilder::from_env()
        .with_progress(false)
        .build()
        .map_err(|e| Error::network(format!("cannot set up the Hugging Face client: {e}")))?;
    let repo = api.repo(repo_of(entry));
    let cache = Cache::from_env().repo(repo_of(entry));
    for file in &entry.files {
        if cache.get(file).is_some() {
            continue;
        }
        let progress = BarProgress { quiet, bar: None };
        repo.download_with_progress(file, progress).map_err(|e| {
            Error::network(format!(
                "cannot download {file} of {} from {}: {e}; {}",
                entry.repo,
                hub_endpoint(),
                no_network_hint()
            ))
        })?;
    }
    cached_snapshot(entry).ok_or_else(|| {
        Error::network(format!(
            "downloaded {} but the cache does not hold all its files ({}); try `bitext model fetch {}` again",
            entry.repo,
            entry.files.join(", "),
            entry.name
        ))
    })
}

/// Import a model from `path` (a CTranslate2 model directory, or an Argos Translate
/// `.argosmodel` package) under `name`; returns the name and the installed directory.
pub fn import(path: &Path, name: Option<&str>, quiet: bool) -> Result<(String, PathBuf)> {
    if !path.exists() {
        return Err(Error::input(format!(
            "{}: no such file or directory",
            path.display()
        )));
    }
    let models = imported_models_dir();
    fs::create_dir_all(&models)
        .map_err(|e| Error::other(format!("cannot create {}: {e}", models.display())))?;
    let staging = models.join(format!(".import-{}", std::process::id()));
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir_all(&staging)
        .map_err(|e| Error::other(format!("cannot create {}: {e}", staging.display())))?;
    let result = (|| -> Result<String> {
        let default_name = if path.is_dir() {
            ModelDir::open(path, None)?;
            copy_model_files(path, &staging)?;
            file_stem(path)
        } else {
            extract_argos(path, &staging)?
        };
        let name = name.map(str::to_string).unwrap_or(default_name);
        validate_name(&name)?;
        // Refuse a model the engine cannot load before it is installed.
        let dir = ModelDir::open(&staging, None)?;
        super::engine::Ct2Translator::load(dir, super::engine::EngineOptions::default())?;
        let meta = serde_json::json!({"name": name, "imported_from": path.display().to_string()});
        fs::write(staging.join("bitext-import.json"), meta.to_string())
            .map_err(|e| Error::other(format!("cannot write import record: {e}")))?;
        Ok(name)
    })();
    let name = match result {
        Ok(n) => n,
        Err(e) => {
            let _ = fs::remove_dir_all(&staging);
            return Err(e);
        }
    };
    let target = models.join(&name);
    if target.exists() {
        let _ = fs::remove_dir_all(&staging);
        return Err(Error::usage(format!(
            "a model named '{name}' is already imported at {}; remove it or choose another name with --name",
            target.display()
        )));
    }
    fs::rename(&staging, &target)
        .map_err(|e| Error::other(format!("cannot install into {}: {e}", target.display())))?;
    progress::note(
        quiet,
        &format!("imported '{name}' into {}", target.display()),
    );
    Ok((name, target))
}

fn validate_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!(
            "invalid model name '{name}': use letters, digits, '-', '_' and '.'"
        )))
    }
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .or_else(|| path.file_name())
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "imported".into())
}

fn copy_model_files(from: &Path, to: &Path) -> Result<()> {
    let entries = fs::read_dir(from)
        .map_err(|e| Error::input(format!("cannot read {}: {e}", from.display())))?;
    for e in entries.flatten() {
        let p = e.path();
        if p.is_file() {
            fs::copy(&p, to.join(e.file_name()))
                .map_err(|err| Error::other(format!("cannot copy {}: {err}", p.display())))?;
        }
    }
    Ok(())
}

/// Unpack an Argos Translate package: a zip holding `PKG/model/` (CTranslate2) and
/// `PKG/sentencepiece.model`. Returns a default name from its metadata.
fn extract_argos(path: &Path, to: &Path) -> Result<String> {
    let file = fs::File::open(path)
        .map_err(|e| Error::input(format!("cannot open {}: {e}", path.display())))?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| {
        Error::input(format!(
            "{} is neither a model directory nor an Argos .argosmodel (zip) package: {e}",
            path.display()
        ))
    })?;
    let mut model_prefix: Option<String> = None;
    let mut spm: Option<String> = None;
    let mut metadata: Option<String> = None;
    for i in 0..zip.len() {
        let entry = zip
            .by_index(i)
            .map_err(|e| Error::input(format!("{}: {e}", path.display())))?;
        let Some(name) = entry
            .enclosed_name()
            .map(|p| p.to_string_lossy().replace('\\', "/"))
        else {
            continue;
        };
        if name.ends_with("/model.bin") || name == "model.bin" {
            model_prefix = Some(name.trim_end_matches("model.bin").to_string());
        } else if name.ends_with("sentencepiece.model") {
            spm = Some(name);
        } else if name.ends_with("metadata.json") && name.matches('/').count() <= 1 {
            metadata = Some(name);
        }
    }
    let Some(prefix) = model_prefix else {
        return Err(Error::model(format!(
            "{}: no CTranslate2 model.bin inside this package",
            path.display()
        )));
    };
    let Some(spm) = spm else {
        return Err(Error::model(format!(
            "{}: no sentencepiece.model inside this package",
            path.display()
        )));
    };
    let names: Vec<String> = (0..zip.len())
        .filter_map(|i| zip.name_for_index(i).map(str::to_string))
        .collect();
    let mut read = |name: &str| -> Result<Vec<u8>> {
        let mut e = zip
            .by_name(name)
            .map_err(|e| Error::input(format!("{}: {e}", path.display())))?;
        let mut buf = Vec::new();
        e.read_to_end(&mut buf)
            .map_err(|e| Error::input(format!("{}: cannot unpack {name}: {e}", path.display())))?;
        Ok(buf)
    };
    for name in names {
        if let Some(rest) = name.strip_prefix(&prefix) {
            if !rest.is_empty() && !rest.contains('/') {
                let data = read(&name)?;
                fs::write(to.join(rest), data)
                    .map_err(|e| Error::other(format!("cannot write {rest}: {e}")))?;
            }
        }
    }
    let data = read(&spm)?;
    fs::write(to.join("sentencepiece.model"), data)
        .map_err(|e| Error::other(format!("cannot write sentencepiece.model: {e}")))?;
    if !to.join("config.json").exists() {
        // Models converted before CTranslate2 kept a config.json: the engine's defaults.
        fs::write(to.join("config.json"), "{}")
            .map_err(|e| Error::other(format!("cannot write config.json: {e}")))?;
    }
    let mut default_name = file_stem(path);
    if let Some(m) = metadata {
        if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&read(&m)?) {
            if let (Some(from), Some(to_code)) = (v["from_code"].as_str(), v["to_code"].as_str()) {
                default_name = format!("argos-{from}-{to_code}");
            }
        }
    }
    Ok(default_name)
}
