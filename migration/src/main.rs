//! `migration [up|down [-n N]|status|fresh]`: applies Sluice's control-plane migrations to the
//! database named by `SLUICE__DATABASE__URL` (or `DATABASE_URL`).

use clap::{Parser, Subcommand};
use migration::{Migrator, MigratorTrait};
use sea_orm_migration::sea_orm::Database;

/// Applies Sluice's control-plane migrations to the database named by SLUICE__DATABASE__URL
/// (or DATABASE_URL).
#[derive(Parser)]
#[command(name = "migration", version)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Clone, Copy)]
enum Command {
    /// Apply every pending migration (the default).
    Up,
    /// Revert the latest migrations.
    Down {
        /// How many to revert.
        #[arg(short = 'n', long = "num", default_value_t = 1)]
        num: u32,
    },
    /// List the migrations and whether each is applied.
    Status,
    /// Drop every table and apply every migration again: destroys all data.
    Fresh,
}

impl Command {
    fn name(self) -> &'static str {
        match self {
            Command::Up => "up",
            Command::Down { .. } => "down",
            Command::Status => "status",
            Command::Fresh => "fresh",
        }
    }
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    if let Err(message) = run(args.command.unwrap_or(Command::Up)).await {
        eprintln!("migration: {message}");
        std::process::exit(1);
    }
}

async fn run(command: Command) -> Result<(), String> {
    let url = std::env::var("SLUICE__DATABASE__URL")
        .or_else(|_| std::env::var("DATABASE_URL"))
        .map_err(|_| {
            "set SLUICE__DATABASE__URL (or DATABASE_URL) to the database to migrate".to_owned()
        })?;
    let db = Database::connect(&url)
        .await
        .map_err(|e| format!("cannot connect to the database: {e}"))?;
    let result = match command {
        Command::Up => Migrator::up(&db, None).await,
        Command::Down { num } => Migrator::down(&db, Some(num)).await,
        Command::Status => Migrator::status(&db).await,
        Command::Fresh => Migrator::fresh(&db).await,
    };
    result.map_err(|e| format!("{} failed: {e}", command.name()))?;
    if !matches!(command, Command::Status) {
        for migration in Migrator::get_applied_migrations(&db)
            .await
            .map_err(|e| e.to_string())?
        {
            println!("applied {}", migration.name());
        }
    }
    Ok(())
}
