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
