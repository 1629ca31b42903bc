//! The model catalog (`models/catalog.toml`, compiled in; `BITEXT_CATALOG` overrides it).

use crate::error::{Error, Result};
use serde::Deserialize;

const BUILTIN: &str = include_str!("../../models/catalog.toml");

#[derive(Clone, Debug, Deserialize)]
pub struct Catalog {
    pub default: String,
    #[serde(rename = "model")]
    pub models: Vec<CatalogEntry>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct CatalogEntry {
    pub name: String,
    pub repo: String,
    #[serde(default = "main_revision")]
    pub revision: String,
    pub files: Vec<String>,
    pub license: String,
    pub size_mb: u64,
    pub quality: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub append_source_eos: bool,
}

fn main_revision() -> String {
    "main".into()
}

impl Catalog {
    /// The catalog in use: `$BITEXT_CATALOG` if set, else the built-in one.
    pub fn load() -> Result<Catalog> {
        match std::env::var_os("BITEXT_CATALOG") {
            Some(path) => {
                let text = std::fs::read_to_string(&path).map_err(|e| {
                    Error::model(format!(
                        "cannot read catalog {} (BITEXT_CATALOG): {e}",
                        path.to_string_lossy()
                    ))
                })?;
                Self::parse(&text, &path.to_string_lossy())
            }
            None => Self::parse(BUILTIN, "built-in catalog"),
        }
    }

    pub fn parse(text: &str, name: &str) -> Result<Catalog> {
        let cat: Catalog = toml::from_str(text)
            .map_err(|e| Error::model(format!("{name}: invalid catalog: {e}")))?;
        if cat.get(&cat.default).is_none() {
            return Err(Error::model(format!(
                "{name}: default model '{}' is not in the catalog",
                cat.default
            )));
        }
        Ok(cat)
    }

    pub fn get(&self, name: &str) -> Option<&CatalogEntry> {
        self.models.iter().find(|m| m.name == name)
    }

    pub fn default_entry(&self) -> &CatalogEntry {
        self.get(&self.default).expect("checked in parse")
    }

    pub fn names(&self) -> Vec<&str> {
        self.models.iter().map(|m| m.name.as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalog_has_both_models() {
        let c = Catalog::parse(BUILTIN, "builtin").unwrap();
        assert_eq!(c.default, "opus-mt-fr-en");
        let opus = c.get("opus-mt-fr-en").unwrap();
        assert_eq!(opus.repo, "michaelfeil/ct2fast-opus-mt-fr-en");
        assert!(opus.files.iter().any(|f| f == "source.spm"));
        let quick = c.get("quickmt-fr-en").unwrap();
        assert_eq!(quick.repo, "quickmt/quickmt-fr-en");
        assert!(quick.files.iter().any(|f| f == "joint.spm.model"));
    }

    #[test]
    fn unknown_default_is_an_error() {
        let bad = "default = \"x\"\n[[model]]\nname=\"y\"\nrepo=\"a/b\"\nfiles=[]\nlicense=\"\"\nsize_mb=1\nquality=\"\"\n";
        assert!(Catalog::parse(bad, "t").is_err());
    }
}
