use clap::Parser;

mod cli;

fn main() {
    let args = cli::Cli::parse();
    if let Err(e) = cli::run(args) {
        eprintln!("bitext: error: {e}");
        std::process::exit(e.kind.exit_code());
    }
}
