use clap::{CommandFactory, FromArgMatches};

mod cli;

fn main() {
    bitext::translate::tune_allocator();
    let matches = cli::Cli::command()
        .long_version(&*Box::leak(cli::long_version().into_boxed_str()))
        .get_matches();
    let args = cli::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    if let Err(e) = cli::run(args) {
        eprintln!("bitext: error: {e}");
        std::process::exit(e.kind.exit_code());
    }
}
