//! `bitext model`: list, fetch, import and describe translation models.

use bitext::translate::catalog::Catalog;
use bitext::translate::fetch::{self, cached_snapshot, imported_models_dir};
use bitext::translate::model_dir::ModelDir;
use bitext::{Error, Result};
use clap::Subcommand;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  bitext model list
  bitext model fetch opus-mt-fr-en
  bitext model import ~/Downloads/translate-fr_en-1_9.argosmodel
  bitext model import ./my-ct2-model --name my-fr-en
  bitext model info opus-mt-fr-en

Catalog models go to the Hugging Face cache (HF_HOME; HF_ENDPOINT and HF_HUB_OFFLINE are
honoured); imported models to $BITEXT_HOME/models (default ~/.local/share/bitext/models).")]
pub struct Args {
    #[command(subcommand)]
    pub command: ModelCommand,
    /// No progress bar or status messages on stderr.
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Subcommand, Debug)]
pub enum ModelCommand {
    /// List catalog and imported models, and whether each is installed.
    List,
    /// Download a catalog model from the Hugging Face Hub.
    Fetch {
        /// Catalog name (see `bitext model list`).
        name: String,
    },
    /// Import a CTranslate2 model directory or an Argos Translate .argosmodel package.
    Import {
        /// Model directory or .argosmodel file.
        path: PathBuf,
        /// Name to import it under (default: from the package or directory name).
        #[arg(long)]
        name: Option<String>,
    },
    /// Show a model's licence, size, quality and location.
    Info {
        /// Catalog name, imported name, or model directory.
        name: String,
    },
}

pub fn run(args: Args) -> Result<()> {
    let catalog = Catalog::load()?;
    match args.command {
        ModelCommand::List => {
            println!(
                "{:<16} {:<9} {:>8}  {:<36} LICENSE",
                "NAME", "STATUS", "SIZE", "SOURCE"
            );
            for m in &catalog.models {
                let status = if cached_snapshot(m).is_some() {
                    "installed"
                } else {
                    "-"
                };
                let default = if m.name == catalog.default {
                    " (default)"
                } else {
                    ""
                };
                println!(
                    "{:<16} {:<9} {:>5} MB  {:<36} {}{}",
                    m.name, status, m.size_mb, m.repo, m.license, default
                );
            }
            if let Ok(rd) = std::fs::read_dir(imported_models_dir()) {
                let mut names: Vec<String> = rd
                    .flatten()
                    .filter(|e| e.path().is_dir())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| !n.starts_with('.'))
                    .collect();
                names.sort();
                for n in names {
                    let dir = imported_models_dir().join(&n);
                    let size = ModelDir::open(&dir, None)
                        .map(|m| m.size_bytes())
                        .unwrap_or(0);
                    println!(
                        "{:<16} {:<9} {:>5} MB  {:<36} (imported)",
                        n,
                        "imported",
                        size / 1_000_000,
                        dir.display()
                    );
                }
            }
            Ok(())
        }
        ModelCommand::Fetch { name } => {
            let entry = catalog.get(&name).ok_or_else(|| {
                Error::model(format!(
                    "unknown model '{name}'; the catalog has: {}",
                    catalog.names().join(", ")
                ))
            })?;
            let dir = fetch::fetch(entry, args.quiet)?;
            ModelDir::open(&dir, Some(entry.append_source_eos))?;
            println!("{name}: {}", dir.display());
            Ok(())
        }
        ModelCommand::Import { path, name } => {
            let (name, dir) = fetch::import(&path, name.as_deref(), args.quiet)?;
            println!("{name}: {}", dir.display());
            Ok(())
        }
        ModelCommand::Info { name } => {
            if let Some(m) = catalog.get(&name) {
                println!("name:        {}", m.name);
                println!("description: {}", m.description);
                println!("hub repo:    {} (revision {})", m.repo, m.revision);
                println!("files:       {}", m.files.join(", "));
                println!("license:     {}", m.license);
                println!("size:        about {} MB", m.size_mb);
                println!("quality:     {}", m.quality);
                match cached_snapshot(m) {
                    Some(dir) => {
                        let size = ModelDir::open(&dir, Some(m.append_source_eos))?.size_bytes();
                        println!("installed:   {} ({} bytes)", dir.display(), size);
                    }
                    None => println!("installed:   no (bitext model fetch {})", m.name),
                }
                return Ok(());
            }
            let located = fetch::resolve_model(Some(&name), false, args.quiet)?;
            let d = &located.dir;
            println!("name:        {}", located.name);
            println!("path:        {}", d.path.display());
            println!("size:        {} bytes", d.size_bytes());
            println!(
                "tokenizers:  {} / {}",
                d.source_spm.display(),
                d.target_spm.display()
            );
            println!(
                "source </s>: {}",
                if d.append_source_eos {
                    "appended by bitext"
                } else {
                    "by the engine or not used"
                }
            );
            if let Some(p) = d.max_positions {
                println!("max tokens:  {p}");
            }
            Ok(())
        }
    }
}
