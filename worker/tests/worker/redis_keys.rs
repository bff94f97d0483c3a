//! What the queues leave in Redis: a bounded set of keys, however many runs went through and
//! however many workers came and went (docs/RUNS.md, "Redis keys").

use std::{
    process::Command,
    time::{Duration, Instant},
};

use uuid::Uuid;

use crate::cluster::{Cluster, Redis, numbers};

/// The keys under `namespace`, sorted.
fn keys(redis: &Redis, namespace: &str) -> Vec<String> {
    let out = Command::new("redis-cli")
        .args(["-p", &redis.port.to_string(), "--scan", "--pattern"])
        .arg(format!("{namespace}:*"))
        .output()
        .expect("redis-cli must be installed");
    assert!(out.status.success(), "{out:?}");
    let mut keys: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    keys.sort();
    keys
}

/// Per queue (`runs`, `deliveries`), once idle: its workers, the live workers' metadata, the
/// signal list, and room for one more of each. Not a function of how many jobs went through.
const BOUND: usize = 2 * 6;

#[tokio::test(flavor = "multi_thread")]
async fn redis_keys_stay_bounded_however_many_runs_and_workers_went_through() {
    let mut c = Cluster::new().await;
    let namespace = format!("keys{}", &Uuid::new_v4().simple().to_string()[..8]);
    c.env("SLUICE__REDIS__NAMESPACE", &namespace);
    let mut pipelines = Vec::new();
    for i in 0..8 {
        let name = format!("k{i}");
        c.server.body(&format!("/{name}"), numbers(5));
        pipelines.push(c.numbers_pipeline(&name, None).await);
    }
    let mut worker = c.spawn_worker();
    let mut runs = 0;
    for round in 0..8 {
        if round % 2 == 1 {
            // A worker that dies leaves its registration behind; the next one takes over.
            c.kill_worker(worker);
            worker = c.spawn_worker();
        }
        let mut batch = Vec::new();
        for pipeline in &pipelines {
            batch.push(c.queue_run(*pipeline).await);
        }
        c.wait_finished(&batch, Duration::from_secs(60)).await;
        runs += batch.len();
    }
    assert!(runs >= 64);

    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let now = keys(&c.redis, &namespace);
        if now.len() <= BOUND {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{} keys after {runs} runs (bound {BOUND}):\n{}",
            now.len(),
            now.join("\n")
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
