//! Unit tests: the behaviours listed in the segmentation issue, one small case each, plus
//! property tests (tiling, determinism, streaming equals whole-string segmentation).

use super::*;
use proptest::prelude::*;

fn sents(text: &str, lang: Lang) -> Vec<&str> {
    segment(text, lang)
        .iter()
        .map(|s| s.span.of(text))
        .collect()
}

fn fr(text: &str) -> Vec<&str> {
    sents(text, Lang::Fr)
}

fn en(text: &str) -> Vec<&str> {
    sents(text, Lang::En)
}

/// Spans trimmed, non-empty, in order, only whitespace between them.
fn assert_tiles(text: &str, out: &[Sentence]) {
    let mut pos = 0;
    let mut last_par = 0;
    for s in out {
        assert!(s.span.start >= pos && s.span.start < s.span.end, "{out:?}");
        assert!(text[pos..s.span.start].chars().all(is_space));
        let t = s.span.of(text);
        assert_eq!(t, t.trim_matches(is_space));
        assert!(s.paragraph >= last_par);
        last_par = s.paragraph;
        pos = s.span.end;
    }
    assert!(text[pos..].chars().all(is_space));
}

#[test]
fn a_byte_order_mark_is_left_out_of_the_first_sentence() {
    // Notepad and other Windows editors start UTF-8 files with U+FEFF: it is no text.
    let text = "\u{feff}Le ministre a dit : « Nous partons. » Puis il est parti.\r\n";
    let out = segment(text, Lang::Fr);
    assert_tiles(text, &out);
    assert_eq!(out[0].span.start, 3);
    assert_eq!(
        fr(text),
        [
            "Le ministre a dit : « Nous partons. »",
            "Puis il est parti."
        ]
    );
    // A file holding only the mark has no sentence, and the mark alone on a line is blank.
    assert!(fr("\u{feff}").is_empty());
    let out = segment("\u{feff}\nTitre\n\u{feff}\nTexte.", Lang::Fr);
    assert_eq!(out.iter().map(|s| s.paragraph).collect::<Vec<_>>(), [0, 1]);
}

#[test]
fn splits_simple_sentences() {
    assert_eq!(
        fr("Il pleut. Le vent souffle."),
        ["Il pleut.", "Le vent souffle."]
    );
    assert_eq!(
        fr("Vraiment ? Oui ! Bien."),
        ["Vraiment ?", "Oui !", "Bien."]
    );
}

#[test]
fn paragraphs_and_headlines() {
    let text = "Le titre du jour\nLe texte commence. Il continue.\n\n  \nDeuxième paragraphe.";
    let out = segment(text, Lang::Fr);
    let got: Vec<_> = out.iter().map(|s| (s.span.of(text), s.paragraph)).collect();
    assert_eq!(
        got,
        [
            ("Le titre du jour", 0),
            ("Le texte commence.", 0),
            ("Il continue.", 0),
            ("Deuxième paragraphe.", 1)
        ]
    );
    assert_tiles(text, &out);
}

#[test]
fn wrapped_lines_are_not_headlines() {
    assert_eq!(
        fr("Le ministre a rencontré les représentants de\nla société, puis il est parti."),
        ["Le ministre a rencontré les représentants de\nla société, puis il est parti."]
    );
    assert_eq!(fr("Il a vu M.\nDupont hier."), ["Il a vu M.\nDupont hier."]);
}

#[test]
fn french_quotations() {
    // Straight quotes, French spacing: the spacing of the first quote tells it opens.
    assert_eq!(
        fr("Il a dit : \" Je viens. \" Puis il est parti. \"Non.\" Fin."),
        [
            "Il a dit : \" Je viens. \"",
            "Puis il est parti.",
            "\"Non.\"",
            "Fin."
        ]
    );
    // A stray quote does not reach past the line.
    assert_eq!(
        fr("Le titre \"choc\n\" Oui. \" Il vient."),
        ["Le titre \"choc", "\" Oui. \"", "Il vient."]
    );
    assert_eq!(
        fr("Il a dit : « Je viens. » Puis il est parti."),
        ["Il a dit : « Je viens. »", "Puis il est parti."]
    );
    assert_eq!(
        fr("« Pourquoi ? » demande-t-il. « Parce que ! » a-t-elle répondu."),
        [
            "« Pourquoi ? » demande-t-il.",
            "« Parce que ! » a-t-elle répondu."
        ]
    );
    assert_eq!(
        fr("Il a crié « Au secours ! » avant de fuir. Personne n'est venu."),
        [
            "Il a crié « Au secours ! » avant de fuir.",
            "Personne n'est venu."
        ]
    );
    assert_eq!(
        fr("Pourquoi ? demande-t-il. C'est ainsi."),
        ["Pourquoi ? demande-t-il.", "C'est ainsi."]
    );
    assert_eq!(
        fr("Que faire ? s'interroge le maire. Personne ne sait."),
        ["Que faire ? s'interroge le maire.", "Personne ne sait."]
    );
    assert_eq!(
        fr("Il a dit “c’est fini.” Elle a ri."),
        ["Il a dit “c’est fini.”", "Elle a ri."]
    );
}

#[test]
fn non_breaking_spaces_before_punctuation() {
    let text = "Vraiment\u{202f}? Oui\u{a0}! Il a dit\u{a0}: «\u{a0}Non.\u{a0}» Fin.";
    assert_eq!(
        fr(text),
        [
            "Vraiment\u{202f}?",
            "Oui\u{a0}!",
            "Il a dit\u{a0}: «\u{a0}Non.\u{a0}»",
            "Fin."
        ]
    );
}

#[test]
fn dialogue_dashes() {
    assert_eq!(
        fr("— Tu viens ? — Non, dit-il. — Pourquoi ?"),
        ["— Tu viens ?", "— Non, dit-il.", "— Pourquoi ?"]
    );
}

#[test]
fn abbreviations() {
    for text in [
        "M. Dupont et Mme Martin sont arrivés.",
        "MM. Dupont et Durand ont signé.",
        "Le Dr. Seuss et le Pr. Tournesol sont venus.",
        "Voir cf. la note, p. 35 et art. 3 du code.",
        "César est mort en 44 av. J.-C. à Rome.",
        "Il faut, c.-à-d. sans attendre, agir.",
        "Des pommes, des poires, etc. sont au menu.",
        "Me. Dupont plaide, St. Louis attend.",
    ] {
        assert_eq!(fr(text), [text], "{text}");
    }
    assert_eq!(
        fr("Il a acheté du pain, du lait, etc. Puis il est parti."),
        ["Il a acheté du pain, du lait, etc.", "Puis il est parti."]
    );
}

#[test]
fn initials() {
    assert_eq!(
        fr("J.-P. Sartre et A. Blinken ont écrit."),
        ["J.-P. Sartre et A. Blinken ont écrit."]
    );
    assert_eq!(
        fr("Selon l'article L. 1111-4 du code, c'est permis."),
        ["Selon l'article L. 1111-4 du code, c'est permis."]
    );
    assert_eq!(
        fr("Il a choisi le plan B. Il a eu raison."),
        ["Il a choisi le plan B.", "Il a eu raison."]
    );
    // At the end of a line longer than hard-wrapped text has, an initial ends the sentence;
    // at the end of a wrapped line it does not.
    let long = "Il n'y a en général guère de réductions sur les places en classe affaires ou en première des vols directs qui vont de A à B.\nCompagnies et voyageurs le savent.";
    assert_eq!(
        fr(long),
        [
            "Il n'y a en général guère de réductions sur les places en classe affaires ou en première des vols directs qui vont de A à B.",
            "Compagnies et voyageurs le savent."
        ]
    );
    assert_eq!(
        fr("Le discours du président John F.\nKennedy est resté célèbre."),
        ["Le discours du président John F.\nKennedy est resté célèbre."]
    );
}

#[test]
fn ordinals_centuries_numbers() {
    for text in [
        "Le 1er mai, au XXe s. déjà, on défilait.",
        "La hausse est de 3,5 % sur 2 000 ou 1.000 personnes à 10 h 30 en 2023-09.",
        "Le taux passe de 3.5 à 4.2 points.",
    ] {
        assert_eq!(fr(text), [text], "{text}");
    }
    assert_eq!(
        fr("Il est né en 1950. Il est mort en 2020."),
        ["Il est né en 1950.", "Il est mort en 2020."]
    );
}

#[test]
fn ellipsis() {
    assert_eq!(fr("Il hésite… puis revient."), ["Il hésite… puis revient."]);
    assert_eq!(
        fr("Il hésite... puis revient."),
        ["Il hésite... puis revient."]
    );
    assert_eq!(
        fr("Il attend… Rien ne vient."),
        ["Il attend…", "Rien ne vient."]
    );
    assert_eq!(
        fr("« Nous voulons (…) la paix », dit-il."),
        ["« Nous voulons (…) la paix », dit-il."]
    );
}

#[test]
fn addresses_handles_hashtags() {
    for text in [
        "Écrivez à jean.dupont@exemple.fr pour en savoir plus.",
        "Le site https://www.lemonde.fr/a.html?id=3 est en ligne.",
        "Voir www.Exemple.Com pour le détail.",
        "Suivez @Le_Monde et #Paris2024 sur X.",
    ] {
        assert_eq!(fr(text), [text], "{text}");
    }
    assert_eq!(
        fr("Voir www.lemonde.fr. Le site est en ligne."),
        ["Voir www.lemonde.fr.", "Le site est en ligne."]
    );
}

#[test]
fn parentheses_and_brackets() {
    assert_eq!(
        fr("Il est parti. (Il reviendra demain.) Nous verrons."),
        ["Il est parti.", "(Il reviendra demain.)", "Nous verrons."]
    );
    assert_eq!(
        fr("Le ministre (PS) Jean Dupont a parlé."),
        ["Le ministre (PS) Jean Dupont a parlé."]
    );
}

#[test]
fn enumerations() {
    assert_eq!(
        fr("Deux points :\n1. La hausse des prix.\n2. La baisse des salaires."),
        [
            "Deux points :",
            "1. La hausse des prix.",
            "2. La baisse des salaires."
        ]
    );
    assert_eq!(
        fr("Il y a deux points : 1. la hausse ; 2. la baisse."),
        ["Il y a deux points : 1. la hausse ; 2. la baisse."]
    );
    assert_eq!(
        fr("Le bureau : président : A. Durand ; trésorier : B. Petit ; secrétaire : C. Roux ; membre : D. Blanc."),
        [
            "Le bureau : président : A. Durand ;",
            "trésorier : B. Petit ;",
            "secrétaire : C. Roux ;",
            "membre : D. Blanc."
        ]
    );
    // One or two semicolons join clauses.
    assert_eq!(
        fr("Il pleut ; il vente ; il neige."),
        ["Il pleut ; il vente ; il neige."]
    );
}

#[test]
fn missing_space_after_full_stop() {
    assert_eq!(
        fr("Il est parti.Le lendemain, il est revenu."),
        ["Il est parti.", "Le lendemain, il est revenu."]
    );
    assert_eq!(fr("M.Dupont est là."), ["M.Dupont est là."]);
    assert_eq!(
        fr("Publié en 1789.Il reste vrai."),
        ["Publié en 1789.", "Il reste vrai."]
    );
    assert_eq!(fr("La version 2.Beta sort."), ["La version 2.Beta sort."]);
}

#[test]
fn lowercase_after_full_stop() {
    // Speech transcripts and careless text start sentences in lower case.
    assert_eq!(
        fr("il pleut. tu viens ? non."),
        ["il pleut.", "tu viens ?", "non."]
    );
    assert_eq!(
        fr("alors… il y a un réflexe."),
        ["alors…", "il y a un réflexe."]
    );
}

#[test]
fn exclamation_mark_inside_a_name() {
    // A name with its own "!" (Yahoo !, Splann !) goes on with a lower-case word, in text
    // whose sentences open with a capital; a question mark before "à" (for À) still ends one.
    assert_eq!(
        fr("Pour le média Splann ! qu'elle a fondé, c'est grave. Yahoo ! a annoncé la fin."),
        [
            "Pour le média Splann ! qu'elle a fondé, c'est grave.",
            "Yahoo ! a annoncé la fin."
        ]
    );
    assert_eq!(
        fr("Quel est le montant ? à partir de quand ?"),
        ["Quel est le montant ?", "à partir de quand ?"]
    );
    assert_eq!(
        fr("Quelle horreur ! Il est parti."),
        ["Quelle horreur !", "Il est parti."]
    );
}

#[test]
fn english_mode() {
    assert_eq!(
        en("Mr. Smith met Dr. Jones at 5 p.m. in Washington. They talked, e.g. about the U.S. economy."),
        [
            "Mr. Smith met Dr. Jones at 5 p.m. in Washington.",
            "They talked, e.g. about the U.S. economy."
        ]
    );
    assert_eq!(
        en("\"Why?\" he asked. Nobody knew."),
        ["\"Why?\" he asked.", "Nobody knew."]
    );
    assert_eq!(
        en("See No. 5 and vol. 2. It is late."),
        ["See No. 5 and vol. 2.", "It is late."]
    );
    assert_eq!(
        en("It opens at 10 a.m. New York time. It closes at 4 p.m. The bell rings."),
        [
            "It opens at 10 a.m. New York time.",
            "It closes at 4 p.m.",
            "The bell rings."
        ]
    );
}

#[test]
fn edge_inputs() {
    assert!(segment("", Lang::Fr).is_empty());
    assert!(segment(" \n\n \t\u{a0}\n", Lang::Fr).is_empty());
    assert_eq!(fr("..."), ["..."]);
    assert_eq!(fr("\r\nTitre\r\n\r\nTexte.\r\n"), ["Titre", "Texte."]);
}

#[test]
fn sample_article_tiles() {
    let text = "Titre\n\n« Les actions militaires risquent d’aggraver la situation. » Blinken a déclaré mardi. « Nous appelons au dialogue. »\n";
    let out = segment(text, Lang::Fr);
    assert_tiles(text, &out);
    assert_eq!(out.len(), 4);
}

fn stream(text: &str, lang: Lang, soft: usize, hard: usize) -> Vec<OwnedSentence> {
    SentenceReader::with_limits(std::io::Cursor::new(text.as_bytes()), lang, soft, hard)
        .collect::<std::io::Result<Vec<_>>>()
        .unwrap()
}

fn whole(text: &str, lang: Lang) -> Vec<OwnedSentence> {
    segment(text, lang)
        .into_iter()
        .map(|s| OwnedSentence {
            sentence: s,
            text: s.span.of(text).to_string(),
        })
        .collect()
}

#[test]
fn streaming_matches_whole_text() {
    let para = "M. Dupont est venu. Il a dit : « Je pars ! » Puis il est parti… Le soir, il est revenu.\nUn titre\n";
    let text = format!("Début.\n\n{}\n\n{}", para.repeat(50), para);
    for (soft, hard) in [(1 << 20, 16 << 20), (64, 1 << 20), (1, 1 << 20)] {
        assert_eq!(
            stream(&text, Lang::Fr, soft, hard),
            whole(&text, Lang::Fr),
            "soft={soft}"
        );
    }
}

#[test]
fn streaming_matches_after_a_glued_sentence() {
    // Found by fuzzing: a sentence glued to the previous one ("!D"), then a decision that
    // looks back over a long token.
    let text = format!("Mu {}U!Dbwww.00,88:’88Mu.Mu suite.\nFin.", "8".repeat(90));
    for soft in [1, 8, 39, 1 << 20] {
        assert_eq!(
            stream(&text, Lang::Fr, soft, 1 << 20),
            whole(&text, Lang::Fr),
            "soft={soft}"
        );
    }
}

#[test]
fn streaming_bounds_a_huge_sentence() {
    let text = "mot ".repeat(5000);
    let out = stream(&text, Lang::Fr, 100, 1000);
    assert!(out.len() > 1);
    for s in &out {
        assert!(s.text.len() <= 1100);
        assert_eq!(s.text, &text[s.sentence.span.start..s.sentence.span.end]);
    }
}

#[test]
fn streaming_reports_bad_bytes_with_offset() {
    let bytes: &[u8] = b"Bonjour.\nAu revoir \xff.\n";
    let mut r = segment_reader(bytes, Lang::Fr);
    let err = r.find_map(|x| x.err()).unwrap();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidData);
    assert!(err.to_string().contains("byte offset 19"), "{err}");
    let err = segment_reader(&b"a\0b"[..], Lang::Fr)
        .find_map(|x| x.err())
        .unwrap();
    assert!(
        err.to_string().contains("NUL byte at byte offset 1"),
        "{err}"
    );
}

/// Text made of the characters the rules look at, so the properties reach the rules.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a", "Le", "il", "M", "Mme", "J", "-", "P", "etc", "p", "1", "23", "XX", "e", "www", "@",
        ".", ".", ".", "!", "?", "…", "...", ",", ";", ":", "«", "»", "\"", "“", "”", "(", ")",
        "[", "]", "—", "'", "’", " ", " ", " ", " ", "\n", "\n\n", "\u{a0}", "\u{202f}", "\r\n",
        "\t", "é", "À", "ß", "日本", "\u{200b}", "🙂",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

fn check_tiling(text: &str) {
    for lang in [Lang::Fr, Lang::En] {
        let out = segment(text, lang);
        assert_tiles(text, &out);
        assert_eq!(out, segment(text, lang), "not deterministic");
    }
}

proptest! {
    #[test]
    fn tiles_arbitrary_unicode(text in any::<String>()) {
        check_tiling(&text);
    }

    #[test]
    fn tiles_tricky_text(text in tricky_text()) {
        check_tiling(&text);
    }

    #[test]
    fn streaming_equals_whole(text in tricky_text(), soft in 1usize..64) {
        let want = whole(&text, Lang::Fr);
        let got = stream(&text, Lang::Fr, soft, 1 << 20);
        prop_assert_eq!(got, want);
    }

    #[test]
    fn streaming_tiles_with_tiny_limits(text in tricky_text(), soft in 1usize..16, hard in 1usize..32) {
        let got = stream(&text, Lang::Fr, soft, hard);
        let mut pos = 0;
        for s in &got {
            prop_assert!(s.sentence.span.start >= pos);
            prop_assert!(text[pos..s.sentence.span.start].chars().all(char::is_whitespace));
            prop_assert_eq!(&text[s.sentence.span.start..s.sentence.span.end], s.text.as_str());
            pos = s.sentence.span.end;
        }
        prop_assert!(text[pos..].chars().all(char::is_whitespace));
    }
}
