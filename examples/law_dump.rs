//! Prints a regime's articles as the app shows them: `cargo run --example law_dump -- shanghai-2025 第十四条`.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(regime) = args
        .first()
        .and_then(|id| jifen::scoring::RegimeId::parse(id))
    else {
        eprintln!("usage: law_dump REGIME [ARTICLE]");
        std::process::exit(2);
    };
    for article in jifen::scoring::law::articles(regime) {
        if args.get(1).is_some_and(|a| *a != article.number) {
            continue;
        }
        println!("{} {}", article.number, article.heading);
        for p in &article.paragraphs {
            println!("    {p}");
        }
    }
}
