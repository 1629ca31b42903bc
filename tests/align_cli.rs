//! `bitext align` through the real binary, on small fixtures of our own (tests/fixtures/align).
//! Every run passes --dict or --no-dict so results do not depend on an installed FreeDict.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/align")
        .join(name)
        .display()
        .to_string()
}

fn bitext(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bitext"))
        .args(args)
        .env_remove("BITEXT_MODEL")
        .output()
        .expect("run bitext")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("bitext-align-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn article_links_with_merge_and_addition() {
    let o = bitext(&[
        "align",
        &fixture("article.fr.txt"),
        &fixture("article.en.txt"),
        "--dict",
        &fixture("dict.tsv"),
        "--format",
        "links",
        "-q",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let links: Vec<String> = stdout(&o).lines().map(String::from).collect();
    assert_eq!(
        links,
        [
            "[0]:[0]",
            "[1]:[1]",
            "[2,3]:[2]",
            "[4]:[3]",
            "[5]:[4]",
            "[6]:[5]",
            "[]:[6]",
            "[7]:[7]",
            "[8]:[8]"
        ]
    );
    assert!(stderr(&o).is_empty(), "-q prints nothing: {}", stderr(&o));
}

#[test]
fn tsv_rows_carry_text_spans_and_confidence() {
    let o = bitext(&[
        "align",
        &fixture("article.fr.txt"),
        &fixture("article.en.txt"),
        "--dict",
        &fixture("dict.tsv"),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let rows: Vec<&str> = out.lines().collect();
    assert!(rows[0].starts_with("id\t"), "header: {}", rows[0]);
    let merged = rows
        .iter()
        .find(|r| r.contains("Le projet coûtera"))
        .expect("merged row");
    assert!(
        merged.contains("Le projet coûtera 800 millions d'euros. Les habitants pourront"),
        "{merged}"
    );
    assert!(
        merged.contains("The project will cost 800 million euros"),
        "{merged}"
    );
    let score: f32 = merged.rsplit('\t').next().unwrap().parse().unwrap();
    assert!((0.0..=1.0).contains(&score));
    assert!(
        stderr(&o).contains("9 French and 9 English sentences"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn corpus_filters_drop_unaligned_and_low_confidence() {
    let base = [
        "align",
        &fixture("article.fr.txt"),
        &fixture("article.en.txt"),
        "--dict",
        &fixture("dict.tsv"),
        "-f",
        "links",
        "-q",
    ];
    let mut args = base.to_vec();
    args.push("--drop-unaligned");
    let o = bitext(&args);
    assert!(o.status.success());
    assert!(!stdout(&o).contains("[]"), "{}", stdout(&o));
    assert_eq!(stdout(&o).lines().count(), 8);
    let mut args = base.to_vec();
    args.extend(["--min-score", "1"]);
    let o = bitext(&args);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "");
    let mut args = base.to_vec();
    args.extend(["--min-score", "1.5"]);
    let o = bitext(&args);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn presplit_input_and_max_bead() {
    let o = bitext(&[
        "align",
        &fixture("short.fr.txt"),
        &fixture("short.en.txt"),
        "--presplit",
        "--no-dict",
        "-f",
        "links",
        "--max-bead",
        "1",
        "-q",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    for l in stdout(&o).lines() {
        let (a, b) = l.split_once(':').unwrap();
        assert!(
            !a.contains(',') && !b.contains(','),
            "no merges with --max-bead 1: {l}"
        );
    }
}

#[test]
fn moses_and_jsonl_outputs() {
    let dir = temp_dir("moses");
    let prefix = dir.join("corpus");
    let o = bitext(&[
        "align",
        &fixture("article.fr.txt"),
        &fixture("article.en.txt"),
        "--dict",
        &fixture("dict.tsv"),
        "-f",
        "moses",
        "--drop-unaligned",
        "-o",
        prefix.to_str().unwrap(),
        "-q",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let fr = std::fs::read_to_string(dir.join("corpus.fr")).unwrap();
    let en = std::fs::read_to_string(dir.join("corpus.en")).unwrap();
    assert_eq!(fr.lines().count(), en.lines().count());
    assert!(en.lines().next().unwrap().starts_with("The mayor of Lyon"));
    std::fs::remove_dir_all(&dir).unwrap();

    let o = bitext(&[
        "align",
        &fixture("short.fr.txt"),
        &fixture("short.en.txt"),
        "--presplit",
        "--no-dict",
        "-f",
        "jsonl",
        "-q",
    ]);
    assert!(o.status.success());
    let first = stdout(&o).lines().next().unwrap().to_string();
    assert!(
        first.contains("\"fr_ids\":[0]") && first.contains("\"en_ids\":[0]"),
        "{first}"
    );
}

#[test]
fn translations_file_is_used_and_checked() {
    let dir = temp_dir("mt");
    let mt = dir.join("mt.txt");
    std::fs::write(
        &mt,
        "A black cat sleeps.\nIt is raining.\nThe dog barks.\nThe sun shines.\n",
    )
    .unwrap();
    let o = bitext(&[
        "align",
        &fixture("short.fr.txt"),
        &fixture("short.en.txt"),
        "--presplit",
        "--no-dict",
        "--translations",
        mt.to_str().unwrap(),
        "-f",
        "links",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("with translations"), "{}", stderr(&o));
    assert_eq!(
        stdout(&o).lines().count(),
        stdout(&o).lines().filter(|l| l.contains(':')).count()
    );

    std::fs::write(&mt, "Only one line.\n").unwrap();
    let o = bitext(&[
        "align",
        &fixture("short.fr.txt"),
        &fixture("short.en.txt"),
        "--presplit",
        "--no-dict",
        "--translations",
        mt.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("1 lines"), "{}", stderr(&o));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn one_empty_side_gives_deletions() {
    let dir = temp_dir("empty");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "\n\n").unwrap();
    let o = bitext(&[
        "align",
        &fixture("short.fr.txt"),
        empty.to_str().unwrap(),
        "--presplit",
        "--no-dict",
        "-f",
        "links",
        "-q",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "[0]:[]\n[1]:[]\n[2]:[]\n[3]:[]\n");
    let o = bitext(&[
        "align",
        empty.to_str().unwrap(),
        empty.to_str().unwrap(),
        "-f",
        "links",
        "-q",
    ]);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn duplicates_and_unequal_lengths_do_not_break() {
    let dir = temp_dir("dups");
    let fr = dir.join("fr.txt");
    let en = dir.join("en.txt");
    std::fs::write(&fr, "Oui.\n".repeat(300)).unwrap();
    std::fs::write(
        &en,
        "Yes.\n".repeat(200) + "A different ending, with 3 words.\n",
    )
    .unwrap();
    let o = bitext(&[
        "align",
        fr.to_str().unwrap(),
        en.to_str().unwrap(),
        "--presplit",
        "--no-dict",
        "-f",
        "links",
        "-q",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut fr_seen = 0;
    let mut en_seen = 0;
    for l in stdout(&o).lines() {
        let (a, b) = l.split_once(':').unwrap();
        fr_seen += a.matches(|c: char| c.is_ascii_digit()).count().min(1) + a.matches(',').count();
        en_seen += b.matches(|c: char| c.is_ascii_digit()).count().min(1) + b.matches(',').count();
    }
    assert_eq!(
        (fr_seen, en_seen),
        (300, 201),
        "every sentence in exactly one bead"
    );

    std::fs::write(&fr, "Une seule phrase.\n").unwrap();
    std::fs::write(&en, "One.\n".repeat(50)).unwrap();
    let o = bitext(&[
        "align",
        fr.to_str().unwrap(),
        en.to_str().unwrap(),
        "--presplit",
        "--no-dict",
        "-f",
        "links",
        "-q",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).lines().count() >= 47);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_input_is_a_one_line_error() {
    let dir = temp_dir("bad");
    let bin = dir.join("bin.dat");
    std::fs::write(&bin, b"\x00\x01\x02binary\xff").unwrap();
    let o = bitext(&[
        "align",
        bin.to_str().unwrap(),
        &fixture("short.en.txt"),
        "--no-dict",
    ]);
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(stderr(&o).trim().lines().count(), 1, "{}", stderr(&o));

    let o = bitext(&[
        "align",
        &fixture("short.fr.txt"),
        "/nonexistent/en.txt",
        "--no-dict",
    ]);
    assert_eq!(o.status.code(), Some(3));

    let o = bitext(&[
        "align",
        &fixture("short.fr.txt"),
        &fixture("short.en.txt"),
        "--dict",
        "/nonexistent/dict.tsv",
    ]);
    assert_eq!(o.status.code(), Some(3));

    let o = bitext(&["align", "-", "-", "--no-dict"]);
    assert_eq!(o.status.code(), Some(2));

    let o = bitext(&[
        "align",
        &fixture("short.fr.txt"),
        &fixture("short.en.txt"),
        "--dict",
        &fixture("short.en.txt"),
    ]);
    assert_eq!(
        o.status.code(),
        Some(3),
        "a file with no TSV entries: {}",
        stderr(&o)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn model_translations_feed_the_aligner() {
    let model = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/tiny-copy");
    let o = bitext(&[
        "align",
        &fixture("article.fr.txt"),
        &fixture("article.en.txt"),
        "--dict",
        &fixture("dict.tsv"),
        "--model",
        model.to_str().unwrap(),
        "-f",
        "links",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("with translations"), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("[0]:[0]\n"), "{}", stdout(&o));

    let o = bitext(&[
        "align",
        &fixture("article.fr.txt"),
        &fixture("article.en.txt"),
        "--no-dict",
        "--model",
        model.to_str().unwrap(),
        "--translations",
        &fixture("article.en.txt"),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}
