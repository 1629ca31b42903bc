//! The model fetch path, proven against a local server on 127.0.0.1 that serves the tiny
//! model in the Hugging Face Hub's URL layout (`HF_ENDPOINT=http://127.0.0.1:PORT`).

mod common;

use common::*;
use std::path::Path;
use std::process::Output;

const DEFAULT_REPO: &str = "michaelfeil/ct2fast-opus-mt-fr-en";

fn with_hub(home: &Path, hub: &MockHub, args: &[&str]) -> Output {
    let mut c = bitext(home);
    c.env("HF_ENDPOINT", hub.endpoint()).args(args);
    c.output().unwrap()
}

fn snapshot_files(home: &Path) -> Vec<String> {
    let snapshots = home.join("hf/hub/models--michaelfeil--ct2fast-opus-mt-fr-en/snapshots");
    let mut names = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&snapshots) {
        for snap in rd.flatten() {
            for f in std::fs::read_dir(snap.path()).unwrap().flatten() {
                names.push(f.file_name().to_string_lossy().into_owned());
            }
        }
    }
    names.sort();
    names
}

#[test]
fn first_translate_fetches_the_default_model_then_works_offline() {
    let home = TempDir::new("fetch");
    let hub = MockHub::start(DEFAULT_REPO, tiny_model_files(), HubFaults::default());
    let input = home.join("in.txt");
    std::fs::write(&input, "Le ministre a parlé. Il a dit « non ».").unwrap();
    let o = with_hub(
        home.path(),
        &hub,
        &["translate", input.to_str().unwrap(), "--intra-threads", "1"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("fetching it from"),
        "says so before fetching: {}",
        stderr(&o)
    );
    let out = stdout(&o);
    assert!(
        out.contains("Le ministre a parlé.\tLe ministre a parlé."),
        "{out}"
    );
    let requested = hub.requests.lock().unwrap().clone();
    assert!(requested
        .iter()
        .any(|r| r.contains("/michaelfeil/ct2fast-opus-mt-fr-en/resolve/main/model.bin")));
    assert_eq!(
        snapshot_files(home.path()),
        [
            "config.json",
            "model.bin",
            "shared_vocabulary.txt",
            "source.spm",
            "target.spm"
        ]
    );
    // Listed as installed, and usable with the network off.
    let o = with_hub(home.path(), &hub, &["model", "list"]);
    assert!(
        stdout(&o)
            .lines()
            .any(|l| l.starts_with("opus-mt-fr-en") && l.contains("installed")),
        "{}",
        stdout(&o)
    );
    drop(hub);
    let mut c = bitext(home.path());
    c.env("HF_HUB_OFFLINE", "1")
        .arg("translate")
        .arg(&input)
        .args(["--intra-threads", "1", "--format", "jsonl"]);
    let o = c.output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 2);
}

#[test]
fn interrupted_download_leaves_no_broken_model_and_resumes() {
    let home = TempDir::new("interrupt");
    let faults = HubFaults {
        truncate_file: Some("model.bin".into()),
    };
    let hub = MockHub::start(DEFAULT_REPO, tiny_model_files(), faults);
    let o = with_hub(home.path(), &hub, &["model", "fetch", "opus-mt-fr-en"]);
    assert_fails(&o, 5, "cannot download model.bin");
    // No model.bin in the snapshot: the model is not installed, not half-installed.
    assert!(!snapshot_files(home.path()).contains(&"model.bin".to_string()));
    let o = with_hub(home.path(), &hub, &["model", "list"]);
    let line = stdout(&o)
        .lines()
        .find(|l| l.starts_with("opus-mt-fr-en"))
        .unwrap()
        .to_string();
    assert!(!line.contains("installed"), "{line}");
    let input = home.join("in.txt");
    std::fs::write(&input, "Bonjour.").unwrap();
    let mut c = bitext(home.path());
    c.env("HF_HUB_OFFLINE", "1").arg("translate").arg(&input);
    assert_fails(&c.output().unwrap(), 5, "HF_HUB_OFFLINE");
    drop(hub);
    // A working server: the fetch completes and the model works.
    let hub = MockHub::start(DEFAULT_REPO, tiny_model_files(), HubFaults::default());
    let o = with_hub(
        home.path(),
        &hub,
        &["model", "fetch", "opus-mt-fr-en", "-q"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = with_hub(
        home.path(),
        &hub,
        &["translate", input.to_str().unwrap(), "--intra-threads", "1"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Bonjour.\tBonjour."));
}

#[test]
fn no_network_gives_one_line_error_with_import_hint() {
    let home = TempDir::new("nonet");
    // Bind then drop: nothing listens on this loopback port.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let input = home.join("in.txt");
    std::fs::write(&input, "Bonjour.").unwrap();
    let mut c = bitext(home.path());
    c.env("HF_ENDPOINT", format!("http://127.0.0.1:{port}"))
        .arg("translate")
        .arg(&input)
        .arg("-q");
    let o = c.output().unwrap();
    assert_fails(&o, 5, "bitext model import");
}

#[test]
fn import_directory_and_argos_package() {
    let home = TempDir::new("import");
    // A CTranslate2 model directory.
    let o = bitext(home.path())
        .args(["model", "import"])
        .arg(tiny_model())
        .args(["--name", "copy-dir", "-q"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    // An Argos Translate package: a zip with PKG/model/ and PKG/sentencepiece.model.
    let pkg = home.join("translate-fr_en-test.argosmodel");
    {
        let f = std::fs::File::create(&pkg).unwrap();
        let mut z = zip::ZipWriter::new(f);
        let opts = zip::write::SimpleFileOptions::default();
        for name in ["model.bin", "config.json", "shared_vocabulary.txt"] {
            z.start_file(format!("translate-fr_en-test/model/{name}"), opts)
                .unwrap();
            std::io::Write::write_all(&mut z, &std::fs::read(tiny_model().join(name)).unwrap())
                .unwrap();
        }
        z.start_file("translate-fr_en-test/sentencepiece.model", opts)
            .unwrap();
        std::io::Write::write_all(
            &mut z,
            &std::fs::read(tiny_model().join("source.spm")).unwrap(),
        )
        .unwrap();
        z.start_file("translate-fr_en-test/metadata.json", opts)
            .unwrap();
        std::io::Write::write_all(&mut z, br#"{"from_code": "fr", "to_code": "en"}"#).unwrap();
        z.finish().unwrap();
    }
    let o = bitext(home.path())
        .args(["model", "import"])
        .arg(&pkg)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("argos-fr-en:"), "{}", stdout(&o));
    let o = bitext(home.path())
        .args(["model", "list"])
        .output()
        .unwrap();
    assert!(
        stdout(&o).contains("copy-dir") && stdout(&o).contains("argos-fr-en"),
        "{}",
        stdout(&o)
    );
    let input = home.join("in.txt");
    std::fs::write(&input, "Les deux modèles copient. Vraiment !").unwrap();
    for name in ["copy-dir", "argos-fr-en"] {
        let o = bitext(home.path())
            .arg("translate")
            .arg(&input)
            .args(["--model", name, "--intra-threads", "1"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        assert!(
            stdout(&o).contains("Vraiment !\tVraiment !"),
            "{}",
            stdout(&o)
        );
    }
    // A file that is not a package, and a corrupt model, are refused and leave nothing.
    let junk = home.join("junk.argosmodel");
    std::fs::write(&junk, "not a zip").unwrap();
    let o = bitext(home.path())
        .args(["model", "import"])
        .arg(&junk)
        .output()
        .unwrap();
    assert_fails(&o, 3, "neither a model directory nor an Argos");
    let broken = home.join("broken");
    std::fs::create_dir_all(&broken).unwrap();
    for f in [
        "config.json",
        "shared_vocabulary.txt",
        "source.spm",
        "target.spm",
    ] {
        std::fs::copy(tiny_model().join(f), broken.join(f)).unwrap();
    }
    std::fs::write(broken.join("model.bin"), b"garbage").unwrap();
    let o = bitext(home.path())
        .args(["model", "import"])
        .arg(&broken)
        .output()
        .unwrap();
    assert_fails(&o, 4, "cannot load");
    let installed: Vec<_> = std::fs::read_dir(home.join("bitext/models"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(installed.len(), 2, "{installed:?}");
}
