//! `bitext eval`: measure a stage against gold data.
//!
//! `bitext eval segment` scores the segmenter with boundary precision, recall and F1, the
//! metric of `segscore.py`: gold sentences (one a line) and the predicted sentences are
//! mapped onto the text by counting non-whitespace characters; a boundary is where a
//! sentence starts (the first one not counted).

use bitext::io::{read_text, write_output, Output};
use bitext::segment::segment;
use bitext::{Error, Result};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::segment::LangArg;

#[path = "eval_align.rs"]
mod align;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    pub command: EvalCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum EvalCommand {
    /// Boundary precision/recall/F1 of the segmenter against gold sentences.
    Segment(SegmentArgs),
    /// Strict/lax precision/recall/F1 of the sentence aligner against gold links.
    Align(align::Args),
}

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  bitext eval segment --dir ../shared/data/segmentation/sents
  bitext eval segment --gold NAME.sents.txt --text NAME.running.txt --pred-dir /tmp/pred

With --dir, every NAME.sents.txt that has a NAME.running.txt beside it is scored.
--gold and --text may be repeated; they pair up in order.")]
pub struct SegmentArgs {
    /// Gold sentences, one a line.
    #[arg(long, value_name = "FILE")]
    pub gold: Vec<PathBuf>,
    /// The running text to segment (same sentences as the gold file).
    #[arg(long, value_name = "FILE")]
    pub text: Vec<PathBuf>,
    /// A folder of NAME.sents.txt + NAME.running.txt pairs.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Language rules to apply.
    #[arg(short, long, value_enum, default_value_t = LangArg::Fr)]
    pub lang: LangArg,
    /// Also write each prediction, one sentence a line, as DIR/NAME.pred.txt.
    #[arg(long, value_name = "DIR")]
    pub pred_dir: Option<PathBuf>,
    /// Write the table here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<()> {
    match args.command {
        EvalCommand::Segment(a) => run_segment(a),
        EvalCommand::Align(a) => align::run(a),
    }
}

/// Boundary scores of one set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoundaryScore {
    pub true_positives: usize,
    pub gold: usize,
    pub predicted: usize,
}

impl BoundaryScore {
    pub fn precision(&self) -> f64 {
        ratio(self.true_positives, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.true_positives, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Sentence starts as non-whitespace character counts (first sentence excluded), and the
/// total number of non-whitespace characters.
fn starts<'a>(sentences: impl Iterator<Item = &'a str>) -> (HashSet<usize>, usize) {
    let mut pos = 0;
    let mut out = HashSet::new();
    for s in sentences {
        let n = s.chars().filter(|c| !c.is_whitespace()).count();
        if n == 0 {
            continue;
        }
        if pos > 0 {
            out.insert(pos);
        }
        pos += n;
    }
    (out, pos)
}

/// Score predicted sentences against gold ones; `Err` when they are not the same text.
pub fn boundary_score<'a, 'b>(
    gold: impl Iterator<Item = &'a str>,
    predicted: impl Iterator<Item = &'b str>,
) -> std::result::Result<BoundaryScore, (usize, usize)> {
    let (g, gn) = starts(gold);
    let (p, pn) = starts(predicted);
    if gn != pn {
        return Err((gn, pn));
    }
    Ok(BoundaryScore {
        true_positives: g.intersection(&p).count(),
        gold: g.len(),
        predicted: p.len(),
    })
}

fn pairs(args: &SegmentArgs) -> Result<Vec<(String, PathBuf, PathBuf)>> {
    let mut out = Vec::new();
    if args.gold.len() != args.text.len() {
        return Err(Error::usage(format!(
            "give as many --text as --gold files ({} --gold, {} --text)",
            args.gold.len(),
            args.text.len()
        )));
    }
    for (g, t) in args.gold.iter().zip(&args.text) {
        out.push((set_name(g), g.clone(), t.clone()));
    }
    if let Some(dir) = &args.dir {
        let entries =
            std::fs::read_dir(dir).map_err(|e| Error::input(format!("{}: {e}", dir.display())))?;
        let mut found = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(stem) = name.strip_suffix(".sents.txt") {
                let text = dir.join(format!("{stem}.running.txt"));
                if text.is_file() {
                    found.push((stem.to_string(), entry.path(), text));
                }
            }
        }
        if found.is_empty() {
            return Err(Error::input(format!(
                "{}: no NAME.sents.txt with a NAME.running.txt beside it",
                dir.display()
            )));
        }
        found.sort();
        out.extend(found);
    }
    if out.is_empty() {
        return Err(Error::usage(
            "nothing to score: give --dir DIR, or --gold FILE --text FILE",
        ));
    }
    Ok(out)
}

fn set_name(gold: &Path) -> String {
    let name = gold
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.strip_suffix(".sents.txt")
        .or_else(|| name.strip_suffix(".txt"))
        .unwrap_or(&name)
        .to_string()
}

fn run_segment(args: SegmentArgs) -> Result<()> {
    let sets = pairs(&args)?;
    if let Some(d) = &args.pred_dir {
        if !d.is_dir() {
            return Err(Error::input(format!(
                "--pred-dir {}: no such directory",
                d.display()
            )));
        }
    }
    let lang = args.lang.into();
    let mut rows = Vec::new();
    let mut total = BoundaryScore {
        true_positives: 0,
        gold: 0,
        predicted: 0,
    };
    for (name, gold_path, text_path) in &sets {
        let gold = read_text(&gold_path.to_string_lossy())?;
        let text = read_text(&text_path.to_string_lossy())?;
        let sentences = segment(&text, lang);
        let predicted = sentences.iter().map(|s| s.span.of(&text));
        let score = boundary_score(gold.split('\n'), predicted).map_err(|(g, p)| {
            Error::input(format!(
                "{} and {} are not the same text ({g} and {p} non-space characters)",
                gold_path.display(),
                text_path.display()
            ))
        })?;
        if let Some(d) = &args.pred_dir {
            let path = d.join(format!("{name}.pred.txt"));
            write_output(&Output::File(path), |w| {
                for s in &sentences {
                    let one_line: Vec<&str> = s.span.of(&text).split_whitespace().collect();
                    writeln!(w, "{}", one_line.join(" "))?;
                }
                Ok(())
            })?;
        }
        total.true_positives += score.true_positives;
        total.gold += score.gold;
        total.predicted += score.predicted;
        rows.push((name.clone(), score));
    }
    let width = rows.iter().map(|r| r.0.len()).max().unwrap_or(3).max(5);
    let out = Output::from_arg(args.output.as_deref());
    write_output(&out, |w| {
        writeln!(
            w,
            "{:width$}  {:>6}  {:>6}  {:>6}  {:>6}  {:>6}",
            "set", "P", "R", "F1", "gold", "pred"
        )?;
        let mut line = |name: &str, s: &BoundaryScore| {
            writeln!(
                w,
                "{:width$}  {:>6.4}  {:>6.4}  {:>6.4}  {:>6}  {:>6}",
                name,
                s.precision(),
                s.recall(),
                s.f1(),
                s.gold,
                s.predicted
            )
        };
        for (name, s) in &rows {
            line(name, s)?;
        }
        if rows.len() > 1 {
            line("(all)", &total)?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn score_matches_segscore_definition() {
        let gold = ["Il pleut.", "Le vent souffle.", "Fin."];
        let pred = ["Il pleut. Le vent", "souffle.", "Fin."];
        let s = boundary_score(gold.into_iter(), pred.into_iter()).unwrap();
        assert_eq!((s.true_positives, s.gold, s.predicted), (1, 2, 2));
        assert!((s.f1() - 0.5).abs() < 1e-9);
        assert!(boundary_score(["a b"].into_iter(), ["a"].into_iter()).is_err());
    }
}
