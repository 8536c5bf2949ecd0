fn main() {
    std::process::exit(agora::cli::main());
}
