//! A CTranslate2 model directory on disk: which files it has, checked before loading.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// Names a joint (source = target) SentencePiece model may have.
const JOINT_SPM_NAMES: &[&str] = &[
    "joint.spm.model",
    "sentencepiece.model",
    "spm.model",
    "sentencepiece.bpe.model",
];

/// A checked model directory: every file the engine and the tokenizers need is present.
#[derive(Clone, Debug)]
pub struct ModelDir {
    pub path: PathBuf,
    pub source_spm: PathBuf,
    pub target_spm: PathBuf,
    /// Append "</s>" to source tokens (CTranslate2 does not, per config.json).
    pub append_source_eos: bool,
    /// Longest token sequence the model accepts (positions), when known.
    pub max_positions: Option<usize>,
}

impl ModelDir {
    /// Check `path` and describe it. `append_eos_hint` comes from the catalog, when the
    /// model came from there.
    pub fn open(path: &Path, append_eos_hint: Option<bool>) -> Result<ModelDir> {
        let shown = path.display();
        if !path.exists() {
            return Err(Error::model(format!(
                "model directory {shown} does not exist"
            )));
        }
        if !path.is_dir() {
            return Err(Error::model(format!(
                "{shown} is not a directory; --model takes a model directory or a catalog name (see `bitext model list`)"
            )));
        }
        let has = |name: &str| path.join(name).is_file();
        let mut missing: Vec<String> = Vec::new();
        for required in ["model.bin", "config.json"] {
            if !has(required) {
                missing.push(required.into());
            }
        }
        let vocab_ok = has("shared_vocabulary.txt")
            || has("shared_vocabulary.json")
            || ((has("source_vocabulary.txt") || has("source_vocabulary.json"))
                && (has("target_vocabulary.txt") || has("target_vocabulary.json")));
        if !vocab_ok {
            missing.push("shared_vocabulary.{txt,json} (or source_/target_vocabulary)".into());
        }
        let (source_spm, target_spm) = if has("source.spm") && has("target.spm") {
            (path.join("source.spm"), path.join("target.spm"))
        } else if let Some(joint) = JOINT_SPM_NAMES.iter().find(|n| has(n)) {
            (path.join(joint), path.join(joint))
        } else {
            missing.push(
                "source.spm + target.spm (or one joint SentencePiece model, e.g. joint.spm.model)"
                    .into(),
            );
            (PathBuf::new(), PathBuf::new())
        };
        if !missing.is_empty() {
            return Err(Error::model(format!(
                "model directory {shown} is incomplete: missing {}",
                missing.join(", ")
            )));
        }
        let config = read_json(&path.join("config.json"))?;
        let meta = if has("bitext-model.json") {
            Some(read_json(&path.join("bitext-model.json"))?)
        } else {
            None
        };
        let engine_adds_eos = config
            .get("add_source_eos")
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        // Marian models (decoder starts from "</s>") were trained with "</s>" ending every
        // source sentence; older conversions leave adding it to the caller.
        let marian_style =
            config.get("decoder_start_token").and_then(|v| v.as_str()) == Some("</s>");
        let wants_eos = meta
            .as_ref()
            .and_then(|m| m.get("append_source_eos"))
            .and_then(|v| v.as_bool())
            .or(append_eos_hint)
            .unwrap_or(marian_style);
        let max_positions = meta
            .as_ref()
            .and_then(|m| m.get("max_positions"))
            .and_then(|v| v.as_u64())
            .map(|v| v as usize);
        Ok(ModelDir {
            path: path.to_path_buf(),
            source_spm,
            target_spm,
            append_source_eos: wants_eos && !engine_adds_eos,
            max_positions,
        })
    }

    /// Total size of the files in the directory, in bytes.
    pub fn size_bytes(&self) -> u64 {
        std::fs::read_dir(&self.path)
            .map(|rd| {
                rd.filter_map(|e| e.ok())
                    .filter_map(|e| e.metadata().ok())
                    .filter(|m| m.is_file())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0)
    }
}

fn read_json(path: &Path) -> Result<serde_json::Value> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::model(format!("cannot read {}: {e}", path.display())))?;
    serde_json::from_str(&text)
        .map_err(|e| Error::model(format!("{} is not valid JSON: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("models/tiny-copy")
    }

    #[test]
    fn tiny_model_is_complete() {
        let m = ModelDir::open(&tiny(), None).unwrap();
        assert_eq!(m.source_spm, tiny().join("source.spm"));
        assert_eq!(m.max_positions, Some(256));
        // config.json asks CTranslate2 to append </s>, so we must not.
        assert!(!m.append_source_eos);
    }

    #[test]
    fn missing_file_is_named() {
        let dir = std::env::temp_dir().join(format!("bitext-md-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("config.json"), "{}").unwrap();
        let err = ModelDir::open(&dir, None).unwrap_err();
        assert!(err.message.contains("missing model.bin"), "{}", err.message);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
