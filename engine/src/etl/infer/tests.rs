//! Inference: each type, the forms that stay text, mixed columns, nulls, empty frames, and the
//! conversion of a frame to the inferred types.

use polars::prelude::*;

use super::*;

fn infer(values: &[Option<&str>]) -> SpecType {
    let mut c = Candidates::default();
    for v in values.iter().flatten() {
        c.observe(v);
    }
    c.inferred()
}

#[test]
fn each_type_is_inferred_when_every_value_parses() {
    assert_eq!(infer(&[Some("1"), Some("-20"), Some("0")]), SpecType::Int);
    assert_eq!(
        infer(&[Some("9223372036854775807"), Some("-9223372036854775808")]),
        SpecType::Int
    );
    assert_eq!(
        infer(&[Some("1.5"), Some("2"), Some("-3e-2")]),
        SpecType::Float
    );
    assert_eq!(infer(&[Some("0.25"), Some("1E5")]), SpecType::Float);
    assert_eq!(
        infer(&[Some("true"), Some("False"), Some("TRUE")]),
        SpecType::Bool
    );
    assert_eq!(
        infer(&[Some("2020-01-22"), Some("2024-02-29")]),
        SpecType::Date
    );
    assert_eq!(
        infer(&[
            Some("2020-01-02T03:04:05Z"),
            Some("2020-01-02 03:04:05.5+01:00"),
            Some("2020-01-02T03:04")
        ]),
        SpecType::Datetime
    );
}

#[test]
fn leading_zeros_plus_signs_and_other_forms_stay_text() {
    // FIPS and ZIP codes.
    assert_eq!(infer(&[Some("01"), Some("36")]), SpecType::String);
    assert_eq!(infer(&[Some("02134")]), SpecType::String);
    assert_eq!(infer(&[Some("+5")]), SpecType::String);
    assert_eq!(infer(&[Some("-0")]), SpecType::Float);
    assert_eq!(infer(&[Some("00.5")]), SpecType::String);
    assert_eq!(infer(&[Some(".5")]), SpecType::String);
    assert_eq!(infer(&[Some("5.")]), SpecType::String);
    assert_eq!(infer(&[Some("NaN")]), SpecType::String);
    assert_eq!(infer(&[Some("inf")]), SpecType::String);
    assert_eq!(infer(&[Some("1e999")]), SpecType::String);
    assert_eq!(infer(&[Some(" 5")]), SpecType::String);
    assert_eq!(infer(&[Some("1,000")]), SpecType::String);
    assert_eq!(infer(&[Some("yes"), Some("no")]), SpecType::String);
    assert_eq!(infer(&[Some("t"), Some("f")]), SpecType::String);
    assert_eq!(infer(&[Some("1/22/2020")]), SpecType::String);
    assert_eq!(infer(&[Some("2020-1-22")]), SpecType::String);
    assert_eq!(infer(&[Some("2020-02-30")]), SpecType::String);
    assert_eq!(infer(&[Some("2020-01-02T25:00")]), SpecType::String);
}

#[test]
fn one_value_that_does_not_parse_keeps_the_column_wider() {
    assert_eq!(infer(&[Some("1"), Some("2.5")]), SpecType::Float);
    assert_eq!(infer(&[Some("1"), Some("n/a")]), SpecType::String);
    assert_eq!(infer(&[Some("2020-01-01"), Some("1")]), SpecType::String);
    assert_eq!(
        infer(&[Some("2020-01-01"), Some("2020-01-01T00:00:00")]),
        SpecType::String
    );
    assert_eq!(infer(&[Some("true"), Some("1")]), SpecType::String);
}

#[test]
fn an_integer_beyond_64_bits_is_a_float() {
    assert_eq!(infer(&[Some("9223372036854775808")]), SpecType::Float);
    assert_eq!(
        infer(&[Some("-9223372036854775809"), Some("1")]),
        SpecType::Float
    );
}

#[test]
fn nulls_are_ignored_and_a_column_without_values_stays_text() {
    assert_eq!(infer(&[None, Some("3"), None]), SpecType::Int);
    assert_eq!(infer(&[None, None]), SpecType::String);
    assert_eq!(infer(&[]), SpecType::String);
}

#[test]
fn candidates_say_which_conversions_are_lossless() {
    let mut c = Candidates::default();
    c.observe("5");
    assert!(c.allows(SpecType::Int) && c.allows(SpecType::Float) && c.allows(SpecType::String));
    assert!(!c.allows(SpecType::Date) && !c.allows(SpecType::Bool));
    // 2^53 + 1 is not exact as a float8.
    c.observe("9007199254740993");
    assert!(c.allows(SpecType::Int) && !c.allows(SpecType::Float));
    let mut c = Candidates::default();
    c.observe("1.5");
    assert!(!c.allows(SpecType::Int) && c.allows(SpecType::Float));
}

fn text_frame(columns: &[(&str, &[Option<&str>])]) -> DataFrame {
    let height = columns.first().map_or(0, |(_, v)| v.len());
    let mut cols: Vec<Column> = columns
        .iter()
        .map(|(name, values)| {
            StringChunked::from_iter_options((*name).into(), values.iter().copied()).into_column()
        })
        .collect();
    cols.push(
        Int64Chunked::from_vec("__sluice_row_a".into(), (2..2 + height as i64).collect())
            .into_column(),
    );
    DataFrame::new(height, cols).unwrap()
}

#[test]
fn a_frame_is_scanned_and_converted_to_the_inferred_types() {
    let df = text_frame(&[
        ("id", &[Some("1"), Some("2"), None]),
        ("price", &[Some("1.5"), Some("2"), Some("-1e2")]),
        ("ok", &[Some("true"), None, Some("false")]),
        ("day", &[Some("2020-01-02"), Some("2020-12-31"), None]),
        (
            "at",
            &[
                Some("2020-01-02T03:04:05Z"),
                None,
                Some("2020-01-02 04:04:05+01:00"),
            ],
        ),
        ("fips", &[Some("01"), Some("36"), None]),
        ("empty", &[None, None, None]),
    ]);
    let mut scan = Scan::new(
        &df.get_column_names()
            .iter()
            .map(|c| c.to_string())
            .collect::<Vec<_>>(),
    );
    scan.add(&df);
    let types = scan.types();
    assert_eq!(
        types,
        [
            ("id".to_owned(), SpecType::Int),
            ("price".to_owned(), SpecType::Float),
            ("ok".to_owned(), SpecType::Bool),
            ("day".to_owned(), SpecType::Date),
            ("at".to_owned(), SpecType::Datetime),
            ("fips".to_owned(), SpecType::String),
            ("empty".to_owned(), SpecType::String),
        ]
    );
    let out = apply(df, &types).unwrap();
    let dtypes: Vec<DataType> = out.columns().iter().map(|c| c.dtype().clone()).collect();
    assert_eq!(
        dtypes,
        [
            DataType::Int64,
            DataType::Float64,
            DataType::Boolean,
            DataType::Date,
            dtype(SpecType::Datetime),
            DataType::String,
            DataType::String,
            DataType::Int64,
        ]
    );
    let text = |name: &str| crate::etl::transform::column_strings(&out, name);
    assert_eq!(text("id"), [Some("1".into()), Some("2".into()), None]);
    assert_eq!(
        text("price"),
        [
            Some("1.5".into()),
            Some("2.0".into()),
            Some("-100.0".into())
        ]
    );
    assert_eq!(
        text("ok"),
        [Some("true".into()), None, Some("false".into())]
    );
    assert_eq!(
        text("day"),
        [Some("2020-01-02".into()), Some("2020-12-31".into()), None]
    );
    assert_eq!(
        text("at"),
        [
            Some("2020-01-02 03:04:05.000000+00:00".into()),
            None,
            Some("2020-01-02 03:04:05.000000+00:00".into())
        ]
    );
    assert_eq!(text("fips"), [Some("01".into()), Some("36".into()), None]);
    assert_eq!(
        text("__sluice_row_a"),
        [Some("2".into()), Some("3".into()), Some("4".into())]
    );
}

#[test]
fn an_empty_frame_keeps_text_columns() {
    let df = text_frame(&[("id", &[]), ("day", &[])]);
    let mut scan = Scan::new(&["id".to_owned(), "day".to_owned()]);
    scan.add(&df);
    assert!(scan.types().iter().all(|(_, t)| *t == SpecType::String));
    let out = apply(df, &scan.types()).unwrap();
    assert_eq!(out.height(), 0);
    assert_eq!(out.column("id").unwrap().dtype(), &DataType::String);
}

#[test]
fn a_value_that_does_not_fit_the_given_type_is_named() {
    let df = text_frame(&[("n", &[Some("1"), Some("x")])]);
    let err = apply(df, &[("n".to_owned(), SpecType::Int)]).unwrap_err();
    assert_eq!(err, ("n".to_owned(), "x".to_owned()));
}

/// What a scan of every batch of the file finds: the reference [`Scan::of_csv`] must match.
fn scan_of_batches(path: &std::path::Path, options: &crate::spec::CsvOptions) -> Scan {
    let format = crate::spec::Format::Csv(options.clone());
    let mut reader = crate::etl::read::open(path, &format, "f", 3).unwrap();
    let mut scan = Scan::new(reader.columns());
    while let Some(df) = reader.next_batch().unwrap() {
        scan.add(&df);
    }
    scan
}

/// CSV files of every shape a scan meets, each with its dialect: typed columns, CRLF and blank
/// lines, quotes with line ends inside, null values, one column, no header, a ragged line
/// (file 6, which the read refuses and the scan passes over), only a header.
fn scanned_files() -> Vec<(&'static str, crate::spec::CsvOptions)> {
    use crate::spec::CsvOptions;
    let quoted = CsvOptions::default();
    let na = CsvOptions {
        null_values: vec!["NA".into(), String::new()],
        ..CsvOptions::default()
    };
    let headerless = CsvOptions {
        has_header: false,
        skip_rows: 1,
        delimiter: ';',
        quote_char: None,
        ..CsvOptions::default()
    };
    vec![
        // No quote character: cut into pieces at line ends.
        (
            "day,n,x,big,flag,at\n2020-01-01,1,1.5,9007199254740993,true,2020-01-01T00:00:00Z\n\
             2020-01-01,2,2,1,false,2020-01-01 03:04\n2020-01-02,-3,1e3,2,TRUE,2020-01-02T01:02:03+01:00\n\
             2020-01-02,,4,3,False,\n2020-01-03,5,x,4,true,2020-01-03T00:00\n",
            quoted.clone(),
        ),
        // A column typed until its last line, then text; CRLF line ends; a blank line.
        (
            "a,b\r\n1,2020-01-01\r\n2,2020-01-02\r\n\r\n3,2020-01-03\r\n04,2020-13-01\r\n",
            quoted.clone(),
        ),
        // Quotes, with line ends and delimiters inside fields: one piece.
        (
            "id,name,n\n1,\"Korea, South\",5\n2,\"two\nlines\",6\n3,\"say \"\"hi\"\"\",7.5\n",
            quoted.clone(),
        ),
        // Null values other than the empty field.
        ("a,b,c\nNA,1,x\n\n2,NA,y\n,3,NA\n", na),
        // One column: a line of `\r` alone is an empty value (a null here), not a blank line.
        ("v\r\n1\r\n\r\n2\r\n", quoted.clone()),
        // No header, a skipped line, another delimiter, quoting off.
        ("skip me\n1;\"a;2020-01-01\n2;b\";2020-01-02\n", headerless),
        // No last line end; a ragged line (the read refuses it, the scan passes over it).
        ("a,b\n1,2\n3,4,5\n6,7", quoted.clone()),
        // Only a header.
        ("a,b\n", quoted.clone()),
    ]
}

/// File `k` of [`scanned_files`] written into `dir`, and the columns a reader finds in it.
fn written(
    dir: &std::path::Path,
    k: usize,
    content: &str,
    options: &crate::spec::CsvOptions,
) -> (std::path::PathBuf, Vec<String>) {
    let path = dir.join(format!("{k}.csv"));
    std::fs::write(&path, content).unwrap();
    let format = crate::spec::Format::Csv(options.clone());
    let columns = crate::etl::read::open(&path, &format, "f", 3)
        .unwrap()
        .columns()
        .to_vec();
    (path, columns)
}

#[test]
fn the_scan_of_a_file_s_bytes_finds_what_a_scan_of_its_batches_finds_however_it_is_cut() {
    let files = scanned_files();
    let dir = tempfile::tempdir().unwrap();
    for (k, (content, options)) in files.iter().enumerate() {
        let (path, columns) = written(dir.path(), k, content, options);
        let reference = if k == 6 {
            // The read refuses the ragged line: compare with the lines it reads.
            let good = dir.path().join("good.csv");
            std::fs::write(&good, "a,b\n1,2\n6,7").unwrap();
            scan_of_batches(&good, options)
        } else {
            scan_of_batches(&path, options)
        };
        for parts in 1..=6 {
            let scan = Scan::of_csv_in(&path, options, &columns, parts).unwrap();
            assert_eq!(
                scan.types(),
                reference.types(),
                "file {k} in {parts} piece(s)"
            );
            for column in &columns {
                let (ours, theirs) = (
                    scan.candidates(column).unwrap(),
                    reference.candidates(column).unwrap(),
                );
                for to in SpecType::ALL {
                    assert_eq!(
                        ours.allows(to),
                        theirs.allows(to),
                        "file {k}, column {column}, {to:?}, {parts} piece(s)"
                    );
                }
            }
        }
    }
    // The first file typed its columns (the test sees types, not only text).
    let first = dir.path().join("0.csv");
    let columns: Vec<String> = ["day", "n", "x", "big", "flag", "at"]
        .map(String::from)
        .to_vec();
    let types: Vec<SpecType> = Scan::of_csv_in(&first, &files[0].1, &columns, 3)
        .unwrap()
        .types()
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    assert_eq!(
        types,
        [
            SpecType::Date,
            SpecType::Int,
            SpecType::String,
            SpecType::Int,
            SpecType::Bool,
            SpecType::Datetime
        ]
    );
}

/// What a CSV reader that looks at its values ([`BatchReader::observe_types`]) leaves once it
/// has read `path` to the end, reading with `types`, `rows` rows a batch: `None` when the read
/// stopped at an error.
fn observed(
    path: &std::path::Path,
    options: &crate::spec::CsvOptions,
    types: &[(String, SpecType)],
    rows: usize,
) -> Option<Scan> {
    let format = crate::spec::Format::Csv(options.clone());
    let mut reader = crate::etl::read::open(path, &format, "f", rows).unwrap();
    let seen = crate::etl::read::SeenTypes::default();
    assert!(reader.observe_types(seen.clone()));
    assert!(reader.read_typed(types));
    while reader.next_batch().ok()?.is_some() {}
    Some(
        seen.get()
            .expect("a reader at its end leaves what it saw")
            .clone(),
    )
}

#[test]
fn a_reader_that_looks_at_its_values_learns_what_the_first_pass_learns() {
    let dir = tempfile::tempdir().unwrap();
    let mut compared = 0;
    for (k, (content, options)) in scanned_files().iter().enumerate() {
        let (path, columns) = written(dir.path(), k, content, options);
        let first_pass = Scan::of_csv_in(&path, options, &columns, 3).unwrap();
        // As text, and with the types the first pass found (a rerun's case).
        for types in [Vec::new(), first_pass.types()] {
            for rows in [1, 2, 100] {
                let Some(seen) = observed(&path, options, &types, rows) else {
                    assert_eq!(k, 6, "only the ragged file stops the read");
                    continue;
                };
                assert_eq!(
                    seen.differs_from(&first_pass),
                    None,
                    "file {k}, {rows} rows"
                );
                assert_eq!(seen.types(), first_pass.types(), "file {k}, {rows} rows");
                for column in &columns {
                    let (ours, theirs) = (
                        seen.candidates(column).unwrap(),
                        first_pass.candidates(column).unwrap(),
                    );
                    for to in SpecType::ALL {
                        assert_eq!(ours.allows(to), theirs.allows(to), "file {k}, {column}");
                    }
                }
                compared += 1;
            }
        }
    }
    assert_eq!(compared, 7 * 2 * 3);
}

#[test]
fn a_scan_differs_from_the_last_where_a_column_is_typed_or_converts_otherwise() {
    let scan = |values: &[&str]| {
        let values: Vec<Option<&str>> = values.iter().map(|v| Some(*v)).collect();
        let mut scan = Scan::new(&["v".to_owned()]);
        scan.add(&text_frame(&[("v", &values)]));
        scan
    };
    let (ints, floats) = (scan(&["1", "2"]), scan(&["1.5", "2"]));
    assert_eq!(
        ints.differs_from(&floats).as_deref(),
        Some("column `v` was float, and its values now make it int")
    );
    assert_eq!(
        floats.differs_from(&ints).as_deref(),
        Some("column `v` was int, and its values now make it float")
    );
    assert_eq!(
        scan(&["a"])
            .differs_from(&Scan::new(&["v".to_owned()]))
            .as_deref(),
        Some("column `v` is string as before, but converts differently"),
        "a column without values is text as one with a word, but converts to every type"
    );
    // Integers beyond 2^53 do not convert to float exactly: the same type, other answers.
    assert_eq!(
        scan(&["1", "9007199254740993"])
            .differs_from(&ints)
            .as_deref(),
        Some("column `v` is int as before, but converts differently")
    );
    // Other values with the same answers differ in nothing, whatever order settled them.
    assert_eq!(scan(&["7", "-8"]).differs_from(&ints), None);
    assert_eq!(
        scan(&["9007199254740993", "x"]).differs_from(&scan(&["x", "9007199254740993"])),
        None
    );
    let other = Scan::new(&["w".to_owned()]);
    assert_eq!(
        other.differs_from(&ints).as_deref(),
        Some("the columns differ")
    );
    // Kept in the pipeline's state as JSON, a scan reads back the same.
    let big = scan(&["1", "9007199254740993"]);
    let back: Scan = serde_json::from_value(serde_json::to_value(&big).unwrap()).unwrap();
    assert_eq!(back, big);
}

/// A CSV file's reader and a text reader whose batches [`Typed`] converts, both `rows` rows a
/// batch; the first is given `types` to read with.
fn typed_readers(
    path: &std::path::Path,
    options: &crate::spec::CsvOptions,
    types: &[(String, SpecType)],
    rows: usize,
) -> (Box<dyn BatchReader>, Typed) {
    let format = crate::spec::Format::Csv(options.clone());
    let mut direct = crate::etl::read::open(path, &format, "f", rows).unwrap();
    assert!(direct.read_typed(types), "a CSV reader reads typed columns");
    let converted = Typed::new(
        crate::etl::read::open(path, &format, "f", rows).unwrap(),
        types.to_vec(),
    );
    (direct, converted)
}

#[test]
fn a_csv_reader_given_the_types_reads_what_converting_its_text_gives() {
    let options = crate::spec::CsvOptions {
        null_values: vec!["NA".into(), String::new()],
        ..crate::spec::CsvOptions::default()
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typed.csv");
    std::fs::write(
        &path,
        "day,n,x,flag,at,fips,empty\n\
         2020-01-01,1,1.5,true,2020-01-01T00:00:00Z,01,\n\
         2020-01-01,NA,2,false,2020-01-01 03:04,36,\n\
         \n\
         2020-01-02,-3,1e3,TRUE,,05,NA\r\n\
         2020-01-02,9007199254740993,,False,2020-01-02T01:02:03+01:00,\"06\",\n",
    )
    .unwrap();
    let columns: Vec<String> = ["day", "n", "x", "flag", "at", "fips", "empty"]
        .map(String::from)
        .to_vec();
    let types = Scan::of_csv(&path, &options, &columns).unwrap().types();
    // Every type a column can be read as is here.
    assert_eq!(
        types.iter().map(|(_, t)| *t).collect::<Vec<_>>(),
        [
            SpecType::Date,
            SpecType::Int,
            SpecType::Float,
            SpecType::Bool,
            SpecType::Datetime,
            SpecType::String,
            SpecType::String
        ]
    );
    for rows in [1, 2, 10] {
        let (mut direct, mut converted) = typed_readers(&path, &options, &types, rows);
        assert_eq!(direct.schema(), converted.schema());
        let mut batches = 0;
        loop {
            match (
                direct.next_batch().unwrap(),
                converted.next_batch().unwrap(),
            ) {
                (Some(a), Some(b)) => {
                    assert!(a.equals_missing(&b), "{rows} a batch:\n{a}\nwhere\n{b}");
                    batches += 1;
                }
                (None, None) => break,
                (a, b) => panic!("{rows} a batch: one reader ended first: {a:?} {b:?}"),
            }
        }
        assert_eq!(batches, 4usize.div_ceil(rows), "{rows} a batch");
    }
}

#[test]
fn a_csv_value_that_does_not_read_as_its_column_s_type_is_refused_with_its_line_and_column() {
    let options = crate::spec::CsvOptions::default();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.csv");
    std::fs::write(&path, "id,n\n1,2\n2,3\n3,x\n").unwrap();
    let types = [("n".to_owned(), SpecType::Int)];
    let (mut direct, _) = typed_readers(&path, &options, &types, 2);
    let first = direct.next_batch().unwrap().unwrap();
    assert_eq!(first.column("n").unwrap().dtype(), &DataType::Int64);
    let err = direct.next_batch().unwrap_err();
    assert_eq!(err.location, "line 4, field 2");
    assert_eq!(
        err.message,
        "`x` does not read as the type found for column `n`"
    );
}

#[test]
fn a_record_that_is_not_utf8_is_refused_for_its_encoding_before_its_values_are_typed() {
    // `x` in the integer column comes first, but the encoding is the record's fault.
    let options = crate::spec::CsvOptions::default();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.csv");
    std::fs::write(&path, b"id,n,name\n1,2,a\n2,x,caf\xe9\n").unwrap();
    let types = [("n".to_owned(), SpecType::Int)];
    let (mut direct, _) = typed_readers(&path, &options, &types, 10);
    let err = direct.next_batch().unwrap_err();
    assert_eq!(err.location, "line 3, field 3");
    assert_eq!(err.message, "is not valid UTF-8 (byte 4 of the field)");
}
