//! `bitext eval align`: strict and lax precision/recall/F1 of sentence alignments against
//! gold links (Vecalign's definitions), micro-averaged over documents.

use bitext::align::{self, links, Lexicon, Params};
use bitext::io::{read_line_file, write_output, Output};
use bitext::{Error, Result};
use std::path::PathBuf;
use std::time::Instant;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  bitext eval align --gold book.gold.links --fr book.fr.txt --en book.en.txt
  bitext eval align --gold a.gold --fr a.fr --en a.en --gold b.gold --fr b.fr --en b.en
  bitext eval align --gold book.gold.links --pred hunalign.links     # score another tool
  bench/align/eval_transread.sh ../shared/data/alignment/transread   # the README table

Inputs are pre-split, one sentence per line (as `bitext align --presplit`). --gold, --fr,
--en, --translations and --pred may be repeated; they pair up in order. Links with an
empty side count for precision only, as in Vecalign's score.py.")]
pub struct Args {
    /// Gold links, `[fr ids]:[en ids]` per line, 0-based.
    #[arg(long, value_name = "FILE", required = true)]
    pub gold: Vec<PathBuf>,
    /// French sentences, one per line (aligned by bitext).
    #[arg(long, value_name = "FILE")]
    pub fr: Vec<PathBuf>,
    /// English sentences, one per line.
    #[arg(long, value_name = "FILE")]
    pub en: Vec<PathBuf>,
    /// Machine translations of the French, one per line (one file per document, all or none).
    #[arg(long, value_name = "FILE")]
    pub translations: Vec<PathBuf>,
    /// Predicted links to score instead of aligning (from another tool).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["fr", "en", "translations"])]
    pub pred: Vec<PathBuf>,
    /// Bilingual dictionary (as `bitext align --dict`); default FreeDict when installed.
    #[arg(long, value_name = "FILE", conflicts_with = "no_dict")]
    pub dict: Option<PathBuf>,
    /// Align without a dictionary.
    #[arg(long)]
    pub no_dict: bool,
    /// Largest number of sentences on one side of a bead.
    #[arg(long, default_value_t = 3, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=6))]
    pub max_bead: u8,
    /// Also write each document's predicted links as DIR/NAME.links.
    #[arg(long, value_name = "DIR")]
    pub pred_dir: Option<PathBuf>,
    /// Write the table here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

fn read_lines(p: &std::path::Path) -> Result<String> {
    read_line_file(&p.display().to_string())
}

fn doc_name(p: &std::path::Path) -> String {
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.split('.').next().unwrap_or(&name).to_string()
}

pub fn run(args: Args) -> Result<()> {
    let n = args.gold.len();
    let scoring_only = !args.pred.is_empty();
    if scoring_only {
        if args.pred.len() != n {
            return Err(Error::usage(format!(
                "{n} --gold files but {} --pred files",
                args.pred.len()
            )));
        }
    } else if args.fr.len() != n || args.en.len() != n {
        return Err(Error::usage(format!(
            "give one --fr and one --en per --gold ({n} --gold, {} --fr, {} --en), or --pred",
            args.fr.len(),
            args.en.len()
        )));
    }
    if !args.translations.is_empty() && args.translations.len() != n {
        return Err(Error::usage(
            "give one --translations file per document, or none",
        ));
    }
    if let Some(d) = &args.pred_dir {
        std::fs::create_dir_all(d)
            .map_err(|e| Error::input(format!("cannot create {}: {e}", d.display())))?;
    }
    let lexicon = if scoring_only || args.no_dict {
        None
    } else if let Some(p) = &args.dict {
        Some(Lexicon::load_path(p)?)
    } else {
        Lexicon::load_default()?
    };
    let params = Params {
        max_side: args.max_bead as usize,
        ..Params::default()
    };

    let mut table = String::new();
    table.push_str(&format!(
        "{:<32} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>8}\n",
        "document", "s.P", "s.R", "s.F1", "l.P", "l.R", "l.F1", "seconds"
    ));
    let mut total = links::Counts::default();
    for k in 0..n {
        let gold_path = &args.gold[k];
        let gold = links::parse_links(&read_lines(gold_path)?, &gold_path.display().to_string())?;
        let start = Instant::now();
        let pred: Vec<links::Link> = if scoring_only {
            links::parse_links(
                &read_lines(&args.pred[k])?,
                &args.pred[k].display().to_string(),
            )?
        } else {
            let fr_text = read_lines(&args.fr[k])?;
            let en_text = read_lines(&args.en[k])?;
            let fr: Vec<&str> = fr_text.lines().collect();
            let en: Vec<&str> = en_text.lines().collect();
            let mt_text = match args.translations.get(k) {
                Some(p) => Some(read_lines(p)?),
                None => None,
            };
            let mt: Option<Vec<&str>> = mt_text.as_ref().map(|t| t.lines().collect());
            if let Some(m) = &mt {
                if m.len() != fr.len() {
                    return Err(Error::input(format!(
                        "{} has {} lines but {} has {}",
                        args.translations[k].display(),
                        m.len(),
                        args.fr[k].display(),
                        fr.len()
                    )));
                }
            }
            let max_fr = gold.iter().flat_map(|l| l.0.iter().copied()).max();
            let max_en = gold.iter().flat_map(|l| l.1.iter().copied()).max();
            if max_fr.is_some_and(|i| i >= fr.len()) || max_en.is_some_and(|j| j >= en.len()) {
                return Err(Error::input(format!(
                    "{}: links point beyond the {} French / {} English lines; are --fr/--en given in the order of --gold?",
                    gold_path.display(),
                    fr.len(),
                    en.len()
                )));
            }
            align::align(&fr, &en, mt.as_deref(), lexicon.as_ref(), &params)
                .into_iter()
                .map(|b| (b.fr, b.en))
                .collect()
        };
        let secs = start.elapsed().as_secs_f64();
        let name = doc_name(gold_path);
        if let Some(d) = &args.pred_dir {
            let path = d.join(format!("{name}.links"));
            let body: String = pred
                .iter()
                .map(|(a, b)| links::format_link(a, b) + "\n")
                .collect();
            bitext::io::write_atomically(&path, |w| w.write_all(body.as_bytes()))?;
        }
        let mut c = links::Counts::default();
        links::score_document(&mut c, &gold, &pred);
        links::score_document(&mut total, &gold, &pred);
        table.push_str(&row(&name, &c, secs));
    }
    table.push_str(&row("micro-average", &total, f64::NAN));
    write_output(&Output::from_arg(args.output.as_deref()), |w| {
        w.write_all(table.as_bytes())
    })
}

fn row(name: &str, c: &links::Counts, secs: f64) -> String {
    let s = links::prf(c);
    let t = if secs.is_nan() {
        String::new()
    } else {
        format!("{secs:.2}")
    };
    format!(
        "{:<32} {:>6.4} {:>6.4} {:>6.4} {:>6.4} {:>6.4} {:>6.4} {:>8}\n",
        name, s[0], s[1], s[2], s[3], s[4], s[5], t
    )
}
