//! A source frame of a spec: the registered source it reads, and whether its columns are typed
//! by inference (`"infer_types"`, default true). Written as the source's name alone
//! (`"nyt": "nyt-us"`) or as an object (`"nyt": {"source": "nyt-us", "infer_types": false}`);
//! stored in the short form unless inference is off.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Value, json};
use utoipa::{
    PartialSchema, ToSchema,
    openapi::{RefOr, schema::Schema},
};

use super::{SpecError, schema::build, tree::PATH_SEPARATOR};
use crate::domain::ResourceName;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFrame {
    /// The registered source's name.
    pub source: ResourceName,
    /// Whether the source's text columns are read as the types their values have (see
    /// `etl::infer`); `false` reads every column as text.
    pub infer_types: bool,
}

impl SourceFrame {
    pub fn new(source: ResourceName) -> Self {
        Self {
            source,
            infer_types: true,
        }
    }

    fn from_json(value: &Value) -> Result<Self, SpecError> {
        let name = |v: &Value, path: &str| match v {
            Value::String(s) => ResourceName::parse(s).map_err(|e| SpecError::new(path, e.0)),
            _ => Err(SpecError::new(
                path,
                "must be the name of a registered source",
            )),
        };
        match value {
            Value::String(_) => Ok(Self::new(name(value, "")?)),
            Value::Object(map) => {
                for key in map.keys() {
                    if !matches!(key.as_str(), "source" | "infer_types") {
                        return Err(SpecError::new(
                            key,
                            format!("unknown field `{key}`; expected `source` or `infer_types`"),
                        ));
                    }
                }
                let source = name(
                    map.get("source")
                        .ok_or_else(|| SpecError::new("source", "is required"))?,
                    "source",
                )?;
                let infer_types = match map.get("infer_types") {
                    None => true,
                    Some(Value::Bool(b)) => *b,
                    Some(_) => return Err(SpecError::new("infer_types", "must be true or false")),
                };
                Ok(Self {
                    source,
                    infer_types,
                })
            }
            _ => Err(SpecError::new(
                "",
                "must be a source's name, or {\"source\": name, \"infer_types\": false}",
            )),
        }
    }

    fn to_json(&self) -> Value {
        if self.infer_types {
            json!(self.source)
        } else {
            json!({"source": self.source, "infer_types": false})
        }
    }
}

impl Serialize for SourceFrame {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_json().serialize(s)
    }
}

impl<'de> Deserialize<'de> for SourceFrame {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(d)?;
        SourceFrame::from_json(&value).map_err(|e| {
            serde::de::Error::custom(format!("{}{PATH_SEPARATOR}{}", e.path, e.message))
        })
    }
}

impl PartialSchema for SourceFrame {
    fn schema() -> RefOr<Schema> {
        build(&json!({
            "description": "The name of a registered source of the tenant, or an object naming it with `infer_types`.",
            "oneOf": [
                {"type": "string", "description": "The source's name; its columns are typed by inference."},
                {"type": "object", "required": ["source"], "properties": {
                    "source": {"type": "string", "description": "The source's name."},
                    "infer_types": {"type": "boolean", "description": "Whether text columns whose every value is an integer, a number, true/false, an ISO date or an ISO date-time are read as that type (default true); false reads every column as text."},
                }},
            ],
        }))
    }
}

impl ToSchema for SourceFrame {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("SourceFrame")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::from_json;

    #[test]
    fn a_name_or_an_object_and_the_short_form_when_inferring() {
        let short: SourceFrame = from_json(&json!("nyt-us")).unwrap();
        assert!(short.infer_types);
        assert_eq!(serde_json::to_value(&short).unwrap(), json!("nyt-us"));
        let on: SourceFrame = from_json(&json!({"source": "nyt-us"})).unwrap();
        assert_eq!(on, short);
        assert_eq!(serde_json::to_value(&on).unwrap(), json!("nyt-us"));
        let off: SourceFrame =
            from_json(&json!({"source": "nyt-us", "infer_types": false})).unwrap();
        assert!(!off.infer_types);
        assert_eq!(
            serde_json::to_value(&off).unwrap(),
            json!({"source": "nyt-us", "infer_types": false})
        );
    }

    #[test]
    fn errors_name_the_field() {
        let err =
            from_json::<SourceFrame>(&json!({"source": "x", "infer_types": "no"})).unwrap_err();
        assert_eq!(
            (err.path.as_str(), err.message.as_str()),
            ("infer_types", "must be true or false")
        );
        let err = from_json::<SourceFrame>(&json!({"infer_types": false})).unwrap_err();
        assert_eq!(err.path, "source");
        let err = from_json::<SourceFrame>(&json!({"source": "x", "infer": false})).unwrap_err();
        assert_eq!(err.path, "infer");
        let err = from_json::<SourceFrame>(&json!(3)).unwrap_err();
        assert!(err.message.contains("infer_types"), "{err}");
    }
}
