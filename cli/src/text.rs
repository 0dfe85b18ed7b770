//! Question text for a terminal: Markdown tables (`| a | b |` with a `|---|---|` row) drawn as
//! aligned text tables, everything else as written.
//!
//! Invariants: only a block of at least two lines that start and end with `|`, whose second line
//! is a delimiter row, is a table (so `|x + 5| = 6` stays text); a row with fewer cells than the
//! header is padded, extra cells are kept; widths count characters on screen (combining marks,
//! such as the arrow of `a⃗`, take none).

/// Columns a character takes on a terminal: none for combining marks, else one.
fn width_of(c: char) -> usize {
    match c as u32 {
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F => {
            0
        }
        0x200B..=0x200D | 0xFEFF => 0,
        _ => 1,
    }
}

/// Columns `s` takes on a terminal.
pub fn width(s: &str) -> usize {
    s.chars().map(width_of).sum()
}

/// `s` padded with spaces to `w` columns.
pub fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

/// `s` padded on the left to `w` columns.
pub fn pad_left(s: &str, w: usize) -> String {
    format!("{}{s}", " ".repeat(w.saturating_sub(width(s))))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Align {
    Left,
    Right,
    Center,
}

fn is_row(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 2 && t.starts_with('|') && t.ends_with('|')
}

fn cells(line: &str) -> Vec<String> {
    let t = line.trim();
    let inner = &t[1..t.len() - 1];
    inner.split('|').map(|c| c.trim().to_string()).collect()
}

/// The alignments of a delimiter row (`|---|:--:|--:|`), or `None` when it is not one.
fn delimiter(line: &str) -> Option<Vec<Align>> {
    if !is_row(line) {
        return None;
    }
    cells(line)
        .iter()
        .map(|c| {
            let dashes = c.trim_matches(':');
            if dashes.is_empty() || !dashes.chars().all(|ch| ch == '-') {
                return None;
            }
            Some(match (c.starts_with(':'), c.ends_with(':')) {
                (true, true) => Align::Center,
                (false, true) => Align::Right,
                _ => Align::Left,
            })
        })
        .collect()
}

fn draw_table(rows: &[Vec<String>], aligns: &[Align]) -> Vec<String> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0; columns];
    for row in rows {
        for (i, c) in row.iter().enumerate() {
            widths[i] = widths[i].max(width(c));
        }
    }
    let rule = |left: &str, mid: &str, right: &str| {
        let parts: Vec<String> = widths.iter().map(|w| "─".repeat(w + 2)).collect();
        format!("{left}{}{right}", parts.join(mid))
    };
    let line = |row: &Vec<String>| {
        let parts: Vec<String> = (0..columns)
            .map(|i| {
                let c = row.get(i).map_or("", String::as_str);
                let w = widths[i];
                let shown = match aligns.get(i).copied().unwrap_or(Align::Left) {
                    Align::Left => pad(c, w),
                    Align::Right => pad_left(c, w),
                    Align::Center => {
                        let left = (w.saturating_sub(width(c))) / 2;
                        pad(&format!("{}{c}", " ".repeat(left)), w)
                    }
                };
                format!(" {shown} ")
            })
            .collect();
        format!("│{}│", parts.join("│"))
    };
    let mut out = vec![rule("┌", "┬", "┐")];
    for (i, row) in rows.iter().enumerate() {
        out.push(line(row));
        if i == 0 && rows.len() > 1 {
            out.push(rule("├", "┼", "┤"));
        }
    }
    out.push(rule("└", "┴", "┘"));
    out
}

/// The lines of `text` as drawn: its Markdown tables as text tables, other lines unchanged.
pub fn draw(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let aligns = lines.get(i + 1).and_then(|l| delimiter(l));
        match aligns {
            Some(aligns) if is_row(lines[i]) => {
                let mut rows = vec![cells(lines[i])];
                let mut j = i + 2;
                while j < lines.len() && is_row(lines[j]) {
                    rows.push(cells(lines[j]));
                    j += 1;
                }
                out.extend(draw_table(&rows, &aligns));
                i = j;
            }
            _ => {
                out.push(lines[i].to_string());
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_markdown_table_is_drawn_aligned() {
        let text = "Кесте:\n\n| Ұпай | 5 | 10 |\n|---|---|--:|\n| Оқушылар саны | 6 | 2 |\n\nСоңы.";
        assert_eq!(
            draw(text),
            [
                "Кесте:",
                "",
                "┌───────────────┬───┬────┐",
                "│ Ұпай          │ 5 │ 10 │",
                "├───────────────┼───┼────┤",
                "│ Оқушылар саны │ 6 │  2 │",
                "└───────────────┴───┴────┘",
                "",
                "Соңы.",
            ]
        );
    }

    #[test]
    fn bars_that_are_not_a_table_stay_text() {
        for text in ["|x + 5| = 6", "|a|\n|b|", "| a |\n| - x |"] {
            assert_eq!(draw(text).join("\n"), text);
        }
        assert_eq!(width("a⃗·b⃗"), 3);
        assert_eq!(pad("a⃗", 3), "a⃗  ");
    }
}
