//! With `--token`, every route wants it: as `Authorization: Bearer TOKEN`, or as the
//! password of HTTP Basic auth (any user name), which is how Label Studio sends
//! credentials to an ML backend configured with "Basic Authentication".

use super::errors::ApiError;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use std::sync::Arc;

pub struct Token(pub String);

pub async fn require(State(token): State<Arc<Token>>, req: Request, next: Next) -> Response {
    let given = req.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    if given.is_some_and(|h| accepts(&token.0, h)) {
        return next.run(req).await;
    }
    let why = if given.is_some() { "the credentials are wrong" } else { "this server wants a token" };
    let mut response = ApiError::new(
        StatusCode::UNAUTHORIZED,
        format!("{why}: send `Authorization: Bearer TOKEN` (or Basic auth with the token as password)"),
    )
    .into_response();
    response
        .headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer, Basic realm=\"gradebox\""));
    response
}

fn accepts(token: &str, header: &str) -> bool {
    let (scheme, value) = header.split_once(' ').unwrap_or((header, ""));
    let value = value.trim();
    if scheme.eq_ignore_ascii_case("bearer") {
        return same(value.as_bytes(), token.as_bytes());
    }
    if scheme.eq_ignore_ascii_case("basic") {
        let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(value) else { return false };
        let Some(colon) = decoded.iter().position(|b| *b == b':') else { return false };
        return same(&decoded[colon + 1..], token.as_bytes());
    }
    false
}

/// Compares in time that depends on the lengths only, not on where the bytes differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::accepts;

    #[test]
    fn bearer_or_basic_password_must_match() {
        assert!(accepts("s3cret", "Bearer s3cret"));
        assert!(accepts("s3cret", "bearer  s3cret"));
        assert!(!accepts("s3cret", "Bearer s3cre"));
        assert!(!accepts("s3cret", "Token s3cret"));
        // "label-studio:s3cret" and "label-studio:wrong"
        assert!(accepts("s3cret", "Basic bGFiZWwtc3R1ZGlvOnMzY3JldA=="));
        assert!(!accepts("s3cret", "Basic bGFiZWwtc3R1ZGlvOndyb25n"));
        assert!(!accepts("s3cret", "Basic !!!"));
    }
}
