//! `bitext segment` and `bitext eval segment`, run as a user runs them (the real binary).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn bitext(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bitext"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run bitext");
    {
        let mut pipe = child.stdin.take().unwrap();
        if let Some(bytes) = stdin {
            pipe.write_all(bytes).unwrap();
        }
    }
    child.wait_with_output().unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bitext-segcli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const ARTICLE: &str =
    "Un titre sans point\n\nM. Dupont a dit : « Je viens. » Il est venu… puis reparti. \
Le 1er mai, J.-P. Sartre écrit à jean@x.fr.\n\nDeuxième paragraphe ?\n";

#[test]
fn text_output_one_sentence_a_line() {
    let out = bitext(&["segment", "-"], Some(ARTICLE.as_bytes()));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "Un titre sans point\n\
         M. Dupont a dit : « Je viens. »\n\
         Il est venu… puis reparti.\n\
         Le 1er mai, J.-P. Sartre écrit à jean@x.fr.\n\
         Deuxième paragraphe ?\n"
    );
}

#[test]
fn jsonl_output_has_spans_and_paragraphs() {
    let dir = scratch("jsonl");
    let input = dir.join("in.txt");
    std::fs::write(&input, ARTICLE).unwrap();
    let out = bitext(
        &["segment", input.to_str().unwrap(), "--format", "jsonl"],
        None,
    );
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 5);
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row["id"], i + 1);
        let (s, e) = (
            row["start"].as_u64().unwrap() as usize,
            row["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&ARTICLE[s..e], row["text"].as_str().unwrap());
    }
    let paragraphs: Vec<u64> = rows
        .iter()
        .map(|r| r["paragraph"].as_u64().unwrap())
        .collect();
    assert_eq!(paragraphs, [1, 2, 2, 2, 3]);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn english_mode_and_output_file() {
    let dir = scratch("en");
    let target = dir.join("out.txt");
    let out = bitext(
        &[
            "segment",
            "-",
            "--lang",
            "en",
            "-o",
            target.to_str().unwrap(),
        ],
        Some(b"Mr. Smith arrived at 5 p.m. on Monday. He left."),
    );
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "Mr. Smith arrived at 5 p.m. on Monday.\nHe left.\n"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn bad_input_is_a_one_line_error() {
    let out = bitext(&["segment", "/no/such/file.txt"], None);
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no such file"));

    let out = bitext(&["segment", "-"], Some(b"Bonjour.\nCaf\xe9 au lait.\n"));
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("invalid UTF-8 at byte offset 12"), "{err}");
    assert_eq!(err.lines().count(), 1);

    let dir = scratch("bad");
    let target = dir.join("out.txt");
    std::fs::write(&target, "old").unwrap();
    let out = bitext(
        &["segment", "-", "-o", target.to_str().unwrap()],
        Some(b"Bon.\n\0"),
    );
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "old",
        "output must not be half-written"
    );
    let out = bitext(&["segment", dir.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(3));
    let out = bitext(&["segment", "-", "--lang", "de"], Some(b""));
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn empty_input_gives_no_output() {
    let out = bitext(&["segment", "-"], Some(b" \n\n"));
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn eval_segment_scores_a_pair() {
    let dir = scratch("eval");
    std::fs::write(
        dir.join("x.sents.txt"),
        "Il pleut.\nLe vent souffle.\nM. Dupont est là.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("x.running.txt"),
        "Il pleut. Le vent souffle. M. Dupont est là.\n",
    )
    .unwrap();
    let out = bitext(&["eval", "segment", "--dir", dir.to_str().unwrap()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.lines().nth(1).unwrap().starts_with("x "), "{table}");
    assert!(table.contains("1.0000  1.0000  1.0000"), "{table}");
    let out = bitext(&["eval", "segment"], None);
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(dir).unwrap();
}
