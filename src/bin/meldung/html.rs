//! HTML to plain text, cheaply: enough for a press release saved from a web
//! page, not a browser.
//!
//! Tags become whitespace (a line break for block elements, nothing for
//! inline ones such as `<b>` so that `<b>Bundes</b>amt` stays one word),
//! `<script>`, `<style>` and the like are dropped with their content,
//! comments are dropped, the common entities are decoded, and blank runs are
//! collapsed: spaces within a line to one, empty lines to one.

/// Elements whose content is not text.
const DROPPED: &[&str] = &["script", "style", "noscript", "template", "svg", "head"];

/// Elements after which a reader sees a new line.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "title",
    "tr",
    "ul",
];

/// Elements that sit inside a word as often as between words.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "em", "font", "i", "kbd", "mark", "q",
    "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
];

/// The visible text of an HTML document. A `<title>` is kept as the first
/// line (it is usually the headline), the rest of `<head>` is dropped.
pub fn to_text(html: &str) -> String {
    let body = collapse(&strip(html));
    match element_text(html, "title") {
        Some(title) if !body.starts_with(title) => {
            let mut text = collapse(title);
            text.push('\n');
            text.push_str(&body);
            text
        }
        _ => body,
    }
}

/// Tags replaced, dropped elements removed, entities decoded.
fn strip(html: &str) -> String {
    let mut raw = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        decode_entities(&rest[..lt], &mut raw);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            raw.push(' ');
            continue;
        }
        let Some(gt) = tag_end(rest) else {
            // a lone '<' in text ("a < b")
            raw.push('<');
            rest = &rest[1..];
            continue;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name = tag_name(tag);
        if !closing && DROPPED.contains(&name.as_str()) && !tag.ends_with('/') {
            match skip_element(rest, &name) {
                Some(after) => rest = after,
                // an unclosed script or style runs to the end; an unclosed
                // head (HTML allows leaving out `</head>`) ends nowhere
                None if matches!(name.as_str(), "script" | "style") => rest = "",
                None => {}
            }
            raw.push('\n');
        } else if BLOCK.contains(&name.as_str()) {
            raw.push('\n');
        } else if !INLINE.contains(&name.as_str()) {
            raw.push(' ');
        }
    }
    decode_entities(rest, &mut raw);
    raw
}

/// The end (`>`) of the tag starting at `s[0] == '<'`, if `s` starts a tag
/// at all (a letter, `/` or `!` after the `<`); quoted attribute values may
/// contain `>`.
fn tag_end(s: &str) -> Option<usize> {
    let next = s[1..].chars().next()?;
    if !(next.is_ascii_alphabetic() || next == '/' || next == '!' || next == '?') {
        return None;
    }
    let mut quote = None;
    for (i, b) in s.bytes().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// The lowercase element name of a tag's inside (`/P class=x` → `p`).
fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('/')
        .split(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// `rest` after the closing tag of `name`, if it has one.
fn skip_element<'h>(rest: &'h str, name: &str) -> Option<&'h str> {
    let at = find_ignore_case(rest, &format!("</{name}"))?;
    let after = &rest[at..];
    Some(after.find('>').map_or("", |gt| &after[gt + 1..]))
}

/// The text inside the first `<name …>…</name>`, if any.
fn element_text<'h>(html: &'h str, name: &str) -> Option<&'h str> {
    let open = find_ignore_case(html, &format!("<{name}"))?;
    let after = &html[open..];
    let start = open + after.find('>')? + 1;
    let end = start + find_ignore_case(&html[start..], &format!("</{name}"))?;
    let inner = html[start..end].trim();
    (!inner.is_empty() && !inner.contains('<')).then_some(inner)
}

fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    haystack
        .as_bytes()
        .windows(n.len())
        .position(|w| w.eq_ignore_ascii_case(n))
}

/// Appends `text` to `out` with character references decoded; unknown
/// entities stay as written.
fn decode_entities(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let semi = rest[1..]
            .char_indices()
            .take(10)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i + 1);
        match semi.and_then(|s| entity(&rest[1..s]).map(|c| (s, c))) {
            Some((s, c)) => {
                if let Some(c) = c {
                    out.push(c);
                }
                rest = &rest[s + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// The character of an entity name (`amp`, `#228`, `#xE4`); `Some(None)` for
/// a soft hyphen, which disappears.
fn entity(name: &str) -> Option<Option<char>> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return Some(match code {
            0xAD => None,
            0 => Some('\u{FFFD}'),
            _ => Some(char::from_u32(code).unwrap_or('\u{FFFD}')),
        });
    }
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "shy" => return Some(None),
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "Auml" => 'Ä',
        "Ouml" => 'Ö',
        "Uuml" => 'Ü',
        "szlig" => 'ß',
        "eacute" => 'é',
        "egrave" => 'è',
        "agrave" => 'à',
        "ndash" => '–',
        "mdash" => '—',
        "bdquo" => '„',
        "ldquo" => '“',
        "rdquo" => '”',
        "sbquo" => '‚',
        "lsquo" => '‘',
        "rsquo" => '’',
        "laquo" => '«',
        "raquo" => '»',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "hellip" => '…',
        "euro" => '€',
        "sect" => '§',
        "copy" => '©',
        "reg" => '®',
        "deg" => '°',
        "middot" => '·',
        "bull" => '•',
        "times" => '×',
        _ => return None,
    };
    Some(Some(c))
}

/// Spaces within a line collapsed to one, lines trimmed, runs of empty
/// lines collapsed to one, no leading or trailing empty lines.
fn collapse(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut blank = false;
    for line in raw.lines() {
        let mut words = line
            .split([' ', '\t', '\r', '\u{A0}'])
            .filter(|w| !w.is_empty());
        let Some(first) = words.next() else {
            blank = !out.is_empty();
            continue;
        };
        if blank {
            out.push('\n');
            blank = false;
        }
        out.push_str(first);
        for w in words {
            out.push(' ');
            out.push_str(w);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::to_text;

    #[test]
    fn press_release_page() {
        let html = "<!DOCTYPE html><html><head><title>Neue Cloud-Strategie</title>\
            <style>p { color: red }</style><script>var x = '<p>no</p>';</script></head>\
            <body><!-- nav --><h1>Neue Cloud-Strategie</h1>\
            <p>Berlin, 18.&nbsp;Dezember 2023 &ndash; Das <b>Bundes</b>amt f&uuml;r \
            Sicherheit &amp; Co. ver&#xF6;ffentlicht &bdquo;Leitlinien&ldquo;.</p>\
            <p>Zweiter&shy;Absatz &unknown; a &lt; b</p></body></html>";
        assert_eq!(
            to_text(html),
            "Neue Cloud-Strategie\n\
             \n\
             Berlin, 18. Dezember 2023 – Das Bundesamt für Sicherheit & Co. veröffentlicht „Leitlinien“.\n\
             \n\
             ZweiterAbsatz &unknown; a < b\n"
        );
        // a title that the body does not repeat comes first
        assert_eq!(
            to_text("<head><title>Kopf</title></head><p>Text</p>"),
            "Kopf\n\nText\n"
        );
        // HTML may leave out </head>
        assert_eq!(
            to_text("<html><head><meta charset=utf-8><body><p>Text</p>"),
            "Text\n"
        );
    }

    #[test]
    fn broken_markup_ends_without_panic() {
        for html in [
            "<p",
            "<script>never closed",
            "<!-- never closed",
            "a <",
            "&#99999999;",
            "&#x;",
            "<a href='>'>x</a>",
            "ü<ß>",
        ] {
            let _ = to_text(html);
        }
        assert_eq!(to_text("<a href='x>y'>Link</a> text"), "Link text\n");
    }
}
