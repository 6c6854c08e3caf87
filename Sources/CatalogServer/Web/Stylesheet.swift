/// The site's only style sheet, inlined in every page. Colours keep a contrast ratio of at
/// least 4.5:1 on their background (RGAA 3.2 / WCAG 1.4.3); focus is always visible.
enum Stylesheet {
    static let css = """
        :root{--text:#1b1b1b;--muted:#4a4a4a;--link:#0a4c94;--bg:#fff;--panel:#f3f5f8;--line:#c5ccd6;--mark:#ffe58a;--accent:#00356b}
        *{box-sizing:border-box}
        body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;color:var(--text);background:var(--bg);line-height:1.5;font-size:1rem}
        a{color:var(--link)}
        a:hover{text-decoration-thickness:2px}
        :focus-visible{outline:3px solid #b34700;outline-offset:2px}
        .skip{position:absolute;left:-10000px;top:0;background:var(--accent);color:#fff;padding:.5rem 1rem;z-index:10}
        .skip:focus{left:0}
        header.site{background:var(--accent);color:#fff;padding:.75rem 1.5rem}
        header.site a{color:#fff;font-weight:700;font-size:1.4rem;text-decoration:none}
        header.site span{color:#e6edf5;margin-left:.5rem}
        header.site p{margin:0}
        main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem 2rem}
        main:focus{outline:none}
        footer.site{border-top:1px solid var(--line);color:var(--muted);padding:1rem 1.5rem;font-size:.9rem;max-width:72rem;margin:0 auto}
        h1{font-size:1.8rem;margin:.5rem 0 1rem}
        h2{font-size:1.35rem;margin:1.5rem 0 .5rem}
        h3{font-size:1.1rem;margin:1rem 0 .5rem}
        .search-form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin-bottom:1rem}
        .search-form label{display:block;font-weight:600;margin-bottom:.25rem}
        .search-form .query{flex:1 1 20rem}
        input[type=search],select{font:inherit;padding:.5rem;border:2px solid #6b7480;border-radius:4px;width:100%;background:#fff;color:var(--text)}
        button{font:inherit;padding:.55rem 1.1rem;border:2px solid var(--accent);background:var(--accent);color:#fff;border-radius:4px;cursor:pointer}
        button.secondary{background:#fff;color:var(--accent)}
        .layout{display:grid;grid-template-columns:17rem 1fr;gap:2rem}
        @media (max-width:50rem){.layout{grid-template-columns:1fr}}
        .facets fieldset{border:1px solid var(--line);border-radius:4px;margin:0 0 1rem;padding:.5rem .75rem}
        .facets legend{font-weight:700;padding:0 .25rem}
        .facets ul{list-style:none;margin:0;padding:0;max-height:16rem;overflow:auto}
        .facets li{margin:.15rem 0}
        .facets .count{color:var(--muted)}
        .results{list-style:none;margin:0;padding:0}
        .results li{border-bottom:1px solid var(--line);padding:.75rem 0}
        .results h3{margin:0 0 .25rem;font-size:1.15rem}
        .kind{display:inline-block;font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;background:var(--panel);border:1px solid var(--line);border-radius:3px;padding:0 .35rem;margin-right:.4rem;color:var(--accent)}
        .snippet{margin:.25rem 0;color:var(--text)}
        mark{background:var(--mark);color:#000;padding:0 .1em}
        .tags{color:var(--muted);font-size:.9rem;margin:.25rem 0 0}
        .summary-line{margin:.25rem 0}
        .status{font-size:.85rem;color:#7a3e00}
        .pager{display:flex;gap:1rem;margin-top:1rem}
        .notice{background:var(--panel);border-left:4px solid var(--accent);padding:.5rem .75rem}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
        dl.facts dt{font-weight:700}
        dl.facts dd{margin:0}
        .panel{background:var(--panel);border:1px solid var(--line);border-radius:4px;padding:.75rem 1rem;margin:1rem 0}
        .unknown{color:#8a1c00;font-weight:600}
        pre{background:var(--panel);padding:.75rem;overflow:auto;border-radius:4px}
        code{font-family:"DejaVu Sans Mono",monospace;font-size:.92em}
        blockquote{border-left:4px solid var(--line);margin:0;padding:.25rem 1rem;color:var(--muted)}
        """
}
