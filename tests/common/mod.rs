//! Helpers shared by the integration tests: run the real binary, temporary directories,
//! and a local HTTP server that mimics the Hugging Face Hub's file layout.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_bitext")
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn tiny_model() -> PathBuf {
    repo_root().join("models/tiny-copy")
}

/// A fresh empty directory under the system temp dir, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let p = std::env::temp_dir().join(format!(
            "bitext-test-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
    pub fn join(&self, p: &str) -> PathBuf {
        self.0.join(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A command for the real binary with a clean, hermetic environment: no model settings
/// inherited from the developer's shell, an empty HF cache and bitext home, no network.
pub fn bitext(home: &Path) -> Command {
    let mut c = Command::new(bin());
    c.env_remove("BITEXT_MODEL")
        .env_remove("BITEXT_CATALOG")
        .env_remove("HF_ENDPOINT")
        .env_remove("HF_HUB_OFFLINE")
        .env("HF_HOME", home.join("hf"))
        .env("BITEXT_HOME", home.join("bitext"))
        // Keep the engine to one thread: tests run in parallel on small machines.
        .stdin(Stdio::null());
    c
}

pub fn run_with_stdin(mut cmd: Command, input: &[u8]) -> Output {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn bitext");
    let mut stdin = child.stdin.take().unwrap();
    let data = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

/// Assert a failure: the exit code, and a single-line error on stderr (no panic).
pub fn assert_fails(o: &Output, code: i32, needle: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(code), "stderr: {err}");
    assert!(!err.contains("panicked"), "panic: {err}");
    let lines: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "expected a one-line error, got: {err}");
    assert!(lines[0].starts_with("bitext: error: "), "{err}");
    assert!(err.contains(needle), "expected {needle:?} in: {err}");
}

/// How the mock Hub misbehaves.
#[derive(Clone, Debug, Default)]
pub struct HubFaults {
    /// Cut the body of this file off after half its bytes (Content-Length still full).
    pub truncate_file: Option<String>,
}

/// A local stand-in for the Hugging Face Hub on 127.0.0.1: serves
/// `/{repo}/resolve/{revision}/{file}` with the headers hf-hub reads (etag, x-repo-commit,
/// content-range) and honours `Range` requests. Bounded: it stops after `max_requests`
/// connections or when dropped.
pub struct MockHub {
    pub port: u16,
    pub requests: Arc<Mutex<Vec<String>>>,
    stop: Arc<std::sync::atomic::AtomicBool>,
}

impl MockHub {
    pub fn start(repo: &str, files: HashMap<String, Vec<u8>>, faults: HubFaults) -> MockHub {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (req2, stop2) = (requests.clone(), stop.clone());
        let repo = repo.to_string();
        let files = Arc::new(files);
        listener.set_nonblocking(true).unwrap();
        std::thread::spawn(move || {
            let max_requests = 500;
            let mut served = 0;
            let deadline = std::time::Instant::now() + Duration::from_secs(120);
            while !stop2.load(Ordering::SeqCst)
                && served < max_requests
                && std::time::Instant::now() < deadline
            {
                match listener.accept() {
                    Ok((stream, _)) => {
                        served += 1;
                        stream.set_nonblocking(false).unwrap();
                        let (files, repo, faults, req) =
                            (files.clone(), repo.clone(), faults.clone(), req2.clone());
                        std::thread::spawn(move || {
                            let _ = handle(stream, &repo, &files, &faults, &req);
                        });
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        MockHub {
            port,
            requests,
            stop,
        }
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for MockHub {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

fn etag_of(data: &[u8]) -> String {
    // FNV-1a 64, twice with different seeds: a stable per-content tag.
    let mut h1: u64 = 0xcbf29ce484222325;
    let mut h2: u64 = 0x84222325cbf29ce4;
    for &b in data {
        h1 = (h1 ^ b as u64).wrapping_mul(0x100000001b3);
        h2 = (h2 ^ b as u64).wrapping_mul(0x100000001b3).rotate_left(5);
    }
    format!("{h1:016x}{h2:016x}")
}

fn handle(
    stream: TcpStream,
    repo: &str,
    files: &HashMap<String, Vec<u8>>,
    faults: &HubFaults,
    requests: &Mutex<Vec<String>>,
) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut range: Option<(usize, Option<usize>)> = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
        let lower = line.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("range:") {
            let v = v.trim().trim_start_matches("bytes=");
            let mut it = v.splitn(2, '-');
            let a = it.next().and_then(|s| s.parse().ok()).unwrap_or(0);
            let b = it.next().and_then(|s| s.trim().parse().ok());
            range = Some((a, b));
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let path = parts.next().unwrap_or("").to_string();
    requests.lock().unwrap().push(format!("{method} {path}"));
    let mut w = stream;
    let prefix = format!("/{repo}/resolve/main/");
    let Some(file) = path
        .strip_prefix(&prefix)
        .and_then(|f| files.get(f).map(|d| (f, d)))
    else {
        w.write_all(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")?;
        return Ok(());
    };
    let (name, data) = file;
    let size = data.len();
    let (start, end) = match range {
        Some((a, Some(b))) => (a.min(size), (b + 1).min(size)),
        Some((a, None)) => (a.min(size), size),
        None => (0, size),
    };
    let body = &data[start..end];
    let status = if range.is_some() {
        "206 Partial Content"
    } else {
        "200 OK"
    };
    let header = format!(
        "HTTP/1.1 {status}\r\ncontent-length: {}\r\ncontent-range: bytes {}-{}/{}\r\naccept-ranges: bytes\r\netag: \"{}\"\r\nx-repo-commit: 0123456789abcdef0123456789abcdef01234567\r\nconnection: close\r\n\r\n",
        body.len(),
        start,
        end.saturating_sub(1),
        size,
        etag_of(data)
    );
    w.write_all(header.as_bytes())?;
    if method == "HEAD" {
        return Ok(());
    }
    let cut = faults.truncate_file.as_deref() == Some(name) && body.len() > 1;
    if cut {
        w.write_all(&body[..body.len() / 2])?;
        w.flush()?;
        // Drop the connection mid-body.
        let _ = w.shutdown(std::net::Shutdown::Both);
        return Ok(());
    }
    w.write_all(body)?;
    w.flush()
}

/// The tiny model's files, as a Hub repo would serve them.
pub fn tiny_model_files() -> HashMap<String, Vec<u8>> {
    let mut m = HashMap::new();
    for f in [
        "model.bin",
        "config.json",
        "shared_vocabulary.txt",
        "source.spm",
        "target.spm",
    ] {
        m.insert(f.to_string(), std::fs::read(tiny_model().join(f)).unwrap());
    }
    m
}

pub fn read_to_string(p: &Path) -> String {
    let mut s = String::new();
    std::fs::File::open(p)
        .unwrap()
        .read_to_string(&mut s)
        .unwrap();
    s
}
