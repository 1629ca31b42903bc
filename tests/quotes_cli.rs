//! `bitext quotes` through the real binary: extraction and speakers, checking against an
//! English source written for the test with given translations, output formats, errors,
//! and the tiny copy model through the real engine for plumbing.

mod common;

use common::{bitext, repo_root, tiny_model, TempDir};
use serde_json::Value;
use std::process::Output;

fn fixture(name: &str) -> String {
    repo_root()
        .join("tests/fixtures/quotes")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn run(home: &TempDir, args: &[&str]) -> Output {
    bitext(home.path())
        .arg("quotes")
        .args(args)
        .output()
        .expect("run bitext")
}

fn json(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn speaker(q: &Value) -> String {
    q["speaker"]["name"].as_str().unwrap_or("-").to_string()
}

#[test]
fn lists_quotations_with_spans_and_speakers() {
    let home = TempDir::new("quotes");
    let input = fixture("budget.fr.txt");
    let out = run(&home, &[&input, "--format", "json", "--quiet"]);
    let v = json(&out);
    let text = std::fs::read_to_string(&input).unwrap();
    let qs = v["quotations"].as_array().unwrap();
    let texts: Vec<&str> = qs.iter().map(|q| q["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        vec![
            "historique",
            "Nous ne relèverons pas les impôts en 2025. Les ménages ont déjà trop payé",
            "le déficit tombera à 3 % du PIB l'an prochain",
            "injuste, brutal et [surtout] dangereux",
            "deux millions d'emplois",
            "C'est un budget “de combat”",
            "de combat",
            "fausses, trompeuses, [et] absurdes",
        ]
    );
    // Byte spans point at the quoted words in the input.
    for q in qs {
        let (s, e) = (
            q["span"]["start"].as_u64().unwrap() as usize,
            q["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], q["text"].as_str().unwrap());
    }
    let speakers: Vec<String> = qs.iter().map(speaker).collect();
    assert!(speakers[0].contains("Paul Marchand"), "{speakers:?}");
    assert!(speakers[1].contains("Marchand"), "{speakers:?}");
    assert!(
        speakers[2].contains("Claire Dubois"),
        "selon X, « … »: {speakers:?}"
    );
    assert!(speakers[3].contains("opposition"), "{speakers:?}");
    assert!(speakers[4].contains("Marc Leroy"), "{speakers:?}");
    assert!(
        speakers[5].contains("Marc Leroy"),
        "a-t-il lancé → the last speaker: {speakers:?}"
    );
    // The nested quotation sits in the sixth and shares its speaker.
    assert_eq!(qs[6]["depth"], 1);
    assert_eq!(qs[6]["parent"], 6);
    assert!(speakers[6].contains("Marc Leroy"));
    // Editorial brackets are recognised.
    let ed = &qs[3]["editorial"][0];
    let (s, e) = (
        ed["start"].as_u64().unwrap() as usize,
        ed["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "[surtout]");
    // No model installed, no translations: nothing is made up.
    assert!(qs.iter().all(|q| q["translation"].is_null()));
    assert!(v["translator"].is_null());
}

#[test]
fn sample_article_quotations_and_speakers() {
    let home = TempDir::new("quotes");
    let input = repo_root().join("samples/haut-karabakh-2023-09.fr.txt");
    let v = json(&run(
        &home,
        &[input.to_str().unwrap(), "--format", "json", "--quiet"],
    ));
    let qs = v["quotations"].as_array().unwrap();
    let find = |t: &str| {
        qs.iter()
            .find(|q| q["text"].as_str().unwrap().starts_with(t))
            .unwrap_or_else(|| panic!("{t} not found"))
    };
    assert!(speaker(find("illégal, injustifiable, [and] inacceptable")).contains("Colonna"));
    assert!(speaker(find("quelques minutes avant")).contains("Zakharova"));
    assert!(speaker(find("Les actions militaires")).contains("Blinken"));
    assert!(
        speaker(find("Nous appelons à la fin")).contains("Blinken"),
        "attribution in the previous sentence"
    );
    assert!(speaker(find("une fin immédiate")).contains("Blinken"));
    assert_eq!(qs.len(), 10);
}

#[test]
fn checks_against_an_english_source() {
    let home = TempDir::new("quotes");
    let out = run(
        &home,
        &[
            &fixture("budget.fr.txt"),
            "--against",
            &fixture("budget.statement.en.txt"),
            "--translations",
            &fixture("budget.quotes.en.txt"),
            "--format",
            "json",
        ],
    );
    let v = json(&out);
    let qs = v["quotations"].as_array().unwrap();
    let status = |i: usize| qs[i]["status"].as_str().unwrap().to_string();
    let kinds = |i: usize| -> Vec<String> {
        qs[i]["comparison"]["flags"].as_array().map_or(vec![], |f| {
            f.iter()
                .map(|x| x["kind"].as_str().unwrap().to_string())
                .collect()
        })
    };
    // A faithful one-word quotation, found inside a longer sentence.
    assert_eq!(status(0), "matches", "{}", qs[0]);
    assert!(qs[0]["match"]["text"]
        .as_str()
        .unwrap()
        .contains("historic"));
    // The source has "We will raise taxes": the negation differs.
    assert_eq!(status(1), "differs");
    assert!(kinds(1).contains(&"negation".to_string()), "{:?}", kinds(1));
    assert_eq!(qs[1]["match"]["line"], 3);
    // Faithful paraphrase-free fragment with a number.
    assert_eq!(status(2), "matches", "{}", qs[2]);
    // Nowhere in the source: reported as not found, not forced onto a passage.
    assert_eq!(status(3), "not-found");
    assert!(qs[3]["match"].is_null());
    // Two million versus three million.
    assert_eq!(status(4), "differs");
    assert!(kinds(4).contains(&"number".to_string()), "{:?}", kinds(4));
    // "[and]" is editorial: no addition flagged.
    assert_eq!(status(7), "matches", "{}", qs[7]);
    assert_eq!(qs[7]["comparison"]["editorial"][0], "[and]");
    // « C'est un budget “de combat” » is not in the statement: the passage it lands on ties
    // with another one, and the match says so; clear matches do not.
    assert_eq!(qs[5]["match"]["uncertain"], true, "{}", qs[5]);
    for i in [0, 1, 2, 4, 7] {
        assert_eq!(qs[i]["match"]["uncertain"], false, "{}", qs[i]);
    }
}

#[test]
fn text_report_and_html() {
    let home = TempDir::new("quotes");
    let args = [
        fixture("budget.fr.txt"),
        "--against".into(),
        fixture("budget.statement.en.txt"),
        "--translations".into(),
        fixture("budget.quotes.en.txt"),
    ];
    let args: Vec<&str> = args.iter().map(|s| s.as_str()).collect();
    let out = run(&home, &args);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("DIFFERS") && text.contains("NOT FOUND") && text.contains("matches"),
        "{text}"
    );
    assert!(text.contains("negation"), "{text}");
    assert_eq!(text.matches("? uncertain:").count(), 1, "{text}");
    assert!(!text.contains('\x1b'), "no colour when not a terminal");
    let mut coloured = args.clone();
    coloured.extend(["--color", "always"]);
    let out = run(&home, &coloured);
    assert!(String::from_utf8(out.stdout).unwrap().contains("\x1b["));
    let html_path = home.join("report.html");
    let mut html_args = args.clone();
    html_args.extend(["--format", "html", "-o", html_path.to_str().unwrap()]);
    let out = run(&home, &html_args);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<mark") && html.contains("Claire Dubois") && html.contains("not-found"));
    assert!(html.contains("uncertain: next best"));
}

#[test]
fn each_line_mode_and_sentence_translations() {
    let home = TempDir::new("quotes");
    let pasted = home.join("pasted.fr.txt");
    std::fs::write(
        &pasted,
        "« le déficit tombera à 3 % du PIB »\n\nles ménages ont déjà trop payé\n",
    )
    .unwrap();
    let tr = home.join("pasted.en.txt");
    std::fs::write(
        &tr,
        "the deficit will fall to 3% of GDP\nhouseholds have already paid too much\n",
    )
    .unwrap();
    let v = json(&run(
        &home,
        &[
            pasted.to_str().unwrap(),
            "--each-line",
            "--translations",
            tr.to_str().unwrap(),
            "--against",
            &fixture("budget.statement.en.txt"),
            "--format",
            "json",
        ],
    ));
    let qs = v["quotations"].as_array().unwrap();
    assert_eq!(qs.len(), 2);
    assert_eq!(qs[0]["text"], "le déficit tombera à 3 % du PIB");
    assert_eq!(qs[0]["match"]["line"], 5);
    assert_eq!(qs[1]["match"]["line"], 3);
    assert_eq!(qs[1]["status"], "matches");
}

#[test]
fn bad_input_gives_one_line_errors() {
    let home = TempDir::new("quotes");
    let input = fixture("budget.fr.txt");
    // Missing file.
    let out = run(&home, &[home.join("nope.txt").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(stderr(&out).trim().lines().count(), 1, "{}", stderr(&out));
    // Translations with the wrong number of lines.
    let bad = home.join("bad.en.txt");
    std::fs::write(&bad, "one\ntwo\n").unwrap();
    let out = run(&home, &[&input, "--translations", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("one per quotation"),
        "{}",
        stderr(&out)
    );
    // Both ways of translating.
    let out = run(
        &home,
        &[
            &input,
            "--translations",
            bad.to_str().unwrap(),
            "--model",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    // Checking needs translations; no default model in this hermetic home.
    let out = run(
        &home,
        &[&input, "--against", &fixture("budget.statement.en.txt")],
    );
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("--translations"), "{}", stderr(&out));
    // A binary file.
    let bin = home.join("bin.txt");
    std::fs::write(&bin, b"\xff\xfe\x00abc").unwrap();
    let out = run(&home, &[bin.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    // A bad threshold.
    let out = run(&home, &[&input, "--threshold", "2"]);
    assert_eq!(out.status.code(), Some(2));
    // Empty input: no quotations, success.
    let empty = home.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let v = json(&run(&home, &[empty.to_str().unwrap(), "--format", "json"]));
    assert_eq!(v["quotations"].as_array().unwrap().len(), 0);
}

#[test]
fn tiny_model_translates_through_the_real_engine() {
    // The tiny model copies its input: the "translation" is the French quotation itself.
    // This checks the plumbing (engine, batching, order), not translation quality.
    let home = TempDir::new("quotes");
    let model = tiny_model();
    let v = json(&run(
        &home,
        &[
            &fixture("budget.fr.txt"),
            "--model",
            model.to_str().unwrap(),
            "--format",
            "json",
            "--quiet",
        ],
    ));
    let qs = v["quotations"].as_array().unwrap();
    assert_eq!(qs.len(), 8);
    for q in qs {
        let t = q["translation"]
            .as_str()
            .expect("a translation per quotation");
        assert!(!t.is_empty());
    }
    assert!(
        qs[0]["translation"]
            .as_str()
            .unwrap()
            .contains("historique"),
        "{}",
        qs[0]
    );
    assert!(v["translator"].as_str().is_some());
}

#[test]
fn extraction_quality_on_the_annotated_set() {
    // The hand-annotated fixtures the rules were developed on (real French news excerpts,
    // see bench/quotes/make_extraction_fixture.py): the README's figures, kept from
    // regressing, each set on its own. (No set is left out any more: news-i, the last
    // check, was read in session 18; bench/quotes/RESULTS.md gives each check's figure from
    // while it was one.)
    for set in [
        "extraction_gold.jsonl",
        "extraction_news_a.jsonl",
        "extraction_news_b.jsonl",
        "extraction_news_c.jsonl",
        "extraction_news_d.jsonl",
        "extraction_news_e.jsonl",
        "extraction_news_f.jsonl",
        "extraction_news_g.jsonl",
        "extraction_news_h.jsonl",
        "extraction_news_i.jsonl",
        "extraction_er_a.jsonl",
        "extraction_gsd_a.jsonl",
        "extraction_pud_a.jsonl",
        "extraction_pud_b.jsonl",
        "extraction_wiki_a.jsonl",
        "extraction_wiki_b.jsonl",
    ] {
        extraction_quality(set);
    }
}

fn extraction_quality(set: &str) {
    let home = TempDir::new("quotes");
    let (mut tp, mut fp, mut fn_, mut sp_ok, mut sp_n) = (0, 0, 0, 0, 0);
    let norm = |s: &str| {
        let s = s.to_lowercase().replace('’', "'");
        let s = s.trim();
        let s = ["le ", "la ", "les ", "l'", "un ", "une "]
            .iter()
            .fold(s.to_string(), |acc, a| {
                acc.strip_prefix(a).map(String::from).unwrap_or(acc)
            });
        s.trim_matches([' ', ',', '.']).to_string()
    };
    for line in std::fs::read_to_string(fixture(set)).unwrap().lines() {
        let rec: Value = serde_json::from_str(line).unwrap();
        let path = home.join("excerpt.fr.txt");
        std::fs::write(&path, rec["text"].as_str().unwrap()).unwrap();
        let v = json(&run(
            &home,
            &[path.to_str().unwrap(), "--format", "json", "--quiet"],
        ));
        let pred = v["quotations"].as_array().unwrap();
        let key = |s: &Value, e: &Value| (s.as_u64().unwrap(), e.as_u64().unwrap());
        let gold = rec["quotes"].as_array().unwrap();
        for g in gold {
            match pred.iter().find(|p| {
                key(&p["span"]["start"], &p["span"]["end"]) == key(&g["start"], &g["end"])
            }) {
                Some(p) => {
                    tp += 1;
                    sp_n += 1;
                    let ok = match (g["speaker"].as_str(), p["speaker"]["name"].as_str()) {
                        (None, None) => true,
                        (Some(a), Some(b)) => {
                            let (a, b) = (norm(a), norm(b));
                            !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
                        }
                        _ => false,
                    };
                    sp_ok += usize::from(ok);
                }
                None => fn_ += 1,
            }
        }
        fp += pred
            .iter()
            .filter(|p| {
                !gold.iter().any(|g| {
                    key(&p["span"]["start"], &p["span"]["end"]) == key(&g["start"], &g["end"])
                })
            })
            .count();
    }
    let p = tp as f64 / (tp + fp) as f64;
    let r = tp as f64 / (tp + fn_) as f64;
    let f1 = 2.0 * p * r / (p + r);
    let acc = sp_ok as f64 / sp_n as f64;
    assert!(tp + fn_ >= 30, "{set}: at least 30 annotated quotations");
    assert!(f1 >= 0.95, "{set}: span F1 {f1:.3}");
    assert!(acc >= 0.85, "{set}: speaker accuracy {acc:.3}");
}
