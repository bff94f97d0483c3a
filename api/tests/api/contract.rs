//! Every reply the API tests receive is checked against the OpenAPI document: its status must be
//! one the operation declares, and its body must match that response's schema, where no object
//! may carry a property its schema does not declare (`unevaluatedProperties: false` is added to
//! every object schema for the check). So a route that answers an undeclared status or field
//! fails whichever test reaches it.

use std::{
    collections::HashMap,
    sync::{Arc, LazyLock, Mutex},
};

use jsonschema::Validator;
use reqwest::Method;
use serde_json::{Value, json};

/// The document with every object schema closed.
static DOCUMENT: LazyLock<Value> = LazyLock::new(|| {
    let mut doc: Value = serde_json::from_str(&sluice_api::openapi::document()).unwrap();
    let components = doc["components"].clone();
    merge_all_of(&mut doc["components"], &components);
    close_objects(&mut doc["components"]);
    doc
});

/// Replaces each `allOf` of object schemas (`#[serde(flatten)]`) by one object with all their
/// properties, so that closing each part does not refuse the others' properties.
fn merge_all_of(schema: &mut Value, components: &Value) {
    if let Some(parts) = schema.get("allOf").and_then(Value::as_array).cloned() {
        let mut properties = serde_json::Map::new();
        let mut required = Vec::new();
        for part in parts {
            let part = match part["$ref"].as_str() {
                Some(r) => {
                    components["schemas"][r.trim_start_matches("#/components/schemas/")].clone()
                }
                None => part,
            };
            if let Some(p) = part["properties"].as_object() {
                properties.extend(p.clone());
            }
            required.extend(part["required"].as_array().cloned().unwrap_or_default());
        }
        *schema = json!({"type": "object", "properties": properties, "required": required});
    }
    match schema {
        Value::Object(map) => map.values_mut().for_each(|v| merge_all_of(v, components)),
        Value::Array(items) => items.iter_mut().for_each(|v| merge_all_of(v, components)),
        _ => {}
    }
}

type Key = (String, String, String);
static VALIDATORS: LazyLock<Mutex<HashMap<Key, Arc<Validator>>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

fn close_objects(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            if map.contains_key("properties") && !map.contains_key("additionalProperties") {
                map.insert("unevaluatedProperties".into(), Value::Bool(false));
            }
            map.values_mut().for_each(close_objects);
        }
        Value::Array(items) => items.iter_mut().for_each(close_objects),
        _ => {}
    }
}

/// The path template of the document that `path` (without the query) matches; a literal
/// segment beats a parameter, leftmost first (as the server routes), so
/// `/pipelines/by-name/runs` is the apply route, not `/pipelines/{id}/runs`.
fn template(path: &str) -> Option<String> {
    let segments: Vec<&str> = path.split('/').collect();
    DOCUMENT["paths"]
        .as_object()?
        .keys()
        .filter_map(|t| {
            let parts: Vec<&str> = t.split('/').collect();
            if parts.len() != segments.len() {
                return None;
            }
            let mut literal = Vec::with_capacity(parts.len());
            for (p, s) in parts.iter().zip(&segments) {
                if p.starts_with('{') {
                    if s.is_empty() {
                        return None;
                    }
                    literal.push(false);
                } else if p == s {
                    literal.push(true);
                } else {
                    return None;
                }
            }
            Some((literal, t.clone()))
        })
        .max()
        .map(|(_, t)| t)
}

/// Checks one reply. `Ok` for routes outside the document (Swagger UI, the document itself,
/// unknown routes answered 404/405).
pub fn check(
    method: &Method,
    path: &str,
    status: u16,
    content_type: Option<&str>,
    body: &Value,
) -> Result<(), String> {
    let path = path.split('?').next().unwrap_or(path);
    let Some(template) = template(path) else {
        return Ok(());
    };
    let method_name = method.as_str().to_ascii_lowercase();
    let operation = &DOCUMENT["paths"][&template][&method_name];
    if operation.is_null() {
        return if status == 405 {
            Ok(())
        } else {
            Err(format!(
                "{method} {template} is not in the document but answered {status}"
            ))
        };
    }
    let response = &operation["responses"][status.to_string()];
    if response.is_null() {
        return Err(format!(
            "{method} {template} answered {status}, which its operation does not declare (declared: {})",
            operation["responses"]
                .as_object()
                .map(|r| r.keys().cloned().collect::<Vec<_>>().join(", "))
                .unwrap_or_default()
        ));
    }
    // A body of another media type (an export's CSV) must be one the response declares; its
    // bytes are not JSON to validate.
    let mime = content_type
        .and_then(|c| c.split(';').next())
        .map(str::trim)
        .unwrap_or("application/json");
    if mime != "application/json" && !body.is_null() {
        return if response["content"][mime].is_null() {
            Err(format!(
                "{method} {template} answered {status} with {mime}, which the response does not declare"
            ))
        } else {
            Ok(())
        };
    }
    let schema = &response["content"]["application/json"]["schema"];
    if schema.is_null() {
        return if body.is_null() {
            Ok(())
        } else {
            Err(format!(
                "{method} {template} answered {status} with a body its operation does not declare: {body}"
            ))
        };
    }
    let key = (template.clone(), method_name, status.to_string());
    let validator = {
        let mut cache = VALIDATORS.lock().unwrap();
        match cache.get(&key) {
            Some(v) => v.clone(),
            None => {
                let root = json!({
                    "$schema": "https://json-schema.org/draft/2020-12/schema",
                    "components": DOCUMENT["components"],
                    "allOf": [schema],
                });
                let v = Arc::new(
                    jsonschema::draft202012::new(&root)
                        .map_err(|e| format!("schema of {key:?} does not compile: {e}"))?,
                );
                cache.insert(key.clone(), v.clone());
                v
            }
        }
    };
    let errors: Vec<String> = validator
        .iter_errors(body)
        .take(5)
        .map(|e| format!("at {}: {e}", e.instance_path()))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{method} {template} answered {status} with a body that breaks its schema:\n  {}\nbody: {body:#}",
            errors.join("\n  ")
        ))
    }
}

#[test]
fn an_undeclared_field_or_status_is_caught() {
    let run = "/api/v1/runs/0193a4f0-0000-7000-8000-000000000000";
    let error = json!({"code": "run_not_found", "message": "no run", "details": null});
    check(&Method::GET, run, 404, None, &error).unwrap();
    let mut extra = error.clone();
    extra["hint"] = json!("undeclared");
    assert!(check(&Method::GET, run, 404, None, &extra).is_err());
    let wrong_type = json!({"code": "run_not_found", "message": 1, "details": null});
    assert!(check(&Method::GET, run, 404, None, &wrong_type).is_err());
    let unknown_code = json!({"code": "nope", "message": "x", "details": null});
    assert!(check(&Method::GET, run, 404, None, &unknown_code).is_err());
    assert!(check(&Method::GET, run, 418, None, &error).is_err());
    assert!(check(&Method::DELETE, run, 200, None, &error).is_err());
    // A nested object is closed too: a field added to a run's counts is caught.
    let pipeline = "/api/v1/pipelines/0193a4f0-0000-7000-8000-000000000000/runs";
    let page = json!({"items": [], "next_cursor": null});
    check(&Method::GET, pipeline, 200, None, &page).unwrap();
    let mut extra_page = page.clone();
    extra_page["total"] = json!(3);
    assert!(check(&Method::GET, pipeline, 200, None, &extra_page).is_err());
    // Another media type must be one the response declares.
    let export = "/api/v1/pipelines/0193a4f0-0000-7000-8000-000000000000/export";
    check(
        &Method::GET,
        export,
        200,
        Some("text/csv; charset=utf-8"),
        &json!("a,b"),
    )
    .unwrap();
    assert!(check(&Method::GET, export, 200, Some("text/html"), &json!("<p>")).is_err());
    assert!(check(&Method::GET, pipeline, 200, Some("text/csv"), &json!("a,b")).is_err());
    // `by-name` is a literal segment, not a pipeline id.
    assert_eq!(
        template("/api/v1/pipelines/by-name/us-covid").as_deref(),
        Some("/api/v1/pipelines/by-name/{name}")
    );
    assert_eq!(
        template("/api/v1/pipelines/by-name/runs").as_deref(),
        Some("/api/v1/pipelines/by-name/{name}")
    );
    assert_eq!(
        template("/api/v1/pipelines/0193a4f0-0000-7000-8000-000000000000/runs").as_deref(),
        Some("/api/v1/pipelines/{id}/runs")
    );
}
