//! `migration [up|down|status|fresh]`: applies Sluice's control-plane migrations to the database
//! named by `SLUICE__DATABASE__URL` (or `DATABASE_URL`).

use migration::{Migrator, MigratorTrait};
use sea_orm_migration::sea_orm::Database;

#[tokio::main]
async fn main() {
    if let Err(message) = run().await {
        eprintln!("migration: {message}");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), String> {
    let command = std::env::args().nth(1).unwrap_or_else(|| "up".to_owned());
    let url = std::env::var("SLUICE__DATABASE__URL")
        .or_else(|_| std::env::var("DATABASE_URL"))
        .map_err(|_| {
            "set SLUICE__DATABASE__URL (or DATABASE_URL) to the database to migrate".to_owned()
        })?;
    let db = Database::connect(&url)
        .await
        .map_err(|e| format!("cannot connect to the database: {e}"))?;
    let result = match command.as_str() {
        "up" => Migrator::up(&db, None).await,
        "down" => Migrator::down(&db, Some(1)).await,
        "status" => Migrator::status(&db).await,
        "fresh" => Migrator::fresh(&db).await,
        other => {
            return Err(format!(
                "unknown command `{other}`; use up, down, status or fresh"
            ));
        }
    };
    result.map_err(|e| format!("{command} failed: {e}"))?;
    if command != "status" {
        for migration in Migrator::get_applied_migrations(&db)
            .await
            .map_err(|e| e.to_string())?
        {
            println!("applied {}", migration.name());
        }
    }
    Ok(())
}
