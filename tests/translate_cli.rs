//! End-to-end tests of `bitext translate`: the real binary, the real CTranslate2 engine and
//! SentencePiece, with the tiny copy model (it "translates" French into the same French, so
//! every test can check that text survives the whole pipeline unchanged and in order).

mod common;

use common::*;
use std::path::Path;
use std::process::Output;

fn translate(home: &Path, input: &Path, extra: &[&str]) -> Output {
    let mut c = bitext(home);
    c.arg("translate")
        .arg(input)
        .args(["--model"])
        .arg(tiny_model())
        .args(["--intra-threads", "1"])
        .args(extra);
    c.output().unwrap()
}

const ARTICLE: &str = "Titre de l’article\n\nLe ministre a parlé. Il a dit « non ». Ensuite ?\n\nUn deuxième paragraphe, plus long, avec 3,5 % et 2 000 €.\n";

struct Row {
    id: usize,
    paragraph: usize,
    start: usize,
    end: usize,
    fr: String,
    en: String,
}

fn parse_tsv(text: &str) -> Vec<Row> {
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "id\tparagraph\tstart\tend\tfr\ten\tscore"
    );
    lines
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 7, "{l}");
            let score: f32 = f[6].parse().unwrap();
            assert!(score <= 0.0 && score > -50.0, "score {score}");
            Row {
                id: f[0].parse().unwrap(),
                paragraph: f[1].parse().unwrap(),
                start: f[2].parse().unwrap(),
                end: f[3].parse().unwrap(),
                fr: bitext::format::tsv_unescape(f[4]),
                en: bitext::format::tsv_unescape(f[5]),
            }
        })
        .collect()
}

#[test]
fn tsv_rows_trace_back_to_the_input_and_keep_the_text() {
    let home = TempDir::new("tsv");
    let input = home.join("a.fr.txt");
    std::fs::write(&input, ARTICLE).unwrap();
    let out_path = home.join("pairs.tsv");
    let o = translate(home.path(), &input, &["-o", out_path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rows = parse_tsv(&read_to_string(&out_path));
    let frs: Vec<&str> = rows.iter().map(|r| r.fr.as_str()).collect();
    assert_eq!(
        frs,
        [
            "Titre de l’article",
            "Le ministre a parlé.",
            "Il a dit « non ».",
            "Ensuite ?",
            "Un deuxième paragraphe, plus long, avec 3,5 % et 2 000 €."
        ]
    );
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r.id, i + 1);
        assert_eq!(&ARTICLE[r.start..r.end], r.fr, "span of row {}", r.id);
        assert_eq!(r.en, r.fr, "the copy model must return its input");
    }
    assert_eq!(
        rows.iter().map(|r| r.paragraph).collect::<Vec<_>>(),
        [1, 2, 2, 2, 3]
    );
}

#[test]
fn jsonl_objects_round_trip() {
    let home = TempDir::new("jsonl");
    let input = home.join("a.fr.txt");
    std::fs::write(&input, ARTICLE).unwrap();
    let o = translate(home.path(), &input, &["--format", "jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let objs: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(objs.len(), 5);
    for (i, v) in objs.iter().enumerate() {
        assert_eq!(v["id"].as_u64().unwrap() as usize, i + 1);
        let (s, e) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&ARTICLE[s..e], v["fr"].as_str().unwrap());
        assert_eq!(v["en"], v["fr"]);
        assert!(v["paragraph"].as_u64().unwrap() >= 1);
        assert!(v["score"].as_f64().unwrap() <= 0.0);
    }
}

#[test]
fn tmx_is_valid_tmx_1_4b() {
    let home = TempDir::new("tmx");
    let input = home.join("a.fr.txt");
    std::fs::write(
        &input,
        "Les « guillemets » & <balises> restent.\nDeuxième ligne sans point\n",
    )
    .unwrap();
    let out_path = home.join("a.tmx");
    // Through standard input, as `cat a.fr.txt | bitext translate - ...`.
    let mut c = bitext(home.path());
    c.args([
        "translate",
        "-",
        "--format",
        "tmx",
        "--intra-threads",
        "1",
        "-o",
    ])
    .arg(&out_path)
    .arg("--model")
    .arg(tiny_model());
    let o = run_with_stdin(c, &std::fs::read(&input).unwrap());
    assert!(o.status.success(), "{}", stderr(&o));
    let xml = read_to_string(&out_path);
    let opts = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(&xml, opts).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "tmx");
    assert_eq!(root.attribute("version"), Some("1.4"));
    let header = root.children().find(|n| n.has_tag_name("header")).unwrap();
    for attr in [
        "creationtool",
        "creationtoolversion",
        "segtype",
        "o-tmf",
        "adminlang",
        "srclang",
        "datatype",
    ] {
        assert!(header.attribute(attr).is_some(), "header lacks {attr}");
    }
    assert_eq!(header.attribute("srclang"), Some("fr"));
    let tus: Vec<_> = root
        .descendants()
        .filter(|n| n.has_tag_name("tu"))
        .collect();
    assert_eq!(tus.len(), 2);
    let xml_ns = "http://www.w3.org/XML/1998/namespace";
    for tu in &tus {
        let tuvs: Vec<_> = tu.children().filter(|n| n.has_tag_name("tuv")).collect();
        let langs: Vec<_> = tuvs
            .iter()
            .map(|t| t.attribute((xml_ns, "lang")).unwrap())
            .collect();
        assert_eq!(langs, ["fr", "en"]);
    }
    let seg = tus[0]
        .descendants()
        .find(|n| n.has_tag_name("seg"))
        .unwrap()
        .text()
        .unwrap();
    assert_eq!(seg, "Les « guillemets » & <balises> restent.");
}

#[test]
fn moses_files_are_line_aligned() {
    let home = TempDir::new("moses");
    let input = home.join("a.fr.txt");
    std::fs::write(&input, ARTICLE).unwrap();
    std::fs::create_dir_all(home.join("corpus")).unwrap();
    let prefix = home.join("corpus/article");
    let o = translate(
        home.path(),
        &input,
        &["--format", "moses", "-o", prefix.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let fr = read_to_string(&home.join("corpus/article.fr"));
    let en = read_to_string(&home.join("corpus/article.en"));
    assert_eq!(fr.lines().count(), 5);
    assert_eq!(en.lines().count(), fr.lines().count());
    assert_eq!(fr, en);
    // Moses to stdout is refused: it needs two files.
    let o = translate(home.path(), &input, &["--format", "moses"]);
    assert_fails(&o, 2, "-o PREFIX");
}

#[test]
fn many_sentences_come_back_in_order_and_repeats_hit_the_cache() {
    let home = TempDir::new("order");
    let mut text = String::new();
    for i in 0..400 {
        // Varying lengths so that length-sorted batches reorder them internally.
        let filler = "très ".repeat(i % 23);
        text.push_str(&format!("Phrase numéro {i} est {filler}courte. "));
        if i % 50 == 0 {
            text.push_str("Lire aussi. ");
        }
    }
    let input = home.join("many.txt");
    std::fs::write(&input, &text).unwrap();
    let o = translate(
        home.path(),
        &input,
        &["--max-batch-size", "300", "--beam-size", "1"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let rows = parse_tsv(&stdout(&o));
    assert_eq!(rows.len(), 408);
    let numbered: Vec<&Row> = rows.iter().filter(|r| r.fr.starts_with("Phrase")).collect();
    for (i, r) in numbered.iter().enumerate() {
        assert!(r.fr.starts_with(&format!("Phrase numéro {i} ")), "{}", r.fr);
        assert_eq!(r.en, r.fr);
    }
    assert!(
        stderr(&o).contains("7 repeats served from cache"),
        "{}",
        stderr(&o)
    );
    // Three workers, each with its own batches in flight: the same rows in the same order.
    let o3 = translate(
        home.path(),
        &input,
        &[
            "--max-batch-size",
            "300",
            "--beam-size",
            "1",
            "--inter-threads",
            "3",
        ],
    );
    assert!(o3.status.success(), "{}", stderr(&o3));
    assert_eq!(stdout(&o3), stdout(&o));
}

#[test]
fn long_sentences_are_split_and_rejoined_not_truncated() {
    let home = TempDir::new("long");
    let words: Vec<String> = (0..700).map(|i| format!("mot{i}")).collect();
    let sentence = format!("{}, fin.", words.join(" "));
    let input = home.join("long.txt");
    std::fs::write(&input, &sentence).unwrap();
    let o = translate(home.path(), &input, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rows = parse_tsv(&stdout(&o));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].en, sentence);
    assert!(stderr(&o).contains("1 split for length"), "{}", stderr(&o));
}

#[test]
fn odd_unicode_survives_the_pipeline() {
    let home = TempDir::new("unicode");
    let text = "Ça coûte 3,5\u{a0}% — «\u{202f}oui\u{202f}» ! Emoji 😀👍🏽 et 日本語, Ωμέγα, עברית.\nNoël\u{301} à Zürich, ﬁn de l’ère ẞ.\n";
    let input = home.join("u.txt");
    std::fs::write(&input, text).unwrap();
    let o = translate(home.path(), &input, &["--format", "jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let mut n = 0;
    for l in out.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        assert_eq!(v["en"], v["fr"]);
        n += 1;
    }
    assert!(n >= 2);
}

#[test]
fn empty_input_gives_zero_pairs() {
    let home = TempDir::new("empty");
    let input = home.join("empty.txt");
    std::fs::write(&input, "\n  \n").unwrap();
    let o = translate(home.path(), &input, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "id\tparagraph\tstart\tend\tfr\ten\tscore\n");
}

#[test]
fn bad_inputs_get_one_line_errors() {
    let home = TempDir::new("bad");
    let missing = home.join("nope.txt");
    assert_fails(&translate(home.path(), &missing, &[]), 3, "no such file");
    assert_fails(
        &translate(home.path(), home.path(), &[]),
        3,
        "is a directory",
    );
    let latin1 = home.join("latin1.txt");
    std::fs::write(&latin1, b"caf\xe9 au lait").unwrap();
    assert_fails(
        &translate(home.path(), &latin1, &[]),
        3,
        "invalid UTF-8 at byte offset 3",
    );
    let nul = home.join("nul.txt");
    std::fs::write(&nul, b"abc\0def").unwrap();
    assert_fails(
        &translate(home.path(), &nul, &[]),
        3,
        "NUL byte at byte offset 3",
    );
    let huge = home.join("huge.txt");
    std::fs::write(&huge, "a".repeat(50 * 1024 * 1024)).unwrap();
    assert_fails(&translate(home.path(), &huge, &[]), 3, "bytes long");
    let ok = home.join("ok.txt");
    std::fs::write(&ok, "Bonjour.").unwrap();
    let o = translate(home.path(), &ok, &["--format", "links"]);
    assert_fails(&o, 2, "links");
    // Bad options are usage errors found before anything is written.
    for (flag, what) in [
        ("--beam-size", "--beam-size must be at least 1"),
        (
            "--max-decoding-length",
            "--max-decoding-length must be at least 1",
        ),
    ] {
        let o = translate(home.path(), &ok, &[flag, "0"]);
        assert_fails(&o, 2, what);
        assert_eq!(stdout(&o), "");
    }
    let o = translate(
        home.path(),
        &ok,
        &["-o", home.join("no/such/dir/out.tsv").to_str().unwrap()],
    );
    assert_fails(&o, 3, "does not exist");
}

#[test]
fn bad_models_get_one_line_errors() {
    let home = TempDir::new("badmodel");
    let input = home.join("ok.txt");
    std::fs::write(&input, "Bonjour.").unwrap();
    let run = |model: &Path| {
        let mut c = bitext(home.path());
        c.arg("translate").arg(&input).arg("--model").arg(model);
        c.output().unwrap()
    };
    // A model directory missing a file.
    let partial = home.join("partial");
    std::fs::create_dir_all(&partial).unwrap();
    for f in [
        "config.json",
        "shared_vocabulary.txt",
        "source.spm",
        "target.spm",
    ] {
        std::fs::copy(tiny_model().join(f), partial.join(f)).unwrap();
    }
    assert_fails(&run(&partial), 4, "missing model.bin");
    // Standard output stays empty, not a header with no rows, when the model fails.
    assert_eq!(stdout(&run(&partial)), "");
    // A corrupt model.bin: truncated, then garbage.
    let bin = std::fs::read(tiny_model().join("model.bin")).unwrap();
    std::fs::write(partial.join("model.bin"), &bin[..bin.len() / 3]).unwrap();
    assert_fails(&run(&partial), 4, "cannot load the CTranslate2 model");
    std::fs::write(partial.join("model.bin"), b"this is not a model").unwrap();
    assert_fails(&run(&partial), 4, "cannot load the CTranslate2 model");
    // An unknown catalog name.
    let o = bitext(home.path())
        .arg("translate")
        .arg(&input)
        .args(["--model", "no-such-model"])
        .output()
        .unwrap();
    assert_fails(&o, 4, "unknown model 'no-such-model'");
    // Nothing half-written was left behind by the failed runs.
    let leftovers: Vec<_> = std::fs::read_dir(home.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn failed_run_leaves_no_output_file() {
    let home = TempDir::new("atomic");
    let input = home.join("ok.txt");
    std::fs::write(&input, "Bonjour.").unwrap();
    let out = home.join("out.tsv");
    let mut c = bitext(home.path());
    c.arg("translate")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .args(["--model", "no-such-model"]);
    let o = c.output().unwrap();
    assert_eq!(o.status.code(), Some(4));
    assert!(!out.exists(), "a failed run must not leave an output file");
    assert_eq!(
        std::fs::read_dir(home.path()).unwrap().count(),
        1,
        "temporary file left behind"
    );
}

#[test]
fn help_has_examples() {
    let o = std::process::Command::new(bin())
        .args(["translate", "--help"])
        .output()
        .unwrap();
    let s = stdout(&o);
    assert!(s.contains("Examples:") && s.contains("--beam-size") && s.contains("--compute-type"));
    let o = std::process::Command::new(bin())
        .arg("--help")
        .output()
        .unwrap();
    assert!(stdout(&o).contains("Exit codes"));
}

#[test]
fn text_format_keeps_paragraphs() {
    let home = TempDir::new("text");
    let input = home.join("a.fr.txt");
    std::fs::write(&input, ARTICLE).unwrap();
    let o = translate(home.path(), &input, &["--format", "text"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "Titre de l’article\n\nLe ministre a parlé. Il a dit « non ». Ensuite ?\n\nUn deuxième paragraphe, plus long, avec 3,5 % et 2 000 €.\n"
    );
}

#[test]
fn closed_stdout_is_not_an_error() {
    use std::io::{BufRead, BufReader};
    let home = TempDir::new("pipe");
    // Enough output (> a pipe buffer) that writing must fail once the reader is gone.
    let text: String = (0..3000)
        .map(|i| format!("Ceci est la phrase numéro {i} du texte. "))
        .collect();
    let input = home.join("in.txt");
    std::fs::write(&input, text).unwrap();
    for format in ["jsonl", "tsv", "tmx", "text"] {
        let mut c = bitext(home.path());
        c.arg("translate")
            .arg(&input)
            .arg("--model")
            .arg(tiny_model())
            .args([
                "--intra-threads",
                "1",
                "--beam-size",
                "1",
                "-q",
                "--format",
                format,
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = c.spawn().unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(!first.is_empty());
        // stdout's reader is dropped here, as `| head -1` does.
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        assert!(stderr(&o).is_empty(), "{format}: {}", stderr(&o));
    }
}

#[test]
fn version_and_status_line_name_the_backend() {
    let home = TempDir::new("version");
    let out = bitext(home.path()).arg("--version").output().unwrap();
    assert!(out.status.success());
    let text = stdout(&out);
    let backend = bitext::translate::BACKEND;
    assert!(
        text.contains(&format!("CTranslate2 CPU backend: {backend}")),
        "{text}"
    );
    // The translate status line says which backend did the work.
    let input = home.join("in.txt");
    std::fs::write(&input, "Le ministre a parlé.\n").unwrap();
    let out = translate(home.path(), &input, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("{backend} backend")),
        "{}",
        stderr(&out)
    );
}
