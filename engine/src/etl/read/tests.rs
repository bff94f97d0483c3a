use std::io::Write;

use super::*;

fn file(bytes: &[u8]) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(bytes).unwrap();
    f
}

fn csv(bytes: &[u8]) -> Result<DataFrame, ReadError> {
    read_all(
        file(bytes).path(),
        &Format::Csv(CsvOptions::default()),
        "src",
    )
}

fn strings(df: &DataFrame, column: &str) -> Vec<Option<String>> {
    df.column(column)
        .unwrap()
        .str()
        .unwrap()
        .iter()
        .map(|v| v.map(str::to_owned))
        .collect()
}

#[test]
fn reads_text_columns_with_row_numbers() {
    let df = csv(b"\xEF\xBB\xBFdate,state,cases\n2020-01-01,\"New York, NY\",1\n2020-01-02,,2\n")
        .unwrap();
    assert_eq!(
        df.get_column_names(),
        ["date", "state", "cases", "__sluice_row_src"]
    );
    assert_eq!(
        strings(&df, "state"),
        [Some("New York, NY".to_owned()), None]
    );
    let rows: Vec<Option<i64>> = df
        .column("__sluice_row_src")
        .unwrap()
        .i64()
        .unwrap()
        .iter()
        .collect();
    assert_eq!(rows, [Some(2), Some(3)]);
}

#[test]
fn options_change_the_dialect() {
    let options = CsvOptions {
        delimiter: ';',
        has_header: false,
        null_values: vec!["NA".into()],
        skip_rows: 1,
        ..CsvOptions::default()
    };
    let f = file(b"# exported\na;NA\nb;2\n");
    let df = read_all(f.path(), &Format::Csv(options), "x").unwrap();
    assert_eq!(
        df.get_column_names(),
        ["column_1", "column_2", "__sluice_row_x"]
    );
    assert_eq!(strings(&df, "column_2"), [None, Some("2".to_owned())]);
}

#[test]
fn batches_cover_every_row_once() {
    let mut body = b"id,v\n".to_vec();
    for i in 0..10 {
        body.extend(format!("{i},x\n").as_bytes());
    }
    let f = file(&body);
    let mut reader = open(f.path(), &Format::Csv(CsvOptions::default()), "s", 4).unwrap();
    let mut heights = Vec::new();
    while let Some(df) = reader.next_batch().unwrap() {
        heights.push(df.height());
    }
    assert_eq!(heights, [4, 4, 2]);
}

#[test]
fn malformed_csv_says_what_and_where() {
    let cases: [(&[u8], &str, &str); 6] = [
        (b"", "the file", "is empty"),
        (b"\n\n", "the file", "is empty"),
        (
            b"a,b,c\n1,2,3\n4,5\n",
            "line 3",
            "2 field(s) where the header has 3",
        ),
        (b"a,b\n1,2\n3,\"4\n5,6\n", "line 3", "never closed"),
        (b"a,b\n1,\xff\xfe\n", "line 2, field 2", "not valid UTF-8"),
        (b"a,b,a\n1,2,3\n", "line 1", "appears twice"),
    ];
    for (input, location, message) in cases {
        let err = csv(input).unwrap_err();
        assert_eq!(err.location, location, "{input:?}: {err}");
        assert!(err.message.contains(message), "{input:?}: {err}");
    }
}

#[test]
fn crlf_lines_are_numbered_like_lf_lines() {
    let rows = |df: &DataFrame| -> Vec<i64> {
        df.column("__sluice_row_src")
            .unwrap()
            .i64()
            .unwrap()
            .into_no_null_iter()
            .collect()
    };
    let lf = csv(b"a,b\n1,2\n\n3,\"x\"\n").unwrap();
    let crlf = csv(b"a,b\r\n1,2\r\n\r\n3,\"x\"\r\n").unwrap();
    assert_eq!(rows(&lf), [2, 4]);
    assert_eq!(rows(&crlf), [2, 4], "the same lines as with LF");
    // The `\r` is not part of the last field, quoted or not.
    assert_eq!(strings(&crlf, "b"), strings(&lf, "b"));
    assert_eq!(crlf.get_column_names(), ["a", "b", "__sluice_row_src"]);
    // A malformed row is reported on its own line, not the one before it.
    let err = csv(b"a,b,c\r\n1,2,3\r\n4,5\r\n").unwrap_err();
    assert_eq!(err.location, "line 3", "{err}");
    let err = csv(b"a,b\r\n1,2\r\n3,\xff\r\n").unwrap_err();
    assert_eq!(err.location, "line 3, field 2", "{err}");
    // Lines ending in `\r` alone still read as lines.
    let cr = csv(b"a,b\r1,2\r3,4\r").unwrap();
    assert_eq!(
        strings(&cr, "a"),
        [Some("1".to_owned()), Some("3".to_owned())]
    );
}

#[test]
fn prefetching_yields_the_same_batches_and_errors() {
    let mut body = b"id,v\n".to_vec();
    for i in 0..10 {
        body.extend(format!("{i},x\n").as_bytes());
    }
    body.extend(b"10\n");
    let f = file(&body);
    let inner = open(f.path(), &Format::Csv(CsvOptions::default()), "s", 4).unwrap();
    let mut reader = Prefetch::new(inner);
    assert_eq!(reader.columns(), ["id", "v"]);
    let mut heights = Vec::new();
    let err = loop {
        match reader.next_batch() {
            Ok(Some(df)) => heights.push(df.height()),
            Ok(None) => panic!("the ragged row was not reported"),
            Err(e) => break e,
        }
    };
    assert_eq!(heights, [4, 4]);
    assert_eq!(err.location, "line 12");
    assert!(reader.next_batch().unwrap().is_none());
}

#[test]
fn a_header_alone_is_zero_rows() {
    let df = csv(b"a,b\n").unwrap();
    assert_eq!(df.height(), 0);
    assert_eq!(df.get_column_names(), ["a", "b", "__sluice_row_src"]);
}

#[test]
fn json_arrays_and_ndjson_become_text_columns() {
    let f = file(br#"[{"id": 1, "name": "a", "tags": [1,2]}, {"id": 2, "extra": true}]"#);
    let df = read_all(f.path(), &Format::Json, "j").unwrap();
    assert_eq!(
        df.get_column_names(),
        ["id", "name", "tags", "extra", "__sluice_row_j"]
    );
    assert_eq!(
        strings(&df, "id"),
        [Some("1".to_owned()), Some("2".to_owned())]
    );
    assert_eq!(strings(&df, "tags"), [Some("[1,2]".to_owned()), None]);
    assert_eq!(strings(&df, "extra"), [None, Some("true".to_owned())]);

    let f = file(b"{\"id\": 1}\n\n{\"id\": null, \"x\": \"y\"}\n");
    let df = read_all(f.path(), &Format::Ndjson, "n").unwrap();
    assert_eq!(strings(&df, "id"), [Some("1".to_owned()), None]);
    let rows: Vec<Option<i64>> = df
        .column("__sluice_row_n")
        .unwrap()
        .i64()
        .unwrap()
        .iter()
        .collect();
    assert_eq!(rows, [Some(1), Some(3)]);
}

#[test]
fn a_nul_character_refuses_the_file_where_it_is() {
    for (bytes, at) in [
        (&b"a,b\x00\n1,2\n"[..], "line 1, field 2"),
        (b"a,b\n1,2\n3,x\x00y\n", "line 3, field 2"),
    ] {
        let err = csv(bytes).unwrap_err();
        assert_eq!(err.location, at);
        assert!(err.message.contains("NUL"), "{err}");
        assert!(!err.to_string().contains('\0'));
    }
    let f = file(b"{\"a\": 1}\n{\"a\": {\"b\": [\"x\\u0000\"]}}\n");
    let err = read_all(f.path(), &Format::Ndjson, "n").unwrap_err();
    assert_eq!(err.location, "line 2");
    assert!(err.message.contains("the value of `a`"), "{err}");
    let f = file(b"[{\"k\\u0000\": 1}]");
    let err = read_all(f.path(), &Format::Json, "j").unwrap_err();
    assert!(err.message.contains("key `k\\u0000`"), "{err}");
}

#[test]
fn malformed_json_says_where() {
    let f = file(b"{\"id\": 1}\n{\"id\": \n");
    let err = read_all(f.path(), &Format::Ndjson, "n").unwrap_err();
    assert_eq!(err.location, "line 2");
    let f = file(b"[{\"id\": 1}, 5]");
    let err = read_all(f.path(), &Format::Json, "j").unwrap_err();
    assert_eq!(err.location, "element 2");
    let f = file(b"{\"not\": \"an array\"}");
    assert!(
        read_all(f.path(), &Format::Json, "j")
            .unwrap_err()
            .message
            .contains("not a JSON array")
    );
}

/// Every value the inference pass is handed, per piece, in the order it walked them.
fn walked(path: &Path, parts: usize) -> Vec<Vec<(usize, String)>> {
    walk_csv_values(
        path,
        &CsvOptions::default(),
        2,
        parts,
        Vec::new,
        |seen: &mut Vec<(usize, String)>, i, v| seen.push((i, v.to_owned())),
        |_| false,
    )
    .unwrap()
}

#[test]
fn the_pass_cuts_a_file_without_quotes_at_line_ends_and_hands_over_each_value_once() {
    let f = file(b"a,b\n1,x\n2,y\n3,z\n4,w\n5,v\n6,u\n");
    let all: Vec<(usize, String)> = ["1", "x", "2", "y", "3", "z", "4", "w", "5", "v", "6", "u"]
        .iter()
        .enumerate()
        .map(|(k, v)| (k % 2, (*v).to_owned()))
        .collect();
    for parts in 1..=4 {
        let pieces = walked(f.path(), parts);
        assert_eq!(pieces.len(), parts, "{parts} piece(s) asked");
        assert!(pieces.iter().all(|p| !p.is_empty()), "{pieces:?}");
        assert_eq!(pieces.concat(), all, "{parts} piece(s)");
    }
    // A quote anywhere: a line end may be inside a field, and the file is one piece.
    let quoted = file(b"a,b\n1,\"x\ny\"\n2,y\n3,z\n4,w\n");
    let pieces = walked(quoted.path(), 3);
    assert_eq!(pieces.len(), 1);
    assert_eq!(pieces[0][1], (1, "x\ny".to_owned()));
}

/// Every batch, then the error or the end, of `bytes` read in batches of `batch_rows` with
/// `types`, a line at a time (`by_lines`) or through the csv crate.
fn batches(
    bytes: &[u8],
    options: &CsvOptions,
    types: &[(String, SpecType)],
    batch_rows: usize,
    by_lines: bool,
) -> (Vec<DataFrame>, Option<ReadError>) {
    let f = file(bytes);
    let mut reader = match CsvBatches::open(f.path(), options, "s", batch_rows, by_lines) {
        Ok(reader) => reader,
        Err(e) => return (Vec::new(), Some(e)),
    };
    assert_eq!(reader.lines.is_some(), by_lines, "{bytes:?}");
    assert!(reader.read_typed(types));
    let mut frames = Vec::new();
    loop {
        match reader.next_batch() {
            Ok(Some(df)) => frames.push(df),
            Ok(None) => return (frames, None),
            Err(e) => return (frames, Some(e)),
        }
    }
}

#[test]
fn a_file_without_quotes_reads_the_same_a_line_at_a_time_as_through_the_csv_crate() {
    let files: [&[u8]; 13] = [
        b"a,b\n1,x\n2,y\n",
        // CRLF, with a blank CRLF line; empty lines; no line end at the end.
        b"a,b\r\n1,x\r\n\r\n2,y\r\n",
        b"a,b\n\n1,x\n\n\n2,y",
        // Empty and null values, a value with a space, a multi-byte character.
        b"a,b\n1,\n,\n2,NA\n3, \xc3\xa9 \n",
        // One column: a line holding only `\r` is an empty value there.
        b"a\n1\n\r\n2\n",
        // Ragged, a NUL, invalid UTF-8 (whole and cut inside a character), a value that is
        // not an integer: each named where it is.
        b"a,b,c\n1,2,3\n4,5\n",
        b"a,b\n1,2\n3,x\x00y\n",
        b"a,b\n1,\xff\xfe\n",
        b"a,b\n1,\xc3\n",
        b"a,b\n1,x\n2,y\nz,w\n",
        // Only a header; the header with a line end after it.
        b"a,b",
        b"a,b\n",
        // An empty last field before a CRLF.
        b"a,b\r\n1,\r\n",
    ];
    // A line longer than the reader's buffer (1 MiB).
    let long = {
        let mut long = b"a,b\n1,".to_vec();
        long.extend(std::iter::repeat_n(b'x', 3 << 20));
        long.extend(b"\n2,y\n");
        long
    };
    let headerless = CsvOptions {
        has_header: false,
        ..CsvOptions::default()
    };
    let dialect = CsvOptions {
        delimiter: ';',
        quote_char: None,
        null_values: vec!["NA".into()],
        skip_rows: 1,
        ..CsvOptions::default()
    };
    let int_a = vec![("a".to_owned(), SpecType::Int)];
    let int_first = vec![("column_1".to_owned(), SpecType::Int)];
    let mut compared = 0;
    for bytes in files.iter().copied().chain([long.as_slice()]) {
        let semicolons: Vec<u8> = b"skipped line\n"
            .iter()
            .chain(bytes)
            .map(|b| if *b == b',' { b';' } else { *b })
            .collect();
        for (bytes, options, types) in [
            (bytes, &CsvOptions::default(), &Vec::new()),
            (bytes, &CsvOptions::default(), &int_a),
            (bytes, &headerless, &int_first),
            (semicolons.as_slice(), &dialect, &int_a),
        ] {
            for batch_rows in [1, 2, 10] {
                let (lines, lines_error) = batches(bytes, options, types, batch_rows, true);
                let (crate_, crate_error) = batches(bytes, options, types, batch_rows, false);
                assert_eq!(
                    lines_error, crate_error,
                    "{bytes:?}, {batch_rows} rows a batch"
                );
                assert_eq!(
                    lines.len(),
                    crate_.len(),
                    "{bytes:?}, {batch_rows} rows a batch"
                );
                for (a, b) in lines.iter().zip(&crate_) {
                    assert!(a.equals_missing(b), "{bytes:?}: {a} against {b}");
                }
                compared += lines.len();
            }
        }
    }
    assert!(compared > 100, "only {compared} batches compared");
}
