//! What the production binaries may be built from (docs: README's layout table): the API never
//! compiles the worker or the AWS SDK, and no binary compiles the test harness. Read from
//! `cargo metadata`'s resolved graph, following normal dependencies only (what `cargo tree -e
//! normal` shows); that graph unifies features across the workspace, so it can only hold more
//! than a binary's own build, never less.

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

/// The packages `root` depends on through normal (not dev, not build) dependencies.
fn normal_closure(metadata: &Value, root: &str) -> BTreeSet<String> {
    let names: HashMap<&str, &str> = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["name"].as_str().unwrap()))
        .collect();
    let nodes: HashMap<&str, &Value> = metadata["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap(), n))
        .collect();
    let start = names
        .iter()
        .find(|(_, name)| **name == root)
        .map(|(id, _)| *id)
        .unwrap_or_else(|| panic!("{root} is not in the workspace"));
    let mut seen = BTreeSet::new();
    let mut stack = vec![start];
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        for dep in nodes[id]["deps"].as_array().unwrap() {
            let normal = dep["dep_kinds"]
                .as_array()
                .unwrap()
                .iter()
                .any(|k| k["kind"].is_null());
            if normal {
                stack.push(dep["pkg"].as_str().unwrap());
            }
        }
    }
    seen.into_iter().map(|id| names[id].to_owned()).collect()
}

#[test]
fn production_binaries_do_not_compile_what_they_must_not() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.toml");
    // The graph of the machine's own platform: the whole graph needs the sources of every
    // platform's packages (android_system_properties, windows-sys…), which an offline machine
    // that only ever built for itself does not have.
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let version = std::process::Command::new(rustc)
        .arg("-vV")
        .output()
        .expect("rustc -vV runs");
    let host = String::from_utf8_lossy(&version.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: ").map(str::to_owned))
        .expect("rustc -vV names the host");
    let output = std::process::Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--offline",
            "--filter-platform",
            &host,
            "--manifest-path",
        ])
        .arg(manifest)
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "cargo metadata: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: Value = serde_json::from_slice(&output.stdout).unwrap();

    let api = normal_closure(&metadata, "sluice-api");
    let worker = normal_closure(&metadata, "sluice-worker");
    // The check sees what it should: both binaries share the queue, the worker sends e-mail.
    assert!(api.contains("sluice-queue") && worker.contains("sluice-queue"));
    assert!(worker.contains("aws-sdk-sesv2"));
    for forbidden in [
        "sluice-worker",
        "aws-sdk-sesv2",
        "aws-config",
        "sluice-testing",
    ] {
        assert!(
            !api.contains(forbidden),
            "sluice-api depends on {forbidden}"
        );
    }
    assert!(
        !worker.contains("sluice-testing"),
        "sluice-worker depends on sluice-testing"
    );
    // The test harness is a dev-dependency of the crates that use it, and a dependency of none.
    let engine = normal_closure(&metadata, "sluice-engine");
    assert!(!engine.contains("sluice-testing"));
}
