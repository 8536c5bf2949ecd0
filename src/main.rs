// mimalloc instead of glibc's allocator: at 50,000 pages a clean build takes
// 30 % less CPU (glibc's malloc slows as the heap grows), at 10,000 pages
// 12 % less, for 12 % more peak RSS there (docs/PERFORMANCE.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(agora::cli::main());
}
