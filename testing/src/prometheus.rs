//! Reading Prometheus text in tests.

/// The sum of the samples of `name` whose labels include every `(key, value)` of `labels`
/// (0 when there is none): `sample(text, "x_total", &[("route", "/a")])`.
pub fn sample(text: &str, name: &str, labels: &[(&str, &str)]) -> f64 {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let rest = line.strip_prefix(name)?;
            let (label_text, value) = if let Some(inner) = rest.strip_prefix('{') {
                let (inner, value) = inner.rsplit_once("} ")?;
                (inner, value)
            } else {
                ("", rest.strip_prefix(' ')?)
            };
            let found: Vec<(&str, &str)> = label_text
                .split("\",")
                .filter(|p| !p.is_empty())
                .filter_map(|pair| {
                    let (k, v) = pair.split_once("=\"")?;
                    Some((k, v.trim_end_matches('"')))
                })
                .collect();
            labels
                .iter()
                .all(|wanted| found.contains(wanted))
                .then(|| value.trim().parse::<f64>().ok())
                .flatten()
        })
        .sum()
}

/// Whether any sample of `name` is present.
pub fn has(text: &str, name: &str) -> bool {
    text.lines()
        .any(|l| l.starts_with(&format!("{name}{{")) || l.starts_with(&format!("{name} ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_are_summed_over_the_matching_label_sets() {
        let text = "# HELP a_total x\na_total{m=\"GET\",route=\"/p/{id}\",s=\"404\"} 2\n\
                    a_total{m=\"GET\",route=\"/p/{id}\",s=\"200\"} 3\na_total_x 9\nb 1.5\n";
        assert_eq!(sample(text, "a_total", &[("route", "/p/{id}")]), 5.0);
        assert_eq!(sample(text, "a_total", &[("s", "404")]), 2.0);
        assert_eq!(sample(text, "a_total", &[("s", "500")]), 0.0);
        assert_eq!(sample(text, "b", &[]), 1.5);
        assert!(has(text, "b") && !has(text, "a"));
    }
}
